// Audiences on LINE through the outbox, against the sandbox through the real SDK: an upload audience
// created by file (its members read from the database when the entry runs), split above 1,500,000
// IDs, new members appended, renamed, deleted (a deleted audience keeps what deleting it on LINE
// needs), found again by its marker after a crash between LINE's creation and the local record, the
// audience budget and LINE's 10 running jobs waited for, and a send waiting for its audience.

import { describe, expect, it } from 'vitest';
import { getCampaign } from '../../../electron/campaigns/repository';
import {
  appendMembers,
  deleteAudience,
  getAudience,
  insertAudience,
  renameAudience,
} from '../../../electron/audiences/repository';
import { upsertLineAudiences } from '../../../electron/audiences/line-audiences';
import { writeTransaction, type SqliteDatabase } from '../../../electron/storage/database';
import { queueAudienceAppend, queueAudienceUpload } from '../../../electron/sync/audience-queue';
import { deleteOutboxEntries, listOutbox } from '../../../electron/sync/outbox-store';
import { queueDueChatTagRefreshes } from '../../../electron/sync/push';
import { createChatTag, createChatTagAudience, tagFriends } from '../../../electron/audiences/chat-tags';
import { nextAllowedTimes, pullChannel } from '../../../electron/sync/pull';
import { channelConnection } from '../../../electron/sync/connection';
import { queueCampaignSend } from '../../../electron/sync/queue';
import { parseIdBytes } from '../../../shared/audiences/ids';
import { audienceMarkerOf } from '../../../shared/sync/audiences';
import type { AudienceRow } from '../../../electron/sandbox/state-audiences';
import { sandboxChannelId, syncFixture, type SyncFixture } from './helpers';

/** Packed members from user IDs, in the given order. */
function pack(userIds: readonly string[]): Uint32Array {
  const packed = new Uint32Array(userIds.length * 4);
  const bytes = new Uint8Array(33);
  userIds.forEach((id, i) => {
    for (let k = 0; k < 33; k++) bytes[k] = id.charCodeAt(k);
    parseIdBytes(bytes, 0, 33, packed, i * 4);
  });
  return packed;
}

function uploadAudience(db: SqliteDatabase, name: string, members: Uint32Array): number {
  return writeTransaction(db, () => {
    const id = insertAudience(db, {
      channelId: sandboxChannelId,
      name,
      kind: 'upload',
      idKind: 'userId',
      memberCount: 0,
    });
    appendMembers(db, id, members, 0, `${name}.txt`);
    return id;
  });
}

/** Members appended as an import appends them: the new ones follow to LINE in the same transaction. */
function appendAudience(db: SqliteDatabase, audienceId: number, members: Uint32Array): void {
  writeTransaction(db, () => {
    const first = getAudience(db, audienceId)?.size ?? 0;
    appendMembers(db, audienceId, members, first, 'more.txt');
    queueAudienceAppend(db, audienceId, first, first + members.length / 4);
  });
}

const friends = (f: SyncFixture, from: number, count: number): string[] =>
  f.sandbox
    .channel()
    .friends.reachable()
    .slice(from, from + count)
    .map((friend) => friend.userId);

const lineAudiences = (f: SyncFixture): AudienceRow[] => f.sandbox.channel().audiences.list();

const queueUpload = (db: SqliteDatabase, audienceId: number): number[] =>
  writeTransaction(db, () => queueAudienceUpload(db, audienceId));

