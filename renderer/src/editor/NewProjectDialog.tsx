// Starting a project: what it is (large or compact rich menu, or rich message), its size, and a
// layout from LINE's catalogue or a custom grid of ratios (`1:2:1 / 1:1`), checked as it is typed.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/api/client';
import { isLocale } from '../../../shared/domain/locale';
import type { Size } from '../../../shared/editor/document';
import { imagemapBaseWidth, imagemapHeightRange } from '../../../shared/editor/limits';
import { projectNameMaxLength, type Project } from '../../../shared/editor/project';
import {
  imagemapSquareSize,
  imagemapTemplates,
  richMenuSizes,
  richMenuTemplates,
  templateAtSize,
  templateErrorText,
  tryCustomGridTemplate,
  type EditorTemplate,
  type TemplateError,
} from '../../../shared/editor/templates';
import { Dialog } from './Dialog';
import { describeError, useRenderText } from '../ui/errors';
import { TemplateThumb } from './TemplateThumb';

type Family = 'richMenuLarge' | 'richMenuCompact' | 'imagemap';
const families: readonly Family[] = ['richMenuLarge', 'richMenuCompact', 'imagemap'];

function baseTemplates(family: Family): readonly EditorTemplate[] {
  switch (family) {
    case 'richMenuLarge':
      return richMenuTemplates.filter((t) => t.size.height === richMenuSizes.large[0]?.height);
    case 'richMenuCompact':
      return richMenuTemplates.filter((t) => t.size.height === richMenuSizes.compact[0]?.height);
    case 'imagemap':
      return imagemapTemplates;
  }
}

function familySizes(family: Family): readonly Size[] {
  switch (family) {
    case 'richMenuLarge':
      return richMenuSizes.large;
    case 'richMenuCompact':
      return richMenuSizes.compact;
    case 'imagemap':
      return [imagemapSquareSize];
  }
}

export interface NewProjectDialogProps {
  readonly api: ApiClient;
  readonly channelId: number;
  readonly onClose: () => void;
  readonly onCreated: (project: Project) => void;
}

