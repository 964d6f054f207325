// The token stores browser mode and the command line use (and the desktop app where safeStorage is
// not available): the OS keychain through @napi-rs/keyring when it answers, else AES-256-GCM with a
// 256-bit key in its own file (mode 0600) beside the data folder, not inside it, so a copy or
// backup of the data folder does not carry the key. OA_PLANNER_SECRET_STORE=keychain|file chooses
// one; OA_PLANNER_SECRET_KEY_FILE moves the key file.

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Entry } from '@napi-rs/keyring';
import type { SecretStoreKind } from '../../shared/channels/model';
import { makeFilePrivate } from '../storage/private-files';
import { SecretUnreadableError, type SecretStore, type SecretStores } from './secrets';

export const secretStoreEnvVar = 'OA_PLANNER_SECRET_STORE';
export const secretKeyFileEnvVar = 'OA_PLANNER_SECRET_KEY_FILE';

/** The keychain's service name; each token is one account under it. */
export const keychainService = 'OA Planner channel access token';

/** The key file of a data folder: `<data folder>.token-key`, next to it. */
export function defaultKeyFile(dataDirectory: string): string {
  const resolved = path.resolve(dataDirectory);
  return path.join(path.dirname(resolved), `${path.basename(resolved)}.token-key`);
}

/** The OS keychain. `available()` writes, reads and deletes a probe entry once. */
export function createKeychainStore(): SecretStore & { available(): boolean } {
  let answers: boolean | undefined;
  // On Linux only the Secret Service (GNOME Keyring, KWallet) keeps a token across a restart; the
  // kernel keyring the library would otherwise fall back to forgets it, so it is never used.
  const entry = (ref: string) => new Entry(keychainService, ref, { linux: { store: 'secret-service' } });
  return {
    info: { kind: 'keychain', detail: null },
    available() {
      if (answers === undefined) {
        try {
          const probe = entry(`probe-${randomBytes(8).toString('hex')}`);
          probe.setPassword('probe');
          answers = probe.getPassword() === 'probe';
          probe.deletePassword();
        } catch {
          answers = false;
        }
      }
      return answers;
    },
    async save(ref, token) {
      entry(ref).setPassword(token);
      return Promise.resolve(null);
    },
    async read(ref) {
      let token: string | null | undefined;
      try {
        token = entry(ref).getPassword();
      } catch {
        throw new SecretUnreadableError('keychain');
      }
      if (typeof token !== 'string' || token === '') throw new SecretUnreadableError('keychain');
      return Promise.resolve(token);
    },
    async remove(ref) {
      try {
        entry(ref).deletePassword();
      } catch {
        // Already gone, or the keychain is locked: nothing left to protect in this data folder.
      }
      return Promise.resolve();
    },
  };
}

const formatVersion = 1;
const ivLength = 12;
const tagLength = 16;
const aad = (ref: string) => Buffer.from(`oa-planner channel access token ${ref}`, 'utf8');

/**
 * The key of `file`, made the first time (32 random bytes, hex, created exclusively with mode 0600
 * so two shells starting at once agree on one). A file that holds anything else is refused, never
 * replaced: that would make every stored token unreadable.
 */
function loadOrCreateKey(file: string): Buffer {
  const parse = (text: string): Buffer => {
    const hex = text.trim();
    if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`The token key file ${file} is damaged.`);
    return Buffer.from(hex, 'hex');
  };
  try {
    makeFilePrivate(file);
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return parse(readFileSync(file, 'utf8'));
    throw error;
  }
  const key = randomBytes(32);
  try {
    writeSync(fd, `${key.toString('hex')}\n`);
  } finally {
    closeSync(fd);
  }
  makeFilePrivate(file);
  return key;
}

/** AES-256-GCM with the key in `keyFile`; the ciphertext is bound to its ref. */
export function createEncryptedFileStore(keyFile: string): SecretStore {
  let key: Buffer | undefined;
  const theKey = () => (key ??= loadOrCreateKey(keyFile));
  return {
    info: { kind: 'encrypted-file', detail: keyFile },
    async save(ref, token) {
      const iv = randomBytes(ivLength);
      const cipher = createCipheriv('aes-256-gcm', theKey(), iv, { authTagLength: tagLength });
      cipher.setAAD(aad(ref));
      const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
      return Promise.resolve(Buffer.concat([Buffer.of(formatVersion), iv, cipher.getAuthTag(), body]));
    },
    async read(ref, ciphertext) {
      if (
        ciphertext === null ||
        ciphertext.length < 1 + ivLength + tagLength ||
        ciphertext[0] !== formatVersion
      )
        throw new SecretUnreadableError('encrypted-file');
      try {
        const iv = ciphertext.subarray(1, 1 + ivLength);
        const tag = ciphertext.subarray(1 + ivLength, 1 + ivLength + tagLength);
        const decipher = createDecipheriv('aes-256-gcm', theKey(), iv, { authTagLength: tagLength });
        decipher.setAAD(aad(ref));
        decipher.setAuthTag(tag);
        const plain = Buffer.concat([
          decipher.update(ciphertext.subarray(1 + ivLength + tagLength)),
          decipher.final(),
        ]);
        return await Promise.resolve(plain.toString('utf8'));
      } catch {
        // Another key file (a data folder moved without it), or a damaged entry.
        throw new SecretUnreadableError('encrypted-file');
      }
    },
    async remove() {
      // The ciphertext goes with its database row.
      return Promise.resolve();
    },
  };
}

export interface NodeSecretStoresOptions {
  readonly dataDirectory: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** The keychain when it answers (or is asked for), else the encrypted file. */
export function createNodeSecretStores(options: NodeSecretStoresOptions): SecretStores {
  const env = options.env ?? process.env;
  const wanted = env[secretStoreEnvVar];
  const keychain = createKeychainStore();
  const file = createEncryptedFileStore(env[secretKeyFileEnvVar] || defaultKeyFile(options.dataDirectory));
  const useKeychain = () => wanted !== 'file' && keychain.available();
  return {
    preferred: () => Promise.resolve(wanted === 'keychain' || useKeychain() ? keychain : file),
    open(kind: SecretStoreKind) {
      if (kind === 'keychain') return keychain;
      if (kind === 'encrypted-file') return file;
      return undefined;
    },
  };
}
