// The token stores of browser mode and the command line: AES-256-GCM with a key file beside the
// data folder (private, made once, never replaced), bound to each entry's ref; and the choice of
// the OS keychain only where it really answers.

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createEncryptedFileStore,
  createKeychainStore,
  createNodeSecretStores,
  defaultKeyFile,
} from '../../../electron/channels/secret-stores';
import { SecretUnreadableError } from '../../../electron/channels/secrets';
import { makeTempDir } from '../../helpers/temp-dir';

const token = 'long-lived-token-a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';

describe('encrypted-file token store', () => {
  it('round-trips a token, with a private key file made on first use', async () => {
    const keyFile = path.join(makeTempDir(), 'keys', 'tokens.key');
    const store = createEncryptedFileStore(keyFile);
    const sealed = await store.save('ref-1', token);
    expect(sealed).not.toBeNull();
    expect(sealed?.includes(Buffer.from(token))).toBe(false);
    expect(await store.read('ref-1', sealed)).toBe(token);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    // Each save has its own IV: the same token never gives the same bytes.
    expect((await store.save('ref-1', token))?.equals(sealed ?? Buffer.alloc(0))).toBe(false);
    // A second store over the same key file (another shell) reads it.
    expect(await createEncryptedFileStore(keyFile).read('ref-1', sealed)).toBe(token);
  });

  it('refuses a tampered entry, another entry’s ciphertext and another key', async () => {
    const dir = makeTempDir();
    const store = createEncryptedFileStore(path.join(dir, 'a.key'));
    const sealed = (await store.save('ref-1', token)) ?? Buffer.alloc(0);
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    await expect(store.read('ref-1', tampered)).rejects.toBeInstanceOf(SecretUnreadableError);
    await expect(store.read('ref-2', sealed)).rejects.toBeInstanceOf(SecretUnreadableError);
    await expect(store.read('ref-1', null)).rejects.toBeInstanceOf(SecretUnreadableError);
    const other = createEncryptedFileStore(path.join(dir, 'b.key'));
    await expect(other.read('ref-1', sealed)).rejects.toThrow('cannot be read here');
  });

  it('never replaces a key file that holds something else', async () => {
    const keyFile = path.join(makeTempDir(), 'tokens.key');
    writeFileSync(keyFile, 'not a key\n');
    await expect(createEncryptedFileStore(keyFile).save('ref', token)).rejects.toThrow(/damaged/);
    expect(readFileSync(keyFile, 'utf8')).toBe('not a key\n');
  });

  it('keeps the key next to the data folder, not in it', () => {
    const dir = path.join(makeTempDir(), 'OA Planner');
    expect(defaultKeyFile(dir)).toBe(`${dir}.token-key`);
    expect(path.dirname(defaultKeyFile(dir))).toBe(path.dirname(dir));
  });
});

describe('choosing a store', () => {
  it('uses the keychain exactly when it answers a probe, else the encrypted file', async () => {
    const dir = makeTempDir();
    const keyFile = path.join(makeTempDir(), 'tokens.key');
    const answers = createKeychainStore().available();
    const stores = createNodeSecretStores({
      dataDirectory: dir,
      env: { OA_PLANNER_SECRET_KEY_FILE: keyFile },
    });
    expect((await stores.preferred()).info).toEqual(
      answers ? { kind: 'keychain', detail: null } : { kind: 'encrypted-file', detail: keyFile },
    );
  });

  it('takes the encrypted file when told to, and cannot open safeStorage outside the desktop app', async () => {
    const keyFile = path.join(makeTempDir(), 'tokens.key');
    const stores = createNodeSecretStores({
      dataDirectory: makeTempDir(),
      env: { OA_PLANNER_SECRET_STORE: 'file', OA_PLANNER_SECRET_KEY_FILE: keyFile },
    });
    expect((await stores.preferred()).info.kind).toBe('encrypted-file');
    expect(stores.open('safe-storage')).toBeUndefined();
    expect(stores.open('keychain')?.info.kind).toBe('keychain');
  });
});
