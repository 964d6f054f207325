// Autosave: a moment after the documents stop changing (and never mid-gesture), the project is saved
// with a thumbnail of the first document and PNG rasters of any text layer main does not hold yet
// (main's export composites them, see shared/editor/rasters.ts). flush() saves now, before export
// or when the page is hidden. When the page goes away, saveBeforeUnload() sends the documents at
// once on a request that outlives the page (no rasters or thumbnail: making those takes time the
// page no longer has — they follow the next time the project is open, see `rastersMissing`).
// The page's own parts (fonts, canvas, transport) are passed in, so the logic runs in Node tests.

import type { EditorDocument, TextLayer } from '../../../shared/editor/document';
import type { SaveProjectRequest, SaveProjectResult } from '../../../shared/editor/project';
import { textRasterKey, type TextRaster } from '../../../shared/editor/rasters';
import { thumbnailMaxBytes } from '../../../shared/editor/project';
import { createSignal, type Signal } from './signal';
import type { EditorStore } from './store';

export type SaveStatus =
  | { readonly state: 'saved' }
  | { readonly state: 'pending' }
  | { readonly state: 'saving' }
  /** The error as thrown: the toolbar describes it in the current language. */
  | { readonly state: 'failed'; readonly error: unknown };

/** What saveBeforeUnload could do for the latest edits. */
export type UnloadOutcome =
  /** Nothing was unsaved. */
  | 'saved'
  /** The documents are on their way on a request that outlives the page. */
  | 'sent'
  /** They could not be sent (too large for such a request, or no way to send one): warn. */
  | 'unsent'
  /** The last save failed, so this one likely fails too: warn. */
  | 'failed';

/**
 * Sends a save that must survive the page's unload, or returns null when it cannot (browser mode:
 * a keepalive request holds at most 64 KB). Its promise settles only if the page lives on.
 */
export type UnloadSender = (request: SaveProjectRequest) => Promise<SaveProjectResult> | null;

export interface AutosaveOptions {
  readonly api: { saveProject(request: SaveProjectRequest): Promise<SaveProjectResult> };
  readonly projectId: number;
  readonly store: EditorStore;
  /** textRasterKey()s main already holds. */
  readonly rasterKeys: readonly string[];
  /** Draws text layers with their fonts (text-render.ts in the app). */
  readonly rasterize: (layers: readonly TextLayer[]) => Promise<TextRaster[]>;
  readonly sendOnUnload?: UnloadSender;
  /** How long the documents must stay unchanged before a save. */
  readonly quietMs?: number;
}

export const autosaveQuietMs = 700;

const textLayersOf = (documents: readonly EditorDocument[]): TextLayer[] =>
  documents.flatMap((d) => d.layers.filter((l): l is TextLayer => l.type === 'text'));

export class Autosave {
  readonly status: Signal<SaveStatus> = createSignal<SaveStatus>({ state: 'saved' });
  private saved: readonly EditorDocument[];
  /** The documents last handed to the unload request, so a second unload event sends nothing. */
  private sentOnUnload: readonly EditorDocument[] | null = null;
  private knownRasters: Set<string>;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private readonly unsubscribe: () => void;
  private thumbnail: () => string | null = () => null;
  private readonly api: AutosaveOptions['api'];
  private readonly projectId: number;
  private readonly store: EditorStore;
  private readonly rasterize: AutosaveOptions['rasterize'];
  private readonly sendOnUnload: UnloadSender | undefined;
  private readonly quietMs: number;

  constructor(options: AutosaveOptions) {
    this.api = options.api;
    this.projectId = options.projectId;
    this.store = options.store;
    this.rasterize = options.rasterize;
    this.sendOnUnload = options.sendOnUnload;
    this.quietMs = options.quietMs ?? autosaveQuietMs;
    this.saved = this.store.documents;
    this.knownRasters = new Set(options.rasterKeys);
    this.unsubscribe = this.store.subscribe(() => this.onChange());
    // Saved before the page went away without its rasters (or by an older version): make them now.
    if (this.rastersMissing(this.saved)) {
      this.status.set({ state: 'pending' });
      this.schedule();
    }
  }

