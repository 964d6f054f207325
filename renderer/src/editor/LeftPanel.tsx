// The left panel: the layers (top of the stack first) with visibility, lock, rename and z-order, the
// template cells, and the layouts the document can switch to.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorDocument, Layer } from '../../../shared/editor/document';
import { refitCrop } from '../../../shared/editor/geometry';
import {
  applyLayout,
  removeLayers,
  renameLayer,
  reorderLayer,
  setLayerHidden,
  setLayerLocked,
} from '../../../shared/editor/operations';
import { imagemapTemplates, richMenuTemplates, templateAtSize } from '../../../shared/editor/templates';
import { Icon } from './icons';
import { newId } from './ids';
import { activeDocument, useEditor, type EditorStore } from './store';
import { TemplateThumb } from './TemplateThumb';

type Tab = 'layers' | 'layout';

export function LeftPanel({ store }: { store: EditorStore }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('layers');
  return (
    <aside className="ed-panel ed-panel-left" aria-label={t('editor.layers.panel')}>
      <div className="ed-tabs" role="tablist">
        {(['layers', 'layout'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className="ed-tab"
            onClick={() => setTab(id)}
            id={`left-tab-${id}`}
          >
            {t(`editor.layers.tab.${id}`)}
          </button>
        ))}
      </div>
      <div className="ed-panel-scroll" role="tabpanel" aria-labelledby={`left-tab-${tab}`}>
        {tab === 'layers' ? <LayersList store={store} /> : <LayoutPicker store={store} />}
      </div>
    </aside>
  );
}

