// Where channel access tokens are kept: one interface, three stores. The desktop app encrypts with
// Electron's safeStorage (electron/main/safe-storage.ts, the only place that imports it); browser
// mode and the command line use the OS keychain when one answers, else an encrypted entry whose key
// is kept in a file outside the data folder (secret-stores.ts). The database keeps, per channel,
// which store holds the token and what that store needs to find it again, never the token itself.

import type { SecretStoreInfo, SecretStoreKind } from '../../shared/channels/model';

export interface SecretStore {
  readonly info: SecretStoreInfo;
  /**
   * Keeps `token` under `ref` (a new random id per saved token). Returns what the database keeps
   * beside the ref: the ciphertext, or null when the store holds the secret itself (the keychain).
   */
  save(ref: string, token: string): Promise<Buffer | null>;
  /** The token saved under `ref`; throws SecretUnreadableError when this store cannot give it. */
  read(ref: string, ciphertext: Buffer | null): Promise<string>;
  /** Forgets the token (nothing to do when it lives in the ciphertext). Never throws. */
  remove(ref: string): Promise<void>;
}

export interface SecretStores {
  /** Where this shell saves new tokens. */
  preferred(): Promise<SecretStore>;
  /** The store of this kind, when this shell can open it. */
  open(kind: SecretStoreKind): SecretStore | undefined;
}

/** A stored token this shell cannot read: saved by another shell, or its store no longer answers. */
export class SecretUnreadableError extends Error {
  override name = 'SecretUnreadableError';
  constructor(readonly store: SecretStoreKind) {
    super(`The channel access token kept in ${store} cannot be read here.`);
  }
}
