// A channel's connection to LINE: where its Messaging API answers, the bot it was verified as, and
// which secret store keeps its channel access token. The token itself never appears here: it stays
// in the main process, so nothing the renderer, a log or an export receives can hold it.

import type { ChannelKind } from '../domain/channel';

/**
 * Where a channel's token is kept:
 * - `safe-storage`: encrypted by the desktop app with Electron's safeStorage (the OS's keychain or
 *   credential store holds the key); only the desktop app can read it;
 * - `keychain`: in the OS keychain itself (macOS Keychain, Windows Credential Manager, the Secret
 *   Service on Linux); browser mode and the command line read it, and so does the desktop app;
 * - `encrypted-file`: encrypted (AES-256-GCM) in the database with a key kept in a separate file
 *   outside the data folder, for machines where no keychain answers.
 */
export type SecretStoreKind = 'safe-storage' | 'keychain' | 'encrypted-file';

export const secretStoreKinds: readonly SecretStoreKind[] = ['safe-storage', 'keychain', 'encrypted-file'];

/** What Settings says about the store this shell saves new tokens in. */
export interface SecretStoreInfo {
  readonly kind: SecretStoreKind;
  /** The key file of `encrypted-file`; the safeStorage backend on Linux (e.g. `gnome_libsecret`). */
  readonly detail: string | null;
}

/** The bot a token belongs to, from LINE's `GET /v2/bot/info`. */
export interface LineBotInfo {
  readonly userId: string;
  /** `@123abcde`: what LINE users search for. */
  readonly basicId: string;
  readonly displayName: string;
  /** An `https` image address; null when the account has no picture. */
  readonly pictureUrl: string | null;
}

/** Whether this shell can read the stored token. */
export type TokenState =
  | 'readable'
  /** Saved by a store this shell cannot open (the desktop app's safeStorage, a keychain that no longer answers). */
  | 'unreadable'
  /** The sandbox's token lives with the sandbox. */
  | 'sandbox';

export interface ChannelConnection {
  readonly channelId: number;
  readonly name: string;
  readonly kind: ChannelKind;
  /** Origins of the Messaging API and its data API (`https://api.line.me`, `https://api-data.line.me`). */
  readonly apiBaseUrl: string | null;
  readonly dataApiBaseUrl: string | null;
  /** The bot the token was last verified as; null for the sandbox. */
  readonly bot: LineBotInfo | null;
  /** When the token was last verified with LINE (ISO instant). */
  readonly verifiedAt: string | null;
  readonly secretStore: SecretStoreKind | null;
  readonly token: TokenState;
}

/** A new LINE channel, as entered: the token is checked with LINE before anything is saved. */
export interface ChannelDraft {
  readonly name: string;
  readonly token: string;
  /** Empty or left out: LINE's own hosts. */
  readonly apiBaseUrl?: string;
  readonly dataApiBaseUrl?: string;
}

/** What to change on a LINE channel; a new token or new addresses are verified before saving. */
export interface ChannelPatch {
  readonly name?: string;
  readonly token?: string;
  readonly apiBaseUrl?: string;
  readonly dataApiBaseUrl?: string;
}
