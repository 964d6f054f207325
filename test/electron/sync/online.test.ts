// Sync when online, in the app's own services (as the desktop app and browser mode start them), with
// a LINE channel whose host is a real sandbox process on loopback: the app pulls when it starts; with
// the sandbox stopped it opens fine and changes nothing; once the sandbox is started again, the next
// connection check pulls and then sends what was queued meanwhile, once. The checks run on a manual
// timer, so nothing waits on the wall clock.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiEventName } from '../../../shared/api/contract';
import { dispatchApiCall } from '../../../shared/api/dispatch';
import type { ApiResult } from '../../../shared/api/result';
import type { ChannelConnection } from '../../../shared/channels/model';
import { createAppServices, type AppServices } from '../../../electron/app/services';
import { getCampaign, insertCampaign } from '../../../electron/campaigns/repository';
import { createNodeSecretStores } from '../../../electron/channels/secret-stores';
import { getChannelPlanning } from '../../../electron/quota/planning';
import { listOutbox } from '../../../electron/sync/outbox-store';
import { queueCampaignSend } from '../../../electron/sync/queue';
import type { Timer } from '../../../electron/sync/worker';
import { startSharedLineSandbox, type TestLineSandbox } from '../../helpers/line-sandbox';
import { makeTempDir } from '../../helpers/temp-dir';

const token = 'online-shop-token-5e1a7c3b9d2f4a6c8e0b1d3f5a7c9e2b';

/** A timer the test runs by hand: `tick()` runs what is due as if the interval had passed. */
function manualTimer(): Timer & { tick(): void; readonly pending: number } {
  const due = new Set<() => void>();
  return {
    schedule(_ms, run) {
      due.add(run);
      return () => due.delete(run);
    },
    tick() {
      const now = [...due];
      due.clear();
      for (const run of now) run();
    },
    get pending() {
      return due.size;
    },
  };
}

interface Folder {
  readonly dir: string;
  readonly keyFile: string;
}

