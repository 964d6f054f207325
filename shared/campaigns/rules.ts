// Every rule a campaign must pass to become ready, as findings the UI shows live and main enforces:
// the bubbles, the send kind's fields, recipients (operands, audiences' readiness and ID kinds,
// retargeting and redelivery sources), the attribute filter (target reach ≥ 100, limit ≥ 50), limits,
// user IDs, the key and the send time, and the A/B test (5,000 target friends, 2–4 variants, shares,
// the decision window). The numbers are LINE's and the seed's, from shared/line and shared/audiences.

import type { AudienceExpression } from '../audiences/algebra';
import { expressionOperands } from '../audiences/algebra';
import type { AudienceSummary } from '../audiences/audience';
import { readinessWarning } from '../audiences/lifecycle';
import {
  audienceReadyLeadHours,
  combinedAudienceMinMembers,
  dayMs,
  maxRecipientOperands,
  narrowcastMinRecipients,
  redeliveryWindowDays,
  retargetingMinMembers,
  retargetingWindowDays,
} from '../audiences/limits';
import {
  belowRetargetingMinimum,
  estimateRedeliverySize,
  estimateRetargetingSize,
} from '../audiences/retargeting';
import type { MessageKey } from '../i18n/catalog';
import type { LocalizedText } from '../i18n/text';
import { isUserId } from '../line/ids';
import { broadcastRules, narrowcastLimits } from '../line/limits';
import {
  abTestMinTargetFriends,
  abTestVariantsRange,
  decideAfterHoursRange,
  planAbTest,
  variantLetter,
  type AbTestPlan,
} from './ab-test';
import { canBeReady, finding, joinPath, type CampaignFinding } from './findings';
import { checkMessages, type MessageCheckContext } from './messages';
import { lockedStatuses, type CampaignDraft, type CampaignStatus, type SendKind } from './model';
import { estimateReach, type ReachContext, type ReachEstimate } from './reach';
import { checkDemographicFilter, dimensionText } from './targeting';
import { atMs, isInstantWithOffset, sendTimeMs } from './time';

export const titleMaxLength = 200;
export const keyMaxLength = 220;
/** Local limit on one multicast campaign's user IDs (it goes out in requests of 500). */
export const multicastUserIdsMax = 100_000;
/** With an attribute filter, `limit.max` must be at least this (the seed). */
export const attributeFilterLimitMin = broadcastRules.attributeFilterLimitMin;
/** Attribute filters need the account's target reach to be at least this. */
export const attributeFilterMinTargetReach = narrowcastLimits.attributeFilterMinTargetReach;

/** Another campaign of the channel, as retargeting, redelivery and key checks see it. */
export interface CampaignSource {
  readonly id: number;
  readonly key: string;
  readonly title: string;
  readonly sendKind: SendKind;
  readonly status: CampaignStatus;
  readonly at: string | null;
  readonly sentAt: string | null;
  readonly requestId: string | null;
  readonly plannedRecipients: number;
  readonly uniqueImpressions: number | null;
  readonly uniqueClicks: number | null;
}

export interface CampaignCheckContext extends ReachContext, MessageCheckContext {
  readonly now: Date;
  /** The campaign checked, when it is stored (its own key is not "taken"). */
  readonly campaignId: number | null;
  readonly status: CampaignStatus;
  /** The channel's campaigns (the one checked may be among them). */
  readonly campaigns: readonly CampaignSource[];
  /** The channel's audiences. */
  readonly audiences: readonly AudienceSummary[];
}

export interface CampaignCheck {
  readonly findings: readonly CampaignFinding[];
  /** Who the campaign reaches (before an A/B test splits it). */
  readonly reach: ReachEstimate;
  readonly abTest: AbTestPlan | null;
  readonly canBeReady: boolean;
}

interface Index {
  readonly byId: ReadonlyMap<number, CampaignSource>;
  readonly byKey: ReadonlyMap<string, readonly CampaignSource[]>;
  readonly audiences: ReadonlyMap<number, AudienceSummary>;
}

// Checking every campaign of a channel (the CLI's list, an import) looks the same lists up each time.
const campaignIndexes = new WeakMap<readonly CampaignSource[], Pick<Index, 'byId' | 'byKey'>>();
const audienceIndexes = new WeakMap<readonly AudienceSummary[], Index['audiences']>();

