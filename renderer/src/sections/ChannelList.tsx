// The LINE Official Accounts this installation plans for: the local sandbox (with its emulator's
// address, friends and this month's messages) and the LINE channels added here, each with the bot
// its token was verified as, where the token is kept, and Verify again / Edit / Remove. Below the
// list: which store this shell keeps new tokens in, and what that means. No token ever reaches
// this page from main.

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/errors';
import { Dialog } from '../ui/Dialog';
import type { ApiClient } from '../../../shared/api/client';
import type { ChannelConnection, SecretStoreInfo } from '../../../shared/channels/model';
import type { Channel } from '../../../shared/domain/channel';
import type { SandboxStatus } from '../../../shared/line/sandbox';
import { ChannelForm } from './ChannelForm';

type SandboxApi = Pick<ApiClient, 'getSandboxStatus'>;

export type ChannelListApi = SandboxApi &
  Pick<
    ApiClient,
    | 'listChannelConnections'
    | 'getSecretStoreInfo'
    | 'checkChannelToken'
    | 'addChannel'
    | 'updateChannel'
    | 'verifyChannel'
    | 'removeChannel'
    | 'on'
  >;

/** LINE serves account pictures from this host; the page's CSP allows images from it only. */
const pictureHost = 'https://profile.line-scdn.net/';

function SandboxStatusLine({ api }: { api: SandboxApi }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<{ status?: SandboxStatus; error?: string }>({});
  useEffect(() => {
    let current = true;
    api.getSandboxStatus().then(
      (status) => current && setState({ status }),
      (error: unknown) => current && setState({ error: describeError(error) }),
    );
    return () => {
      current = false;
    };
  }, [api]);
  const number = (n: number) => n.toLocaleString(i18n.language);
  if (state.error !== undefined)
    return (
      <span className="channel-kind" role="alert" data-testid="sandbox-status">
        {t('sandbox.failed', { message: state.error })}
      </span>
    );
  const status = state.status;
  if (!status?.running || !status.origin)
    return (
      <span className="channel-kind" data-testid="sandbox-status">
        {t('sandbox.starting')}
      </span>
    );
  return (
    <span className="channel-kind" data-testid="sandbox-status" data-running="true">
      {t('sandbox.label')} · {t('sandbox.running', { origin: status.origin })} ·{' '}
      {t('sandbox.friends', { number: number(status.friends) })} ·{' '}
      {status.quota.limit === null
        ? t('sandbox.quotaUnlimited', { used: number(status.quota.used) })
        : t('sandbox.quota', { used: number(status.quota.used), limit: number(status.quota.limit) })}
    </span>
  );
}

function Avatar({ connection }: { connection: Pick<ChannelConnection, 'name' | 'kind' | 'bot'> }) {
  const picture = connection.bot?.pictureUrl;
  if (picture?.startsWith(pictureHost))
    return <img className="channel-avatar channel-avatar-picture" src={picture} alt="" />;
  return (
    <span className={`channel-avatar channel-avatar-${connection.kind}`} aria-hidden="true">
      {Array.from(connection.name)[0] ?? '?'}
    </span>
  );
}

function StoreNotice({ info }: { info: SecretStoreInfo }) {
  const { t } = useTranslation();
  return (
    <div className="ch-store" data-testid="secret-store" data-store={info.kind}>
      <h3 className="ch-store-title">{t('channels.storeHeading')}</h3>
      <p>{t('channels.storeUsed', { store: t(`channels.store.${info.kind}.name`) })}</p>
      <p className="channel-kind">
        {t(`channels.store.${info.kind}.meaning`, { detail: info.detail ?? '' })}
      </p>
    </div>
  );
}

function LineChannelLines({ connection }: { connection: ChannelConnection }) {
  const { t, i18n } = useTranslation();
  const store = connection.secretStore ? t(`channels.store.${connection.secretStore}.name`) : '';
  return (
    <>
      {connection.bot ? (
        <span className="channel-kind" data-testid="channel-bot">
          {connection.bot.displayName} · {connection.bot.basicId}
        </span>
      ) : null}
      <span className="channel-kind">
        {t('channels.address', { api: connection.apiBaseUrl ?? '', data: connection.dataApiBaseUrl ?? '' })}
      </span>
      <span className="channel-kind" data-testid="channel-store">
        {connection.verifiedAt
          ? `${t('channels.verifiedAt', { date: new Date(connection.verifiedAt).toLocaleString(i18n.language) })} · `
          : ''}
        {t('channels.keptIn', { store })}
      </span>
      {connection.token === 'unreadable' ? (
        <span className="ch-warning" role="alert" data-testid="channel-unreadable">
          {t('channels.tokenUnreadable', { store })}
        </span>
      ) : null}
    </>
  );
}

type Editing = { readonly kind: 'add' } | { readonly kind: 'edit'; readonly connection: ChannelConnection };

