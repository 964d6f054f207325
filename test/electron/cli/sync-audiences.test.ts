// `oa-planner sync` through the real bundled CLI with a campaign sent to an audience that is not on
// LINE yet: without --yes the list names the audience to be created; with --yes the audience is
// uploaded, LINE is asked whether it is ready, and the send goes out (the sandbox makes audiences
// ready and narrowcasts delivered at once here, so nothing waits on the wall clock).

import { describe, expect, it } from 'vitest';
import { insertCampaign } from '../../../electron/campaigns/repository';
import { openDataDirectory } from '../../../electron/storage/database';
import { listChannels } from '../../../electron/storage/channels';
import { addLineChannel, runCliProcessAsync } from '../../helpers/cli';
import { startTestLineSandbox } from '../../helpers/line-sandbox';
import { makeTempDir } from '../../helpers/temp-dir';
import { appendMembers, insertAudience } from '../../../electron/audiences/repository';
import { writeTransaction } from '../../../electron/storage/database';
import { parseIdBytes } from '../../../shared/audiences/ids';

describe('oa-planner sync with an audience not on LINE yet', () => {
  it('lists the audience to be created, then uploads it and sends once LINE has it ready', async () => {
    const token = 'cli-sync-audience-token-7d1e3a5c9b2f4e6a8c0d1b3f5a7c9e0d';
    const sandbox = await startTestLineSandbox({
      token,
      timings: { audienceReadyMs: 0, audienceJobQueuedMs: 0, narrowcastWaitingMs: 0, narrowcastSendingMs: 0 },
    });
    const dir = makeTempDir();
    const { env, run: added } = await addLineChannel({
      dataDirectory: dir,
      name: 'Shop',
      token,
      apiUrl: sandbox.origin,
    });
    expect(added.stderr).toBe('');
    const database = openDataDirectory(dir);
    try {
      const shop = listChannels(database.db).find((c) => c.name === 'Shop')!.id;
      // Three friends of the channel: LINE makes an audience of nobody it knows ready never.
      const ids = sandbox
        .channel()
        .friends.reachable()
        .slice(0, 3)
        .map((f) => f.userId);
      const packed = new Uint32Array(ids.length * 4);
      ids.forEach((id, i) => parseIdBytes(new TextEncoder().encode(id), 0, 33, packed, i * 4));
      const db = database.db;
      const audienceId = writeTransaction(db, () => {
        const id = insertAudience(db, {
          channelId: shop,
          name: 'VIP',
          kind: 'upload',
          idKind: 'userId',
          memberCount: 0,
        });
        appendMembers(db, id, packed, 0, 'vip.txt');
        return id;
      });
      insertCampaign(
        database.db,
        shop,
        {
          title: 'VIP sale',
          key: 'vip-sale',
          sendKind: 'narrowcast',
          at: null,
          messages: [{ type: 'text', text: 'For you' }],
          recipient: { type: 'audience', audienceId },
          filter: null,
          limit: null,
          notificationDisabled: false,
          to: [],
          abTest: null,
        },
        'ready',
        3,
      );
    } finally {
      database.close();
    }

    const dry = await runCliProcessAsync(['sync', '--channel', 'Shop', '--data-dir', dir], env);
    expect(dry.status).toBe(2);
    expect(dry.stdout).toContain(
      'Audience “VIP” — to be created on LINE first (3 members, 1 file), for VIP sale',
    );
    expect(sandbox.channel().audiences.list()).toEqual([]);

    const sent = await runCliProcessAsync(['sync', '--yes', '--channel', 'Shop', '--data-dir', dir], env);
    expect(sent.stderr).not.toContain(token);
    expect(sent.status).toBe(0);
    expect(sent.stdout).toMatch(/VIP — audienceCreate, 0 messages — done/);
    expect(sent.stdout).toMatch(/VIP sale — narrowcast, \d+ messages — done, request ID/);
    expect(sandbox.channel().audiences.list()).toHaveLength(1);
    expect(sandbox.log.count('narrowcast')).toBe(1);
  });
});
