// What the app shows about its local LINE sandbox (the Sandbox channel's emulated Messaging API).

export interface SandboxStatus {
  readonly running: boolean;
  /** `http://127.0.0.1:PORT` while running. The access token never leaves the main process. */
  readonly origin: string | null;
  readonly friends: number;
  /** This month's consumption and the plan's limit (null: no limit). */
  readonly quota: { readonly used: number; readonly limit: number | null };
}
