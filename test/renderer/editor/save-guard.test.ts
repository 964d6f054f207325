// The renderer's side of "save before the window closes": every open editor flushes, and main hears
// back once all have settled, with the first failure in words.

import { describe, expect, it } from 'vitest';
import type { SaveReport } from '../../../shared/editor/contract';
import { SaveGuards } from '../../../renderer/src/editor/save-guard';

function fakeApi() {
  const listeners: ((payload: { requestId: string }) => void)[] = [];
  const reports: SaveReport[] = [];
  let reported: () => void = () => undefined;
  return {
    reports,
    nextReport: () => new Promise<void>((resolve) => (reported = resolve)),
    ask: (requestId: string) => listeners.forEach((l) => l({ requestId })),
    api: {
      on: (_event: 'saveRequested', listener: (payload: { requestId: string }) => void) => {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
      reportSaved: (report: SaveReport) => {
        reports.push(report);
        reported();
        return Promise.resolve();
      },
    },
  };
}

describe('SaveGuards', () => {
  it('answers at once with nothing open, and after every flush when editors are open', async () => {
    const guards = new SaveGuards();
    const main = fakeApi();
    const stop = guards.answer(main.api as never, String);
    let next = main.nextReport();
    main.ask('a'.repeat(32));
    await next;
    expect(main.reports).toEqual([{ requestId: 'a'.repeat(32), saved: true }]);

    let finish: () => void = () => undefined;
    const unregister = guards.register(() => new Promise<void>((resolve) => (finish = resolve)));
    guards.register(() => Promise.reject(new Error('offline')));
    next = main.nextReport();
    main.ask('b'.repeat(32));
    await Promise.resolve();
    expect(main.reports).toHaveLength(1); // still waiting for the first editor
    finish();
    await next;
    expect(main.reports[1]).toEqual({ requestId: 'b'.repeat(32), saved: false, problem: 'Error: offline' });
    unregister();
    stop();
  });
});
