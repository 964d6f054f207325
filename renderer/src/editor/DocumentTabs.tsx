// The project's documents as tabs above the canvas. A rich-menu project can hold a tab set: several
// menus linked by aliases, switched with richmenuswitch actions (and in the preview). Each tab is
// named as everywhere else (documentName) and shows how many errors its menu has.

import { useTranslation } from 'react-i18next';
import { createDocument, newDocumentTexts } from '../../../shared/editor/create';
import { documentErrorCount, documentName } from '../../../shared/editor/document-set';
import { maxDocumentsPerProject } from '../../../shared/editor/project';
import { findTemplate } from '../../../shared/editor/templates';
import { useRenderText } from '../ui/errors';
import { useSetCheck } from './checks';
import { Icon } from './icons';
import { newId } from './ids';
import { useEditor, type EditorStore } from './store';

const aliasLetters = 'abcdefghij';

export function DocumentTabs({ store }: { store: EditorStore }) {
  const { t } = useTranslation();
  const renderText = useRenderText();
  const documents = useEditor(store, (s) => s.history.present);
  const active = useEditor(store, (s) => s.active);
  const check = useSetCheck(store);
  const first = documents[0];
  if (!first) return null;
  const canAdd = first.kind === 'richmenu' && documents.length < maxDocumentsPerProject;

  const addTab = () => {
    const current = store.doc;
    const template = findTemplate(current.templateId);
    if (!template) return;
    // The first menu gets an alias too, so the new one can switch back to it.
    const withAlias = documents.map((d, i) =>
      i === 0 && d.kind === 'richmenu' && d.richMenu.aliasId === null
        ? { ...d, richMenu: { ...d.richMenu, aliasId: 'tab-a' } }
        : d,
    );
    const used = new Set(withAlias.map((d) => (d.kind === 'richmenu' ? d.richMenu.aliasId : null)));
    const alias =
      [...aliasLetters].map((l) => `tab-${l}`).find((a) => !used.has(a)) ?? `tab-${newId().slice(0, 6)}`;
    // Named and worded in the UI's language: the chat-bar text is what LINE users see.
    const doc = createDocument(template, {
      ids: newId,
      name: t('editor.tabs.menu', { number: withAlias.length + 1 }),
      aliasId: alias,
      texts: newDocumentTexts(t),
    });
    store.applyDocuments([...withAlias, doc], withAlias.length);
  };

  const removeTab = (index: number) => {
    if (documents.length <= 1) return;
    store.applyDocuments(
      documents.filter((_, i) => i !== index),
      Math.max(0, index - 1),
    );
  };

  if (documents.length === 1 && !canAdd) return <div className="ed-doc-tabs ed-doc-tabs-empty" />;

  return (
    <div className="ed-doc-tabs" role="tablist" aria-label={t('editor.tabs.label')}>
      {documents.map((_, index) => {
        const name = renderText(documentName(documents, index));
        const errors = documentErrorCount(check, index);
        return (
          <div key={index} className="ed-doc-tab" aria-selected={index === active} role="presentation">
            <button
              type="button"
              role="tab"
              aria-selected={index === active}
              className="ed-doc-tab-button"
              onClick={() => store.setActive(index)}
              data-testid="document-tab"
              data-errors={errors}
            >
              <span>{name}</span>
              {errors > 0 ? (
                <span
                  className="ed-doc-tab-errors"
                  title={t('editor.checks.errors', { count: errors })}
                  aria-label={t('editor.checks.errors', { count: errors })}
                  data-testid="tab-error-count"
                >
                  {errors}
                </span>
              ) : null}
            </button>
            {documents.length > 1 ? (
              <button
                type="button"
                className="ed-icon-button ed-icon-button-small"
                aria-label={t('editor.tabs.remove', { name })}
                title={t('editor.tabs.remove', { name })}
                onClick={() => removeTab(index)}
              >
                <Icon name="close" />
              </button>
            ) : null}
          </div>
        );
      })}
      {canAdd ? (
        <button
          type="button"
          className="ed-button ed-button-small ed-button-ghost"
          onClick={addTab}
          data-testid="add-tab"
        >
          <Icon name="plus" />
          {t('editor.tabs.add')}
        </button>
      ) : null}
    </div>
  );
}
