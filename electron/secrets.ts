import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CommandError } from '../src/errors';
import type { SecretKey, SecretStore } from '../src/api/platform';

/** The parts of Electron's safeStorage used here, passed in so a test can hand over a stand-in. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export const NO_SECURE_STORAGE =
  'This computer has no secure place to keep the password (its keychain or keyring is not available), so it was not saved. Sharing still works while the app is open; you will be asked to sign in again next time.';

/** One line per password: the server and the account, never the password in the clear. */
const entryName = (key: SecretKey) => `${key.server.replace(/\/+$/, '')}\n${key.account}`;

/**
 * The sync passwords, encrypted by the operating system (safeStorage: the macOS Keychain, the
 * Windows DPAPI, the Linux secret service) and kept in one small file in userData, away from
 * the workspace files (which members copy and send) and from every log. Only this app, on this
 * computer, for this user, can turn the file's contents back into passwords.
 *
 * Where the operating system offers no secure storage, nothing is written: safeStorage would
 * fall back to a fixed key on Linux, which is no protection at all.
 */
export function createSecretStore(safeStorage: SafeStorageLike, filePath: string): SecretStore {
  let queue: Promise<unknown> = Promise.resolve();
  /** One change at a time, so two saves never lose each other's entry. */
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  async function readAll(): Promise<Record<string, string>> {
    try {
      const parsed = JSON.parse(await readFile(filePath, 'utf8')) as unknown;
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
      const entries: Record<string, string> = {};
      for (const [name, value] of Object.entries(parsed)) if (typeof value === 'string') entries[name] = value;
      return entries;
    } catch {
      return {};
    }
  }

  /** A temp file renamed over the old one: a crash mid-write leaves the old file, never half of one. */
  async function writeAll(entries: Record<string, string>): Promise<void> {
    await mkdir(path.dirname(filePath), { recursive: true });
    const temp = `${filePath}.${process.pid}.tmp`;
    await writeFile(temp, `${JSON.stringify(entries, null, 2)}\n`, { mode: 0o600 });
    await chmod(temp, 0o600);
    await rename(temp, filePath);
  }

  return {
    async get(key) {
      const sealed = (await readAll())[entryName(key)];
      if (!sealed || !safeStorage.isEncryptionAvailable()) return null;
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        // Sealed by another user or computer (a copied profile): ask to sign in again.
        return null;
      }
    },
    set(key, password) {
      return serially(async () => {
        if (!safeStorage.isEncryptionAvailable()) throw new CommandError(NO_SECURE_STORAGE);
        const entries = await readAll();
        entries[entryName(key)] = safeStorage.encryptString(password).toString('base64');
        await writeAll(entries);
      });
    },
    delete(key) {
      return serially(async () => {
        const entries = await readAll();
        if (!(entryName(key) in entries)) return;
        delete entries[entryName(key)];
        await writeAll(entries);
      });
    },
  };
}
