// The window's close, guarded: the first close is held while the editor saves (a bounded wait, see
// closeSaveWaitMs); it then goes ahead when everything is saved, or when the user, told what could
// not be saved, chooses to close anyway. Kept free of Electron so it can be tested.

import type { SaveOutcome } from '../editor/save-requests';

/** How long a close waits for the editor's save before asking the user. */
export const closeSaveWaitMs = 5000;

export interface CloseGuardOptions {
  /** Asks the renderer to save; settles within a bounded wait. */
  readonly requestSave: () => Promise<SaveOutcome>;
  /** Tells the user what was not saved; resolves true to close anyway. */
  readonly confirmClose: (outcome: Exclude<SaveOutcome, { kind: 'saved' }>) => Promise<boolean>;
  /** Closes the window for real (this time the guard lets it through). */
  readonly close: () => void;
}

export interface CloseGuard {
  /** The window's `close` event handler. */
  onClose(event: { preventDefault(): void }): void;
  /** Settles when the close being guarded has been decided (for tests). */
  readonly settled: () => Promise<void>;
}

export function createCloseGuard(options: CloseGuardOptions): CloseGuard {
  let allowed = false;
  let deciding: Promise<void> | null = null;
  return {
    onClose(event) {
      if (allowed) return;
      event.preventDefault();
      // A second close while the first is being decided (another click on ×) changes nothing.
      deciding ??= (async () => {
        const outcome = await options.requestSave();
        if (outcome.kind === 'saved' || (await options.confirmClose(outcome))) {
          allowed = true;
          options.close();
        }
      })()
        .catch(() => {
          // Asking failed (the window went away meanwhile): let the next close through.
          allowed = true;
        })
        .finally(() => {
          deciding = null;
        });
    },
    settled: () => deciding ?? Promise.resolve(),
  };
}
