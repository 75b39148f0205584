import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSecretStore, NO_SECURE_STORAGE, type SafeStorageLike } from '../../electron/secrets';
import { tempDir } from '../support/tempdir';

/** Stands in for the operating system's encryption: XOR with a key only this "computer" holds. */
function fakeSafeStorage(available = true, secret = 7): SafeStorageLike & { available: boolean } {
  const seal = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ secret));
  return {
    available,
    isEncryptionAvailable() {
      return this.available;
    },
    encryptString: (text) => Buffer.concat([Buffer.from('v10'), seal(Buffer.from(text, 'utf8'))]),
    decryptString: (sealed) => {
      if (sealed.subarray(0, 3).toString() !== 'v10')
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return seal(sealed.subarray(3)).toString('utf8');
    },
  };
}

const chair = { server: 'https://couch.example.org/', account: 'chair' };
const ben = { server: 'https://couch.example.org', account: 'ben' };

describe('the sync password store', () => {
  it('keeps each password sealed in one file, by server and account, and gives it back', async () => {
    const file = path.join(await tempDir(), 'sync-passwords.json');
    const store = createSecretStore(fakeSafeStorage(), file);
    await Promise.all([store.set(chair, 'chair-secret-1'), store.set(ben, 'ben-secret-2')]);
    expect(await store.get(chair)).toBe('chair-secret-1');
    // The address with or without its last slash is the same server.
    expect(await store.get({ server: 'https://couch.example.org', account: 'chair' })).toBe('chair-secret-1');
    expect(await store.get(ben)).toBe('ben-secret-2');
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('chair-secret');
    expect(text).not.toContain('ben-secret');
    expect(Object.keys(JSON.parse(text))).toHaveLength(2);
    // A second store on the same file (the next run of the app) reads them too.
    expect(await createSecretStore(fakeSafeStorage(), file).get(ben)).toBe('ben-secret-2');
  });

  it('forgets a password on delete, and leaves the others', async () => {
    const file = path.join(await tempDir(), 'sync-passwords.json');
    const store = createSecretStore(fakeSafeStorage(), file);
    await store.set(chair, 'one');
    await store.set(ben, 'two');
    await store.delete(chair);
    expect(await store.get(chair)).toBeNull();
    expect(await store.get(ben)).toBe('two');
    await store.delete({ server: 'https://nowhere.example', account: 'x' });
  });

  it('refuses to store where the computer has no secure storage, and writes nothing', async () => {
    const file = path.join(await tempDir(), 'sync-passwords.json');
    const store = createSecretStore(fakeSafeStorage(false), file);
    await expect(store.set(chair, 'secret')).rejects.toThrow(NO_SECURE_STORAGE);
    await expect(readFile(file)).rejects.toThrow();
    expect(await store.get(chair)).toBeNull();
  });

  it('answers null, not an error, for a password sealed elsewhere or a damaged file', async () => {
    const file = path.join(await tempDir(), 'sync-passwords.json');
    await writeFile(
      file,
      JSON.stringify({ [`https://couch.example.org\nchair`]: Buffer.from('not sealed here').toString('base64') }),
    );
    const store = createSecretStore(fakeSafeStorage(), file);
    expect(await store.get(chair)).toBeNull();
    await writeFile(file, '{ not json');
    expect(await store.get(chair)).toBeNull();
    await store.set(chair, 'fresh');
    expect(await store.get(chair)).toBe('fresh');
  });
});
