/**
 * JSON.parse that drops keys able to reach an object's prototype. A workspace file may arrive by
 * email from anyone, and a "__proto__" key copied into an object by assignment would change
 * what that object inherits; such keys never belong to our data, so they are removed on the way in.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
}

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}
