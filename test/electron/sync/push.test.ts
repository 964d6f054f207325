// One push of a channel: the campaigns planned for the next sync are queued and sent; one that names
// an audience LINE does not have yet has its upload queued and waits for it, one naming an audience
// that cannot be uploaded is left as it was, with the reason; a channel with no
// connection to LINE keeps its entries, saying why.

import { describe, expect, it } from 'vitest';
import { getCampaign, insertCampaign } from '../../../electron/campaigns/repository';
import { listOutbox } from '../../../electron/sync/outbox-store';
import { describeOutbox, pushChannel } from '../../../electron/sync/push';
import { queueCampaignSend } from '../../../electron/sync/queue';
import { uploadAudience } from '../campaigns/fixtures';
import { sandboxChannelId, syncFixture } from './helpers';

const noWaits = { retry: { minTimeout: 0, maxTimeout: 0 } } as const;

describe('pushing a channel', () => {
  it('sends the campaigns planned for the next sync; one to an audience not on LINE yet waits for its upload', async () => {
    const { sandbox, database, campaign } = await syncFixture();
    const sources = {
      sandbox: { connection: () => Promise.resolve({ origin: sandbox.origin, token: sandbox.token }) },
    };
    const audience = uploadAudience(database.db, 'Not on LINE yet', [1, 2, 3]);
    const empty = uploadAudience(database.db, 'Nobody', []);
    const now = campaign({ title: 'Now' });
    const later = campaign({ title: 'Later', at: '2099-12-01T12:00:00+08:00' });
    const waiting = campaign({
      title: 'Waiting',
      sendKind: 'narrowcast',
      recipient: { type: 'audience', audienceId: audience },
    });
    const blocked = campaign({
      title: 'Blocked',
      sendKind: 'narrowcast',
      recipient: { type: 'audience', audienceId: empty },
    });

    const result = await pushChannel({ db: database.db, channelId: sandboxChannelId, sources, ...noWaits });
    expect(result.queued).toHaveLength(2);
    expect(result.refused.map((r) => [r.title, r.error.key])).toEqual([
      ['Blocked', 'errors.sync.audienceEmpty'],
    ]);
    expect(getCampaign(database.db, now)?.status).toBe('sent');
    expect(getCampaign(database.db, later)?.status).toBe('ready');
    expect(getCampaign(database.db, waiting)?.status).toBe('sending');
    expect(getCampaign(database.db, blocked)?.status).toBe('ready');
    expect(describeOutbox(database.db, sandboxChannelId)).toEqual([
      expect.objectContaining({
        campaign: 'Now',
        kind: 'broadcast',
        state: 'done',
        attempts: 1,
        error: null,
      }),
      expect.objectContaining({ audience: 'Not on LINE yet', kind: 'audienceCreate', state: 'done' }),
      expect.objectContaining({
        campaign: 'Waiting',
        kind: 'narrowcast',
        state: 'pending',
        attempts: 0,
        error: expect.objectContaining({ key: 'errors.sync.waitingForAudience' }),
      }),
    ]);
    expect(result.report.waiting).toEqual([result.queued[1]]);
  });

  it('keeps a channel’s entries while it has no connection to LINE, saying why', async () => {
    const { sandbox, database } = await syncFixture();
    const shop = Number(
      database.db.prepare(`INSERT INTO channels (name, kind) VALUES ('Shop', 'line')`).run().lastInsertRowid,
    );
    const id = insertCampaign(
      database.db,
      shop,
      {
        title: 'Hello',
        key: 'hello',
        sendKind: 'broadcast',
        at: null,
        messages: [{ type: 'text', text: 'Hello' }],
        recipient: null,
        filter: null,
        limit: null,
        notificationDisabled: false,
        to: [],
        abTest: null,
      },
      'ready',
      10,
    );
    queueCampaignSend(database.db, id);
    const sources = {
      sandbox: { connection: () => Promise.resolve({ origin: sandbox.origin, token: sandbox.token }) },
    };
    const result = await pushChannel({ db: database.db, channelId: shop, sources, ...noWaits });
    expect(result.report.waiting).toHaveLength(1);
    expect(listOutbox(database.db, shop)[0]).toMatchObject({
      state: 'pending',
      attempts: 0,
      lastError: { key: 'errors.sync.channelNotConnected', params: { name: 'Shop' } },
    });
    expect(sandbox.log.count()).toBe(0);
  });
});
