// Autosave's logic with fake timers (deterministic: no waiting on the clock): one save a moment after
// the edits stop, never mid-gesture, and the edits of the last moment sent when the page goes away.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TextLayer } from '../../../shared/editor/document';
import { moveLayers } from '../../../shared/editor/operations';
import type { SaveProjectRequest, SaveProjectResult } from '../../../shared/editor/project';
import { textRasterKey, type TextRaster } from '../../../shared/editor/rasters';
import { Autosave, autosaveQuietMs, type UnloadSender } from '../../../renderer/src/editor/autosave';
import { EditorStore } from '../../../renderer/src/editor/store';
import { richMenuFixture } from '../../shared/editor/fixtures';

/** A saveProject that records its requests and answers when told to. */
function fakeApi() {
  const requests: SaveProjectRequest[] = [];
  const answers: { resolve: (r: SaveProjectResult) => void; reject: (e: unknown) => void }[] = [];
  return {
    requests,
    api: {
      saveProject(request: SaveProjectRequest) {
        requests.push(request);
        return new Promise<SaveProjectResult>((resolve, reject) => answers.push({ resolve, reject }));
      },
    },
    /** Answers the oldest open save as main would. */
    answer(outcome: 'ok' | Error = 'ok') {
      const next = answers.shift();
      if (!next) throw new Error('no save is waiting');
      const request = requests[requests.length - answers.length - 1]!;
      if (outcome === 'ok') {
        next.resolve({
          updatedAt: 'now',
          textRasterKeys: (request.textRasters ?? []).map((r) => r.key),
        });
      } else next.reject(outcome);
    },
  };
}

const rasterize = (layers: readonly TextLayer[]): Promise<TextRaster[]> =>
  Promise.resolve(layers.map((layer) => ({ key: textRasterKey(layer), pngBase64: 'iVBORw0KGgo=' })));

/** Every text layer of the fixture already rendered, so only edits trigger saves. */
const allRasters = () =>
  richMenuFixture()
    .layers.filter((l): l is TextLayer => l.type === 'text')
    .map(textRasterKey);

function setUp(options: { sendOnUnload?: UnloadSender; rasterKeys?: readonly string[] } = {}) {
  const store = new EditorStore([richMenuFixture()]);
  const server = fakeApi();
  const autosave = new Autosave({
    api: server.api,
    projectId: 7,
    store,
    rasterKeys: options.rasterKeys ?? allRasters(),
    rasterize,
    ...(options.sendOnUnload ? { sendOnUnload: options.sendOnUnload } : {}),
  });
  const nudge = () => store.apply((d) => moveLayers(d, new Set(['a']), 1, 0));
  return { store, server, autosave, nudge };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Autosave', () => {
  it('saves once, a moment after the last edit', async () => {
    const { server, autosave, nudge, store } = setUp();
    nudge();
    await vi.advanceTimersByTimeAsync(autosaveQuietMs - 100);
    nudge();
    expect(autosave.status.get().state).toBe('pending');
    await vi.advanceTimersByTimeAsync(autosaveQuietMs - 1);
    expect(server.requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ id: 7, documents: store.documents });
    expect(autosave.status.get().state).toBe('saving');
    server.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.status.get().state).toBe('saved');
    expect(autosave.hasUnsavedChanges).toBe(false);
  });

  it('never saves mid-gesture: the save waits until the drag ends', async () => {
    const { server, store } = setUp();
    store.gesture((d) => moveLayers(d, new Set(['a']), 5, 0));
    await vi.advanceTimersByTimeAsync(autosaveQuietMs * 3);
    expect(server.requests).toHaveLength(0);
    store.commitGesture();
    await vi.advanceTimersByTimeAsync(autosaveQuietMs);
    expect(server.requests).toHaveLength(1);
  });

  it('keeps the raw error of a failed save, counts it as unsaved, and retries on flush', async () => {
    const { server, autosave, nudge } = setUp();
    nudge();
    const flushed = autosave.flush();
    const failure = new Error('disk full');
    server.answer(failure);
    await expect(flushed).rejects.toBe(failure);
    expect(autosave.status.get()).toEqual({ state: 'failed', error: failure });
    expect(autosave.hasUnsavedChanges).toBe(true);
    const again = autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    server.answer();
    await again;
    expect(server.requests).toHaveLength(2);
    expect(autosave.status.get().state).toBe('saved');
  });

  it('sends an edit made within the delay when the page goes away, once, without rasters', async () => {
    const sent: SaveProjectRequest[] = [];
    let answer: (result: SaveProjectResult) => void = () => undefined;
    const { server, autosave, nudge, store } = setUp({
      sendOnUnload: (request) => {
        sent.push(request);
        return new Promise((resolve) => (answer = resolve));
      },
    });
    expect(autosave.saveBeforeUnload()).toBe('saved'); // nothing to send
    nudge();
    // beforeunload, then pagehide: one request, with the latest documents only.
    expect(autosave.saveBeforeUnload()).toBe('sent');
    expect(autosave.saveBeforeUnload()).toBe('sent');
    expect(sent).toEqual([{ id: 7, documents: store.documents }]);
    // The delayed save is not sent as well.
    await vi.advanceTimersByTimeAsync(autosaveQuietMs * 2);
    expect(server.requests).toHaveLength(0);
    // The page stayed after all (leaving was cancelled): the answer counts as the save.
    answer({ updatedAt: 'now', textRasterKeys: allRasters() });
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.status.get().state).toBe('saved');
    expect(autosave.hasUnsavedChanges).toBe(false);
  });

  it('says to warn when the edits cannot be sent as the page goes, or the last save failed', async () => {
    const tooLarge = setUp({ sendOnUnload: () => null });
    tooLarge.nudge();
    expect(tooLarge.autosave.saveBeforeUnload()).toBe('unsent');
    expect(setUp().autosave.saveBeforeUnload()).toBe('saved');
    const noTransport = setUp();
    noTransport.nudge();
    expect(noTransport.autosave.saveBeforeUnload()).toBe('unsent');

    const failing = setUp({ sendOnUnload: () => Promise.resolve({ updatedAt: 'now', textRasterKeys: [] }) });
    failing.nudge();
    const flushed = failing.autosave.flush();
    failing.server.answer(new Error('offline'));
    await expect(flushed).rejects.toThrow('offline');
    expect(failing.autosave.saveBeforeUnload()).toBe('failed');
  });

  it('makes the rasters an unload save left out the next time the project is open', async () => {
    const { server } = setUp({ rasterKeys: [] });
    await vi.advanceTimersByTimeAsync(autosaveQuietMs);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.textRasters?.map((r) => r.key)).toEqual(allRasters());
  });

  it('flush waits for a save in flight, then saves what changed meanwhile', async () => {
    const { server, autosave, nudge, store } = setUp();
    nudge();
    const first = autosave.flush();
    nudge();
    const second = autosave.flush();
    server.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.documents).toBe(store.documents);
    server.answer();
    await Promise.all([first, second]);
    expect(autosave.status.get().state).toBe('saved');
  });
});
