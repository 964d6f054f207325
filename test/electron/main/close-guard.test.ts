// Closing the desktop window: held while the editor saves (a bounded wait), then closed at once when
// saved, or only if the user chooses to when something was not saved. Main's save request travels
// as a real event through the real handler table; the renderer's answer comes back by reportSaved.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeSaveWaitMs, createCloseGuard } from '../../../electron/main/close-guard';
import type { SaveOutcome } from '../../../electron/editor/save-requests';
import { openTestApp } from '../../helpers/test-handlers';

afterEach(() => {
  vi.useRealTimers();
});

function closeEvent() {
  const event = { prevented: 0, preventDefault: () => (event.prevented += 1) };
  return event;
}

describe('close guard', () => {
  it('holds the close until the editor has saved, then closes without asking', async () => {
    let answer: (outcome: SaveOutcome) => void = () => undefined;
    const closed: string[] = [];
    const guard = createCloseGuard({
      requestSave: () => new Promise((resolve) => (answer = resolve)),
      confirmClose: () => Promise.reject(new Error('must not ask')),
      close: () => closed.push('closed'),
    });
    const first = closeEvent();
    guard.onClose(first);
    guard.onClose(closeEvent()); // a second click on × while saving asks nothing more
    expect(first.prevented).toBe(1);
    expect(closed).toEqual([]);
    answer({ kind: 'saved' });
    await guard.settled();
    expect(closed).toEqual(['closed']);
    // The close it starts itself goes through.
    const last = closeEvent();
    guard.onClose(last);
    expect(last.prevented).toBe(0);
  });

  it('asks when the save failed or did not answer, and stays open if the user says so', async () => {
    const asked: SaveOutcome[] = [];
    let choice = false;
    const closed: string[] = [];
    const outcomes: SaveOutcome[] = [{ kind: 'failed', problem: 'disk full' }, { kind: 'timeout' }];
    const guard = createCloseGuard({
      requestSave: () => Promise.resolve(outcomes.shift()!),
      confirmClose: (outcome) => {
        asked.push(outcome);
        return Promise.resolve(choice);
      },
      close: () => closed.push('closed'),
    });
    guard.onClose(closeEvent());
    await guard.settled();
    expect(closed).toEqual([]);
    choice = true;
    guard.onClose(closeEvent());
    await guard.settled();
    expect(asked).toEqual([{ kind: 'failed', problem: 'disk full' }, { kind: 'timeout' }]);
    expect(closed).toEqual(['closed']);
  });
});

describe('save requests', () => {
  it('asks the renderer with an event and settles with its reportSaved answer', async () => {
    const { data, handlers, events } = openTestApp();
    const pending = data.saveRequests.request(closeSaveWaitMs);
    const asked = events.find((e) => e.event === 'saveRequested')?.payload as { requestId: string };
    expect(asked.requestId).toMatch(/^[0-9a-f]{32}$/);
    await handlers.reportSaved({ requestId: 'f'.repeat(32), saved: true }); // not this request
    await handlers.reportSaved({ requestId: asked.requestId, saved: false, problem: '磁碟已滿' });
    expect(await pending).toEqual({ kind: 'failed', problem: '磁碟已滿' });
  });

  it('gives up after the bounded wait when no answer comes', async () => {
    vi.useFakeTimers();
    const { data } = openTestApp();
    let outcome: SaveOutcome | null = null;
    void data.saveRequests.request(closeSaveWaitMs).then((o) => (outcome = o));
    await vi.advanceTimersByTimeAsync(closeSaveWaitMs - 1);
    expect(outcome).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toEqual({ kind: 'timeout' });
  });
});
