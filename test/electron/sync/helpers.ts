// What the outbox tests share: a data folder's database and the LINE sandbox (manual clock) it sends
// to, a worker wired to both with no real waits (backoff 0, timeouts and progress polls on the
// sandbox's clock), and campaigns to send.

import { insertCampaign } from '../../../electron/campaigns/repository';
import { channelConnection } from '../../../electron/sync/connection';
import { drainOutbox, type DrainReport, type OutboxWorkerOptions } from '../../../electron/sync/worker';
import type { AppDatabase } from '../../../electron/storage/database';
import type { CampaignDraft } from '../../../shared/campaigns/model';
import {
  startTestLineSandbox,
  type TestLineSandbox,
  type TestLineSandboxOptions,
} from '../../helpers/line-sandbox';
import { openTempDatabase } from '../../helpers/temp-database';

export const sandboxChannelId = 1;

export interface SyncFixture {
  readonly sandbox: TestLineSandbox;
  readonly database: AppDatabase & { readonly dir: string };
  /** One worker run; options override the fixture's. */
  drain(options?: Partial<OutboxWorkerOptions>): Promise<DrainReport>;
  campaign(draft: Partial<CampaignDraft>, plannedRecipients?: number): number;
}

export async function syncFixture(sandboxOptions: TestLineSandboxOptions = {}): Promise<SyncFixture> {
  const sandbox = await startTestLineSandbox(sandboxOptions);
  const database = openTempDatabase();
  const { db } = database;
  const sources = {
    sandbox: { connection: () => Promise.resolve({ origin: sandbox.origin, token: sandbox.token }) },
  };
  let campaigns = 0;
  return {
    sandbox,
    database,
    drain: (options = {}) =>
      drainOutbox({
        db,
        connect: (channelId) => channelConnection(db, channelId, sources),
        now: () => sandbox.clock.now(),
        retry: { minTimeout: 0, maxTimeout: 0, randomize: false },
        timer: sandbox.clock,
        sleep: (ms) => {
          sandbox.advance(ms);
          return Promise.resolve();
        },
        ...options,
      }),
    campaign(draft, plannedRecipients = sandbox.channel().friends.targetReach()) {
      campaigns++;
      const title = draft.title ?? `Campaign ${String(campaigns)}`;
      return insertCampaign(
        db,
        sandboxChannelId,
        {
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
          ...draft,
        },
        'ready',
        plannedRecipients,
      );
    },
  };
}

/** Messages the sandbox counted this month: each accepted send once. */
export const consumption = (sandbox: TestLineSandbox): number =>
  sandbox.channel().quota.consumption(sandbox.clock.now());

/** What the sandbox accepted, from its own tables: every send's request ID, and each retry key's. */
export function acceptedByLine(sandbox: TestLineSandbox): { sends: string[]; keys: Map<string, string> } {
  const sends = sandbox.db
    .prepare('SELECT request_id FROM sends ORDER BY request_id')
    .pluck()
    .all() as string[];
  const rows = sandbox.db.prepare('SELECT retry_key, request_id FROM retry_keys').all() as {
    retry_key: string;
    request_id: string;
  }[];
  return { sends, keys: new Map(rows.map((r) => [r.retry_key, r.request_id])) };
}