function open(folder: Folder, timer?: Timer): AppServices & { events: ApiEventName[] } {
  const app = createAppServices({
    shell: 'browser',
    dataDirectory: folder.dir,
    sandboxFriends: 10,
    secretStores: createNodeSecretStores({
      dataDirectory: folder.dir,
      env: { OA_PLANNER_SECRET_STORE: 'file', OA_PLANNER_SECRET_KEY_FILE: folder.keyFile },
    }),
    ...(timer ? { syncWhenOnline: { timer } } : {}),
  });
  const events: ApiEventName[] = [];
  app.onEvent((event) => events.push(event));
  return Object.assign(app, { events });
}

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.message}`);
  return result.value;
}

/** A data folder with the LINE channel "Shop" at the sandbox, and a broadcast ready for it. */
async function folderWithShop(
  sandbox: TestLineSandbox,
): Promise<Folder & { channelId: number; campaignId: number }> {
  const folder = { dir: makeTempDir(), keyFile: path.join(makeTempDir(), 'tokens.key') };
  const setup = open(folder);
  try {
    const added = value(
      (await dispatchApiCall(setup.handlers, 'addChannel', [
        { name: 'Shop', token, apiBaseUrl: sandbox.origin },
      ])) as ApiResult<ChannelConnection>,
    );
    const campaignId = insertCampaign(
      setup.database.db,
      added.channelId,
      {
        title: 'Winter sale',
        key: 'winter-sale',
        sendKind: 'broadcast',
        at: null,
        messages: [{ type: 'text', text: 'Winter sale' }],
        recipient: null,
        filter: null,
        limit: null,
        notificationDisabled: false,
        to: [],
        abTest: null,
      },
      'ready',
      20,
    );
    return { ...folder, channelId: added.channelId, campaignId };
  } finally {
    await setup.close();
  }
}

const sandboxOptions = (dataFile: string, port = 0) => ({ token, friends: 20, dataFile, port });

describe('sync when online', () => {
  it('pulls when the app starts, and sends what was queued before', async () => {
    const sandbox = await startSharedLineSandbox(sandboxOptions(path.join(makeTempDir(), 'line.sqlite')));
    try {
      const folder = await folderWithShop(sandbox);
      const timer = manualTimer();
      const queued = open(folder);
      queueCampaignSend(queued.database.db, folder.campaignId);
      await queued.close();
      expect(sandbox.log.count('getMessageQuota')).toBe(0);

      const app = open(folder, timer);
      try {
        await app.online?.started;
        expect(app.online?.online(folder.channelId)).toBe(true);
        expect(getChannelPlanning(app.database.db, folder.channelId).pulled?.quota).toMatchObject({
          type: 'limited',
        });
        expect(sandbox.log.count('getNumberOfFollowers')).toBe(1);
        expect(sandbox.log.list('broadcast').map((r) => r.status)).toEqual([200]);
        expect(listOutbox(app.database.db).map((e) => e.state)).toEqual(['done']);
        expect(getCampaign(app.database.db, folder.campaignId)?.status).toBe('sent');
        expect(app.events).toEqual(expect.arrayContaining(['planningChanged', 'outboxChanged']));

        // Still online at the next check: no second pull, nothing sent again.
        const quotaReads = sandbox.log.count('getMessageQuota');
        expect(timer.pending).toBe(1);
        timer.tick();
        await app.online?.idle();
        expect(sandbox.log.count('getMessageQuota')).toBe(quotaReads + 1);
        expect(sandbox.log.count('getNumberOfFollowers')).toBe(1);
        expect(sandbox.log.count('broadcast')).toBe(1);
      } finally {
        await app.close();
      }
      expect(timer.pending).toBe(0);
    } finally {
      await sandbox.close();
    }
  });

  it('opens offline with the sandbox stopped, then pulls and drains the queue once it is started again', async () => {
    const dataFile = path.join(makeTempDir(), 'line.sqlite');
    const first = await startSharedLineSandbox(sandboxOptions(dataFile));
    const port = Number(new URL(first.origin).port);
    const folder = await folderWithShop(first);
    await first.close();

    const timer = manualTimer();
    const app = open(folder, timer);
    let again: TestLineSandbox | undefined;
    try {
      await app.online?.started;
      expect(app.online?.online(folder.channelId)).toBe(false);
      expect(getChannelPlanning(app.database.db, folder.channelId).pulled?.quota).toBeUndefined();
      // Edits queue while offline.
      queueCampaignSend(app.database.db, folder.campaignId);

      timer.tick();
      await app.online?.idle();
      expect(app.online?.online(folder.channelId)).toBe(false);
      expect(listOutbox(app.database.db).map((e) => [e.state, e.attempts])).toEqual([['pending', 0]]);

      again = await startSharedLineSandbox(sandboxOptions(dataFile, port));
      expect(again.origin).toBe(first.origin);
      timer.tick();
      await app.online?.idle();
      expect(app.online?.online(folder.channelId)).toBe(true);
      // The pull came first, then the drain.
      const operations = again.log.list().map((r) => r.operationId);
      expect(operations.indexOf('getNumberOfFollowers')).toBeGreaterThan(-1);
      expect(operations.indexOf('getNumberOfFollowers')).toBeLessThan(
        operations.indexOf('validateBroadcast'),
      );
      expect(getChannelPlanning(app.database.db, folder.channelId).pulled?.quota).toMatchObject({
        type: 'limited',
      });
      expect(again.log.list('broadcast').map((r) => r.status)).toEqual([200]);
      expect(listOutbox(app.database.db).map((e) => e.state)).toEqual(['done']);
      expect(getCampaign(app.database.db, folder.campaignId)?.status).toBe('sent');

      timer.tick();
      await app.online?.idle();
      expect(again.log.count('broadcast')).toBe(1);
      expect(again.log.count('getNumberOfFollowers')).toBe(1);
    } finally {
      await app.close();
      await again?.close();
    }
  });
});