  /** Where the thumbnail comes from: the stage, once it is mounted. */
  setThumbnailSource(source: () => string | null): void {
    this.thumbnail = source;
  }

  /** Anything the last finished save does not hold, or a save that failed. */
  get hasUnsavedChanges(): boolean {
    return this.store.documents !== this.saved || this.status.get().state !== 'saved';
  }

  private rastersMissing(documents: readonly EditorDocument[]): boolean {
    return textLayersOf(documents).some(
      (layer) => layer.text.trim() !== '' && !this.knownRasters.has(textRasterKey(layer)),
    );
  }

  private onChange(): void {
    if (this.store.documents === this.saved) return;
    this.status.set({ state: 'pending' });
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      // A gesture still open (a drag, a pan) saves when it ends.
      if (this.store.gestureOpen) this.schedule();
      else void this.flush().catch(() => undefined);
    }, this.quietMs);
  }

  /** Saves now if anything changed since the last save (or rasters are missing); resolves when saved. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.running) await this.running;
    const documents = this.store.documents;
    if (documents === this.saved && !this.rastersMissing(documents) && this.status.get().state !== 'failed') {
      return;
    }
    this.running = this.save(documents);
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  private async save(documents: readonly EditorDocument[]): Promise<void> {
    this.status.set({ state: 'saving' });
    try {
      const missing = textLayersOf(documents).filter((layer) => !this.knownRasters.has(textRasterKey(layer)));
      let textRasters: TextRaster[] = [];
      if (missing.length > 0) {
        const unique = new Map(missing.map((layer) => [textRasterKey(layer), layer]));
        textRasters = await this.rasterize([...unique.values()]);
      }
      const thumbnail = this.store.get().active === 0 ? this.thumbnail() : null;
      const thumbnailPngBase64 = thumbnail ? thumbnail.slice(thumbnail.indexOf(',') + 1) : undefined;
      const result = await this.api.saveProject({
        id: this.projectId,
        documents,
        ...(thumbnailPngBase64 && thumbnailPngBase64.length * 0.75 <= thumbnailMaxBytes
          ? { thumbnailPngBase64 }
          : {}),
        ...(textRasters.length ? { textRasters } : {}),
      });
      this.knownRasters = new Set(result.textRasterKeys);
      this.saved = documents;
      this.settle();
    } catch (error) {
      this.status.set({ state: 'failed', error });
      throw error;
    }
  }

  /** After a save: saved, or pending again when the documents changed meanwhile. */
  private settle(): void {
    if (this.store.documents === this.saved) this.status.set({ state: 'saved' });
    else {
      this.status.set({ state: 'pending' });
      this.schedule();
    }
  }

  /**
   * The page is going away (closed, reloaded, navigated): sends the latest documents now, on a
   * request that outlives the page, and says whether the user should be warned. Safe to call from
   * both `beforeunload` and `pagehide`: the same documents are sent once.
   */
  saveBeforeUnload(): UnloadOutcome {
    const documents = this.store.documents;
    const failed = this.status.get().state === 'failed';
    if (documents === this.saved && !failed) return 'saved';
    if (documents === this.sentOnUnload) return failed ? 'failed' : 'sent';
    const sent = this.sendOnUnload?.({ id: this.projectId, documents }) ?? null;
    if (!sent) return failed ? 'failed' : 'unsent';
    this.sentOnUnload = documents;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    // If the page stays after all (the user cancelled leaving), the answer counts as a save.
    sent.then(
      (result) => {
        if (this.sentOnUnload === documents) this.sentOnUnload = null;
        for (const key of result.textRasterKeys) this.knownRasters.add(key);
        this.saved = documents;
        this.settle();
        // Rasters and the thumbnail were left out: the next save brings them.
        if (this.store.documents === documents && this.rastersMissing(documents)) this.schedule();
      },
      (error: unknown) => {
        if (this.sentOnUnload === documents) this.sentOnUnload = null;
        this.status.set({ state: 'failed', error });
      },
    );
    return failed ? 'failed' : 'sent';
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.unsubscribe();
  }
}
