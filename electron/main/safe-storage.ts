// The desktop app's token store: Electron's safeStorage, which encrypts with a key the operating
// system keeps (Keychain on macOS, DPAPI on Windows, the Secret Service or KWallet on Linux). Only
// the Electron main process has it: main.ts hands it over, nothing else touches it. The ciphertext it
// makes goes into the database, and browser mode and the CLI, which cannot decrypt it, ask for the
// token again. Where safeStorage has no real key (Linux without a keyring falls back to a fixed
// password, "basic_text") the app keeps tokens like the other shells do: keychain or encrypted file.

import type { SafeStorage as ElectronSafeStorage } from 'electron';
import { createNodeSecretStores } from '../channels/secret-stores';
import { SecretUnreadableError, type SecretStore, type SecretStores } from '../channels/secrets';

type SafeStorage = Pick<
  ElectronSafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

function backend(storage: SafeStorage): string | null {
  return process.platform === 'linux' ? storage.getSelectedStorageBackend() : null;
}

export function createSafeStorageStore(storage: SafeStorage): SecretStore {
  return {
    info: { kind: 'safe-storage', detail: backend(storage) },
    save: (_ref, token) => storage.encryptStringAsync(token),
    async read(_ref, ciphertext) {
      if (ciphertext === null || !(await storage.isAsyncEncryptionAvailable()))
        throw new SecretUnreadableError('safe-storage');
      try {
        return (await storage.decryptStringAsync(ciphertext)).result;
      } catch {
        throw new SecretUnreadableError('safe-storage');
      }
    },
    remove: () => Promise.resolve(),
  };
}

/** safeStorage when it has a real key, else the keychain or encrypted file; every store readable. */
export function createDesktopSecretStores(dataDirectory: string, storage: SafeStorage): SecretStores {
  const node = createNodeSecretStores({ dataDirectory });
  const safe = createSafeStorageStore(storage);
  const usable = async () =>
    (await storage.isAsyncEncryptionAvailable()) && backend(storage) !== 'basic_text';
  return {
    preferred: async () => ((await usable()) ? safe : node.preferred()),
    open: (kind) => (kind === 'safe-storage' ? safe : node.open(kind)),
  };
}
