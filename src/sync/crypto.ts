import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { SyncRefusal } from './errors';

/**
 * The coalition's key and what it seals. AES-256-GCM (authenticated: a value changed on the
 * server fails to open rather than reading as something else), a fresh 12-byte nonce for every
 * value, and the document id and field as associated data, so the server cannot move a sealed
 * value from one record or field to another. The key comes from the coalition's passphrase
 * with scrypt and a salt kept in the coalition's settings document on the server, so every
 * member who types the passphrase derives the same key and the server, holding only the salt,
 * derives nothing.
 */
export type CoalitionKey = Buffer & { readonly __coalitionKey: true };

const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const PREFIX = 'aes256gcm:';
const CHECK_TEXT = 'cit-coalition-passphrase-check';

export function newSalt(): string {
  return randomBytes(16).toString('base64');
}

export function deriveKey(passphrase: string, salt: string): Promise<CoalitionKey> {
  if (passphrase.length === 0) throw new SyncRefusal('passphrase', 'Type the coalition passphrase.');
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), Buffer.from(salt, 'base64'), 32, SCRYPT, (error, key) =>
      error ? reject(error) : resolve(key as CoalitionKey),
    );
  });
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

/** Seals any JSON value; `where` (document id and field) is bound to it. */
export function seal(key: CoalitionKey, value: unknown, where: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(where, 'utf8'));
  const body = Buffer.concat([cipher.update(JSON.stringify(value) ?? 'null', 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64');
}

export function open(key: CoalitionKey, sealed: string, where: string): unknown {
  if (!isSealed(sealed)) throw new SyncRefusal('unreadable', 'A sealed value from the server is damaged.');
  const bytes = Buffer.from(sealed.slice(PREFIX.length), 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
    decipher.setAAD(Buffer.from(where, 'utf8'));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const text = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    return JSON.parse(text);
  } catch {
    throw new SyncRefusal('unreadable', 'A private field from the server could not be read with this passphrase.');
  }
}

/** A value only the right key opens: kept beside the salt so a wrong passphrase is refused at once. */
export function passphraseCheck(key: CoalitionKey): string {
  return seal(key, CHECK_TEXT, 'passphrase-check');
}

export function passphraseFits(key: CoalitionKey, check: string): boolean {
  try {
    return open(key, check, 'passphrase-check') === CHECK_TEXT;
  } catch {
    return false;
  }
}