describe('audiences through the outbox', () => {
  it('creates an upload audience by file, its members read when the entry runs', async () => {
    const f = await syncFixture();
    const { db } = f.database;
    const ids = friends(f, 0, 60);
    const audienceId = uploadAudience(db, 'Spring buyers', pack(ids));
    const [entryId] = queueUpload(db, audienceId);
    // The entry names the audience; the members stay in the audience's own table.
    const entry = listOutbox(db).find((e) => e.id === entryId);
    expect(entry?.kind).toBe('audienceCreate');
    expect(JSON.stringify(entry?.payload)).not.toContain(ids[0]!);

    const report = await f.drain();
    expect(report.done).toEqual([entryId]);
    const onLine = lineAudiences(f);
    expect(onLine).toHaveLength(1);
    expect(onLine[0]!.description).toMatch(/^Spring buyers #oap-[0-9a-f]{16}$/);
    expect(f.sandbox.channel().audiences.members(onLine[0]!)).toHaveLength(60);
    const audience = getAudience(db, audienceId);
    expect(audience?.lineAudienceGroupId).toBe(String(onLine[0]!.id));
    expect(audience?.status).toBe('IN_PROGRESS');
    expect(f.sandbox.log.count('createAudienceForUploadingUserIds')).toBe(1);
    // Queueing again changes nothing: it is on LINE.
    expect(queueUpload(db, audienceId)).toEqual([]);
  });

  it('splits an audience above 1,500,000 IDs: the creation takes the first 1,500,000, an addition the rest', async () => {
    const f = await syncFixture();
    const { db } = f.database;
    const total = 1_500_003;
    const members = new Uint32Array(total * 4);
    for (let i = 0; i < total; i++) members[i * 4 + 3] = i + 1;
    // Three of them friends of the channel (the only ones LINE counts): stored in ascending order,
    // they come after the others, in the second part.
    members.set(pack(friends(f, 0, 3)), 0);
    const audienceId = uploadAudience(db, 'Everyone', members);
    const entries = queueUpload(db, audienceId);
    expect(listOutbox(db).map((e) => [e.kind, e.payload])).toEqual([
      ['audienceCreate', { audienceId, marker: expect.stringMatching(/^oap-/), to: 1_500_000 }],
      ['audienceAdd', { audienceId, from: 1_500_000, to: total }],
    ]);
    const report = await f.drain();
    expect(report.done).toEqual(entries);
    expect(f.sandbox.log.count('createAudienceForUploadingUserIds')).toBe(1);
    expect(f.sandbox.log.count('addUserIdsToAudience')).toBe(1);
    const [onLine] = lineAudiences(f);
    // Newest first: the addition brought the friends, the creation none.
    expect(
      f.sandbox
        .channel()
        .audiences.jobsOf(onLine!.id)
        .map((j) => j.audience_count),
    ).toEqual([3, 0]);
    expect(f.sandbox.channel().audiences.members(onLine!)).toHaveLength(3);
  });

  it('appends newly added members, renames and deletes, each once', async () => {
    const f = await syncFixture();
    const { db } = f.database;
    const audienceId = uploadAudience(db, 'Members', pack(friends(f, 0, 50)));
    queueUpload(db, audienceId);
    await f.drain();
    const [onLine] = lineAudiences(f);

    appendAudience(db, audienceId, pack(friends(f, 50, 10)));
    renameAudience(db, audienceId, 'Loyal members');
    expect(
      listOutbox(db)
        .filter((e) => e.state === 'pending')
        .map((e) => [e.kind, e.payload]),
    ).toEqual([
      ['audienceAdd', { audienceId, from: 50, to: 60 }],
      ['audienceRename', { audienceId, marker: expect.stringMatching(/^oap-/), name: 'Loyal members' }],
    ]);
    await f.drain();
    expect(f.sandbox.log.count('addUserIdsToAudience')).toBe(1);
    expect(
      f.sandbox.channel().audiences.members(f.sandbox.channel().audiences.get(onLine!.id)!),
    ).toHaveLength(60);
    const renamed = f.sandbox.channel().audiences.get(onLine!.id);
    expect(renamed?.description).toMatch(/^Loyal members #oap-/);

    deleteAudience(db, audienceId);
    expect(getAudience(db, audienceId)).toBeUndefined();
    const deletion = listOutbox(db).at(-1);
    expect(deletion).toMatchObject({
      kind: 'audienceDelete',
      audienceId: null,
      payload: { audienceGroupId: String(onLine!.id), name: 'Loyal members' },
    });
    const report = await f.drain();
    expect(report.done).toEqual([deletion!.id]);
    expect(lineAudiences(f)).toEqual([]);
    expect(f.sandbox.log.count('deleteAudienceGroup')).toBe(1);
    // Nothing more to do.
    expect((await f.drain()).done).toEqual([]);
  });

  it('an audience deleted before its upload ran leaves nothing to do on LINE', async () => {
    const f = await syncFixture();
    const { db } = f.database;
    const audienceId = uploadAudience(db, 'Never mind', pack(friends(f, 0, 5)));
    queueUpload(db, audienceId);
    renameAudience(db, audienceId, 'Never mind at all');
    deleteAudience(db, audienceId);
    expect(listOutbox(db)).toEqual([]);
    await f.drain();
    expect(f.sandbox.log.count()).toBe(0);
  });

  it('a crash between LINE’s creation and the local record: the next run finds the audience by its marker', async () => {
    const f = await syncFixture();
    const { db } = f.database;
    const audienceId = uploadAudience(db, 'Crash', pack(friends(f, 0, 20)));
    const [entryId] = queueUpload(db, audienceId);
    const crashed = await f.drain({
      afterAccepted: () => {
        throw new Error('killed');
      },
    });
    expect(crashed.waiting).toEqual([entryId]);
    expect(getAudience(db, audienceId)?.lineAudienceGroupId).toBeNull();
    expect(lineAudiences(f)).toHaveLength(1);
    // A pull in between does not take LINE's audience for one made elsewhere.
    upsertLineAudiences(db, sandboxChannelId, [
      {
        audienceGroupId: String(lineAudiences(f)[0]!.id),
        type: 'UPLOAD',
        description: lineAudiences(f)[0]!.description,
        status: 'IN_PROGRESS',
        failedType: null,
        audienceCount: 0,
        created: 1,
      },
    ]);
    expect(db.prepare(`SELECT count(*) FROM audiences WHERE kind = 'line'`).pluck().get()).toBe(0);

    const report = await f.drain();
    expect(report.done).toEqual([entryId]);
    expect(f.sandbox.log.count('createAudienceForUploadingUserIds')).toBe(1);
    expect(f.sandbox.log.count('getAudienceGroups')).toBe(1);
    expect(lineAudiences(f)).toHaveLength(1);
    expect(getAudience(db, audienceId)?.lineAudienceGroupId).toBe(String(lineAudiences(f)[0]!.id));
  });

  it('a lost answer to the creation is retried without making a second audience', async () => {
    const f = await syncFixture();
    const { db } = f.database;
    const audienceId = uploadAudience(db, 'Lost answer', pack(friends(f, 0, 20)));
    f.sandbox.faults.add({
      operation: 'createAudienceForUploadingUserIds',
      kind: 'drop',
      when: 'after',
      times: 1,
    });
    queueUpload(db, audienceId);
    await f.drain();
    expect(lineAudiences(f)).toHaveLength(1);
    expect(f.sandbox.log.count('createAudienceForUploadingUserIds')).toBe(1);
    expect(audienceMarkerOf(lineAudiences(f)[0]!.description)).not.toBeNull();
    expect(getAudience(db, audienceId)?.lineAudienceGroupId).toBe(String(lineAudiences(f)[0]!.id));
  });

  it('does not upload an audience whose entry was discarded from elsewhere after the worker read it', async () => {
    const f = await syncFixture();
    const { db } = f.database;
    const first = uploadAudience(db, 'Kept', pack(friends(f, 0, 20)));
    const second = uploadAudience(db, 'Discarded', pack(friends(f, 20, 20)));
    const [kept] = queueUpload(db, first);
    const [discarded] = queueUpload(db, second);
    renameAudience(db, first, 'Kept after all');
    const rename = listOutbox(db).find((e) => e.kind === 'audienceRename')?.id;
    // Discarded in the app (another process) while the first upload is on its way: the second
    // upload, and the first audience's rename.
    const add = f.sandbox.log.add.bind(f.sandbox.log);
    f.sandbox.log.add = (request) => {
      add(request);
      if (request.operationId === 'createAudienceForUploadingUserIds')
        deleteOutboxEntries(db, [discarded ?? 0, rename ?? 0]);
    };
    const report = await f.drain();
    expect(report).toEqual({ leased: true, done: [kept], failed: [], needsUser: [], waiting: [] });
    expect(f.sandbox.log.count('createAudienceForUploadingUserIds')).toBe(1);
    expect(f.sandbox.log.count('updateAudienceGroupDescription')).toBe(0);
    // The creation took the name the audience had when it ran.
    expect(lineAudiences(f).map((a) => a.description)).toEqual([
      expect.stringMatching(/^Kept after all #oap-/),
    ]);
    expect(getAudience(db, second)?.lineAudienceGroupId).toBeNull();
    expect(listOutbox(db).map((e) => [e.id, e.state])).toEqual([[kept, 'done']]);
    // No request's timeout is left armed by the entries that stopped before their request.
    expect(f.sandbox.clock.pending).toBe(0);
  });

  it('waits when the channel’s audience budget (60 a minute, shared with the pull) is spent', async () => {
    const f = await syncFixture();
    const { db } = f.database;
    const now = f.sandbox.clock.now();
    const spent = db.prepare(
      `INSERT INTO pull_budget_calls (channel_id, kind, called_at) VALUES (?, 'audiences', ?)`,
    );
    for (let i = 0; i < 60; i++) spent.run(sandboxChannelId, now - 30_000);
    const audienceId = uploadAudience(db, 'Budget', pack(friends(f, 0, 5)));
    const [entryId] = queueUpload(db, audienceId);
    const report = await f.drain();
    expect(report.waiting).toEqual([entryId]);
    expect(report.nextRunAt).toBe(now + 30_000);
    expect(listOutbox(db)[0]).toMatchObject({
      state: 'pending',
      lastError: { key: 'errors.sync.audienceBudgetSpent' },
    });
    expect(f.sandbox.log.count()).toBe(0);
    expect(nextAllowedTimes(db, sandboxChannelId, now).audiences).toBe(new Date(now + 30_000).toISOString());

    f.sandbox.advance(30_001);
    expect((await f.drain()).done).toEqual([entryId]);
    expect(lineAudiences(f)).toHaveLength(1);
  });

  it('waits while LINE runs 10 uploads on the audience, saying why', async () => {
    const f = await syncFixture({ timings: { audienceReadyMs: 60_000, audienceJobQueuedMs: 1000 } });
    const { db } = f.database;
    const audienceId = uploadAudience(db, 'Busy', pack(friends(f, 0, 5)));
    queueUpload(db, audienceId);
    await f.drain();
    for (let i = 0; i < 10; i++) appendAudience(db, audienceId, pack(friends(f, 5 + i, 1)));
    const report = await f.drain();
    // The creation's job and nine additions run on LINE; the tenth addition waits.
    expect(report.done).toHaveLength(9);
    expect(report.waiting).toHaveLength(1);
    const waiting = listOutbox(db).find((e) => e.id === report.waiting[0]);
    expect(waiting?.lastError).toMatchObject({ key: 'errors.sync.audienceJobsBusy', params: { limit: 10 } });
    expect(f.sandbox.log.count('addUserIdsToAudience')).toBe(9);

    f.sandbox.advance(60_000);
    expect((await f.drain()).done).toEqual(report.waiting);
    expect(f.sandbox.log.count('addUserIdsToAudience')).toBe(10);
  });
});

describe('click and impression audiences from sent campaigns', () => {
  it('are made by LINE from the campaign’s request ID, once each', async () => {
    const f = await syncFixture();
    const { db } = f.database;
    const campaignId = f.campaign({ title: 'Sent sale' });
    queueCampaignSend(db, campaignId);
    await f.drain();
    const requestId = getCampaign(db, campaignId)?.delivery.requestId;
    expect(requestId).toMatch(/./);
    const [click, imp] = writeTransaction(db, () => [
      insertAudience(db, {
        channelId: sandboxChannelId,
        name: 'Clicked',
        kind: 'click',
        broadcastId: campaignId,
        clickUrl: null,
        rate: 0.05,
      }),
      insertAudience(db, {
        channelId: sandboxChannelId,
        name: 'Opened',
        kind: 'impression',
        broadcastId: campaignId,
        rate: 0.6,
      }),
    ]);
    queueUpload(db, click!);
    queueUpload(db, imp!);
    const report = await f.drain();
    expect(report.done).toHaveLength(2);
    expect(
      lineAudiences(f).map((a) => [a.type, a.request_id, audienceMarkerOf(a.description) !== null]),
    ).toEqual(
      expect.arrayContaining([
        ['CLICK', requestId, true],
        ['IMP', requestId, true],
      ]),
    );
    expect(getAudience(db, click!)?.lineAudienceGroupId).toMatch(/^\d+$/);
    expect(f.sandbox.log.count('createClickBasedAudienceGroup')).toBe(1);
    expect(f.sandbox.log.count('createImpBasedAudienceGroup')).toBe(1);
  });

  it('fails, saying why, when the campaign it retargets was never sent', async () => {
    const f = await syncFixture();
    const { db } = f.database;
    const campaignId = f.campaign({ title: 'Not sent' });
    const audienceId = writeTransaction(db, () =>
      insertAudience(db, {
        channelId: sandboxChannelId,
        name: 'Clicked early',
        kind: 'click',
        broadcastId: campaignId,
        clickUrl: null,
        rate: 0.05,
      }),
    );
    const [entryId] = queueUpload(db, audienceId);
    expect((await f.drain()).failed).toEqual([entryId]);
    expect(listOutbox(db)[0]?.lastError).toMatchObject({ key: 'errors.sync.audienceSourceNotSent' });
    expect(f.sandbox.log.count()).toBe(0);
  });
});

describe('chat-tag audiences', () => {
  it('are uploaded with their friends and refreshed before LINE’s 180-day expiry', async () => {
    const f = await syncFixture();
    const { db } = f.database;
    const tag = createChatTag(db, sandboxChannelId, 'VIP');
    tagFriends(db, sandboxChannelId, friends(f, 0, 12), [tag.id]);
    const audience = createChatTagAudience(db, sandboxChannelId, 'Tagged VIP', [tag.id], 'any');
    queueUpload(db, audience.id);
    await f.drain();
    const first = getAudience(db, audience.id)?.lineAudienceGroupId;
    expect(f.sandbox.channel().audiences.members(lineAudiences(f)[0]!)).toHaveLength(12);

    const day = 86_400_000;
    // Not due yet 165 days on; due 166 days on (14 days before the 180).
    expect(queueDueChatTagRefreshes(db, sandboxChannelId, f.sandbox.clock.now() + 165 * day)).toEqual([]);
    tagFriends(db, sandboxChannelId, friends(f, 12, 3), [tag.id]);
    f.sandbox.advance(166 * day);
    expect(queueDueChatTagRefreshes(db, sandboxChannelId, f.sandbox.clock.now())).toHaveLength(1);
    expect(queueDueChatTagRefreshes(db, sandboxChannelId, f.sandbox.clock.now())).toEqual([]);
    await f.drain();
    await f.drain();
    const now = getAudience(db, audience.id);
    expect(now?.lineAudienceGroupId).not.toBe(first);
    const onLine = lineAudiences(f);
    expect(onLine.map((a) => String(a.id))).toEqual([now?.lineAudienceGroupId]);
    expect(f.sandbox.channel().audiences.members(onLine[0]!)).toHaveLength(15);
    expect(f.sandbox.log.count('createAudienceForUploadingUserIds')).toBe(2);
    expect(f.sandbox.log.count('deleteAudienceGroup')).toBe(1);
  });
});

describe('a send to an audience that is not on LINE yet', () => {
  it('queues the audience’s upload with the campaign, and is sent once LINE has it READY', async () => {
    const f = await syncFixture({ timings: { audienceReadyMs: 10_000 } });
    const { db } = f.database;
    const audienceId = uploadAudience(db, 'VIP', pack(friends(f, 0, 80)));
    const campaignId = f.campaign(
      { title: 'VIP sale', sendKind: 'narrowcast', recipient: { type: 'audience', audienceId } },
      80,
    );
    const queued = queueCampaignSend(db, campaignId);
    expect(listOutbox(db).map((e) => e.kind)).toEqual(['audienceCreate', 'narrowcast']);
    expect(queued).toEqual([listOutbox(db)[1]!.id]);

    const first = await f.drain({ audiencePollIntervalMs: 5000 });
    expect(first.done).toEqual([listOutbox(db)[0]!.id]);
    expect(first.waiting).toEqual(queued);
    expect(first.nextRunAt).toBe(f.sandbox.clock.now() + 5000);
    expect(listOutbox(db)[1]).toMatchObject({
      state: 'pending',
      attempts: 0,
      lastError: {
        key: 'errors.sync.waitingForAudience',
        params: { name: 'VIP', status: 'IN_PROGRESS' },
        // A wait, not a failure: the Sync section shows it as such.
        waiting: true,
      },
    });
    expect(f.sandbox.log.count('narrowcast')).toBe(0);
    expect(getCampaign(db, campaignId)?.status).toBe('sending');

    f.sandbox.advance(10_000);
    const second = await f.drain({ audiencePollIntervalMs: 5000 });
    expect(second.done).toEqual(queued);
    expect(f.sandbox.log.count('narrowcast')).toBe(1);
    const groupId = Number(getAudience(db, audienceId)?.lineAudienceGroupId);
    expect(listOutbox(db)[1]!.payload.recipient).toEqual({ type: 'audience', audienceGroupId: groupId });
    expect(getAudience(db, audienceId)?.status).toBe('READY');
    expect(listOutbox(db)[0]!.progress).toMatchObject({
      phase: 'ready',
      status: 'READY',
      jobStatus: 'FINISHED',
    });
  });

  it('waits for members added to a READY audience before it was queued, and goes to all of them', async () => {
    const f = await syncFixture({ timings: { audienceReadyMs: 60_000, audienceJobQueuedMs: 1000 } });
    const { db } = f.database;
    const audienceId = uploadAudience(db, 'Regulars', pack(friends(f, 0, 20)));
    queueUpload(db, audienceId);
    await f.drain();
    f.sandbox.advance(60_000);
    // LINE has it READY, and a pull says so; then eleven additions, the eleventh held back by LINE's job limit.
    const sources = {
      sandbox: { connection: () => Promise.resolve({ origin: f.sandbox.origin, token: f.sandbox.token }) },
    };
    await pullChannel({
      db,
      channelId: sandboxChannelId,
      connect: (id) => channelConnection(db, id, sources),
      now: () => f.sandbox.clock.now(),
    });
    expect(getAudience(db, audienceId)?.status).toBe('READY');
    for (let i = 0; i < 11; i++) appendAudience(db, audienceId, pack(friends(f, 20 + i, 1)));
    const campaignId = f.campaign(
      { title: 'Regulars news', sendKind: 'narrowcast', recipient: { type: 'audience', audienceId } },
      31,
    );
    const [sendId] = queueCampaignSend(db, campaignId);
    // Queued with its audience still to be filled in: the additions come first.
    expect(listOutbox(db).find((e) => e.id === sendId)?.payload.recipient).toMatchObject({
      type: 'audience',
      audienceGroupId: expect.any(Number),
    });
    const first = await f.drain({ audiencePollIntervalMs: 5000 });
    expect(first.waiting).toContain(sendId);
    expect(listOutbox(db).find((e) => e.id === sendId)).toMatchObject({
      state: 'pending',
      attempts: 0,
      lastError: {
        key: 'errors.sync.waitingForAudienceMembers',
        params: { name: 'Regulars' },
        waiting: true,
      },
    });
    expect(f.sandbox.log.count('narrowcast')).toBe(0);

    f.sandbox.advance(60_000);
    await f.drain({ audiencePollIntervalMs: 5000 });
    f.sandbox.advance(60_000);
    const last = await f.drain({ audiencePollIntervalMs: 5000 });
    expect(last.done).toContain(sendId);
    expect(f.sandbox.log.count('narrowcast')).toBe(1);
    // Every addition reached LINE before the send left.
    const log = f.sandbox.log.list().map((r) => r.operationId);
    expect(log.lastIndexOf('addUserIdsToAudience')).toBeLessThan(log.indexOf('narrowcast'));
    const [onLine] = lineAudiences(f);
    expect(f.sandbox.channel().audiences.members(onLine!)).toHaveLength(31);
  });

  it('fails the send when the audience was deleted while it waited', async () => {
    const f = await syncFixture();
    const { db } = f.database;
    const audienceId = uploadAudience(db, 'Gone', pack(friends(f, 0, 60)));
    const campaignId = f.campaign(
      { title: 'To the gone', sendKind: 'narrowcast', recipient: { type: 'audience', audienceId } },
      60,
    );
    const [sendId] = queueCampaignSend(db, campaignId);
    deleteAudience(db, audienceId);
    const report = await f.drain();
    expect(report.failed).toEqual([sendId]);
    expect(getCampaign(db, campaignId)?.status).toBe('failed');
    expect(f.sandbox.log.count('narrowcast')).toBe(0);
  });
});
