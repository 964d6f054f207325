// How long the sandbox's asynchronous work takes on its clock, and the engagement rates that decide
// opens and clicks. Tests shorten or lengthen them per sandbox.

export interface SandboxTimings {
  /** How long a new audience stays IN_PROGRESS (default 3 s). */
  audienceReadyMs: number;
  /** How long an upload job stays QUEUED, then WORKING until audienceReadyMs. */
  audienceJobQueuedMs: number;
  /** Narrowcast `waiting` phase (default 1 s) and `sending` phase (default 2 s). */
  narrowcastWaitingMs: number;
  narrowcastSendingMs: number;
  /** Share of recipients who open a broadcast/narrowcast, and who click a link in it. */
  impressionRate: number;
  clickRate: number;
}

export const defaultTimings: SandboxTimings = {
  audienceReadyMs: 3000,
  audienceJobQueuedMs: 500,
  narrowcastWaitingMs: 1000,
  narrowcastSendingMs: 2000,
  impressionRate: 0.45,
  clickRate: 0.12,
};
