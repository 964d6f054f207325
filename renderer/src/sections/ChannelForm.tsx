// The dialog that adds a LINE channel or edits one: its name, its long-lived channel access token
// (a password field; never shown back), and its API origins. The rules of shared/channels/rules.ts
// are checked as the user types; "Check token" asks LINE which bot it belongs to without saving,
// and saving verifies it again in main before anything is stored.

import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/api/client';
import type { ChannelConnection, ChannelPatch, LineBotInfo } from '../../../shared/channels/model';
import { checkApiOrigin, checkChannelName, checkChannelToken } from '../../../shared/channels/rules';
import { Dialog } from '../ui/Dialog';
import { describeError, useRenderText } from '../ui/errors';

export type ChannelFormApi = Pick<ApiClient, 'checkChannelToken' | 'addChannel' | 'updateChannel'>;

interface Props {
  readonly api: ChannelFormApi;
  /** The channel to edit; absent: a new one. */
  readonly editing?: ChannelConnection;
  readonly onClose: () => void;
  readonly onSaved: (connection: ChannelConnection) => void;
}

export function ChannelForm({ api, editing, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const render = useRenderText();
  const ids = { name: useId(), token: useId(), api: useId(), data: useId() };
  const [name, setName] = useState(editing?.name ?? '');
  const [token, setToken] = useState('');
  const [apiUrl, setApiUrl] = useState(editing?.apiBaseUrl ?? '');
  const [dataUrl, setDataUrl] = useState(editing?.dataApiBaseUrl ?? '');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [bot, setBot] = useState<LineBotInfo | null>(null);

  const nameProblem = checkChannelName(name);
  const tokenCheck = token === '' && editing ? null : checkChannelToken(token);
  const tokenProblem = tokenCheck && !tokenCheck.ok ? tokenCheck.problem : null;
  const originProblem = (field: 'apiBaseUrl' | 'dataApiBaseUrl', value: string) => {
    if (value.trim() === '') return null;
    const checked = checkApiOrigin(field, value);
    return checked.ok ? null : checked.problem;
  };
  const apiProblem = originProblem('apiBaseUrl', apiUrl);
  const dataProblem = originProblem('dataApiBaseUrl', dataUrl);
  const valid = !nameProblem && !tokenProblem && !apiProblem && !dataProblem;

  const origins = {
    ...(apiUrl.trim() === '' ? {} : { apiBaseUrl: apiUrl }),
    ...(dataUrl.trim() === '' ? {} : { dataApiBaseUrl: dataUrl }),
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };

  const check = () =>
    run(async () => {
      setBot(await api.checkChannelToken({ name, token, ...origins }));
    });

  const save = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!valid) return;
    void run(async () => {
      if (!editing) {
        onSaved(await api.addChannel({ name, token, ...origins }));
        return;
      }
      const patch: { -readonly [K in keyof ChannelPatch]: ChannelPatch[K] } = {};
      if (name.trim() !== editing.name) patch.name = name;
      if (token !== '') patch.token = token;
      // Both addresses as shown, when either changed: what the form shows is what is saved.
      if (apiUrl.trim() !== (editing.apiBaseUrl ?? '') || dataUrl.trim() !== (editing.dataApiBaseUrl ?? '')) {
        patch.apiBaseUrl = apiUrl;
        patch.dataApiBaseUrl = dataUrl;
      }
      onSaved(Object.keys(patch).length === 0 ? editing : await api.updateChannel(editing.channelId, patch));
    });
  };

  const problem = (text: ReturnType<typeof checkChannelName>, id: string) =>
    touched && text ? (
      <p className="field-error" id={`${id}-error`} role="alert">
        {render(text)}
      </p>
    ) : null;

  const formId = useId();
  return (
    <Dialog
      title={editing ? t('channels.editTitle', { name: editing.name }) : t('channels.addTitle')}
      onClose={onClose}
      className="ch-dialog"
      testId="channel-form"
      closeLabel={t('channels.cancel')}
      closeClassName="ch-dialog-close"
      footer={
        <div className="ch-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('channels.cancel')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="channel-check"
            disabled={busy || token === '' || Boolean(tokenProblem) || Boolean(apiProblem)}
            onClick={() => void check()}
          >
            {t('channels.check')}
          </button>
          <button
            type="submit"
            form={formId}
            className="button button-primary"
            data-testid="channel-save"
            disabled={busy}
          >
            {t('channels.save')}
          </button>
        </div>
      }
    >
      <form id={formId} className="ch-form" onSubmit={save} noValidate>
        <label className="ch-field" htmlFor={ids.name}>
          <span className="ch-label">{t('channels.field.name')}</span>
          <input
            id={ids.name}
            className="ch-input"
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
            data-testid="channel-name"
          />
        </label>
        {problem(nameProblem, ids.name)}
        <label className="ch-field" htmlFor={ids.token}>
          <span className="ch-label">{editing ? t('channels.newToken') : t('channels.field.token')}</span>
          <input
            id={ids.token}
            className="ch-input"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(e) => {
              setToken(e.target.value);
              setBot(null);
            }}
            data-testid="channel-token"
          />
        </label>
        <p className="ch-hint">{t('channels.tokenHint')}</p>
        {problem(tokenProblem, ids.token)}
        <details
          className="ch-advanced"
          open={Boolean(editing?.apiBaseUrl) || apiUrl !== '' || dataUrl !== ''}
        >
          <summary>{t('channels.advanced')}</summary>
          <label className="ch-field" htmlFor={ids.api}>
            <span className="ch-label">{t('channels.field.apiBaseUrl')}</span>
            <input
              id={ids.api}
              className="ch-input"
              value={apiUrl}
              placeholder="https://api.line.me"
              onChange={(e) => setApiUrl(e.target.value)}
              data-testid="channel-api-url"
            />
          </label>
          {problem(apiProblem, ids.api)}
          <label className="ch-field" htmlFor={ids.data}>
            <span className="ch-label">{t('channels.field.dataApiBaseUrl')}</span>
            <input
              id={ids.data}
              className="ch-input"
              value={dataUrl}
              placeholder="https://api-data.line.me"
              onChange={(e) => setDataUrl(e.target.value)}
              data-testid="channel-data-api-url"
            />
          </label>
          {problem(dataProblem, ids.data)}
          <p className="ch-hint">{t('channels.urlHint')}</p>
        </details>
        {busy ? <p className="ch-status">{t('channels.checking')}</p> : null}
        {bot ? (
          <p className="ch-status" data-testid="channel-checked">
            {t('channels.checked', { displayName: bot.displayName, basicId: bot.basicId })}
          </p>
        ) : null}
        {error ? (
          <p className="field-error" role="alert" data-testid="channel-error">
            {error}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
