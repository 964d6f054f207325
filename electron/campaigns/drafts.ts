// Drafts as main stores them: send times in the channel's zone, an empty key made from the title
// (unique in the channel), and the refusals that keep the table sound: a title and key it can hold,
// a key no other campaign has, and no ready or scheduled campaign that breaks a rule.

import { ApiError } from '../../shared/api/result';
import { errorsOf, findingLine, type CampaignFinding } from '../../shared/campaigns/findings';
import type { CampaignDraft, CampaignStatus } from '../../shared/campaigns/model';
import { normalizeAt } from '../../shared/campaigns/time';
import type { SqliteDatabase } from '../storage/database';
import { freeKey } from './broadcasts';

/** Findings that stop a row from being stored at all, whatever its status. */
const storageCodes: ReadonlySet<CampaignFinding['code']> = new Set([
  'title-empty',
  'title-too-long',
  'key-too-long',
  'key-taken',
]);

export function normalizeDraft(
  db: SqliteDatabase,
  channelId: number,
  draft: CampaignDraft,
  zone: string,
  currentKey: string | null,
): CampaignDraft {
  const title = draft.title.trim();
  let key = draft.key.trim();
  if (key === '') key = currentKey ?? (title === '' ? '' : freeKey(db, channelId, title));
  return { ...draft, title, key, at: draft.at === null ? null : normalizeAt(draft.at, zone) };
}

/** Refuses a draft the table cannot hold, naming each problem. */
export function refuseUnstorable(title: string, findings: readonly CampaignFinding[]): void {
  const blocking = findings.filter((f) => storageCodes.has(f.code));
  if (blocking.length === 0) return;
  throw new ApiError(
    'invalid-argument',
    { key: 'errors.campaigns.cannotSave', params: { title: title || '—', count: blocking.length } },
    blocking.map((f) => findingLine(f)),
  );
}

/** Refuses a ready or scheduled campaign with rule errors, naming each of them. */
export function refuseNotReady(
  title: string,
  status: CampaignStatus,
  findings: readonly CampaignFinding[],
): void {
  if (status !== 'ready' && status !== 'scheduled') return;
  const errors = errorsOf(findings);
  if (errors.length === 0) return;
  throw new ApiError(
    'invalid-argument',
    {
      key: 'errors.campaigns.notReady',
      params: { title, status: { key: `campaigns.status.${status}` }, count: errors.length },
    },
    errors.map((f) => findingLine(f)),
  );
}
