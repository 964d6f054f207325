// The desktop app's token stores: safeStorage where it has a real key, the other shells' stores
// where it has none (Linux's "basic_text"), and every store readable. Electron's safeStorage cannot
// run without the Electron runtime, so a stand-in replaces it at that boundary only.

import { describe, expect, it } from 'vitest';
import { SecretUnreadableError } from '../../../electron/channels/secrets';
import { createDesktopSecretStores, createSafeStorageStore } from '../../../electron/main/safe-storage';
import { makeTempDir } from '../../helpers/temp-dir';

type Backend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';

function standIn(backend: Backend, available = true) {
  const key = 0x3c;
  const flip = (data: Buffer) => Buffer.from(data.map((b) => b ^ key));
  return {
    isAsyncEncryptionAvailable: () => Promise.resolve(available),
    encryptStringAsync: (plain: string) => Promise.resolve(flip(Buffer.from(plain, 'utf8'))),
    decryptStringAsync: (data: Buffer) =>
      data[0] === 0
        ? Promise.reject(new Error('bad data'))
        : Promise.resolve({ result: flip(data).toString('utf8'), shouldReEncrypt: false }),
    getSelectedStorageBackend: (): Backend => backend,
  };
}

describe('desktop token stores', () => {
  it('keep new tokens with safeStorage when it has a real key', async () => {
    const stores = createDesktopSecretStores(makeTempDir(), standIn('gnome_libsecret'));
    const store = await stores.preferred();
    expect(store.info.kind).toBe('safe-storage');
    const sealed = await store.save('ref', 'token-1');
    expect(await stores.open('safe-storage')?.read('ref', sealed)).toBe('token-1');
    expect(stores.open('encrypted-file')?.info.kind).toBe('encrypted-file');
  });

  it('do not use safeStorage when it is unavailable, nor on Linux without a real key', async () => {
    const dir = makeTempDir();
    const unavailable = createDesktopSecretStores(dir, standIn('gnome_libsecret', false));
    expect((await unavailable.preferred()).info.kind).not.toBe('safe-storage');
    // safeStorage names its Linux backend only on Linux; elsewhere the OS always holds the key.
    const fixedKey = createDesktopSecretStores(dir, standIn('basic_text'));
    const kind = (await fixedKey.preferred()).info.kind;
    if (process.platform === 'linux') expect(kind).not.toBe('safe-storage');
    else expect(kind).toBe('safe-storage');
  });

  it('say a safeStorage token is unreadable when it cannot be decrypted', async () => {
    const store = createSafeStorageStore(standIn('kwallet5'));
    await expect(store.read('ref', Buffer.from([0, 1, 2]))).rejects.toBeInstanceOf(SecretUnreadableError);
    await expect(store.read('ref', null)).rejects.toBeInstanceOf(SecretUnreadableError);
    const off = createSafeStorageStore(standIn('kwallet5', false));
    await expect(off.read('ref', Buffer.from('x'))).rejects.toBeInstanceOf(SecretUnreadableError);
  });
});
