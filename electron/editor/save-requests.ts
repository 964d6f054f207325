// Asking the renderer to save before the window closes: an event goes out with a fresh id, and the
// renderer's reportSaved answer (or the end of a bounded wait) settles the request. Main decides
// then whether to close at once or to ask first (electron/main/close-guard.ts).

import { randomBytes } from 'node:crypto';
import type { EventEmitterFn } from '../../shared/api/contract';
import type { SaveReport } from '../../shared/editor/contract';

export type SaveOutcome =
  | { readonly kind: 'saved' }
  | { readonly kind: 'failed'; readonly problem: string | null }
  /** No answer within the wait: the page may be hung, or not showing the app. */
  | { readonly kind: 'timeout' };

export interface SaveRequests {
  /** Asks every open editor to save; settles with the first answer, or 'timeout' after `waitMs`. */
  request(waitMs: number): Promise<SaveOutcome>;
  /** The reportSaved handler: settles the request it answers (unknown ids are ignored). */
  report(report: SaveReport): void;
}

export function createSaveRequests(emit: EventEmitterFn): SaveRequests {
  const waiting = new Map<string, (outcome: SaveOutcome) => void>();
  return {
    request(waitMs) {
      const requestId = randomBytes(16).toString('hex');
      return new Promise<SaveOutcome>((resolve) => {
        const timer = setTimeout(() => settle({ kind: 'timeout' }), waitMs);
        function settle(outcome: SaveOutcome): void {
          clearTimeout(timer);
          waiting.delete(requestId);
          resolve(outcome);
        }
        waiting.set(requestId, settle);
        emit('saveRequested', { requestId });
      });
    },
    report(report) {
      waiting.get(report.requestId)?.(
        report.saved ? { kind: 'saved' } : { kind: 'failed', problem: report.problem ?? null },
      );
    },
  };
}
