import { z } from 'zod';

/** Every entity carries a random id; ids never change and are never reused. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{6,64}$/, { error: 'That is not a valid id.' });
export type Id = z.infer<typeof Id>;

export function newId(): string {
  return globalThis.crypto.randomUUID();
}
