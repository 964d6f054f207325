// The rules of pulling LINE's state: the local rate-limit budgets per endpoint kind (LINE's own
// limits, shared/line/limits.ts), how LINE's friend demographics become the shares the reach
// estimates read, what a pulled quota allows, and which audiences listed by LINE stay read-only.
// Main's pull applies them; a Sync view shows the same next-allowed times.

import type { LocalizedText } from '../i18n/text';
import { areaCodes, audienceLimits, rateLimitFor, type RateLimit } from '../line/limits';
import { lineAreas } from '../campaigns/areas';
import type { DemographicShares, FriendStatistics, Plan } from '../quota/model';

/**
 * The endpoint kinds sync spends a local budget on: a pull's insight and audience calls, and the
 * outbox's rich-menu creations and deletions.
 */
export type PullBudgetKind = 'insight' | 'audiences' | 'richMenus';
export const pullBudgetKinds: readonly PullBudgetKind[] = ['insight', 'audiences', 'richMenus'];

/**
 * LINE's limit per kind: insight 60 an hour (getMessageEvent…), audiences 60 a minute
 * (getAudienceGroups…), rich menus 100 an hour (createRichMenu, deleteRichMenu, counted together).
 */
export const pullBudgets: Readonly<Record<PullBudgetKind, RateLimit>> = {
  insight: rateLimitFor('getMessageEvent'),
  audiences: rateLimitFor('getAudienceGroups'),
  richMenus: rateLimitFor('createRichMenu'),
};

export interface BudgetState {
  /** Calls still allowed now. */
  readonly remaining: number;
  /** Epoch ms when the next call is allowed (now while some remain). */
  readonly nextAllowedAt: number;
}

/**
 * A sliding window: the calls made within the last windowMs count against the limit; once spent,
 * the next call is allowed when the oldest of them leaves the window.
 */
export function budgetState(callTimes: readonly number[], now: number, budget: RateLimit): BudgetState {
  const inWindow = callTimes.filter((t) => t > now - budget.windowMs && t <= now).sort((a, b) => a - b);
  const remaining = Math.max(0, budget.limit - inWindow.length);
  if (remaining > 0) return { remaining, nextAllowedAt: now };
  const oldest = inWindow[inWindow.length - budget.limit] ?? now;
  return { remaining, nextAllowedAt: oldest + budget.windowMs };
}

/** The sentence telling that a kind's budget is spent and when its next pull is allowed. */
export function budgetSpentText(kind: PullBudgetKind, nextAllowedAt: string): LocalizedText {
  const budget = pullBudgets[kind];
  return {
    key: 'errors.sync.budgetSpent',
    params: {
      kind: { key: `pull.kind.${kind}` },
      limit: budget.limit,
      window: { key: budget.windowMs >= 3600_000 ? 'pull.window.hour' : 'pull.window.minute' },
      at: nextAllowedAt,
    },
  };
}

/** LINE's quota: `none` (no monthly ceiling) or `limited` to `value` messages in the month. */
export interface PulledQuota {
  readonly type: 'none' | 'limited';
  readonly value: number | null;
}

/**
 * The additional messages a pulled quota leaves beyond the plan's free ones, which take the place of
 * the hand-entered cap: a `limited` quota counts free and additional messages together; `none`
 * allows what the plan allows.
 */
export function capFromQuota(
  quota: PulledQuota,
  plan: Pick<Plan, 'freeMessages' | 'additional'> | undefined,
): number | null {
  if (!plan?.additional) return quota.type === 'limited' ? 0 : null;
  if (quota.type === 'none' || quota.value === null)
    return plan.additional.maxPerMonth ?? Number.MAX_SAFE_INTEGER;
  return Math.max(0, quota.value - plan.freeMessages);
}

interface Tile {
  readonly percentage: number;
}

const share = (percentage: number) => Math.round(percentage * 10) / 1000;

function collect<T extends Tile>(
  tiles: readonly T[] | undefined,
  keyOf: (tile: T) => string | undefined,
): DemographicShares | undefined {
  if (!tiles || tiles.length === 0) return undefined;
  const out: Record<string, number> = {};
  for (const tile of tiles) {
    const key = keyOf(tile) ?? 'unknown';
    out[key] = Math.min(1, Math.round(((out[key] ?? 0) + share(tile.percentage)) * 1000) / 1000);
  }
  return out;
}

/** from20to24 → age_20, from70 → age_70; younger than 15 cannot be targeted: unknown. */
function ageKey(age: string | undefined): string | undefined {
  const match = /^from(\d+)(?:to\d+)?$/.exec(age ?? '');
  if (!match) return undefined;
  const from = Number(match[1]);
  return from >= 15 ? `age_${String(from)}` : undefined;
}

