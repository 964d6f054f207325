// Counts an audience expression for a channel: loads the members of upload and chat-tag operands
// into one membership histogram (a bit per operand), takes estimates for the rest, then applies the pure
// evaluation and LINE's rule checks from shared/audiences/algebra.ts.

import { ApiError } from '../../shared/api/result';
import {
  audienceIdKind,
  capAtFriends,
  checkExpression,
  distinctOperands,
  evaluateExpression,
  maxExactOperands,
  operandKey,
  type AudienceCount,
  type AudienceExpression,
  type ExpressionEvaluation,
  type OperandCount,
  type OperandFacts,
  type OperandSummary,
} from '../../shared/audiences/algebra';
import type { AudienceSummary, CampaignBroadcast } from '../../shared/audiences/audience';
import { parseIdBytes, type MemberIdKind } from '../../shared/audiences/ids';
import { effectiveStatus } from '../../shared/audiences/lifecycle';
import { membershipHistogram } from '../../shared/audiences/member-set';
import {
  estimateRedeliverySize,
  estimateRetargetingSize,
  redeliveryUsability,
  retargetingUsability,
} from '../../shared/audiences/retargeting';
import { privacyThreshold } from '../../shared/line/limits';
import type { SqliteDatabase } from '../storage/database';
import { getCampaignBroadcast } from '../campaigns/broadcasts';
import { chatTagAudienceMembers, getAudience, loadMembers } from './repository';

/** Recently loaded members, so live counts in the builder do not re-read the same blocks. */
const cache = new Map<string, Uint32Array>();
const cacheEntries = 6;

/** For benchmarks and tests that measure or check a cold read. */
export function clearMemberCache(): void {
  cache.clear();
}