function LayersList({ store }: { store: EditorStore }) {
  const { t } = useTranslation();
  const doc = useEditor(store, activeDocument);
  const selection = useEditor(store, (s) => s.selection);
  const [renaming, setRenaming] = useState<string | null>(null);
  const selected = new Set(selection.kind === 'layers' ? selection.ids : []);
  const topFirst = [...doc.layers].reverse();

  return (
    <>
      <h3 className="ed-panel-heading">{t('editor.layers.title')}</h3>
      {topFirst.length === 0 ? <p className="ed-hint ed-pad">{t('editor.layers.empty')}</p> : null}
      <ul className="ed-layer-list" aria-label={t('editor.layers.title')} data-testid="layer-list">
        {topFirst.map((layer) => (
          <li
            key={layer.id}
            className="ed-layer-row"
            aria-selected={selected.has(layer.id)}
            data-hidden={layer.hidden}
            data-testid="layer-row"
          >
            <button
              type="button"
              className="ed-icon-button ed-icon-button-small"
              aria-pressed={!layer.hidden}
              aria-label={
                layer.hidden
                  ? t('editor.layers.show', { name: layer.name })
                  : t('editor.layers.hide', { name: layer.name })
              }
              title={layer.hidden ? t('editor.layers.showShort') : t('editor.layers.hideShort')}
              onClick={() => store.apply((d) => setLayerHidden(d, layer.id, !layer.hidden))}
            >
              <Icon name={layer.hidden ? 'eyeOff' : 'eye'} />
            </button>
            {renaming === layer.id ? (
              <input
                className="ed-input ed-input-small ed-grow"
                defaultValue={layer.name}
                aria-label={t('editor.layers.rename')}
                autoFocus
                onBlur={(event) => {
                  const name = event.target.value.trim();
                  if (name) store.apply((d) => renameLayer(d, layer.id, name));
                  setRenaming(null);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') event.currentTarget.blur();
                  if (event.key === 'Escape') {
                    event.stopPropagation();
                    setRenaming(null);
                  }
                }}
              />
            ) : (
              <button
                type="button"
                className="ed-layer-name"
                onClick={(event) => {
                  store.patch({ mode: 'design' });
                  if (event.shiftKey) {
                    const ids = selected.has(layer.id)
                      ? [...selected].filter((id) => id !== layer.id)
                      : [...selected, layer.id];
                    store.select(ids.length ? { kind: 'layers', ids } : { kind: 'none' });
                  } else store.select({ kind: 'layers', ids: [layer.id] });
                }}
                onDoubleClick={() => setRenaming(layer.id)}
                title={t('editor.layers.renameHint')}
              >
                <LayerKindIcon layer={layer} />
                <span className="ed-ellipsis">{layer.name}</span>
              </button>
            )}
            <button
              type="button"
              className="ed-icon-button ed-icon-button-small"
              aria-pressed={layer.locked}
              aria-label={
                layer.locked
                  ? t('editor.layers.unlock', { name: layer.name })
                  : t('editor.layers.lock', { name: layer.name })
              }
              title={layer.locked ? t('editor.layers.unlockShort') : t('editor.layers.lockShort')}
              onClick={() => store.apply((d) => setLayerLocked(d, layer.id, !layer.locked))}
            >
              <Icon name={layer.locked ? 'lock' : 'unlock'} />
            </button>
          </li>
        ))}
      </ul>
      {selection.kind === 'layers' && selection.ids.length === 1 ? (
        <LayerOrderButtons store={store} doc={doc} id={selection.ids[0] ?? ''} onRename={setRenaming} />
      ) : null}

      <h3 className="ed-panel-heading">{t('editor.layers.cells')}</h3>
      <ul className="ed-layer-list" aria-label={t('editor.layers.cells')}>
        {doc.cells.map((cell, index) => (
          <li
            key={cell.id}
            className="ed-layer-row"
            aria-selected={selection.kind === 'cell' && selection.id === cell.id}
          >
            <button
              type="button"
              className="ed-layer-name"
              data-testid="cell-row"
              onClick={() => {
                store.patch({ mode: 'design' });
                store.select({ kind: 'cell', id: cell.id });
              }}
            >
              <span className="ed-cell-swatch" data-filled={cell.photo !== null} />
              <span className="ed-ellipsis">
                {t('editor.layers.cell', { number: index + 1 })}
                {cell.photo ? '' : ` · ${t('editor.layers.cellEmpty')}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function LayerKindIcon({ layer }: { layer: Layer }) {
  switch (layer.type) {
    case 'text':
      return <Icon name={layer.vertical ? 'verticalText' : 'text'} className="icon ed-layer-kind" />;
    case 'shape':
      return <Icon name={layer.shape} className="icon ed-layer-kind" />;
    case 'image':
      return <Icon name="photo" className="icon ed-layer-kind" />;
  }
}

function LayerOrderButtons({
  store,
  doc,
  id,
  onRename,
}: {
  store: EditorStore;
  doc: EditorDocument;
  id: string;
  onRename: (id: string) => void;
}) {
  const { t } = useTranslation();
  const index = doc.layers.findIndex((l) => l.id === id);
  const top = index === doc.layers.length - 1;
  const bottom = index === 0;
  return (
    <div className="ed-layer-actions" role="group" aria-label={t('editor.layers.order')}>
      <button
        type="button"
        className="ed-icon-button ed-icon-button-small"
        disabled={top}
        aria-label={t('editor.layers.front')}
        title={t('editor.layers.front')}
        onClick={() => store.apply((d) => reorderLayer(d, id, 'front'))}
      >
        <Icon name="top" />
      </button>
      <button
        type="button"
        className="ed-icon-button ed-icon-button-small"
        disabled={top}
        aria-label={t('editor.layers.forward')}
        title={t('editor.layers.forward')}
        onClick={() => store.apply((d) => reorderLayer(d, id, 'forward'))}
      >
        <Icon name="up" />
      </button>
      <button
        type="button"
        className="ed-icon-button ed-icon-button-small"
        disabled={bottom}
        aria-label={t('editor.layers.backward')}
        title={t('editor.layers.backward')}
        onClick={() => store.apply((d) => reorderLayer(d, id, 'backward'))}
      >
        <Icon name="down" />
      </button>
      <button
        type="button"
        className="ed-icon-button ed-icon-button-small"
        disabled={bottom}
        aria-label={t('editor.layers.back')}
        title={t('editor.layers.back')}
        onClick={() => store.apply((d) => reorderLayer(d, id, 'back'))}
      >
        <Icon name="bottom" />
      </button>
      <button
        type="button"
        className="ed-icon-button ed-icon-button-small"
        aria-label={t('editor.layers.rename')}
        title={t('editor.layers.rename')}
        onClick={() => onRename(id)}
      >
        <Icon name="design" />
      </button>
      <button
        type="button"
        className="ed-icon-button ed-icon-button-small"
        aria-label={t('editor.layers.delete')}
        title={t('editor.layers.delete')}
        onClick={() => store.apply((d) => removeLayers(d, new Set([id])))}
      >
        <Icon name="trash" />
      </button>
    </div>
  );
}

function LayoutPicker({ store }: { store: EditorStore }) {
  const { t } = useTranslation();
  const doc = useEditor(store, activeDocument);
  const catalogue = doc.kind === 'richmenu' ? richMenuTemplates : imagemapTemplates;
  const options = catalogue
    .map((template) => templateAtSize(template.id, doc.size))
    .filter((template) => template !== undefined);
  return (
    <>
      <h3 className="ed-panel-heading">{t('editor.layers.layoutTitle')}</h3>
      <p className="ed-hint ed-pad">{t('editor.layers.layoutHint')}</p>
      {options.length === 0 ? <p className="ed-hint ed-pad">{t('editor.layers.layoutNone')}</p> : null}
      <div className="ed-layout-grid">
        {options.map((template) => (
          <button
            key={template.id}
            type="button"
            className="ed-template"
            aria-pressed={doc.templateId === template.id}
            onClick={() =>
              store.apply((d) =>
                applyLayout(d, template.id, template.cells, newId, (photo, oldFrame, frame) =>
                  refitCrop(photo, oldFrame, frame),
                ),
              )
            }
          >
            <TemplateThumb size={template.size} cells={template.cells} width={96} />
            <span>{t(template.nameKey as 'editor.templates.full')}</span>
          </button>
        ))}
      </div>
    </>
  );
}
