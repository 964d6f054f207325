// Properties of what is selected in design mode: the canvas, a cell (background, photo, zoom,
// reset), or a layer (position and size; text, shape or photo settings).

import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Cell,
  EditorDocument,
  FontFamily,
  ImageLayer,
  Layer,
  ShapeLayer,
  TextLayer,
} from '../../../shared/editor/document';
import { cropZoom, fillFrame, maxCropZoom, resetCrop, zoomCrop } from '../../../shared/editor/geometry';
import {
  findCell,
  findLayer,
  setCanvasBackground,
  setCellBackground,
  setCellCrop,
  setCellPhoto,
  setLayerRect,
  updateLayer,
} from '../../../shared/editor/operations';
import type { EditorCommands } from './commands';
import { ColorField, Field, NumberField, Section, Toggle } from './fields';
import { Icon } from './icons';
import { activeDocument, useEditor, type EditorStore } from './store';

const fonts: readonly FontFamily[] = ['Noto Sans TC', 'Noto Sans JP', 'Noto Sans Thai', 'Noto Sans'];

export function PropertiesPanel({ store, commands }: { store: EditorStore; commands: EditorCommands }) {
  const doc = useEditor(store, activeDocument);
  const selection = useEditor(store, (s) => s.selection);
  switch (selection.kind) {
    case 'none':
    case 'area':
    case 'video':
      return <CanvasProperties store={store} doc={doc} />;
    case 'cell': {
      const cell = findCell(doc, selection.id);
      return cell ? (
        <CellProperties store={store} cell={cell} commands={commands} index={doc.cells.indexOf(cell)} />
      ) : null;
    }
    case 'layers': {
      if (selection.ids.length > 1)
        return <MultiProperties store={store} count={selection.ids.length} commands={commands} />;
      const layer = findLayer(doc, selection.ids[0] ?? '');
      return layer ? <LayerProperties store={store} layer={layer} doc={doc} /> : null;
    }
  }
}

function CanvasProperties({ store, doc }: { store: EditorStore; doc: EditorDocument }) {
  const { t } = useTranslation();
  return (
    <Section title={t('editor.props.canvas')} testId="canvas-properties">
      <p className="ed-hint">
        {t(`editor.kind.${doc.kind}`)} · {doc.size.width} × {doc.size.height} px
      </p>
      <ColorField
        label={t('editor.props.background')}
        value={doc.background}
        onChange={(v) => store.apply((d) => setCanvasBackground(d, v), 'canvas-background')}
      />
      <p className="ed-hint">{t('editor.props.canvasHint')}</p>
    </Section>
  );
}

function CellProperties({
  store,
  cell,
  commands,
  index,
}: {
  store: EditorStore;
  cell: Cell;
  commands: EditorCommands;
  index: number;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const frame = { width: cell.rect.width, height: cell.rect.height };
  const zoom = cell.photo ? cropZoom(cell.photo, frame) : 1;
  return (
    <Section title={t('editor.layers.cell', { number: index + 1 })} testId="cell-properties">
      <p className="ed-hint">
        {t('editor.props.cellSize', {
          width: Math.round(cell.rect.width),
          height: Math.round(cell.rect.height),
        })}
      </p>
      <div className="ed-row">
        <ColorField
          label={t('editor.props.cellBackground')}
          value={cell.background ?? '#ffffff'}
          onChange={(v) => store.apply((d) => setCellBackground(d, cell.id, v), `cell-bg:${cell.id}`)}
        />
        {cell.background ? (
          <button
            type="button"
            className="ed-button ed-button-small ed-align-end"
            onClick={() => store.apply((d) => setCellBackground(d, cell.id, null))}
          >
            {t('editor.props.clearBackground')}
          </button>
        ) : null}
      </div>
      <div className="ed-button-row">
        <button
          type="button"
          className="ed-button ed-button-small"
          onClick={() => input.current?.click()}
          data-testid="cell-choose-photo"
        >
          <Icon name="photo" />
          {cell.photo ? t('editor.props.replacePhoto') : t('editor.props.choosePhoto')}
        </button>
        {cell.photo ? (
          <button
            type="button"
            className="ed-button ed-button-small"
            onClick={() => store.apply((d) => setCellPhoto(d, cell.id, null))}
          >
            {t('editor.props.removePhoto')}
          </button>
        ) : null}
      </div>
      <input
        ref={input}
        type="file"
        hidden
        accept="image/png,image/jpeg,image/webp,image/gif"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          void commands.uploadFile(file, 'image').then((asset) => {
            if (asset)
              store.apply((d) =>
                setCellPhoto(d, cell.id, fillFrame(asset.assetId, asset.natural, cell.rect)),
              );
          });
        }}
      />
      {cell.photo ? (
        <>
          <div className="ed-field">
            <label className="ed-label" htmlFor={`zoom-${cell.id}`}>
              {t('editor.props.photoZoom', { percent: Math.round(zoom * 100) })}
            </label>
            <input
              id={`zoom-${cell.id}`}
              type="range"
              min={1}
              max={maxCropZoom}
              step={0.01}
              value={zoom}
              data-testid="cell-zoom"
              onChange={(event) => {
                const photo = findCell(store.doc, cell.id)?.photo;
                if (!photo) return;
                const target = Number(event.target.value);
                const next = zoomCrop(photo, frame, target / cropZoom(photo, frame));
                store.apply((d) => setCellCrop(d, cell.id, next.crop), `cell-zoom:${cell.id}`);
              }}
            />
          </div>
          <button
            type="button"
            className="ed-button ed-button-small"
            onClick={() => {
              const photo = cell.photo;
              if (photo) store.apply((d) => setCellCrop(d, cell.id, resetCrop(photo, frame).crop));
            }}
            data-testid="cell-reset"
          >
            <Icon name="reset" />
            {t('editor.props.resetPhoto')}
          </button>
          <p className="ed-hint">{t('editor.hints.cellPhoto')}</p>
        </>
      ) : (
        <p className="ed-hint">{t('editor.hints.cellEmpty')}</p>
      )}
    </Section>
  );
}

