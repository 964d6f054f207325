// Scheduled sends on an injected clock (the sandbox's manual one): a campaign due while the app runs
// is queued and sent once; one whose time passed before the app started is not sent, only listed as
// missed until the user sends it.

import { describe, expect, it } from 'vitest';
import { getCampaign } from '../../../electron/campaigns/repository';
import { createSyncEngine, createSyncHandlers } from '../../../electron/sync/handlers';
import { listOutbox } from '../../../electron/sync/outbox-store';
import { syncFixture } from './helpers';

const hour = 3_600_000;

async function scheduledFixture() {
  const fixture = await syncFixture();
  const { sandbox, database } = fixture;
  const events: string[] = [];
  const sync = createSyncEngine({
    database,
    emit: (event) => events.push(event),
    sources: {
      sandbox: { connection: () => Promise.resolve({ origin: sandbox.origin, token: sandbox.token }) },
    },
    now: () => sandbox.clock.now(),
    timer: sandbox.clock,
    worker: { retry: { minTimeout: 0, maxTimeout: 0, randomize: false }, timer: sandbox.clock },
  });
  const at = (offsetMs: number) => new Date(sandbox.clock.now() + offsetMs).toISOString();
  const scheduled = (title: string, offsetMs: number) =>
    fixture.database.db
      .prepare(`UPDATE campaigns SET status = 'scheduled', send_at = ? WHERE id = ?`)
      .run(at(offsetMs), fixture.campaign({ title }));
  return { ...fixture, sync, events, scheduled, handlers: createSyncHandlers({ database, sync }) };
}

describe('the dispatcher of scheduled sends', () => {
  it('sends a campaign when its time comes, and only once', async () => {
    const { sandbox, database, sync, scheduled, events } = await scheduledFixture();
    scheduled('Friday sale', hour);
    const scheduler = sync.startScheduler();
    await scheduler.check();
    expect(sandbox.log.count('broadcast')).toBe(0);
    sandbox.advance(hour - 1);
    await sync.idle();
    expect(sandbox.log.count('broadcast')).toBe(0);
    sandbox.advance(1);
    await sync.idle();
    await scheduler.check();
    expect(sandbox.log.count('broadcast')).toBe(1);
    expect(getCampaign(database.db, 1)?.status).toBe('sent');
    expect(events).toContain('outboxChanged');
    // Later looks find nothing left to send.
    sandbox.advance(hour);
    await sync.idle();
    await scheduler.check();
    expect(sandbox.log.count('broadcast')).toBe(1);
    expect(listOutbox(database.db).map((e) => e.state)).toEqual(['done']);
    await sync.stop();
  });

  it('does not send a schedule missed before the app started; lists it until the user sends it', async () => {
    const { sandbox, database, sync, scheduled, handlers } = await scheduledFixture();
    scheduled('Missed sale', -hour);
    const scheduler = sync.startScheduler();
    await scheduler.check();
    sandbox.advance(hour);
    await sync.idle();
    await scheduler.check();
    expect(sandbox.log.count('broadcast')).toBe(0);
    expect(getCampaign(database.db, 1)?.status).toBe('scheduled');
    const diff = await handlers.syncDiff(1);
    expect(diff.missed).toEqual([
      expect.objectContaining({ campaignId: 1, title: 'Missed sale', reason: 'missed', error: null }),
    ]);
    // Not part of a push either: only its own go sends it.
    expect(diff.sends).toEqual([]);
    const result = await handlers.sendMissedSchedule(1);
    expect(result.done).toHaveLength(1);
    expect(sandbox.log.count('broadcast')).toBe(1);
    expect((await handlers.syncDiff(1)).missed).toEqual([]);
    await expect(handlers.sendMissedSchedule(1)).rejects.toMatchObject({ key: 'errors.sync.notMissed' });
    expect(sandbox.log.count('broadcast')).toBe(1);
    await sync.stop();
  });

  it('holds a due campaign that cannot be queued, with the reason, and does not try it again', async () => {
    const { sandbox, database, sync, handlers, campaign } = await scheduledFixture();
    // A narrowcast to an audience never uploaded to LINE.
    const id = campaign({
      title: 'Narrow',
      sendKind: 'narrowcast',
      recipient: { type: 'audience', audienceId: 999 },
    });
    database.db
      .prepare(`UPDATE campaigns SET status = 'scheduled', send_at = ? WHERE id = ?`)
      .run(new Date(sandbox.clock.now() + hour).toISOString(), id);
    const scheduler = sync.startScheduler();
    sandbox.advance(hour);
    await sync.idle();
    await scheduler.check();
    const [held] = (await handlers.syncDiff(1)).missed;
    expect(held).toMatchObject({
      campaignId: id,
      reason: 'refused',
      error: { key: 'errors.sync.unresolved' },
    });
    expect(getCampaign(database.db, id)?.status).toBe('scheduled');
    expect(listOutbox(database.db)).toEqual([]);
    expect(
      sandbox.log
        .list()
        .filter((r) => r.operationId !== 'getMessageQuota' && r.operationId !== 'getMessageQuotaConsumption'),
    ).toEqual([]);
    await sync.stop();
  });
});
