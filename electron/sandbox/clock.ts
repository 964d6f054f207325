// Time as the sandbox sees it. Tests inject a manual clock so audience readiness, narrowcast phases,
// rate-limit windows and the 24-hour retry-key window can be crossed without waiting.

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface ManualClock extends Clock {
  advance(ms: number): void;
  set(epochMs: number): void;
}

export function createManualClock(start: number = Date.UTC(2026, 5, 15, 3, 0, 0)): ManualClock {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (epochMs) => {
      current = epochMs;
    },
  };
}
