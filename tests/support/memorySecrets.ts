import type { SecretKey, SecretStore } from '../../src/api/platform';

/**
 * Sync passwords kept in memory, for the test host and the service's tests: the desktop app
 * seals them with the operating system's secure storage (electron/secrets.ts).
 */
export function memorySecrets(): SecretStore & { readonly size: number } {
  const passwords = new Map<string, string>();
  const name = (key: SecretKey) => `${key.server.replace(/\/+$/, '')}\n${key.account}`;
  return {
    get size() {
      return passwords.size;
    },
    async get(key) {
      return passwords.get(name(key)) ?? null;
    },
    async set(key, password) {
      passwords.set(name(key), password);
    },
    async delete(key) {
      passwords.delete(name(key));
    },
  };
}