export function NewProjectDialog({ api, channelId, onClose, onCreated }: NewProjectDialogProps) {
  const { t, i18n } = useTranslation();
  const renderText = useRenderText();
  const [family, setFamily] = useState<Family>('richMenuLarge');
  const [sizeIndex, setSizeIndex] = useState(0);
  const [layoutId, setLayoutId] = useState<string>(baseTemplates('richMenuLarge')[0]?.id ?? '');
  const [customSpec, setCustomSpec] = useState('1:2:1 / 1:1');
  const [imagemapHeight, setImagemapHeight] = useState(1040);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const sizes = familySizes(family);
  const size: Size =
    family === 'imagemap' && layoutId === 'custom'
      ? { width: imagemapBaseWidth, height: imagemapHeight }
      : (sizes[sizeIndex] ?? sizes[0] ?? imagemapSquareSize);

  const templates = baseTemplates(family)
    .map((template) => templateAtSize(template.id, size) ?? template)
    .filter((template) => template.size.width === size.width);

  const kind = family === 'imagemap' ? 'imagemap' : 'richmenu';
  const custom = layoutId === 'custom' ? tryCustomGridTemplate(kind, size, customSpec) : null;
  const chosen: EditorTemplate | undefined =
    layoutId === 'custom'
      ? custom?.ok
        ? custom.template
        : undefined
      : templates.find((tpl) => tpl.id.split('@')[0] === layoutId);

  const templateError = (error: TemplateError): string => renderText(templateErrorText(error));

  const create = async () => {
    if (!chosen) return;
    setBusy(true);
    setFailure(null);
    const projectName = name.trim() || t(`editor.templates.${family}`);
    // The new document's first words (its chat-bar text) in the language the UI shows.
    const locale = isLocale(i18n.language) ? { locale: i18n.language } : {};
    try {
      const project =
        layoutId === 'custom'
          ? await api.createProject({
              channelId,
              name: projectName,
              ...locale,
              custom: { kind, size, spec: customSpec },
            })
          : await api.createProject({ channelId, name: projectName, ...locale, templateId: chosen.id });
      onCreated(project);
    } catch (error) {
      setFailure(t('editor.newProject.failed', { message: describeError(error) }));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('editor.newProject.title')} onClose={onClose} wide testId="new-project-dialog">
      <form
        className="ed-form"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <div className="ed-segmented" role="radiogroup" aria-label={t('editor.newProject.kind')}>
          {families.map((f) => (
            <button
              key={f}
              type="button"
              role="radio"
              aria-checked={family === f}
              className="ed-segment"
              data-testid={`family-${f}`}
              onClick={() => {
                setFamily(f);
                setSizeIndex(0);
                setLayoutId(baseTemplates(f)[0]?.id ?? '');
              }}
            >
              {t(`editor.templates.${f}`)}
            </button>
          ))}
        </div>

        <div className="ed-row">
          {family !== 'imagemap' ? (
            <label className="ed-field">
              <span className="ed-label">{t('editor.newProject.size')}</span>
              <select
                className="ed-input"
                value={sizeIndex}
                onChange={(event) => setSizeIndex(Number(event.target.value))}
              >
                {sizes.map((s, i) => (
                  <option key={i} value={i}>
                    {s.width} × {s.height}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <p className="ed-hint">{t('editor.newProject.imagemapSize')}</p>
          )}
          <label className="ed-field ed-grow">
            <span className="ed-label">{t('editor.projects.name')}</span>
            <input
              className="ed-input"
              value={name}
              maxLength={projectNameMaxLength}
              placeholder={t(`editor.templates.${family}`)}
              onChange={(event) => setName(event.target.value)}
              data-testid="new-project-name"
            />
          </label>
        </div>

        <fieldset className="ed-fieldset">
          <legend className="ed-label">{t('editor.newProject.layout')}</legend>
          <div className="ed-template-grid" role="radiogroup" aria-label={t('editor.newProject.layout')}>
            {templates.map((template) => {
              const base = template.id.split('@')[0] ?? template.id;
              return (
                <button
                  key={template.id}
                  type="button"
                  role="radio"
                  aria-checked={layoutId === base}
                  className="ed-template"
                  data-testid={`template-${base}`}
                  onClick={() => setLayoutId(base)}
                >
                  <TemplateThumb size={template.size} cells={template.cells} />
                  <span>{t(template.nameKey as 'editor.templates.full')}</span>
                </button>
              );
            })}
            <button
              type="button"
              role="radio"
              aria-checked={layoutId === 'custom'}
              className="ed-template"
              data-testid="template-custom"
              onClick={() => setLayoutId('custom')}
            >
              {custom?.ok ? (
                <TemplateThumb size={custom.template.size} cells={custom.template.cells} />
              ) : (
                <span className="ed-template-custom-mark">1:2:1</span>
              )}
              <span>{t('editor.templates.custom')}</span>
            </button>
          </div>
        </fieldset>

        {layoutId === 'custom' ? (
          <div className="ed-row">
            <label className="ed-field ed-grow">
              <span className="ed-label">{t('editor.newProject.ratios')}</span>
              <input
                className="ed-input ed-mono"
                value={customSpec}
                onChange={(event) => setCustomSpec(event.target.value)}
                aria-describedby="custom-grid-help"
                aria-invalid={custom?.ok === false}
                data-testid="custom-spec"
              />
              <span id="custom-grid-help" className={custom?.ok === false ? 'ed-field-error' : 'ed-hint'}>
                {custom?.ok === false ? templateError(custom.error) : t('editor.newProject.ratiosHelp')}
              </span>
            </label>
            {family === 'imagemap' ? (
              <label className="ed-field">
                <span className="ed-label">{t('editor.newProject.height')}</span>
                <input
                  className="ed-input"
                  type="number"
                  min={imagemapHeightRange.min}
                  max={imagemapHeightRange.max}
                  step={1}
                  value={imagemapHeight}
                  onChange={(event) => setImagemapHeight(Math.round(Number(event.target.value)))}
                />
              </label>
            ) : null}
          </div>
        ) : null}

        {failure ? (
          <p className="ed-banner ed-banner-error" role="alert">
            {failure}
          </p>
        ) : null}

        <div className="ed-dialog-actions">
          <button type="button" className="ed-button" onClick={onClose}>
            {t('editor.common.cancel')}
          </button>
          <button
            type="submit"
            className="ed-button ed-button-primary"
            disabled={!chosen || busy}
            data-testid="create-project"
          >
            {t('editor.newProject.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
