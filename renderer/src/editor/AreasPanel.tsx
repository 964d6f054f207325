// Tap-area mode's panel: the menu's own settings (rich menu: name, chat-bar text, open by default,
// alias; rich message: alternative text, base URL, video), the list of areas, and the selected area's
// position, size and action, with the action types this kind of image allows.

import { useTranslation } from 'react-i18next';
import type {
  DatetimePickerAction,
  EditorDocument,
  ImagemapDocument,
  RichMenuDocument,
  TapAction,
  TapActionType,
  TapArea,
} from '../../../shared/editor/document';
import { graphemeLength } from '../../../shared/editor/lint';
import {
  allowedActionTypes,
  imagemapAltTextMaxLength,
  richMenuChatBarTextMaxLength,
  richMenuNameMaxLength,
  actionLabelMaxLength,
  videoExternalLinkLabelMaxLength,
} from '../../../shared/editor/limits';
import {
  actionTexts,
  addArea,
  defaultAction,
  findArea,
  removeArea,
  replaceAreas,
  setAreaAction,
  setAreaRect,
  updateImagemapSettings,
  updateRichMenuSettings,
} from '../../../shared/editor/operations';
import { assertNever } from '../../../shared/domain/assert';
import { areaColor } from './area-colors';
import type { Translate } from '../../../shared/i18n/text';
import { actionSummary } from './action-summary';
import type { EditorCommands } from './commands';
import { Field, NumberField, Section, Toggle } from './fields';
import { Icon } from './icons';
import { newId } from './ids';
import { activeDocument, useEditor, type EditorStore } from './store';
import { VideoSettings } from './VideoSettings';

export function AreasPanel({ store, commands }: { store: EditorStore; commands: EditorCommands }) {
  const doc = useEditor(store, activeDocument);
  const documents = useEditor(store, (s) => s.history.present);
  const selection = useEditor(store, (s) => s.selection);
  const area = selection.kind === 'area' ? findArea(doc, selection.id) : undefined;
  return (
    <>
      {doc.kind === 'richmenu' ? (
        <RichMenuSettingsSection store={store} doc={doc} />
      ) : (
        <ImagemapSettingsSection store={store} doc={doc} commands={commands} />
      )}
      <AreaList store={store} doc={doc} selectedId={area?.id ?? null} />
      {area ? (
        <AreaEditor
          store={store}
          doc={doc}
          area={area}
          index={doc.areas.indexOf(area)}
          documents={documents}
        />
      ) : null}
    </>
  );
}

function Counter({ value, max }: { value: string; max: number }) {
  const length = graphemeLength(value);
  return (
    <span className={length > max ? 'ed-counter ed-counter-over' : 'ed-counter'}>
      {length} / {max}
    </span>
  );
}

function RichMenuSettingsSection({ store, doc }: { store: EditorStore; doc: RichMenuDocument }) {
  const { t } = useTranslation();
  const s = doc.richMenu;
  return (
    <Section title={t('editor.menu.title')} testId="richmenu-settings">
      <Field label={t('editor.menu.name')} hint={t('editor.menu.nameHint')}>
        {(id) => (
          <div className="ed-input-wrap">
            <input
              id={id}
              className="ed-input"
              value={s.name}
              onChange={(e) =>
                store.apply((d) => updateRichMenuSettings(d, { name: e.target.value }), 'menu-name')
              }
              data-testid="menu-name"
            />
            <Counter value={s.name} max={richMenuNameMaxLength} />
          </div>
        )}
      </Field>
      <Field
        label={t('editor.menu.chatBarText')}
        hint={t('editor.menu.chatBarTextHint', { max: richMenuChatBarTextMaxLength })}
      >
        {(id) => (
          <div className="ed-input-wrap">
            <input
              id={id}
              className="ed-input"
              value={s.chatBarText}
              onChange={(e) =>
                store.apply((d) => updateRichMenuSettings(d, { chatBarText: e.target.value }), 'menu-chatbar')
              }
              data-testid="menu-chatbar"
            />
            <Counter value={s.chatBarText} max={richMenuChatBarTextMaxLength} />
          </div>
        )}
      </Field>
      <Toggle
        label={t('editor.menu.selected')}
        checked={s.selected}
        onChange={(selected) => store.apply((d) => updateRichMenuSettings(d, { selected }))}
        testId="menu-selected"
      />
      <Field label={t('editor.menu.alias')} hint={t('editor.menu.aliasHint')}>
        {(id) => (
          <input
            id={id}
            className="ed-input ed-mono"
            value={s.aliasId ?? ''}
            placeholder="tab-a"
            onChange={(e) =>
              store.apply(
                (d) =>
                  updateRichMenuSettings(d, {
                    aliasId: e.target.value.trim() === '' ? null : e.target.value,
                  }),
                'menu-alias',
              )
            }
          />
        )}
      </Field>
    </Section>
  );
}

