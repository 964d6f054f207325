// An open project: the top toolbar, the left panel (layers, layout), the canvas with its document
// tabs, and the right panel (properties or tap areas, and the live checks). Owns the store, autosave,
// photo import (dialog, drop, paste) and the keyboard shortcuts.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/api/client';
import type { EditorDocument, TextLayer } from '../../../shared/editor/document';
import { fillFrame } from '../../../shared/editor/geometry';
import {
  addLayer,
  cellAt,
  duplicateLayers,
  findArea,
  moveLayers,
  newImageLayer,
  newShapeLayer,
  newTextLayer,
  removeArea,
  removeLayers,
  setAreaRect,
  setCellPhoto,
  setVideoArea,
  updateImagemapSettings,
} from '../../../shared/editor/operations';
import type { Project } from '../../../shared/editor/project';
import { Autosave } from './autosave';
import type { Dialogs, EditorCommands } from './commands';
import { clampZoom, EditorCanvas, type CanvasHandle } from './EditorCanvas';
import { describeError } from '../ui/errors';
import { newId } from './ids';
import { LeftPanel } from './LeftPanel';
import { RightPanel } from './RightPanel';
import { activeDocument, noSelection, selectedLayerIds, useEditor, EditorStore } from './store';
import { loadFontsFor, rasterizeTextLayer } from './text-render';
import type { TextRaster } from '../../../shared/editor/rasters';
import { saveOnUnload, warnsBeforeUnload } from '../bridge/api';
import { saveGuards } from './save-guard';
import {
  addNotice,
  currentNotices,
  dismissNotice,
  minorNoticeMs,
  nextExpiry,
  type Notice,
  type NoticeLevel,
} from './notices';
import { Toolbar } from './Toolbar';
import { DocumentTabs } from './DocumentTabs';
import { ShortcutsDialog } from './ShortcutsDialog';
import { ExportDialog } from './ExportDialog';
import { PreviewDialog } from './PreviewDialog';
import { UploadRefused, uploadAsset } from './upload';
import type { AssetInfo } from '../../../shared/editor/assets';

export interface EditorWorkspaceProps {
  readonly api: ApiClient;
  readonly projectId: number;
  readonly onClose: () => void;
}

type Loaded =
  { status: 'loading' } | { status: 'ready'; project: Project } | { status: 'failed'; message: string };

export function EditorWorkspace({ api, projectId, onClose }: EditorWorkspaceProps) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    api
      .getProject(projectId)
      .then((project) => {
        if (!live) return;
        if (project.trashedAt) onClose();
        else setLoaded({ status: 'ready', project });
      })
      .catch((error: unknown) => {
        if (live) setLoaded({ status: 'failed', message: describeError(error) });
      });
    return () => {
      live = false;
    };
  }, [api, projectId, onClose]);

  if (loaded.status === 'loading') {
    return (
      <div className="ed-center">
        <div className="spinner" aria-label={t('app.loading')} />
      </div>
    );
  }
  if (loaded.status === 'failed') {
    return (
      <div className="ed-center ed-column">
        <p className="ed-banner ed-banner-error" role="alert">
          {t('editor.workspace.openFailed', { message: loaded.message })}
        </p>
        <button type="button" className="ed-button" onClick={onClose}>
          {t('editor.projects.backToProjects')}
        </button>
      </div>
    );
  }
  return <OpenProject api={api} project={loaded.project} onClose={onClose} />;
}

