// Autosave: a moment after the documents stop changing (and never mid-gesture), the project is saved
// with a thumbnail of the first document and PNG rasters of any text layer main does not hold yet
// (main's export composites them, see shared/editor/rasters.ts). flush() saves now, before export.

import type { ApiClient } from '../../../shared/api/client';
import type { EditorDocument, TextLayer } from '../../../shared/editor/document';
import { textRasterKey, type TextRaster } from '../../../shared/editor/rasters';
import { thumbnailMaxBytes } from '../../../shared/editor/project';
import { createSignal, type Signal } from './signal';
import type { EditorStore } from './store';
import { loadFontsFor, rasterizeTextLayer } from './text-render';

export type SaveStatus =
  | { readonly state: 'saved' }
  | { readonly state: 'pending' }
  | { readonly state: 'saving' }
  /** The error as thrown: the toolbar describes it in the current language. */
  | { readonly state: 'failed'; readonly error: unknown };

const quietMs = 700;

export class Autosave {
  readonly status: Signal<SaveStatus> = createSignal<SaveStatus>({ state: 'saved' });
  private saved: readonly EditorDocument[];
  private knownRasters: Set<string>;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private readonly unsubscribe: () => void;
  private thumbnail: () => string | null = () => null;

  constructor(
    private readonly api: ApiClient,
    private readonly projectId: number,
    private readonly store: EditorStore,
    rasterKeys: readonly string[],
  ) {
    this.saved = store.documents;
    this.knownRasters = new Set(rasterKeys);
    this.unsubscribe = store.subscribe(() => this.onChange());
  }

  /** Where the thumbnail comes from: the stage, once it is mounted. */
  setThumbnailSource(source: () => string | null): void {
    this.thumbnail = source;
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
    }, quietMs);
  }

  /** Saves now if anything changed since the last save; resolves when saved. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.running) await this.running;
    const documents = this.store.documents;
    if (documents === this.saved) return;
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
      const textLayers = documents.flatMap((d) => d.layers.filter((l): l is TextLayer => l.type === 'text'));
      const missing = textLayers.filter((layer) => !this.knownRasters.has(textRasterKey(layer)));
      let textRasters: TextRaster[] = [];
      if (missing.length > 0) {
        await loadFontsFor(missing);
        const unique = new Map(missing.map((layer) => [textRasterKey(layer), layer]));
        textRasters = [...unique.values()].map(rasterizeTextLayer);
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
      this.status.set(this.store.documents === documents ? { state: 'saved' } : { state: 'pending' });
      if (this.store.documents !== documents) this.schedule();
    } catch (error) {
      this.status.set({ state: 'failed', error });
      throw error;
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.unsubscribe();
  }
}
