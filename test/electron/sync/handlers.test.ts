// The sync API's handlers over a real data folder and the Sandbox channel's LINE emulator: the diff
// before a push, the push (queue and drain in main), LINE's refusal with its message and details,
// retry and discard per entry, and offline.

import { describe, expect, it } from 'vitest';
import { getCampaign, insertCampaign } from '../../../electron/campaigns/repository';
import { createSyncEngine, createSyncHandlers } from '../../../electron/sync/handlers';
import { queueCampaignSend } from '../../../electron/sync/queue';
import { getChannelPlanning } from '../../../electron/quota/planning';
import { uploadAudience } from '../campaigns/fixtures';
import type { CampaignDraft } from '../../../shared/campaigns/model';
import { openTestApp } from '../../helpers/test-handlers';

const sandboxChannel = 1;

function draft(title: string, patch: Partial<CampaignDraft> = {}): CampaignDraft {
  return {
    title,
    key: title,
    sendKind: 'broadcast',
    at: null,
    messages: [{ type: 'text', text: `Hello from ${title}` }],
    recipient: null,
    filter: null,
    limit: null,
    notificationDisabled: false,
    to: [],
    abTest: null,
    ...patch,
  };
}

describe('sync handlers', () => {
  it('shows the diff, sends nothing before the push, then sends once and shows it done', async () => {
    const { data, handlers, events } = openTestApp();
    const { db } = data.database;
    const id = insertCampaign(db, sandboxChannel, draft('December sale'), 'ready', 120);
    const diff = await handlers.syncDiff(sandboxChannel);
    expect(diff.connection).toEqual({ online: true });
    expect(diff.sends).toEqual([
      expect.objectContaining({
        campaignId: id,
        title: 'December sale',
        sendKind: 'broadcast',
        requests: 1,
        recipients: 120,
        cost: 120,
        refusal: null,
      }),
    ]);
    expect(diff.quota.source).toBe('line');
    const before = (await data.sandbox.status()).quota.used;
    expect(diff.quota.remaining).toBe(
      (await data.sandbox.status()).quota.limit === null
        ? null
        : (await data.sandbox.status()).quota.limit! - before,
    );
    expect(diff.cost).toBe(120);
    // The diff changed nothing.
    expect(await handlers.listOutbox(sandboxChannel)).toEqual([]);
    expect(getCampaign(db, id)?.status).toBe('ready');

    const result = await handlers.pushChannel(sandboxChannel);
    expect(result.leased).toBe(true);
    expect(result.done).toEqual(result.queued);
    const [entry] = await handlers.listOutbox(sandboxChannel);
    expect(entry).toMatchObject({ campaign: 'December sale', state: 'done', attempts: 1, lastError: null });
    expect(entry?.requestId).toMatch(/./);
    expect(getCampaign(db, id)?.status).toBe('sent');
    expect(events.filter((e) => e.event === 'outboxChanged').length).toBeGreaterThan(1);
    // Sent: no longer in the diff, and a second push sends nothing.
    expect((await handlers.syncDiff(sandboxChannel)).sends).toEqual([]);
    expect((await handlers.pushChannel(sandboxChannel)).queued).toEqual([]);
    expect(await handlers.listOutbox(sandboxChannel)).toHaveLength(1);
    // Nothing the renderer gets carries the token.
    const { token } = await data.sandbox.connection();
    expect(JSON.stringify([await handlers.listOutbox(sandboxChannel), diff, result])).not.toContain(token);
  });

  it('lists the audiences a push creates on LINE first, and the campaigns waiting for them', async () => {
    const { data, handlers } = openTestApp();
    const { db } = data.database;
    const audienceId = uploadAudience(db, 'Gold members', [1, 2, 3, 4]);
    const recipient = { type: 'audience' as const, audienceId };
    insertCampaign(db, sandboxChannel, draft('Gold sale', { sendKind: 'narrowcast', recipient }), 'ready', 4);
    insertCampaign(
      db,
      sandboxChannel,
      draft('Gold thanks', { sendKind: 'narrowcast', recipient }),
      'ready',
      4,
    );
    const diff = await handlers.syncDiff(sandboxChannel);
    expect(diff.sends.map((s) => [s.title, s.refusal])).toEqual([
      ['Gold sale', null],
      ['Gold thanks', null],
    ]);
    expect(diff.audiences).toEqual([
      {
        audienceId,
        name: 'Gold members',
        kind: 'upload',
        members: 4,
        files: 1,
        for: ['Gold sale', 'Gold thanks'],
      },
    ]);
    // The diff changed nothing.
    expect(await handlers.listOutbox(sandboxChannel)).toEqual([]);
  });

  it('records LINE’s refusal with its message and details; retry sends again, discard makes it ready', async () => {
    const { data, handlers } = openTestApp();
    const { db } = data.database;
    // An empty text (saved around the rules) that LINE refuses at validation.
    const id = insertCampaign(
      db,
      sandboxChannel,
      draft('Empty', { messages: [{ type: 'text', text: '' }] }),
      'ready',
      50,
    );
    const result = await handlers.pushChannel(sandboxChannel);
    expect(result.failed).toHaveLength(1);
    const [entry] = await handlers.listOutbox(sandboxChannel);
    expect(entry?.state).toBe('failed');
    expect(entry?.lastError).toMatchObject({
      key: 'errors.sync.lineRefused',
      status: 400,
      lineMessage: expect.any(String),
      details: [expect.objectContaining({ property: expect.stringContaining('messages[0]') })],
    });
    expect(getCampaign(db, id)?.status).toBe('failed');

    const retried = await handlers.retryEntry(entry!.id);
    expect(retried.failed).toEqual([entry!.id]);
    expect((await handlers.listOutbox(sandboxChannel))[0]?.state).toBe('failed');

    const discarded = await handlers.discardEntry(entry!.id);
    expect(discarded).toEqual({ discarded: [entry!.id], campaignStatus: 'ready' });
    expect(await handlers.listOutbox(sandboxChannel)).toEqual([]);
    expect(getCampaign(db, id)?.status).toBe('ready');
    await expect(handlers.retryEntry(entry!.id)).rejects.toMatchObject({ key: 'errors.sync.entryNotFound' });
  });

  it('refuses to retry or discard an entry that is done', async () => {
    const { data, handlers } = openTestApp();
    insertCampaign(data.database.db, sandboxChannel, draft('Sent one'), 'ready', 10);
    await handlers.pushChannel(sandboxChannel);
    const [entry] = await handlers.listOutbox(sandboxChannel);
    await expect(handlers.retryEntry(entry!.id)).rejects.toMatchObject({ key: 'errors.sync.notRetryable' });
    await expect(handlers.discardEntry(entry!.id)).rejects.toMatchObject({
      key: 'errors.sync.notDiscardable',
    });
  });

  it('a multicast whose first part went out stays failed when the rest is discarded', async () => {
    const { data, handlers } = openTestApp();
    const { db } = data.database;
    const to = Array.from({ length: 501 }, (_, i) => `U${i.toString(16).padStart(32, '0')}`);
    const id = insertCampaign(db, sandboxChannel, draft('Many', { sendKind: 'multicast', to }), 'ready', 501);
    const diff = await handlers.syncDiff(sandboxChannel);
    expect(diff.sends[0]).toMatchObject({ requests: 2, recipients: 501, cost: 501 });
    // Queued, then its second part made unsendable: LINE refuses that one and takes the first.
    const [first, second] = queueCampaignSend(db, id);
    db.prepare(`UPDATE outbox SET payload = json_set(payload, '$.messages[0].text', '') WHERE id = ?`).run(
      second,
    );
    const result = await handlers.pushChannel(sandboxChannel);
    expect(result).toMatchObject({ done: [first], failed: [second] });
    expect(getCampaign(db, id)?.status).toBe('failed');
    const discarded = await handlers.discardEntry(second!);
    expect(discarded).toEqual({ discarded: [second], campaignStatus: 'failed' });
    expect((await handlers.listOutbox(sandboxChannel)).map((e) => e.state)).toEqual(['done', 'failed']);
    expect(getCampaign(db, id)?.status).toBe('failed');
  });

  it('says offline when LINE cannot be reached, and keeps the diff from the forecast', async () => {
    const { data } = openTestApp();
    const { db } = data.database;
    insertCampaign(db, sandboxChannel, draft('Offline one'), 'ready', 30);
    const sync = createSyncEngine({
      database: data.database,
      emit: () => undefined,
      // Nothing listens on port 9 of the loopback address.
      sources: {
        sandbox: { connection: () => Promise.resolve({ origin: 'http://127.0.0.1:9', token: 't' }) },
      },
      worker: { retry: { retries: 0 } },
    });
    const handlers = createSyncHandlers({ database: data.database, sync });
    const diff = await handlers.syncDiff(sandboxChannel);
    expect(diff.connection).toMatchObject({ online: false, reason: { key: 'errors.sync.lineUnreachable' } });
    expect(diff.quota.source).toBe('forecast');
    expect(diff.sends.map((s) => s.title)).toEqual(['Offline one']);
    const result = await handlers.pushChannel(sandboxChannel);
    expect(result.waiting).toEqual(result.queued);
    const [entry] = await handlers.listOutbox(sandboxChannel);
    expect(entry).toMatchObject({ state: 'pending', lastError: { key: 'errors.sync.lineUnreachable' } });
    await sync.stop();
  });

  it('pulls on demand: the quota and messages used replace the planning figures, and the screens are told', async () => {
    const { data, handlers, events } = openTestApp();
    const { db } = data.database;
    expect(getChannelPlanning(db, sandboxChannel).pulled?.quota).toBeUndefined();
    const report = await handlers.pullFromLine(sandboxChannel);
    const status = await data.sandbox.status();
    expect(report.quota).toEqual(
      status.quota.limit === null
        ? { type: 'none', value: null }
        : { type: 'limited', value: status.quota.limit },
    );
    expect(report.changed).toEqual(expect.arrayContaining(['quota', 'consumption']));
    expect(report.failures).toEqual([]);
    const planning = getChannelPlanning(db, sandboxChannel);
    expect(planning.pulled?.quota).toMatchObject({ type: report.quota?.type, at: report.pulledAt });
    expect(planning.consumed?.messages).toBe(status.quota.used);
    for (const event of ['planningChanged', 'campaignsChanged', 'audiencesChanged'])
      expect(events.some((e) => e.event === event)).toBe(true);
    const { token } = await data.sandbox.connection();
    expect(JSON.stringify(report)).not.toContain(token);
  });

  it('refuses a pull when LINE cannot be reached, changing nothing', async () => {
    const { data } = openTestApp();
    const sync = createSyncEngine({
      database: data.database,
      emit: () => undefined,
      sources: {
        sandbox: { connection: () => Promise.resolve({ origin: 'http://127.0.0.1:9', token: 't' }) },
      },
    });
    const handlers = createSyncHandlers({ database: data.database, sync });
    const before = getChannelPlanning(data.database.db, sandboxChannel);
    await expect(handlers.pullFromLine(sandboxChannel)).rejects.toMatchObject({ key: 'errors.sync.offline' });
    expect(getChannelPlanning(data.database.db, sandboxChannel)).toEqual(before);
    await sync.stop();
  });
});