function indexOf(context: CampaignCheckContext): Index {
  let campaigns = campaignIndexes.get(context.campaigns);
  if (!campaigns) {
    const byKey = new Map<string, CampaignSource[]>();
    for (const c of context.campaigns) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
    campaigns = { byId: new Map(context.campaigns.map((c) => [c.id, c])), byKey };
    campaignIndexes.set(context.campaigns, campaigns);
  }
  let audiences = audienceIndexes.get(context.audiences);
  if (!audiences) {
    audiences = new Map(context.audiences.map((a) => [a.id, a]));
    audienceIndexes.set(context.audiences, audiences);
  }
  return { ...campaigns, audiences };
}

const kindText = (kind: SendKind): LocalizedText => ({ key: `campaigns.kind.${kind}` as MessageKey });
const fieldText = (field: string): LocalizedText => ({ key: `campaigns.field.${field}` as MessageKey });

/** Each operand of the expression with its path in LINE's recipient shape (`recipient.and[0].not`). */
function operandsWithPaths(
  expression: AudienceExpression,
  path: string,
  out: { operand: AudienceExpression; path: string }[],
  emptyGroups: string[],
): void {
  switch (expression.type) {
    case 'audience':
    case 'redelivery':
      out.push({ operand: expression, path });
      return;
    case 'and':
    case 'or':
      if (expression.operands.length === 0) emptyGroups.push(joinPath(path, expression.type));
      expression.operands.forEach((o, i) =>
        operandsWithPaths(o, joinPath(path, `${expression.type}[${String(i)}]`), out, emptyGroups),
      );
      return;
    case 'not':
      operandsWithPaths(expression.operand, joinPath(path, 'not'), out, emptyGroups);
      return;
  }
}

const plannedStatuses: ReadonlySet<CampaignStatus> = new Set(['ready', 'scheduled', 'sending']);

type SourceTiming =
  { readonly state: 'sent' | 'planned'; readonly at: number } | { readonly state: 'not-sent' };

/** When the source goes out as seen from a send at `sendAt`: sent, planned before it, or neither. */
function sourceTiming(source: CampaignSource, sendAt: number, now: Date): SourceTiming {
  if (source.status === 'sent' && source.sentAt !== null && !Number.isNaN(Date.parse(source.sentAt)))
    return { state: 'sent', at: Date.parse(source.sentAt) };
  if (plannedStatuses.has(source.status)) {
    const at = sendTimeMs(source.at, now);
    if (at < sendAt) return { state: 'planned', at };
  }
  return { state: 'not-sent' };
}

function asBroadcast(source: CampaignSource) {
  return {
    id: source.id,
    channelId: 0,
    title: source.title,
    kind: source.sendKind === 'narrowcast' ? ('narrowcast' as const) : ('broadcast' as const),
    requestId: source.requestId,
    plannedAt: source.at,
    sentAt: source.sentAt,
    plannedRecipients: source.plannedRecipients,
    uniqueImpressions: source.uniqueImpressions,
    uniqueClicks: source.uniqueClicks,
  };
}

