// A fifth of LINE's answers lost: 500s and dropped connections on every endpoint, some of them after
// the change was made. The worker is run until the outbox is empty; every campaign of every kind
// arrives exactly once, by the sandbox's own request log and its quota count, and an audience that
// two of them wait for is made on LINE once (its creation taking no retry key).

import { describe, expect, it } from 'vitest';
import { getAudience } from '../../../electron/audiences/repository';
import { getCampaign } from '../../../electron/campaigns/repository';
import { listOutbox, openOutboxEntries } from '../../../electron/sync/outbox-store';
import { queueCampaignSend } from '../../../electron/sync/queue';
import { markedAudienceDescription } from '../../../shared/sync/audiences';
import { userId } from '../campaigns/fixtures';
import { lineAudiencesMarked, localMarker, userIdAudience } from './audience-fixtures';
import { acceptedByLine, consumption, syncFixture } from './helpers';

const sends = new Set(['broadcast', 'multicast', 'pushMessage', 'narrowcast']);

describe('LINE losing a fifth of its answers', () => {
  it.each([3, 17])('receives every send and the audience exactly once (fault seed %i)', async (seed) => {
    const { sandbox, database, drain, campaign } = await syncFixture({ seed, quota: { type: 'none' } });
    const friends = sandbox
      .channel()
      .friends.reachable()
      .map((f) => f.userId);
    const campaigns: number[] = [];
    let expected = 0;
    for (let i = 0; i < 5; i++) {
      campaigns.push(campaign({ title: `Everyone ${String(i)}` }));
      expected += sandbox.channel().friends.targetReach();
      const to = Array.from({ length: 600 }, (_, n) => friends[(n + i) % friends.length] ?? userId(n + 1));
      campaigns.push(campaign({ title: `Many ${String(i)}`, sendKind: 'multicast', to }, 600));
      // LINE counts each request's recipients: the two requests of 500 and 100 IDs apart.
      expected += new Set(to.slice(0, 500)).size + new Set(to.slice(500)).size;
      campaigns.push(
        campaign({ title: `One ${String(i)}`, sendKind: 'push', to: [friends[i] ?? userId(i)] }, 1),
      );
      expected += 1;
      campaigns.push(
        campaign({ title: `Some ${String(i)}`, sendKind: 'narrowcast', limit: { max: 10 } }, 10),
      );
      expected += 10;
    }
    // An audience only this computer has, and two narrowcasts to it: its upload is queued with the
    // first, and both wait until LINE has it READY.
    const audienceId = userIdAudience(database.db, 'Fault VIP', friends.slice(0, 40));
    for (const title of ['VIP 1', 'VIP 2']) {
      campaigns.push(
        campaign({ title, sendKind: 'narrowcast', recipient: { type: 'audience', audienceId } }, 40),
      );
      expected += 40;
    }
    for (const id of campaigns) queueCampaignSend(database.db, id);
    expect(listOutbox(database.db).filter((e) => e.kind === 'audienceCreate')).toHaveLength(1);
    sandbox.faults.set([
      { operation: '*', kind: 'error500', share: 0.05 },
      { operation: '*', kind: 'drop', share: 0.05 },
      { operation: '*', kind: 'error500', when: 'after', share: 0.05 },
      { operation: '*', kind: 'drop', when: 'after', share: 0.05 },
      // Whatever the seed: LINE makes the audience and the answer is lost.
      { operation: 'createAudienceForUploadingUserIds', kind: 'drop', when: 'after', times: 1 },
    ]);

    let runs = 0;
    while (openOutboxEntries(database.db).length > 0) {
      runs++;
      expect(runs).toBeLessThan(20);
      // LINE's work goes on between runs: the audience becomes READY (3 s on the sandbox's clock).
      sandbox.advance(1000);
      const report = await drain({ retry: { retries: 3, minTimeout: 0, maxTimeout: 0, randomize: false } });
      expect(report.failed).toEqual([]);
      expect(report.needsUser).toEqual([]);
    }

    const faulted = sandbox.log.list().filter((r) => r.fault !== undefined);
    expect(faulted.length).toBeGreaterThan(10);
    expect(
      faulted.some((r) => sends.has(r.operationId ?? '') && r.status !== 500 && r.fault === 'drop'),
    ).toBe(true);
    const outbox = listOutbox(database.db);
    expect(outbox.map((e) => e.state)).toEqual(Array(outbox.length).fill('done'));
    const sent = outbox.filter((e) => sends.has(e.kind));
    expect(sent).toHaveLength(outbox.length - 1);
    // LINE's own record: one send per entry, each under its entry's key, with the ID the entry holds.
    const line = acceptedByLine(sandbox);
    const ids = sent.map((e) => e.acceptedRequestId ?? e.requestId ?? '');
    expect(line.sends).toEqual([...ids].sort());
    for (const e of sent) expect(line.keys.get(e.retryKey)).toBe(e.acceptedRequestId ?? e.requestId);
    for (const id of campaigns) expect(getCampaign(database.db, id)?.status).toBe('sent');
    // One audience on LINE, found again by its marker after the lost answer, with its 40 members; the
    // two narrowcasts went to it.
    const audiences = sandbox.channel().audiences;
    expect(audiences.list()).toHaveLength(1);
    expect(sandbox.log.count('getAudienceGroups')).toBeGreaterThanOrEqual(1);
    const marker = localMarker(database.db, audienceId) ?? '';
    const [onLine] = lineAudiencesMarked(sandbox, marker);
    expect(onLine?.description).toBe(markedAudienceDescription('Fault VIP', marker));
    expect(String(onLine?.id)).toBe(getAudience(database.db, audienceId)?.lineAudienceGroupId);
    expect(audiences.members(onLine!)).toHaveLength(40);
    expect(
      sent
        .filter((e) => e.kind === 'narrowcast' && e.payload.recipient !== undefined)
        .map((e) => e.payload.recipient),
    ).toEqual(Array(2).fill({ type: 'audience', audienceGroupId: onLine?.id }));
    sandbox.advance(3_600_000);
    expect(consumption(sandbox)).toBe(expected);
  });
});