/** LINE's subscription tiles by the bound each starts at (within7days: under 7 days, day_0). */
const periodKeys: Readonly<Record<string, string>> = {
  within7days: 'day_0',
  within30days: 'day_7',
  within90days: 'day_30',
  within180days: 'day_90',
  within365days: 'day_180',
  over365days: 'day_365',
};

const areaByName = new Map<string, string>();
for (const area of lineAreas) for (const name of Object.values(area.names)) areaByName.set(name, area.code);

/** LINE names areas (台北市, 東京都, Bangkok…); a code is kept as is. */
function areaKey(area: string | undefined): string | undefined {
  if (area === undefined) return undefined;
  if (areaCodes.includes(area)) return area;
  return areaByName.get(area) ?? areaByName.get(area.replace('臺', '台'));
}

/** What GET /v2/bot/insight/demographic answers. */
export interface LineDemographics {
  readonly available: boolean;
  readonly genders?: readonly { readonly gender?: string; readonly percentage: number }[];
  readonly ages?: readonly { readonly age?: string; readonly percentage: number }[];
  readonly areas?: readonly { readonly area?: string; readonly percentage: number }[];
  readonly appTypes?: readonly { readonly appType?: string; readonly percentage: number }[];
  readonly subscriptionPeriods?: readonly {
    readonly subscriptionPeriod?: string;
    readonly percentage: number;
  }[];
}

/** LINE's demographics (percentages) as the shares (0–1) keyed by filter values the reach estimates read. */
export function demographicShares(answer: LineDemographics): FriendStatistics['demographics'] {
  if (!answer.available) return {};
  const known = (value: string | undefined, allowed: readonly string[]) =>
    value !== undefined && allowed.includes(value) ? value : undefined;
  const out: Record<string, DemographicShares> = {};
  const put = (name: keyof FriendStatistics['demographics'], shares: DemographicShares | undefined) => {
    if (shares) out[name] = shares;
  };
  put(
    'genders',
    collect(answer.genders, (t) => known(t.gender, ['male', 'female'])),
  );
  put(
    'ages',
    collect(answer.ages, (t) => ageKey(t.age)),
  );
  put(
    'areas',
    collect(answer.areas, (t) => areaKey(t.area)),
  );
  put(
    'appTypes',
    collect(answer.appTypes, (t) => known(t.appType, ['ios', 'android'])),
  );
  put(
    'subscriptionPeriods',
    collect(answer.subscriptionPeriods, (t) => periodKeys[t.subscriptionPeriod ?? '']),
  );
  return out;
}

/** When an audience LINE lists expires: LINE keeps audiences for 180 days after they were made. */
export function audienceExpiresAt(createdSeconds: number): string {
  return new Date((createdSeconds + audienceLimits.retentionSeconds) * 1000).toISOString();
}

/** The createRoute of audiences this app's own calls make; any other route was made elsewhere. */
export const apiCreateRoute = 'MESSAGING_API';

/** The parts of LINE's state a pull reads. */
export type PullPart =
  'quota' | 'consumption' | 'followers' | 'demographics' | 'audiences' | 'progress' | 'statistics';

/** What one pull did, as `oa-planner sync --pull-only --json` prints it and a Sync view shows it. */
export interface PullReport {
  readonly channelId: number;
  /** ISO instant the pulled figures are dated with. */
  readonly pulledAt: string;
  readonly quota: PulledQuota | null;
  readonly consumption: { readonly month: string; readonly messages: number } | null;
  readonly friends: FriendStatistics | null;
  readonly audiences: { readonly added: number; readonly updated: number; readonly removed: number } | null;
  readonly progress: readonly {
    readonly campaignId: number | null;
    readonly title: string | null;
    readonly phase: string;
  }[];
  readonly statistics: readonly {
    readonly campaignId: number;
    readonly title: string;
    readonly delivered: number | null;
    readonly uniqueImpressions: number | null;
    readonly uniqueClicks: number | null;
  }[];
  /** Parts whose stored figures the pull changed. */
  readonly changed: readonly PullPart[];
  /** Parts left for later because their kind's budget was spent. */
  readonly skipped: readonly {
    readonly part: PullPart;
    readonly kind: PullBudgetKind;
    readonly nextAllowedAt: string;
    readonly error: LocalizedText;
  }[];
  /** Parts LINE refused or could not answer, with LINE's words. */
  readonly failures: readonly { readonly part: PullPart; readonly error: LocalizedText }[];
  /** When the next call of each kind is allowed (now, while its budget lasts). */
  readonly nextAllowed: Readonly<Record<PullBudgetKind, string>>;
}
