import { z } from 'zod';

/** Every entity carries a random id; ids never change and are never reused. */
/** What an id looks like: letters, digits, '-' and '_', 6 to 64 of them. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/;

export const Id = z.string().regex(ID_PATTERN, { error: 'That is not a valid id.' });
export type Id = z.infer<typeof Id>;

export function newId(): string {
  return globalThis.crypto.randomUUID();
}