function MultiProperties({
  store,
  count,
  commands,
}: {
  store: EditorStore;
  count: number;
  commands: EditorCommands;
}) {
  const { t } = useTranslation();
  void store;
  return (
    <Section title={t('editor.props.multiple', { count })}>
      <div className="ed-button-row">
        <button type="button" className="ed-button ed-button-small" onClick={commands.duplicateSelection}>
          <Icon name="copy" />
          {t('editor.props.duplicate')}
        </button>
        <button
          type="button"
          className="ed-button ed-button-small ed-button-danger"
          onClick={commands.deleteSelection}
        >
          <Icon name="trash" />
          {t('editor.props.delete')}
        </button>
      </div>
    </Section>
  );
}

function LayerProperties({ store, layer, doc }: { store: EditorStore; layer: Layer; doc: EditorDocument }) {
  const { t } = useTranslation();
  const setRect = (patch: Partial<Layer['rect']>, field: string) =>
    store.apply((d) => setLayerRect(d, layer.id, { ...layer.rect, ...patch }), `rect:${field}:${layer.id}`);
  const common = (
    <Section title={t('editor.props.position')} testId="layer-geometry">
      <div className="ed-grid-2">
        <NumberField label="X" value={layer.rect.x} onChange={(x) => setRect({ x }, 'x')} />
        <NumberField label="Y" value={layer.rect.y} onChange={(y) => setRect({ y }, 'y')} />
        <NumberField
          label={t('editor.props.width')}
          value={layer.rect.width}
          min={1}
          max={doc.size.width * 4}
          onChange={(width) => setRect({ width }, 'w')}
        />
        {layer.type === 'shape' && layer.shape === 'line' ? null : (
          <NumberField
            label={t('editor.props.height')}
            value={layer.rect.height}
            min={1}
            max={doc.size.height * 4}
            onChange={(height) => setRect({ height }, 'h')}
          />
        )}
        <NumberField
          label={t('editor.props.rotation')}
          value={layer.rotation}
          min={-360}
          max={360}
          suffix="°"
          onChange={(rotation) =>
            store.apply((d) => updateLayer<Layer>(d, layer.id, { rotation }), `rotation:${layer.id}`)
          }
        />
        <NumberField
          label={t('editor.props.opacity')}
          value={Math.round(layer.opacity * 100)}
          min={0}
          max={100}
          suffix="%"
          onChange={(percent) =>
            store.apply(
              (d) => updateLayer<Layer>(d, layer.id, { opacity: percent / 100 }),
              `opacity:${layer.id}`,
            )
          }
        />
      </div>
      {layer.locked ? <p className="ed-hint">{t('editor.props.lockedHint')}</p> : null}
    </Section>
  );
  switch (layer.type) {
    case 'text':
      return (
        <>
          <TextProperties store={store} layer={layer} />
          {common}
        </>
      );
    case 'shape':
      return (
        <>
          <ShapeProperties store={store} layer={layer} />
          {common}
        </>
      );
    case 'image':
      return (
        <>
          <ImageProperties store={store} layer={layer} />
          {common}
        </>
      );
  }
}

