// Time as the sandbox sees it. Tests inject a manual clock so audience readiness, narrowcast phases,
// rate-limit windows, the 24-hour retry-key window and the delays of injected faults ('slow',
// 'timeout') can be crossed without waiting.

export interface Clock {
  now(): number;
}

/** Runs something later. The sandbox's fault delays go through it, so a test can decide when they end. */
export interface Scheduler {
  /** Calls `run` once `ms` have passed on this scheduler's time; returns a function that cancels it. */
  schedule(ms: number, run: () => void): () => void;
}

export const systemClock: Clock = { now: () => Date.now() };

export const systemScheduler: Scheduler = {
  schedule(ms, run) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

export interface ManualClock extends Clock, Scheduler {
  /** Moves time forward, running the scheduled callbacks that fall due on the way, in order. */
  advance(ms: number): void;
  set(epochMs: number): void;
  /** Callbacks scheduled and not yet due (a request held by a 'slow' or 'timeout' fault, say). */
  readonly pending: number;
  /** Resolves once at least `count` callbacks are scheduled: the sandbox has parked the request. */
  whenPending(count?: number): Promise<void>;
}

interface Timer {
  readonly due: number;
  readonly order: number;
  readonly run: () => void;
}

export function createManualClock(start: number = Date.UTC(2026, 5, 15, 3, 0, 0)): ManualClock {
  let current = start;
  let scheduled = 0;
  const timers = new Set<Timer>();
  const waiters: { count: number; resolve: () => void }[] = [];

  const wake = () => {
    for (const waiter of [...waiters]) {
      if (timers.size < waiter.count) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };

  const moveTo = (target: number) => {
    for (;;) {
      let next: Timer | undefined;
      for (const timer of timers)
        if (
          timer.due <= target &&
          (!next || timer.due < next.due || (timer.due === next.due && timer.order < next.order))
        )
          next = timer;
      if (!next) break;
      timers.delete(next);
      current = Math.max(current, next.due);
      next.run();
    }
    current = target;
  };

  return {
    now: () => current,
    advance: (ms) => moveTo(current + ms),
    set: (epochMs) => (epochMs >= current ? moveTo(epochMs) : void (current = epochMs)),
    schedule(ms, run) {
      const timer: Timer = { due: current + Math.max(0, ms), order: scheduled++, run };
      timers.add(timer);
      wake();
      return () => {
        timers.delete(timer);
      };
    },
    get pending() {
      return timers.size;
    },
    whenPending(count = 1) {
      return new Promise<void>((resolve) => {
        waiters.push({ count, resolve });
        wake();
      });
    },
  };
}
