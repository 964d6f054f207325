// Saving every open editor when main asks (the desktop window is about to close): each open project
// registers its flush, and the app answers main's saveRequested event with reportSaved once they
// have all settled. With no editor open the answer is immediate.

import type { ApiClient } from '../../../shared/api/client';
import type { Unsubscribe } from '../../../shared/api/contract';

type Flush = () => Promise<void>;

export class SaveGuards {
  private readonly flushes = new Set<Flush>();

  /** Registers an open editor's flush; returns the way to unregister it when the editor closes. */
  register(flush: Flush): () => void {
    this.flushes.add(flush);
    return () => {
      this.flushes.delete(flush);
    };
  }

  /** Flushes every open editor; the first failure is reported (every flush still runs). */
  async saveAll(): Promise<{ saved: true } | { saved: false; error: unknown }> {
    const results = await Promise.allSettled([...this.flushes].map((flush) => flush()));
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    return failure ? { saved: false, error: failure.reason } : { saved: true };
  }

  /** Answers main's save requests until unsubscribed; `describe` words a failure for the user. */
  answer(api: Pick<ApiClient, 'on' | 'reportSaved'>, describe: (error: unknown) => string): Unsubscribe {
    return api.on('saveRequested', ({ requestId }) => {
      void this.saveAll().then((outcome) =>
        api
          .reportSaved(
            outcome.saved
              ? { requestId, saved: true }
              : { requestId, saved: false, problem: describe(outcome.error) },
          )
          .catch(() => undefined),
      );
    });
  }
}

/** The app's one registry: editors register here, the workspace answers main with it. */
export const saveGuards = new SaveGuards();