function ManagedChannelList({ api }: { api: ChannelListApi }) {
  const { t } = useTranslation();
  const [connections, setConnections] = useState<readonly ChannelConnection[] | null>(null);
  const [store, setStore] = useState<SecretStoreInfo | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removing, setRemoving] = useState<ChannelConnection | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    () => Promise.all([api.listChannelConnections(), api.getSecretStoreInfo()]),
    [api],
  );
  const show = useCallback(([list, info]: [readonly ChannelConnection[], SecretStoreInfo]) => {
    setConnections(list);
    setStore(info);
  }, []);
  const reload = useCallback(
    () => load().then(show, (failure: unknown) => setError(describeError(failure))),
    [load, show],
  );

  useEffect(() => {
    let current = true;
    const refresh = () =>
      load().then(
        (loaded) => current && show(loaded),
        (failure: unknown) => current && setError(describeError(failure)),
      );
    void refresh();
    const off = api.on('channelsChanged', () => void refresh());
    return () => {
      current = false;
      off();
    };
  }, [api, load, show]);

  const act = async (channelId: number, work: () => Promise<unknown>) => {
    setBusy(channelId);
    setError(null);
    try {
      await work();
      await reload();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <ul className="channel-list" data-testid="channel-list">
        {(connections ?? []).map((connection) => (
          <li
            key={connection.channelId}
            className="channel-row"
            data-channel-id={connection.channelId}
            data-channel-kind={connection.kind}
          >
            <Avatar connection={connection} />
            <span className="channel-text">
              <span className="channel-name">{connection.name}</span>
              <span className="channel-kind">{t(`settings.channelKind.${connection.kind}`)}</span>
              {connection.kind === 'sandbox' ? (
                <SandboxStatusLine api={api} />
              ) : (
                <LineChannelLines connection={connection} />
              )}
            </span>
            {connection.kind === 'line' ? (
              <span className="ch-row-actions">
                <button
                  type="button"
                  className="button"
                  data-testid="channel-verify"
                  disabled={busy !== null}
                  onClick={() =>
                    void act(connection.channelId, () => api.verifyChannel(connection.channelId))
                  }
                >
                  {busy === connection.channelId ? t('channels.checking') : t('channels.verify')}
                </button>
                <button
                  type="button"
                  className="button"
                  data-testid="channel-edit"
                  onClick={() => setEditing({ kind: 'edit', connection })}
                >
                  {t('channels.edit')}
                </button>
                <button
                  type="button"
                  className="button"
                  data-testid="channel-remove"
                  onClick={() => setRemoving(connection)}
                >
                  {t('channels.remove')}
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {error ? (
        <p className="field-error" role="alert" data-testid="channel-list-error">
          {error}
        </p>
      ) : null}
      <div className="ch-toolbar">
        <button
          type="button"
          className="button button-primary"
          data-testid="channel-add"
          onClick={() => setEditing({ kind: 'add' })}
        >
          {t('channels.add')}
        </button>
      </div>
      {store ? <StoreNotice info={store} /> : null}
      {editing ? (
        <ChannelForm
          api={api}
          {...(editing.kind === 'edit' ? { editing: editing.connection } : {})}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void reload();
          }}
        />
      ) : null}
      {removing ? (
        <Dialog
          title={t('channels.remove')}
          onClose={() => setRemoving(null)}
          className="ch-dialog"
          testId="channel-remove-dialog"
          footer={
            <div className="ch-actions">
              <button type="button" className="button" onClick={() => setRemoving(null)}>
                {t('channels.cancel')}
              </button>
              <button
                type="button"
                className="button button-danger"
                data-testid="channel-remove-confirm"
                onClick={() => {
                  const target = removing;
                  setRemoving(null);
                  void act(target.channelId, () => api.removeChannel(target.channelId));
                }}
              >
                {t('channels.removeConfirmButton')}
              </button>
            </div>
          }
        >
          <p>{t('channels.removeConfirm', { name: removing.name })}</p>
        </Dialog>
      ) : null}
    </>
  );
}

/** Boot's channels alone (no bridge): the names and kinds, nothing to manage. */
function PlainChannelList({ channels }: { channels: readonly Channel[] }) {
  const { t } = useTranslation();
  return (
    <ul className="channel-list" data-testid="channel-list">
      {channels.map((channel) => (
        <li
          key={channel.id}
          className="channel-row"
          data-channel-id={channel.id}
          data-channel-kind={channel.kind}
        >
          <Avatar connection={{ name: channel.name, kind: channel.kind, bot: null }} />
          <span className="channel-text">
            <span className="channel-name">{channel.name}</span>
            <span className="channel-kind">{t(`settings.channelKind.${channel.kind}`)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

export function ChannelList({ channels, api }: { channels: readonly Channel[]; api?: ChannelListApi }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="channels-heading">
      <h2 className="card-title" id="channels-heading">
        {t('settings.channels')}
      </h2>
      {api ? <ManagedChannelList api={api} /> : <PlainChannelList channels={channels} />}
    </section>
  );
}