function ImagemapSettingsSection({
  store,
  doc,
  commands,
}: {
  store: EditorStore;
  doc: ImagemapDocument;
  commands: EditorCommands;
}) {
  const { t } = useTranslation();
  const s = doc.imagemap;
  return (
    <Section title={t('editor.imagemap.title')} testId="imagemap-settings">
      <Field label={t('editor.imagemap.altText')} hint={t('editor.imagemap.altTextHint')}>
        {(id) => (
          <div className="ed-input-wrap">
            <input
              id={id}
              className="ed-input"
              value={s.altText}
              onChange={(e) =>
                store.apply((d) => updateImagemapSettings(d, { altText: e.target.value }), 'imagemap-alt')
              }
            />
            <Counter value={s.altText} max={imagemapAltTextMaxLength} />
          </div>
        )}
      </Field>
      <Field label={t('editor.imagemap.baseUrl')} hint={t('editor.imagemap.baseUrlHint')}>
        {(id) => (
          <input
            id={id}
            className="ed-input ed-mono"
            value={s.baseUrl}
            placeholder="https://cdn.example.com/imagemaps/spring"
            onChange={(e) =>
              store.apply((d) => updateImagemapSettings(d, { baseUrl: e.target.value }), 'imagemap-base')
            }
          />
        )}
      </Field>
      <VideoSettings store={store} doc={doc} commands={commands} />
      <p className="ed-hint">{t('editor.imagemap.videoLimit', { label: videoExternalLinkLabelMaxLength })}</p>
    </Section>
  );
}

function AreaList({
  store,
  doc,
  selectedId,
}: {
  store: EditorStore;
  doc: EditorDocument;
  selectedId: string | null;
}) {
  const { t } = useTranslation();
  return (
    <Section title={t('editor.areas.title', { count: doc.areas.length })} testId="area-list">
      <p className="ed-hint">{t('editor.hints.areas')}</p>
      <ul className="ed-area-list">
        {doc.areas.map((area, index) => (
          <li key={area.id} className="ed-area-row" aria-selected={area.id === selectedId}>
            <button
              type="button"
              className="ed-area-select"
              onClick={() => store.select({ kind: 'area', id: area.id })}
              data-testid="area-row"
            >
              <span className="ed-area-badge" data-color={index % 8}>
                {index + 1}
              </span>
              <span className="ed-ellipsis">{actionSummary(area.action, t as unknown as Translate)}</span>
            </button>
            <button
              type="button"
              className="ed-icon-button ed-icon-button-small"
              aria-label={t('editor.areas.delete', { number: index + 1 })}
              title={t('editor.areas.delete', { number: index + 1 })}
              onClick={() => store.apply((d) => removeArea(d, area.id))}
            >
              <Icon name="trash" />
            </button>
          </li>
        ))}
      </ul>
      <div className="ed-button-row">
        <button
          type="button"
          className="ed-button ed-button-small"
          onClick={() => {
            const id = `area-${newId()}`;
            const width = Math.round(doc.size.width / 4);
            const height = Math.round(doc.size.height / 4);
            store.apply((d) =>
              addArea(d, {
                id,
                rect: {
                  x: Math.round((d.size.width - width) / 2),
                  y: Math.round((d.size.height - height) / 2),
                  width,
                  height,
                },
                action: null,
              }),
            );
            store.select({ kind: 'area', id });
          }}
          data-testid="add-area"
        >
          <Icon name="plus" />
          {t('editor.areas.add')}
        </button>
        <button
          type="button"
          className="ed-button ed-button-small"
          onClick={() =>
            store.apply((d) =>
              replaceAreas(
                d,
                d.cells.map((cell, i) => ({
                  id: `area-${newId()}`,
                  rect: cell.rect,
                  action: d.areas[i]?.action ?? null,
                })),
              ),
            )
          }
        >
          <Icon name="reset" />
          {t('editor.areas.resetToCells')}
        </button>
      </div>
    </Section>
  );
}