function OpenProject({ api, project, onClose }: { api: ApiClient; project: Project; onClose: () => void }) {
  const { t } = useTranslation();
  const store = useMemo(() => new EditorStore(project.documents), [project]);
  const canvasRef = useRef<CanvasHandle | null>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const [dialog, setDialog] = useState<Dialogs>('none');
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const [fontEpoch, setFontEpoch] = useState(0);
  const [uploads, setUploads] = useState(0);

  const autosave = useMemo(
    () =>
      new Autosave({
        api,
        projectId: project.id,
        store,
        rasterKeys: project.textRasterKeys,
        rasterize: rasterizeTextLayers,
        sendOnUnload: saveOnUnload,
      }),
    [api, project, store],
  );
  useEffect(() => {
    autosave.setThumbnailSource(() => canvasRef.current?.thumbnailPng(480) ?? null);
    const unregister = saveGuards.register(() => autosave.flush());
    const stopUnloadSaves = saveWhenThePageGoes(autosave);
    return () => {
      unregister();
      stopUnloadSaves();
      void autosave.flush().catch(() => undefined);
      autosave.dispose();
    };
  }, [autosave]);

  const noticeIds = useRef(0);
  const notify = useCallback((text: string, level: NoticeLevel = 'problem') => {
    noticeIds.current += 1;
    const id = noticeIds.current;
    setNotices((current) => addNotice(current, text, level, Date.now(), id));
  }, []);

  // Text is drawn before its font subset may have arrived: redraw once the subsets load.
  const documents = useEditor(store, (s) => s.history.present);
  useEffect(() => {
    const textLayers = documents.flatMap((d) => d.layers.filter((l): l is TextLayer => l.type === 'text'));
    if (textLayers.length === 0) return;
    const before = [...document.fonts].filter((f) => f.status === 'loaded').length;
    let live = true;
    void loadFontsFor(textLayers).then(() => {
      const after = [...document.fonts].filter((f) => f.status === 'loaded').length;
      if (live && after > before) setFontEpoch((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [documents]);

  const uploadFile = useCallback(
    async (file: File, kind: 'image' | 'video'): Promise<AssetInfo | null> => {
      setUploads((n) => n + 1);
      try {
        return await uploadAsset(api, project.id, file, kind);
      } catch (error) {
        notify(
          error instanceof UploadRefused
            ? t(`editor.import.${error.code}`, { file: error.fileName })
            : t('editor.import.failed', { file: file.name, message: describeError(error) }),
        );
        return null;
      } finally {
        setUploads((n) => n - 1);
      }
    },
    [api, project.id, notify, t],
  );

  const importFiles = useCallback(
    (files: readonly File[], point: { x: number; y: number } | null) => {
      const doc = store.doc;
      // The cell under the drop (or the selected cell) first, then the empty cells in order.
      const first =
        (point ? cellAt(doc, point.x, point.y) : undefined) ??
        (store.get().selection.kind === 'cell'
          ? doc.cells.find((c) => c.id === (store.get().selection as { id: string }).id)
          : undefined);
      const queue = [
        ...(first ? [first.id] : []),
        ...doc.cells.filter((c) => c.id !== first?.id && c.photo === null).map((c) => c.id),
      ];
      files.forEach((file, index) => {
        const cellId = queue[index];
        void uploadFile(file, 'image').then((asset) => {
          if (!asset) return;
          const cell = store.doc.cells.find((c) => c.id === cellId);
          if (cell) {
            const photo = fillFrame(asset.assetId, asset.natural, cell.rect);
            store.apply((d) => setCellPhoto(d, cell.id, photo));
            store.select({ kind: 'cell', id: cell.id });
          } else {
            // No cell left: a free photo layer, a third of the canvas wide, centred.
            const d = store.doc;
            const width = d.size.width / 3;
            const height = (width * asset.natural.height) / asset.natural.width;
            const rect = { x: (d.size.width - width) / 2, y: (d.size.height - height) / 2, width, height };
            const id = `image-${newId()}`;
            const layer = newImageLayer(id, file.name, rect, fillFrame(asset.assetId, asset.natural, rect));
            store.apply((doc2) => addLayer(doc2, layer));
            store.select({ kind: 'layers', ids: [id] });
            notify(t('editor.import.placedAsLayer', { file: file.name }), 'minor');
          }
        });
      });
    },
    [store, uploadFile, notify, t],
  );

  const commands = useMemo<EditorCommands>(() => {
    const centreRect = (doc: EditorDocument, width: number, height: number) => ({
      x: Math.round((doc.size.width - width) / 2),
      y: Math.round((doc.size.height - height) / 2),
      width,
      height,
    });
    return {
      undo: () => store.undo(),
      redo: () => store.redo(),
      addText(vertical) {
        const doc = store.doc;
        const fontSize = Math.round(doc.size.width / 16);
        const rect = vertical
          ? centreRect(doc, fontSize * 2, Math.min(doc.size.height * 0.8, fontSize * 6))
          : centreRect(doc, Math.round(doc.size.width * 0.6), Math.round(fontSize * 1.6));
        const id = `text-${newId()}`;
        const layer = newTextLayer(id, t('editor.layers.defaultText'), rect, {
          text: t('editor.layers.defaultTextContent'),
          fontFamily: defaultFont(),
          fontSize,
          vertical,
        });
        store.patch({ mode: 'design' });
        store.apply((d) => addLayer(d, layer));
        store.select({ kind: 'layers', ids: [id] });
      },
      addShape(shape) {
        const doc = store.doc;
        const side = Math.round(Math.min(doc.size.width, doc.size.height) / 3);
        const rect = centreRect(doc, shape === 'line' ? side * 1.5 : side, side);
        const id = `shape-${newId()}`;
        const layer = newShapeLayer(id, t(`editor.shapes.${shape}`), shape, rect);
        store.patch({ mode: 'design' });
        store.apply((d) => addLayer(d, layer));
        store.select({ kind: 'layers', ids: [id] });
      },
      choosePhotos: () => fileInputRef.current?.click(),
      importFiles,
      deleteSelection() {
        const selection = store.get().selection;
        switch (selection.kind) {
          case 'layers':
            store.apply((d) => removeLayers(d, new Set(selection.ids)));
            store.select(noSelection);
            return;
          case 'area':
            store.apply((d) => removeArea(d, selection.id));
            store.select(noSelection);
            return;
          case 'cell':
            store.apply((d) => setCellPhoto(d, selection.id, null));
            return;
          case 'video':
            store.apply((d) => updateImagemapSettings(d, { video: null }));
            store.select(noSelection);
            return;
          case 'none':
            return;
        }
      },
      duplicateSelection() {
        const ids = selectedLayerIds(store.get().selection);
        if (ids.length === 0) return;
        let copies: string[] = [];
        store.apply((d) => {
          const result = duplicateLayers(
            d,
            ids,
            (layer) => `${layer.type}-${newId()}`,
            Math.round(d.size.width / 100),
          );
          copies = result.ids;
          return result.doc;
        });
        if (copies.length) store.select({ kind: 'layers', ids: copies });
      },
      nudge(dx, dy) {
        const selection = store.get().selection;
        if (selection.kind === 'layers') {
          store.apply(
            (d) => moveLayers(d, new Set(selection.ids), dx, dy),
            `nudge:${selection.ids.join(',')}`,
          );
        } else if (selection.kind === 'area') {
          const area = findArea(store.doc, selection.id);
          if (!area) return;
          const size = store.doc.size;
          const x = Math.min(Math.max(0, area.rect.x + dx), size.width - area.rect.width);
          const y = Math.min(Math.max(0, area.rect.y + dy), size.height - area.rect.height);
          store.apply((d) => setAreaRect(d, area.id, { ...area.rect, x, y }), `nudge:${area.id}`);
        } else if (selection.kind === 'video') {
          const d = store.doc;
          const area = d.kind === 'imagemap' ? d.imagemap.video?.area : undefined;
          if (!area) return;
          store.apply((doc) => setVideoArea(doc, { ...area, x: area.x + dx, y: area.y + dy }), 'nudge:video');
        }
      },
      zoomFit: () => store.patch({ zoom: 'fit' }),
      zoomTo: (zoom) => store.patch({ zoom: clampZoom(zoom) }),
      zoomBy(factor) {
        const state = store.get();
        const current = state.zoom === 'fit' ? state.fitScale : state.zoom;
        store.patch({ zoom: clampZoom(current * factor) });
      },
      open: setDialog,
      uploadFile,
    };
  }, [store, importFiles, uploadFile, t]);

  // Paste: photos from the clipboard go where a drop would.
  useEffect(() => {
    function onPaste(event: ClipboardEvent) {
      if (isTyping(event.target)) return;
      const files = [...(event.clipboardData?.files ?? [])].filter((f) => f.type.startsWith('image/'));
      if (files.length === 0) return;
      event.preventDefault();
      commands.importFiles(files, null);
    }
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [commands]);

  useKeyboardShortcuts(store, commands, canvasRef, dialog === 'none');

  const close = useCallback(() => {
    void autosave.flush().finally(onClose);
  }, [autosave, onClose]);

  return (
    <div className="ed-workspace" data-testid="editor-workspace">
      <Toolbar
        store={store}
        commands={commands}
        projectName={project.name}
        autosave={autosave}
        onClose={close}
        uploads={uploads}
      />
      <div className="ed-main">
        <LeftPanel store={store} />
        <div className="ed-stage-column">
          <DocumentTabs store={store} />
          <EditorCanvas
            store={store}
            fontEpoch={fontEpoch}
            handleRef={canvasRef}
            onDropFiles={commands.importFiles}
          />
          <CanvasHint store={store} />
        </div>
        <RightPanel store={store} commands={commands} />
      </div>
      <input
        ref={fileInputRef}
        type="file"
        accept="image/png,image/jpeg,image/webp,image/gif"
        multiple
        hidden
        data-testid="photo-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length) commands.importFiles(files, null);
        }}
      />
      <NoticeStack notices={notices} onChange={setNotices} />
      {dialog === 'shortcuts' ? <ShortcutsDialog onClose={() => setDialog('none')} /> : null}
      {dialog === 'export' ? (
        <ExportDialog
          api={api}
          projectId={project.id}
          store={store}
          autosave={autosave}
          onClose={() => setDialog('none')}
        />
      ) : null}
      {dialog === 'preview' ? <PreviewDialog store={store} onClose={() => setDialog('none')} /> : null}
    </div>
  );
}

/** Text layers drawn with their fonts, for main's export. */
async function rasterizeTextLayers(layers: readonly TextLayer[]): Promise<TextRaster[]> {
  await loadFontsFor(layers);
  return layers.map(rasterizeTextLayer);
}

/**
 * Edits made within the autosave delay must survive the page going away. Hidden (another tab, a
 * minimised window): a full save while the page still runs. Closed or reloaded: the documents go
 * on a request that outlives the page, and browser mode asks first when that could not be done or
 * the last save failed. Returns the way to stop listening.
 */
function saveWhenThePageGoes(autosave: Autosave): () => void {
  let leaving = false;
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    const outcome = autosave.saveBeforeUnload();
    if (warnsBeforeUnload() && (outcome === 'unsent' || outcome === 'failed')) {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    }
  };
  const onPageHide = () => {
    leaving = true;
    autosave.saveBeforeUnload();
  };
  const onPageShow = () => {
    leaving = false;
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden' && !leaving) void autosave.flush().catch(() => undefined);
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('pageshow', onPageShow);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('beforeunload', onBeforeUnload);
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('pageshow', onPageShow);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

/** The notices in the corner: each dismissable, all at once from two; minor ones fade by themselves. */
function NoticeStack({
  notices,
  onChange,
}: {
  notices: readonly Notice[];
  onChange: (update: (current: readonly Notice[]) => readonly Notice[]) => void;
}) {
  const { t } = useTranslation();
  const expiry = nextExpiry(notices);
  useEffect(() => {
    if (expiry === null) return;
    const timer = setTimeout(
      () => onChange((current) => currentNotices(current, Date.now())),
      expiry - Date.now(),
    );
    return () => clearTimeout(timer);
  }, [expiry, onChange]);
  return (
    <div className="ed-notices" role="status" aria-live="polite" data-testid="notices">
      {notices.length > 1 ? (
        <button
          type="button"
          className="ed-button ed-button-small ed-notices-clear"
          onClick={() => onChange(() => [])}
        >
          {t('editor.common.dismissAll')}
        </button>
      ) : null}
      {notices.map((notice) => (
        <div
          // A repeated minor notice starts its time again: a new key restarts its fade.
          key={`${String(notice.id)}-${String(notice.expiresAt ?? 'stays')}`}
          className="ed-notice"
          data-level={notice.level}
          style={
            notice.expiresAt === null
              ? undefined
              : { animationDelay: `${String(minorNoticeMs - noticeFadeMs)}ms` }
          }
        >
          <span>{notice.text}</span>
          {notice.count > 1 ? <span className="ed-notice-count">×{notice.count}</span> : null}
          <button
            type="button"
            className="ed-icon-button"
            aria-label={t('editor.common.dismiss')}
            onClick={() => onChange((current) => dismissNotice(current, notice.id))}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

/** A minor notice fades over its last moments (editor.css .ed-notice[data-level='minor']). */
const noticeFadeMs = 600;

function CanvasHint({ store }: { store: EditorStore }) {
  const { t } = useTranslation();
  const mode = useEditor(store, (s) => s.mode);
  const selection = useEditor(store, (s) => s.selection);
  const doc = useEditor(store, activeDocument);
  let hint: string;
  if (mode === 'areas') hint = t('editor.hints.areas');
  else if (selection.kind === 'cell') {
    const cell = doc.cells.find((c) => c.id === selection.id);
    hint = cell?.photo ? t('editor.hints.cellPhoto') : t('editor.hints.cellEmpty');
  } else hint = t('editor.hints.design');
  return <p className="ed-canvas-hint">{hint}</p>;
}

function defaultFont(): TextLayer['fontFamily'] {
  switch (document.documentElement.lang) {
    case 'ja':
      return 'Noto Sans JP';
    case 'th':
      return 'Noto Sans Thai';
    case 'en':
      return 'Noto Sans';
    default:
      return 'Noto Sans TC';
  }
}

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'range', 'color'].includes(target.type);
  }
  return false;
}

function useKeyboardShortcuts(
  store: EditorStore,
  commands: EditorCommands,
  canvasRef: React.RefObject<CanvasHandle | null>,
  enabled: boolean,
): void {
  useEffect(() => {
    if (!enabled) return;
    function onKey(event: KeyboardEvent) {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key;
      if (key === 'Escape') {
        if (canvasRef.current?.cancelGesture()) {
          event.preventDefault();
          return;
        }
        if (isTyping(event.target)) return;
        store.select(noSelection);
        return;
      }
      if (isTyping(event.target)) return;
      const lower = key.toLowerCase();
      if (mod && lower === 'z' && !event.shiftKey) {
        event.preventDefault();
        commands.undo();
      } else if ((mod && lower === 'z' && event.shiftKey) || (mod && lower === 'y')) {
        event.preventDefault();
        commands.redo();
      } else if (mod && lower === 'd') {
        event.preventDefault();
        commands.duplicateSelection();
      } else if (key === 'Delete' || key === 'Backspace') {
        event.preventDefault();
        commands.deleteSelection();
      } else if (key.startsWith('Arrow')) {
        const step = event.shiftKey ? 10 : 1;
        const dx = key === 'ArrowLeft' ? -step : key === 'ArrowRight' ? step : 0;
        const dy = key === 'ArrowUp' ? -step : key === 'ArrowDown' ? step : 0;
        const kind = store.get().selection.kind;
        if (kind === 'layers' || kind === 'area' || kind === 'video') {
          event.preventDefault();
          commands.nudge(dx, dy);
        }
      } else if ((event.shiftKey && event.code === 'Digit1') || (mod && key === '0')) {
        event.preventDefault();
        commands.zoomFit();
      } else if ((event.shiftKey && event.code === 'Digit0') || (mod && key === '1')) {
        event.preventDefault();
        commands.zoomTo(1);
      } else if (mod && (key === '=' || key === '+')) {
        event.preventDefault();
        commands.zoomBy(1.25);
      } else if (mod && key === '-') {
        event.preventDefault();
        commands.zoomBy(0.8);
      } else if (!mod && !event.altKey && key === '?') {
        event.preventDefault();
        commands.open('shortcuts');
      } else if (!mod && !event.altKey && lower === 't') {
        commands.addText(event.shiftKey);
      } else if (!mod && !event.altKey && lower === 'a') {
        store.patch({ mode: store.get().mode === 'areas' ? 'design' : 'areas', selection: noSelection });
      } else if (!mod && !event.altKey && lower === 'p') {
        commands.open('preview');
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, commands, canvasRef, enabled]);
}