function cachedMembers(db: SqliteDatabase, audience: AudienceSummary): Uint32Array {
  const key = `${db.name}#${String(audience.id)}@${audience.updatedAt}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const members = loadMembers(db, audience.id);
  cache.set(key, members);
  while (cache.size > cacheEntries) cache.delete(cache.keys().next().value as string);
  return members;
}

function packUserIds(ids: readonly string[]): Uint32Array {
  const out = new Uint32Array(ids.length * 4);
  const bytes = new Uint8Array(33);
  ids.forEach((id, index) => {
    for (let i = 0; i < 33; i++) bytes[i] = id.charCodeAt(i);
    parseIdBytes(bytes, 0, 33, out, index * 4);
  });
  return out;
}

function audienceCount(
  audience: AudienceSummary,
  broadcast: CampaignBroadcast | undefined,
): AudienceCount | null {
  switch (audience.kind) {
    case 'upload':
    case 'chatTag':
      return { kind: 'exact', count: audience.size ?? 0 };
    case 'click':
    case 'impression':
      return broadcast && audience.retargeting
        ? estimateRetargetingSize(audience.kind, broadcast, audience.retargeting.rate)
        : null;
    case 'line': {
      const n = audience.size ?? 0;
      // LINE answers 0 for an audience under its privacy threshold: 0 means anywhere below it.
      return n === 0
        ? { kind: 'estimate', low: 0, expected: null, high: privacyThreshold - 1 }
        : { kind: 'estimate', low: n, expected: n, high: n };
    }
  }
}

export function evaluateAudienceExpression(
  db: SqliteDatabase,
  channelId: number,
  expression: AudienceExpression,
  options: { readonly targetReach: number | null; readonly now?: Date },
): ExpressionEvaluation {
  const now = options.now ?? new Date();
  const operands = distinctOperands(expression);
  const counts = new Map<string, OperandCount>();
  const bits = new Map<string, number>();
  const facts: OperandFacts[] = [];
  const summaries: OperandSummary[] = [];
  const exactMembers: { bit: number; packed: Uint32Array; idKind: MemberIdKind | null }[] = [];
  const idKinds = new Map<string, MemberIdKind | null>();
  let unknown = false;

  operands.forEach((operand, bit) => {
    const key = operandKey(operand);
    bits.set(key, bit);
    if (operand.type === 'redelivery') {
      idKinds.set(key, 'userId');
      const broadcast = getCampaignBroadcast(db, operand.broadcastId);
      const found = broadcast !== undefined && broadcast.channelId === channelId;
      facts.push({
        type: 'redelivery',
        broadcastId: operand.broadcastId,
        found,
        usability: found ? redeliveryUsability(broadcast, now) : null,
      });
      const estimate = found ? estimateRedeliverySize(broadcast) : null;
      if (estimate) counts.set(key, { exact: false, estimate });
      else unknown = true;
      summaries.push({ key, label: broadcast?.title ?? `#${String(operand.broadcastId)}`, count: estimate });
      return;
    }
    const audience = getAudience(db, operand.audienceId);
    if (!audience || audience.channelId !== channelId) {
      facts.push({
        type: 'audience',
        audienceId: operand.audienceId,
        found: false,
        kind: null,
        status: null,
        size: null,
        retargeting: null,
      });
      summaries.push({ key, label: `#${String(operand.audienceId)}`, count: null });
      unknown = true;
      return;
    }
    const broadcast = audience.retargeting
      ? getCampaignBroadcast(db, audience.retargeting.broadcastId)
      : undefined;
    const count = audienceCount(audience, broadcast);
    const idKind = audienceIdKind(audience);
    idKinds.set(key, idKind);
    facts.push({
      type: 'audience',
      audienceId: audience.id,
      found: true,
      kind: audience.kind,
      idKind,
      status: effectiveStatus(audience, now),
      size: count,
      retargeting: broadcast ? retargetingUsability(broadcast, now) : null,
    });
    summaries.push({ key, label: audience.name, count });
    if (count === null) {
      unknown = true;
      return;
    }
    if (count.kind === 'exact') {
      counts.set(key, { exact: true, count: count.count });
      if (bit < maxExactOperands) {
        const packed =
          audience.kind === 'chatTag'
            ? packUserIds(chatTagAudienceMembers(db, audience.id, audience.tagMatch ?? 'any'))
            : cachedMembers(db, audience);
        exactMembers.push({ bit, packed, idKind });
      }
    } else counts.set(key, { exact: false, estimate: count });
  });

  let count: AudienceCount | null = null;
  let capped: { counted: number; friends: number } | null = null;
  if (!unknown && operands.length <= maxExactOperands) {
    count = evaluateExpression(expression, {
      operands: counts,
      histogram: histogramByKind(exactMembers, operands.length),
      bits,
      targetReach: options.targetReach,
      idKinds,
    });
    const cap = capAtFriends(count, options.targetReach);
    count = cap.count;
    if (cap.counted !== null && options.targetReach !== null)
      capped = { counted: cap.counted, friends: options.targetReach };
  }
  return { count, operands: summaries, problems: checkExpression(expression, facts, count, capped) };
}

/**
 * The membership histogram, with IFAs and user IDs kept apart: both pack into 128 bits, and an IFA
 * whose digits equal a user ID's must not count as the same member. Each kind has its own pass.
 */
function histogramByKind(
  members: readonly { bit: number; packed: Uint32Array; idKind: MemberIdKind | null }[],
  operandCount: number,
): Float64Array {
  const ifas = members.filter((m) => m.idKind === 'ifa');
  if (ifas.length === 0) return membershipHistogram(members, operandCount);
  const histogram = membershipHistogram(
    members.filter((m) => m.idKind !== 'ifa'),
    operandCount,
  );
  const ifaHistogram = membershipHistogram(ifas, operandCount);
  for (let mask = 0; mask < histogram.length; mask++)
    histogram[mask] = (histogram[mask] as number) + (ifaHistogram[mask] as number);
  return histogram;
}

export function assertAudienceInChannel(
  db: SqliteDatabase,
  audienceId: number,
  channelId: number,
): AudienceSummary {
  const audience = getAudience(db, audienceId);
  if (!audience || audience.channelId !== channelId)
    throw new ApiError('not-found', { key: 'errors.audiences.notInChannel', params: { id: audienceId } });
  return audience;
}