function TextProperties({ store, layer }: { store: EditorStore; layer: TextLayer }) {
  const { t } = useTranslation();
  const set = (patch: Partial<Omit<TextLayer, 'id' | 'type'>>, key: string) =>
    store.apply((d) => updateLayer<TextLayer>(d, layer.id, patch), `${key}:${layer.id}`);
  return (
    <Section title={t('editor.props.text')} testId="text-properties">
      <Field label={t('editor.props.textContent')}>
        {(id) => (
          <textarea
            id="editor-text-content"
            aria-describedby={id}
            className="ed-input ed-textarea"
            value={layer.text}
            rows={3}
            lang={
              layer.fontFamily === 'Noto Sans JP'
                ? 'ja'
                : layer.fontFamily === 'Noto Sans Thai'
                  ? 'th'
                  : layer.fontFamily === 'Noto Sans TC'
                    ? 'zh-TW'
                    : 'en'
            }
            onChange={(event) => set({ text: event.target.value }, 'text')}
            data-testid="text-content"
          />
        )}
      </Field>
      {/* The fonts' names are long ("Noto Sans TC (Traditional Chinese)"): the font takes a whole row. */}
      <Field label={t('editor.props.font')}>
        {(id) => (
          <select
            id={id}
            className="ed-input"
            value={layer.fontFamily}
            onChange={(event) => set({ fontFamily: event.target.value as FontFamily }, 'font')}
            data-testid="text-font"
          >
            {fonts.map((font) => (
              <option key={font} value={font}>
                {t(
                  `editor.fonts.${font === 'Noto Sans TC' ? 'tc' : font === 'Noto Sans JP' ? 'jp' : font === 'Noto Sans Thai' ? 'thai' : 'latin'}`,
                )}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="ed-grid-2">
        <NumberField
          label={t('editor.props.fontSize')}
          value={layer.fontSize}
          min={4}
          max={1000}
          suffix="px"
          onChange={(fontSize) => set({ fontSize }, 'size')}
          testId="text-size"
        />
        <NumberField
          label={t('editor.props.lineHeight')}
          value={layer.lineHeight}
          min={0.5}
          max={4}
          step={0.05}
          digits={2}
          onChange={(lineHeight) => set({ lineHeight }, 'line-height')}
        />
      </div>
      <div className="ed-row ed-row-wrap">
        <div className="ed-segmented ed-segmented-small" role="group" aria-label={t('editor.props.align')}>
          {(['left', 'center', 'right'] as const).map((align) => (
            <button
              key={align}
              type="button"
              className="ed-segment"
              aria-pressed={layer.align === align}
              onClick={() => set({ align }, 'align')}
            >
              {t(
                layer.vertical
                  ? `editor.props.alignVertical.${align}`
                  : `editor.props.alignHorizontal.${align}`,
              )}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="ed-segment ed-bold-toggle"
          aria-pressed={layer.fontWeight === 700}
          onClick={() => set({ fontWeight: layer.fontWeight === 700 ? 400 : 700 }, 'weight')}
        >
          {t('editor.props.bold')}
        </button>
      </div>
      <ColorField
        label={t('editor.props.color')}
        value={layer.color}
        onChange={(color) => set({ color }, 'color')}
      />
      <Toggle
        label={t('editor.props.vertical')}
        checked={layer.vertical}
        onChange={(vertical) => set({ vertical }, 'vertical')}
        testId="text-vertical"
      />
      <Toggle
        label={t('editor.props.stroke')}
        checked={layer.stroke !== null}
        onChange={(on) =>
          set(
            { stroke: on ? { color: '#ffffff', width: Math.max(2, Math.round(layer.fontSize / 12)) } : null },
            'stroke-on',
          )
        }
      />
      {layer.stroke ? (
        <div className="ed-grid-2">
          <ColorField
            label={t('editor.props.strokeColor')}
            value={layer.stroke.color}
            onChange={(color) =>
              set({ stroke: { ...(layer.stroke ?? { width: 4 }), color } }, 'stroke-color')
            }
          />
          <NumberField
            label={t('editor.props.strokeWidth')}
            value={layer.stroke.width}
            min={0}
            max={200}
            onChange={(width) =>
              set({ stroke: { ...(layer.stroke ?? { color: '#ffffff' }), width } }, 'stroke-width')
            }
          />
        </div>
      ) : null}
      <Toggle
        label={t('editor.props.shadow')}
        checked={layer.shadow !== null}
        onChange={(on) =>
          set(
            {
              shadow: on
                ? { color: '#00000080', blur: Math.round(layer.fontSize / 8), offsetX: 4, offsetY: 4 }
                : null,
            },
            'shadow-on',
          )
        }
      />
      {layer.shadow ? (
        <div className="ed-grid-2">
          <ColorField
            label={t('editor.props.shadowColor')}
            value={layer.shadow.color}
            onChange={(color) => set({ shadow: { ...shadowOf(layer), color } }, 'shadow-color')}
          />
          <NumberField
            label={t('editor.props.shadowBlur')}
            value={layer.shadow.blur}
            min={0}
            max={200}
            onChange={(blur) => set({ shadow: { ...shadowOf(layer), blur } }, 'shadow-blur')}
          />
          <NumberField
            label={t('editor.props.shadowX')}
            value={layer.shadow.offsetX}
            min={-200}
            max={200}
            onChange={(offsetX) => set({ shadow: { ...shadowOf(layer), offsetX } }, 'shadow-x')}
          />
          <NumberField
            label={t('editor.props.shadowY')}
            value={layer.shadow.offsetY}
            min={-200}
            max={200}
            onChange={(offsetY) => set({ shadow: { ...shadowOf(layer), offsetY } }, 'shadow-y')}
          />
        </div>
      ) : null}
    </Section>
  );
}

const shadowOf = (layer: TextLayer) =>
  layer.shadow ?? { color: '#00000080', blur: 8, offsetX: 4, offsetY: 4 };

function ShapeProperties({ store, layer }: { store: EditorStore; layer: ShapeLayer }) {
  const { t } = useTranslation();
  const set = (patch: Partial<Omit<ShapeLayer, 'id' | 'type'>>, key: string) =>
    store.apply((d) => updateLayer<ShapeLayer>(d, layer.id, patch), `${key}:${layer.id}`);
  const isLine = layer.shape === 'line';
  return (
    <Section title={t(`editor.shapes.${layer.shape}`)} testId="shape-properties">
      {isLine ? null : (
        <>
          <Toggle
            label={t('editor.props.fill')}
            checked={layer.fill !== null}
            onChange={(on) => set({ fill: on ? '#06c755' : null }, 'fill-on')}
          />
          {layer.fill !== null ? (
            <ColorField
              label={t('editor.props.fillColor')}
              value={layer.fill}
              onChange={(fill) => set({ fill }, 'fill')}
            />
          ) : null}
          <Toggle
            label={t('editor.props.outline')}
            checked={layer.stroke !== null}
            onChange={(on) =>
              set(
                {
                  stroke: on ? '#1d2127' : null,
                  strokeWidth: on ? Math.max(layer.strokeWidth, 6) : layer.strokeWidth,
                },
                'stroke-on',
              )
            }
          />
        </>
      )}
      {layer.stroke !== null ? (
        <div className="ed-grid-2">
          <ColorField
            label={t('editor.props.strokeColor')}
            value={layer.stroke}
            onChange={(stroke) => set({ stroke }, 'stroke')}
          />
          <NumberField
            label={t('editor.props.strokeWidth')}
            value={layer.strokeWidth}
            min={0}
            max={400}
            onChange={(strokeWidth) => set({ strokeWidth }, 'stroke-width')}
          />
        </div>
      ) : null}
      {layer.shape === 'roundedRect' ? (
        <NumberField
          label={t('editor.props.cornerRadius')}
          value={layer.cornerRadius}
          min={0}
          max={Math.min(layer.rect.width, layer.rect.height) / 2}
          onChange={(cornerRadius) => set({ cornerRadius }, 'radius')}
        />
      ) : null}
    </Section>
  );
}

function ImageProperties({ store, layer }: { store: EditorStore; layer: ImageLayer }) {
  const { t } = useTranslation();
  return (
    <Section title={t('editor.props.photo')} testId="image-properties">
      <Toggle
        label={t('editor.props.aspectLock')}
        checked={layer.aspectLocked}
        onChange={(aspectLocked) =>
          store.apply((d) => updateLayer<ImageLayer>(d, layer.id, { aspectLocked }))
        }
        testId="aspect-lock"
      />
      <button
        type="button"
        className="ed-button ed-button-small"
        onClick={() =>
          store.apply((d) =>
            updateLayer<ImageLayer>(d, layer.id, { photo: resetCrop(layer.photo, layer.rect) }),
          )
        }
      >
        <Icon name="reset" />
        {t('editor.props.resetPhoto')}
      </button>
    </Section>
  );
}
