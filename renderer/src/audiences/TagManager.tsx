// The tag manager: chat tags kept locally on friends. Add, rename and delete tags, tag friends by
// hand or from a `userId,tag1;tag2` file, and make a chat-tag audience from any/all of some tags.

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/errors';
import type { ApiClient } from '../../../shared/api/client';
import type { AudienceSummary, ChatTag, TagMatch } from '../../../shared/audiences/audience';
import { importChunkBytes } from '../../../shared/audiences/api';
import { checkAudienceName, checkChatTagName } from '../../../shared/audiences/names';
import { formatNumber } from './format';
import { Dialog } from '../ui/Dialog';
import { Field } from './fields';

export interface TagManagerProps {
  readonly api: ApiClient;
  readonly channelId: number;
  readonly tags: readonly ChatTag[];
  readonly audiences: readonly AudienceSummary[];
  readonly onClose: () => void;
}

async function fileToBase64(file: File): Promise<string> {
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
  return url.slice(url.indexOf(',') + 1);
}

export function TagManager({ api, channelId, tags, audiences, onClose }: TagManagerProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [newTag, setNewTag] = useState('');
  const [renaming, setRenaming] = useState<{ id: number; name: string } | null>(null);
  const [ids, setIds] = useState('');
  const [chosen, setChosen] = useState<readonly number[]>([]);
  const [match, setMatch] = useState<TagMatch>('any');
  const [audienceName, setAudienceName] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const run = async (action: () => Promise<string | undefined>) => {
    try {
      const text = await action();
      setMessage(text ? { kind: 'ok', text } : null);
    } catch (caught) {
      setMessage({ kind: 'error', text: describeError(caught) });
    }
  };
  const toggle = (id: number) =>
    setChosen((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  const tagProblem = newTag
    ? checkChatTagName(
        newTag,
        tags.map((tag) => tag.name),
      )
    : null;

  return (
    <Dialog
      className="aud-modal"
      title={t('audiences.tags.title')}
      onClose={onClose}
      wide
      testId="tag-manager"
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('audiences.common.close')}
        </button>
      }
    >
      <p className="aud-muted">{t('audiences.tags.intro')}</p>
      <form
        className="aud-inline-form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          if (!newTag.trim() || tagProblem) return;
          void run(async () => {
            await api.createChatTag(channelId, newTag);
            setNewTag('');
            return undefined;
          });
        }}
      >
        <Field label={t('audiences.tags.newTag')}>
          <input
            className="aud-input"
            value={newTag}
            onChange={(e) => setNewTag(e.target.value)}
            aria-invalid={tagProblem !== null}
          />
          {tagProblem ? (
            <span className="aud-hint aud-hint-error">{t(`audiences.nameProblem.${tagProblem}`)}</span>
          ) : null}
        </Field>
        <button type="submit" className="button aud-button-secondary">
          {t('audiences.tags.add')}
        </button>
      </form>

      {tags.length === 0 ? (
        <p className="aud-empty">{t('audiences.tags.none')}</p>
      ) : (
        <ul className="aud-tag-list" aria-label={t('audiences.tags.listLabel')}>
          {tags.map((tag) => (
            <li key={tag.id} className="aud-tag-row">
              <label className="aud-tag-pick">
                <input type="checkbox" checked={chosen.includes(tag.id)} onChange={() => toggle(tag.id)} />
                {renaming?.id === tag.id ? null : <span className="aud-tag-name">{tag.name}</span>}
              </label>
              {renaming?.id === tag.id ? (
                <form
                  className="aud-inline-form"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void run(async () => {
                      await api.renameChatTag(tag.id, renaming.name);
                      setRenaming(null);
                      return undefined;
                    });
                  }}
                >
                  <input
                    className="aud-input"
                    value={renaming.name}
                    onChange={(e) => setRenaming({ id: tag.id, name: e.target.value })}
                    aria-label={t('audiences.tags.rename')}
                    autoFocus
                  />
                  <button type="submit" className="aud-link-button">
                    {t('audiences.common.save')}
                  </button>
                </form>
              ) : null}
              <span className="aud-muted">
                {t('audiences.tags.friends', { n: formatNumber(locale, tag.friendCount) })}
              </span>
              <span className="aud-tag-actions">
                <button
                  type="button"
                  className="aud-link-button"
                  onClick={() => setRenaming({ id: tag.id, name: tag.name })}
                >
                  {t('audiences.tags.rename')}
                </button>
                <button
                  type="button"
                  className="aud-link-button"
                  onClick={() => void run(async () => (await api.deleteChatTag(tag.id), undefined))}
                >
                  {t('audiences.common.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}

      <div className="aud-columns">
        <section className="aud-panel" aria-labelledby="aud-tag-friends">
          <h3 className="aud-subtitle" id="aud-tag-friends">
            {t('audiences.tags.tagByHand')}
          </h3>
          <Field label={t('audiences.tags.userIds')}>
            <textarea
              className="aud-input aud-textarea"
              value={ids}
              onChange={(e) => setIds(e.target.value)}
              rows={4}
            />
          </Field>
          <button
            type="button"
            className="button aud-button-secondary"
            disabled={chosen.length === 0 || ids.trim() === ''}
            onClick={() =>
              void run(async () => {
                const list = ids.split(/[\s,;]+/).filter(Boolean);
                const added = await api.tagFriends(channelId, list, chosen);
                setIds('');
                return t('audiences.tags.tagged', { n: formatNumber(locale, added) });
              })
            }
          >
            {t('audiences.tags.applyChosen')}
          </button>
          <Field label={t('audiences.tags.importFile')}>
            <input
              type="file"
              accept=".txt,.csv,text/plain,text/csv"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (!file) return;
                if (file.size > importChunkBytes) {
                  setMessage({ kind: 'error', text: t('audiences.tags.fileTooLarge') });
                  return;
                }
                void run(async () => {
                  const report = await api.importChatTags(channelId, await fileToBase64(file));
                  return t('audiences.tags.imported', {
                    friends: formatNumber(locale, report.friends),
                    tags: formatNumber(locale, report.tagNames.length),
                    invalid: formatNumber(locale, report.invalidRows),
                    lines: report.invalid
                      .slice(0, 10)
                      .map((r) => r.line)
                      .join(', '),
                  });
                });
              }}
            />
            <span className="aud-hint">{t('audiences.tags.fileHint')}</span>
          </Field>
        </section>
        <section className="aud-panel" aria-labelledby="aud-tag-audience">
          <h3 className="aud-subtitle" id="aud-tag-audience">
            {t('audiences.tags.makeAudience')}
          </h3>
          <fieldset className="aud-radios">
            <legend className="aud-label">{t('audiences.tags.match')}</legend>
            <label>
              <input type="radio" checked={match === 'any'} onChange={() => setMatch('any')} />{' '}
              {t('audiences.tags.any')}
            </label>
            <label>
              <input type="radio" checked={match === 'all'} onChange={() => setMatch('all')} />{' '}
              {t('audiences.tags.all')}
            </label>
          </fieldset>
          <Field label={t('audiences.import.name')}>
            <input
              className="aud-input"
              value={audienceName}
              onChange={(e) => setAudienceName(e.target.value)}
            />
          </Field>
          <button
            type="button"
            className="button aud-button-secondary"
            disabled={
              chosen.length === 0 ||
              checkAudienceName(
                audienceName,
                audiences.map((a) => a.name),
              ) !== null
            }
            onClick={() =>
              void run(async () => {
                const audience = await api.createChatTagAudience({
                  channelId,
                  name: audienceName,
                  tagIds: chosen,
                  match,
                });
                setAudienceName('');
                return t('audiences.tags.audienceMade', {
                  name: audience.name,
                  n: formatNumber(locale, audience.size ?? 0),
                });
              })
            }
          >
            {t('audiences.tags.create')}
          </button>
          <p className="aud-hint">{t('audiences.tags.syncNote')}</p>
        </section>
      </div>
      {message ? (
        <p
          className={message.kind === 'ok' ? 'aud-success' : 'field-error'}
          role={message.kind === 'ok' ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      ) : null}
    </Dialog>
  );
}