function checkRecipient(
  draft: CampaignDraft,
  recipient: AudienceExpression,
  context: CampaignCheckContext,
  index: Index,
  sendAt: number,
  findings: CampaignFinding[],
): void {
  const operands: { operand: AudienceExpression; path: string }[] = [];
  const emptyGroups: string[] = [];
  operandsWithPaths(recipient, 'recipient', operands, emptyGroups);
  for (const path of emptyGroups) findings.push(finding('recipient-empty-group', 'error', path));
  const count = expressionOperands(recipient).length;
  if (count > maxRecipientOperands)
    findings.push(
      finding('recipient-too-many-operands', 'error', 'recipient', { count, max: maxRecipientOperands }),
    );

  const seen = new Set<string>();
  const idKinds = new Set<string>();
  const sendDate = new Date(sendAt);
  const audienceOperands = new Set(
    operands.flatMap(({ operand }) => (operand.type === 'audience' ? [operand.audienceId] : [])),
  );
  for (const { operand, path } of operands) {
    const key =
      operand.type === 'audience'
        ? `a${String(operand.audienceId)}`
        : `r${String(operand.type === 'redelivery' ? operand.broadcastId : 0)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (operand.type === 'audience') {
      const audience = index.audiences.get(operand.audienceId);
      if (!audience) {
        findings.push(finding('audience-unknown', 'error', path, { id: operand.audienceId }));
        continue;
      }
      const name = audience.name;
      const readiness = readinessWarning(audience, sendDate, context.now);
      if (readiness === 'failed') findings.push(finding('audience-failed', 'error', path, { name }));
      else if (readiness === 'expired') findings.push(finding('audience-expired', 'error', path, { name }));
      else if (readiness === 'expires-before-send')
        findings.push(finding('audience-expires-before-send', 'error', path, { name }));
      else if (readiness !== null)
        findings.push(
          finding('audience-not-ready', 'warning', path, { name, hours: audienceReadyLeadHours }),
        );
      const idKind = audience.kind === 'click' || audience.kind === 'impression' ? 'userId' : audience.idKind;
      if (idKind !== null) idKinds.add(idKind);

      let likely: number | null = audience.kind === 'line' ? audience.size : null;
      if ((audience.kind === 'click' || audience.kind === 'impression') && audience.retargeting) {
        const source = index.byId.get(audience.retargeting.broadcastId);
        if (!source) {
          findings.push(finding('retargeting-source-missing', 'error', path, { name }));
        } else {
          const timing = sourceTiming(source, sendAt, context.now);
          if (timing.state === 'not-sent') {
            findings.push(
              finding('retargeting-source-not-sent', 'error', path, { name, source: source.title }),
            );
          } else if (sendAt - timing.at > retargetingWindowDays * dayMs) {
            findings.push(
              finding('retargeting-source-too-old', 'error', path, {
                name,
                source: source.title,
                days: retargetingWindowDays,
              }),
            );
          } else {
            if (
              timing.state === 'planned' &&
              sendAt - timing.at < audienceReadyLeadHours * 3600_000 &&
              readiness === null
            )
              findings.push(
                finding('audience-not-ready', 'warning', path, { name, hours: audienceReadyLeadHours }),
              );
            const estimate = estimateRetargetingSize(
              audience.kind,
              asBroadcast(source),
              audience.retargeting.rate,
            );
            likely = estimate.expected ?? estimate.low;
            if (belowRetargetingMinimum(estimate))
              findings.push(
                finding('retargeting-likely-small', 'warning', path, {
                  name,
                  expected: likely,
                  minimum: retargetingMinMembers,
                }),
              );
          }
        }
      }
      // With several audiences each must reach 50, except this account's own upload and chat-tag ones.
      const exempt = audience.kind === 'upload' || audience.kind === 'chatTag';
      if (audienceOperands.size > 1 && !exempt && likely !== null && likely < combinedAudienceMinMembers)
        findings.push(
          finding('audience-below-minimum', 'warning', path, { name, minimum: combinedAudienceMinMembers }),
        );
      continue;
    }
    if (operand.type !== 'redelivery') continue;
    const source = index.byId.get(operand.broadcastId);
    if (!source || source.id === context.campaignId) {
      findings.push(finding('redelivery-unknown', 'error', path, { id: operand.broadcastId }));
      continue;
    }
    if (source.sendKind !== 'narrowcast') {
      findings.push(finding('redelivery-not-narrowcast', 'error', path, { source: source.title }));
      continue;
    }
    const timing = sourceTiming(source, sendAt, context.now);
    if (timing.state === 'not-sent')
      findings.push(finding('redelivery-not-sent', 'error', path, { source: source.title }));
    else if (sendAt - timing.at >= redeliveryWindowDays * dayMs)
      findings.push(
        finding('redelivery-too-old', 'error', path, { source: source.title, days: redeliveryWindowDays }),
      );
    else {
      const expected = estimateRedeliverySize(asBroadcast(source)).expected ?? 0;
      if (expected < narrowcastMinRecipients)
        findings.push(
          finding('redelivery-likely-small', 'warning', path, {
            source: source.title,
            expected,
            minimum: narrowcastMinRecipients,
          }),
        );
    }
  }
  if (idKinds.has('userId') && idKinds.has('ifa'))
    findings.push(finding('audience-ids-mixed', 'error', 'recipient'));
}

/** Whether the recipient is only this account's own upload and chat-tag audiences (exempt from 50). */
function onlyOwnLists(recipient: AudienceExpression, index: Index): boolean {
  return expressionOperands(recipient).every((o) => {
    if (o.type !== 'audience') return false;
    const kind = index.audiences.get(o.audienceId)?.kind;
    return kind === 'upload' || kind === 'chatTag';
  });
}

function checkUserIds(draft: CampaignDraft, findings: CampaignFinding[]): void {
  if (draft.sendKind === 'push') {
    if (draft.to.length !== 1)
      findings.push(finding('push-needs-one', 'error', 'to', { count: draft.to.length }));
  } else if (draft.to.length === 0) findings.push(finding('user-ids-missing', 'error', 'to'));
  if (draft.to.length > multicastUserIdsMax)
    findings.push(
      finding('user-ids-too-many', 'error', 'to', { count: draft.to.length, max: multicastUserIdsMax }),
    );
  const first = new Map<string, number>();
  let reported = 0;
  draft.to.forEach((id, i) => {
    if (reported >= 20) return;
    const path = `to[${String(i)}]`;
    if (!isUserId(id)) {
      findings.push(finding('user-id-invalid', 'error', path, { id: id.slice(0, 40), entry: i + 1 }));
      reported++;
    } else if (first.has(id)) {
      findings.push(
        finding('user-id-duplicate', 'error', path, { id, entry: i + 1, first: (first.get(id) ?? 0) + 1 }),
      );
      reported++;
    } else first.set(id, i);
  });
}

function checkAbTest(
  draft: CampaignDraft,
  reach: ReachEstimate,
  findings: CampaignFinding[],
  context: CampaignCheckContext,
): AbTestPlan | null {
  const abTest = draft.abTest;
  if (!abTest) return null;
  const { min, max } = abTestVariantsRange;
  const count = abTest.variants.length;
  if (count < min || count > max)
    findings.push(finding('ab-variant-count', 'error', 'abTest.variants', { count, min, max }));
  abTest.variants.forEach((variant, i) => {
    const path = `abTest.variants[${String(i)}]`;
    if (!(variant.share > 0 && variant.share < 1))
      findings.push(
        finding('ab-share-invalid', 'error', joinPath(path, 'share'), {
          variant: variantLetter(i).toUpperCase(),
          share: variant.share,
        }),
      );
    findings.push(...checkMessages(variant.messages, joinPath(path, 'messages'), context));
  });
  const sum = abTest.variants.reduce((s, v) => s + v.share, 0);
  if (!(sum < 1))
    findings.push(
      finding('ab-shares-sum', 'error', 'abTest.variants', { percent: Math.round(sum * 1000) / 10 }),
    );
  if (
    !Number.isInteger(abTest.decideAfterHours) ||
    abTest.decideAfterHours < decideAfterHoursRange.min ||
    abTest.decideAfterHours > decideAfterHoursRange.max
  )
    findings.push(
      finding('ab-decide-window', 'error', 'abTest.decideAfterHours', {
        hours: abTest.decideAfterHours,
        min: decideAfterHoursRange.min,
        max: decideAfterHoursRange.max,
      }),
    );
  const target = reach.known ? reach.expected : 0;
  if (target < abTestMinTargetFriends)
    findings.push(
      finding('ab-too-few-friends', 'error', 'abTest', { target, minimum: abTestMinTargetFriends }),
    );
  const plan = planAbTest(abTest, reach, draft.at);
  // Variants with a filter or audiences, and the winner (which excludes the variants through
  // redelivery), fail on LINE below 50 recipients.
  const targeted = draft.recipient !== null || draft.filter !== null;
  plan.variants.forEach((variant, i) => {
    if (targeted && reach.known && variant.recipients.expected < narrowcastMinRecipients)
      findings.push(
        finding('ab-variant-small', 'error', `abTest.variants[${String(i)}].share`, {
          variant: { key: 'campaigns.abTest.variant', params: { letter: variant.part.toUpperCase() } },
          recipients: variant.recipients.expected,
          minimum: narrowcastMinRecipients,
        }),
      );
  });
  if (reach.known && plan.winner.recipients.expected < narrowcastMinRecipients && sum < 1)
    findings.push(
      finding('ab-variant-small', 'error', 'abTest.variants', {
        variant: { key: 'campaigns.abTest.winner' },
        recipients: plan.winner.recipients.expected,
        minimum: narrowcastMinRecipients,
      }),
    );
  const operands = (draft.recipient ? expressionOperands(draft.recipient).length : 0) + count;
  if (operands > maxRecipientOperands)
    findings.push(
      finding('ab-winner-operands', 'error', 'abTest', { count: operands, max: maxRecipientOperands }),
    );
  return plan;
}

/** Everything wrong with the draft, its reach and its A/B plan. */
export function checkCampaign(draft: CampaignDraft, context: CampaignCheckContext): CampaignCheck {
  const findings: CampaignFinding[] = [];
  const index = indexOf(context);

  // Identity.
  const title = draft.title.trim();
  if (title === '') findings.push(finding('title-empty', 'error', 'title'));
  else if (draft.title.length > titleMaxLength)
    findings.push(
      finding('title-too-long', 'error', 'title', { length: draft.title.length, max: titleMaxLength }),
    );
  if (draft.key.trim() === '') findings.push(finding('key-empty', 'error', 'key'));
  else if (draft.key.length > keyMaxLength)
    findings.push(finding('key-too-long', 'error', 'key', { length: draft.key.length, max: keyMaxLength }));
  else if ((index.byKey.get(draft.key) ?? []).some((c) => c.id !== context.campaignId))
    findings.push(finding('key-taken', 'error', 'key', { key: draft.key }));

  // Send time: validated shape, then not in the past for what has not gone out yet.
  const locked = lockedStatuses.has(context.status);
  const sendAt = draft.at !== null && isInstantWithOffset(draft.at) ? atMs(draft.at) : context.now.getTime();
  if (!locked && draft.at !== null && sendAt < context.now.getTime())
    findings.push(finding('send-time-past', 'error', 'at', { at: draft.at }));

  // Fields that belong to other send kinds.
  const notFor = (field: string) =>
    findings.push(
      finding('field-not-for-kind', 'error', field, {
        field: fieldText(field),
        kind: kindText(draft.sendKind),
      }),
    );
  const narrowcast = draft.sendKind === 'narrowcast';
  const toKinds = draft.sendKind === 'multicast' || draft.sendKind === 'push';
  if (!narrowcast) {
    if (draft.recipient !== null) notFor('recipient');
    if (draft.filter !== null) notFor('filter');
    if (draft.limit !== null) notFor('limit');
  }
  if (!toKinds && draft.to.length > 0) notFor('to');
  if (toKinds && draft.abTest !== null) notFor('abTest');

  // Bubbles.
  if (draft.abTest !== null) {
    if (draft.messages.length > 0) findings.push(finding('messages-beside-ab-test', 'error', 'messages'));
  } else findings.push(...checkMessages(draft.messages, 'messages', context));

  if (toKinds) checkUserIds(draft, findings);

  const reach = estimateReach(draft, context);
  if (!context.friends && (draft.sendKind === 'broadcast' || narrowcast))
    findings.push(finding('friends-unknown', 'warning', ''));

  if (narrowcast) {
    if (draft.recipient !== null) checkRecipient(draft, draft.recipient, context, index, sendAt, findings);
    const filter = draft.filter?.demographic ?? null;
    if (filter !== null) {
      findings.push(...checkDemographicFilter(filter, 'filter.demographic'));
      if (context.friends && context.friends.targetReach < attributeFilterMinTargetReach)
        findings.push(
          finding('filter-needs-target-reach', 'error', 'filter', {
            targetReach: context.friends.targetReach,
            minimum: attributeFilterMinTargetReach,
          }),
        );
      for (const dimension of reach.unknownShares)
        findings.push(
          finding('filter-shares-unknown', 'warning', 'filter.demographic', {
            dimension: dimensionText(dimension),
          }),
        );
    }
    const limit = draft.limit;
    if (limit) {
      if (limit.max !== undefined && !(Number.isInteger(limit.max) && limit.max >= 1))
        findings.push(finding('limit-max-invalid', 'error', 'limit.max', { max: limit.max }));
      else if (limit.max !== undefined && filter !== null && limit.max < attributeFilterLimitMin)
        findings.push(
          finding('limit-max-below-minimum', 'error', 'limit.max', {
            max: limit.max,
            minimum: attributeFilterLimitMin,
          }),
        );
      if (limit.forbidPartialDelivery === true && limit.upToRemainingQuota !== true)
        findings.push(finding('forbid-partial-without-quota', 'error', 'limit.forbidPartialDelivery'));
    }
    const targeted = draft.recipient !== null || filter !== null;
    const exempt = draft.recipient !== null && filter === null && onlyOwnLists(draft.recipient, index);
    if (
      targeted &&
      !exempt &&
      reach.known &&
      draft.abTest === null &&
      reach.expected < narrowcastMinRecipients
    )
      findings.push(
        finding('recipients-below-minimum', 'warning', draft.recipient !== null ? 'recipient' : 'filter', {
          expected: reach.expected,
          minimum: narrowcastMinRecipients,
        }),
      );
  }

  const abTest = checkAbTest(draft, reach, findings, context);
  return { findings, reach, abTest, canBeReady: canBeReady(findings) };
}