function AreaEditor({
  store,
  doc,
  area,
  index,
  documents,
}: {
  store: EditorStore;
  doc: EditorDocument;
  area: TapArea;
  index: number;
  documents: readonly EditorDocument[];
}) {
  const { t } = useTranslation();
  const color = areaColor(index).stroke;
  const aliases = documents
    .filter((d) => d !== doc)
    .flatMap((d) => (d.kind === 'richmenu' && d.richMenu.aliasId ? [d.richMenu.aliasId] : []));
  const setRect = (patch: Partial<TapArea['rect']>, key: string) =>
    store.apply((d) => setAreaRect(d, area.id, { ...area.rect, ...patch }), `area-${key}:${area.id}`);
  const setAction = (action: TapAction | null, key = 'type') =>
    store.apply((d) => setAreaAction(d, area.id, action), `action-${key}:${area.id}`);
  const action = area.action;
  return (
    <Section title={t('editor.areas.area', { number: index + 1 })} testId="area-editor">
      <div className="ed-area-swatch" data-color={index % 8} aria-hidden="true" title={color} />
      <div className="ed-grid-4">
        <NumberField
          label="X"
          value={area.rect.x}
          min={0}
          max={doc.size.width - 1}
          onChange={(x) => setRect({ x }, 'x')}
          testId="area-x"
        />
        <NumberField
          label="Y"
          value={area.rect.y}
          min={0}
          max={doc.size.height - 1}
          onChange={(y) => setRect({ y }, 'y')}
          testId="area-y"
        />
        <NumberField
          label={t('editor.props.widthShort')}
          value={area.rect.width}
          min={1}
          max={doc.size.width}
          onChange={(width) => setRect({ width }, 'w')}
          testId="area-w"
        />
        <NumberField
          label={t('editor.props.heightShort')}
          value={area.rect.height}
          min={1}
          max={doc.size.height}
          onChange={(height) => setRect({ height }, 'h')}
          testId="area-h"
        />
      </div>
      <Field label={t('editor.actions.type')}>
        {(id) => (
          <select
            id={id}
            className="ed-input"
            value={action?.type ?? ''}
            data-testid="action-type"
            onChange={(e) =>
              setAction(
                e.target.value === ''
                  ? null
                  : defaultAction(e.target.value as TapActionType, actionTexts(t), aliases),
              )
            }
          >
            <option value="">{t('editor.actions.none')}</option>
            {allowedActionTypes[doc.kind].map((type) => (
              <option key={type} value={type}>
                {t(`editor.actions.types.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {action ? (
        <ActionFields
          action={action}
          kind={doc.kind}
          aliases={aliases}
          onChange={(next, key) => setAction(next, key)}
        />
      ) : null}
    </Section>
  );
}

function TextInput({
  label,
  value,
  onChange,
  testId,
  placeholder,
  max,
  mono,
  hint,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
  placeholder?: string;
  max?: number;
  mono?: boolean;
  hint?: string;
}) {
  return (
    <Field label={label} hint={hint}>
      {(id) => (
        <div className="ed-input-wrap">
          <input
            id={id}
            className={mono ? 'ed-input ed-mono' : 'ed-input'}
            value={value}
            placeholder={placeholder}
            onChange={(e) => onChange(e.target.value)}
            data-testid={testId}
          />
          {max !== undefined ? <Counter value={value} max={max} /> : null}
        </div>
      )}
    </Field>
  );
}

function ActionFields({
  action,
  kind,
  aliases,
  onChange,
}: {
  action: TapAction;
  kind: EditorDocument['kind'];
  aliases: readonly string[];
  onChange: (action: TapAction, key: string) => void;
}) {
  const { t } = useTranslation();
  const labelMax = actionLabelMaxLength(kind);
  const labelRequired =
    action.type === 'camera' || action.type === 'cameraRoll' || action.type === 'location';
  const label = (
    <TextInput
      label={labelRequired ? t('editor.actions.label') : t('editor.actions.labelOptional')}
      value={action.label ?? ''}
      max={labelMax}
      onChange={(value) => onChange({ ...action, label: value } as TapAction, 'label')}
      testId="action-label"
      hint={t('editor.actions.labelHint')}
    />
  );
  switch (action.type) {
    case 'uri':
      return (
        <>
          <TextInput
            label={t('editor.lint.fields.uri')}
            value={action.uri}
            mono
            placeholder="https://example.com"
            onChange={(uri) => onChange({ ...action, uri }, 'uri')}
            testId="action-uri"
            hint={t('editor.actions.uriHint')}
          />
          {label}
        </>
      );
    case 'message':
      return (
        <>
          <TextInput
            label={t('editor.lint.fields.text')}
            value={action.text}
            onChange={(text) => onChange({ ...action, text }, 'text')}
            testId="action-text"
            hint={t('editor.actions.messageHint')}
          />
          {label}
        </>
      );
    case 'postback':
      return (
        <>
          <TextInput
            label={t('editor.lint.fields.data')}
            value={action.data}
            mono
            placeholder="action=buy&item=1"
            onChange={(data) => onChange({ ...action, data }, 'data')}
            testId="action-data"
            hint={t('editor.actions.postbackHint')}
          />
          <TextInput
            label={t('editor.lint.fields.displayText')}
            value={action.displayText ?? ''}
            onChange={(displayText) =>
              onChange(
                { ...action, displayText: displayText === '' ? undefined : displayText } as TapAction,
                'display',
              )
            }
          />
          {label}
        </>
      );
    case 'datetimepicker':
      return <DatetimeFields action={action} onChange={onChange} label={label} />;
    case 'richmenuswitch':
      return (
        <>
          <Field label={t('editor.lint.fields.richMenuAliasId')} hint={t('editor.actions.switchHint')}>
            {(id) => (
              <>
                <input
                  id={id}
                  className="ed-input ed-mono"
                  list={`${id}-aliases`}
                  value={action.richMenuAliasId}
                  onChange={(e) =>
                    onChange(
                      {
                        ...action,
                        richMenuAliasId: e.target.value,
                        data: action.data || `switch=${e.target.value}`,
                      },
                      'alias',
                    )
                  }
                  data-testid="action-alias"
                />
                <datalist id={`${id}-aliases`}>
                  {aliases.map((alias) => (
                    <option key={alias} value={alias} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <TextInput
            label={t('editor.lint.fields.data')}
            value={action.data}
            mono
            onChange={(data) => onChange({ ...action, data }, 'data')}
          />
          {label}
        </>
      );
    case 'clipboard':
      return (
        <>
          <TextInput
            label={t('editor.lint.fields.clipboardText')}
            value={action.clipboardText}
            onChange={(clipboardText) => onChange({ ...action, clipboardText }, 'clipboard')}
            testId="action-clipboard"
          />
          {label}
        </>
      );
    case 'camera':
    case 'cameraRoll':
    case 'location':
      return label;
    default:
      return assertNever(action, 'ActionFields');
  }
}

function DatetimeFields({
  action,
  onChange,
  label,
}: {
  action: DatetimePickerAction;
  onChange: (action: TapAction, key: string) => void;
  label: React.ReactNode;
}) {
  const { t } = useTranslation();
  const inputType = action.mode === 'date' ? 'date' : action.mode === 'time' ? 'time' : 'datetime-local';
  const setOptional = (field: 'initial' | 'min' | 'max', value: string) => {
    const next: Record<string, unknown> = { ...action };
    if (value === '') delete next[field];
    else next[field] = value;
    onChange(next as unknown as TapAction, field);
  };
  return (
    <>
      <TextInput
        label={t('editor.lint.fields.data')}
        value={action.data}
        mono
        onChange={(data) => onChange({ ...action, data }, 'data')}
      />
      <Field label={t('editor.actions.mode')}>
        {(id) => (
          <select
            id={id}
            className="ed-input"
            value={action.mode}
            onChange={(e) =>
              onChange(
                {
                  type: 'datetimepicker',
                  data: action.data,
                  mode: e.target.value as DatetimePickerAction['mode'],
                  ...(action.label ? { label: action.label } : {}),
                },
                'mode',
              )
            }
          >
            {(['date', 'time', 'datetime'] as const).map((mode) => (
              <option key={mode} value={mode}>
                {t(`editor.actions.modes.${mode}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="ed-grid-1">
        {(['initial', 'min', 'max'] as const).map((field) => (
          <Field key={field} label={t(`editor.lint.fields.${field}`)}>
            {(id) => (
              <input
                id={id}
                className="ed-input"
                type={inputType}
                value={action[field] ?? ''}
                onChange={(e) => setOptional(field, e.target.value)}
              />
            )}
          </Field>
        ))}
      </div>
      {label}
    </>
  );
}
