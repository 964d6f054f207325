// Starts the LINE sandbox on a free loopback port for a test, with a manual clock and rate limits
// off by default, and stops it when the test finishes. Sync tests point @line/bot-sdk clients at
// `sandbox.origin` (both the API and the blob clients) with `sandbox.token`.

import { onTestFinished } from 'vitest';
import { createManualClock, type ManualClock } from '../../electron/sandbox/clock';
import { startLineSandbox, type LineSandbox, type LineSandboxOptions } from '../../electron/sandbox/server';

export interface TestLineSandbox extends LineSandbox {
  readonly clock: ManualClock;
  /**
   * Moves the sandbox clock forward (audience readiness, narrowcast phases, rate-limit windows), and
   * ends the delays of 'slow' and 'timeout' faults that fall due: they run on the same clock.
   */
  advance(ms: number): void;
  /** Client options for every @line/bot-sdk client: `new messagingApi.MessagingApiClient(sandbox.clientConfig)`. */
  readonly clientConfig: { readonly channelAccessToken: string; readonly baseURL: string };
}

export interface TestLineSandboxOptions extends Omit<LineSandboxOptions, 'clock' | 'scheduler'> {
  readonly clock?: ManualClock;
}

/**
 * A fresh sandbox (in-memory state, 200 friends unless told otherwise, rate limits off). Nothing moves
 * until the test advances the clock: audiences, narrowcasts and fault delays alike. Call inside a test
 * or beforeEach.
 */
export async function startTestLineSandbox(options: TestLineSandboxOptions = {}): Promise<TestLineSandbox> {
  const sandbox = await startSharedLineSandbox(options);
  onTestFinished(() => sandbox.close());
  return sandbox;
}

/** Like startTestLineSandbox, for a beforeAll: the caller closes it. */
export async function startSharedLineSandbox(options: TestLineSandboxOptions = {}): Promise<TestLineSandbox> {
  const clock = options.clock ?? createManualClock();
  const sandbox = await startLineSandbox({
    friends: 200,
    seed: 7,
    rateLimits: false,
    token: 'test-channel-access-token',
    ...options,
    clock,
    scheduler: clock,
  });
  return Object.assign(sandbox, {
    clock,
    advance: (ms: number) => clock.advance(ms),
    clientConfig: { channelAccessToken: sandbox.token, baseURL: sandbox.origin },
  });
}
