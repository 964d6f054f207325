// The message allowance as plain data: plans (dated, editable), a channel's planning figures (plan,
// additional-message cap, friend statistics, messages already used, automations), the sends a month
// holds, and the forecast of that month (the shape `oa-planner plan --json` prints).

import type { SendKind } from '../campaigns/model';

export type PlanRegion = 'TW' | 'JP' | 'TH' | 'other';
export type Currency = 'TWD' | 'JPY' | 'THB' | 'USD';

/** One price band of additional messages: up to `upTo` messages in the month (null: no end). */
export interface PriceTier {
  readonly upTo: number | null;
  readonly unitPrice: number;
}

export interface Plan {
  /** Stable id, e.g. `tw-2023-high`. */
  readonly id: string;
  readonly region: PlanRegion;
  /** The plan's own name (輕用量, ライト, Basic…). */
  readonly name: string;
  readonly currency: Currency;
  readonly monthlyFee: number;
  readonly freeMessages: number;
  /** null: no additional messages can be bought on this plan. */
  readonly additional: {
    readonly tiers: readonly PriceTier[];
    /** The most additional messages the plan allows in a month, when it has a ceiling. */
    readonly maxPerMonth: number | null;
  } | null;
  /** First day the plan applies (YYYY-MM-DD); `validTo` the last, or null while current. */
  readonly validFrom: string;
  readonly validTo: string | null;
  /** False for figures that could not be confirmed from an official source. */
  readonly verified: boolean;
  /** Where the figures come from (a URL or a note). */
  readonly source: string;
  /** Built into OA Planner, or added / edited by the user. */
  readonly origin: 'builtin' | 'user';
}

export type DemographicShares = Readonly<Record<string, number>>;

/** Friend statistics as LINE's insight reports them (entered by hand, later pulled by sync). */
export interface FriendStatistics {
  readonly followers: number;
  readonly blocks: number;
  /** Friends reachable by attribute targeting. */
  readonly targetReach: number;
  /** The day the figures are from (YYYY-MM-DD); LINE's are up to 3 days old. */
  readonly asOf: string;
  /** Shares (0–1) per value, keyed by LINE's filter values: `male`, `age_20`…, `ios`, `tw_01`…, `day_30`… */
  readonly demographics: {
    readonly genders?: DemographicShares;
    readonly ages?: DemographicShares;
    readonly appTypes?: DemographicShares;
    readonly areas?: DemographicShares;
    readonly subscriptionPeriods?: DemographicShares;
  };
}

/** A bot's own sends, planned as an expected number a day (reply is free, the others count). */
export interface Automation {
  readonly title: string;
  readonly kind: 'push' | 'multicast' | 'broadcast' | 'narrowcast' | 'reply';
  readonly perDay: number;
}

export interface ChannelPlanning {
  readonly channelId: number;
  /** IANA zone of the channel's send times (Asia/Taipei, Asia/Tokyo, Asia/Bangkok…). */
  readonly timeZone: string;
  readonly planId: string;
  /** Additional messages allowed beyond the free ones (the seed's 加購訊息則數上限); null: none. */
  readonly additionalMessageCap: number | null;
  readonly friends: FriendStatistics | null;
  /** Messages already used in a month, entered by hand until sync pulls LINE's consumption. */
  readonly consumed: { readonly month: string; readonly messages: number } | null;
  readonly automations: readonly Automation[];
}

export interface RecipientEstimate {
  readonly low: number;
  readonly expected: number;
  readonly high: number;
}

/** One send in the month, as the forecast takes it (an A/B test gives several). */
export interface PlannedSend {
  /** The campaign's key; an A/B test's parts add `#a`, `#b`… and `#winner`; automations `auto:…`. */
  readonly key: string;
  readonly campaignId: number | null;
  readonly title: string;
  /** ISO instant with offset. */
  readonly at: string;
  readonly kind: SendKind | 'automation';
  /** Messages counted toward the quota: one per recipient, whatever the number of bubbles. */
  readonly estimate: RecipientEstimate;
  /** True when the recipients are known exactly (multicast, push, exact audiences). */
  readonly exact: boolean;
  readonly upToRemainingQuota: boolean;
  readonly forbidPartialDelivery: boolean;
}

export type SendOutcome = 'free' | 'additional' | 'mixed' | 'refused';

export interface ForecastSend extends PlannedSend {
  /** What it counts after the month's rules (cut by upToRemainingQuota, 0 when refused). */
  readonly messages: number;
  readonly outcome: SendOutcome;
  /** Free and additional messages it uses. */
  readonly free: number;
  readonly additional: number;
  /** Usage after it, for the chart. */
  readonly cumulative: number;
}

export type ForecastFix =
  | { readonly kind: 'capSend'; readonly key: string; readonly max: number }
  | { readonly kind: 'moveToNextMonth'; readonly key: string }
  | { readonly kind: 'upgradePlan'; readonly planId: string; readonly extraFee: number }
  | { readonly kind: 'raiseCap'; readonly cap: number };

export interface MonthForecast {
  readonly channel: string;
  /** YYYY-MM, in the channel's time zone. */
  readonly month: string;
  readonly timeZone: string;
  readonly plan: {
    readonly id: string;
    readonly name: string;
    readonly currency: Currency;
    readonly monthlyFee: number;
    readonly freeMessages: number;
    readonly additionalMessageCap: number | null;
  };
  readonly consumedBefore: number;
  readonly sends: readonly ForecastSend[];
  /** Drafts are listed apart and not counted. */
  readonly drafts: readonly PlannedSend[];
  readonly totals: {
    readonly messages: number;
    readonly free: number;
    readonly additional: number;
    /** Messages the refused sends needed. */
    readonly refused: number;
    readonly additionalCost: number;
  };
  /** The first local date (YYYY-MM-DD) at whose end nothing of it is left, else null. */
  readonly freeRunsOutOn: string | null;
  readonly capReachedOn: string | null;
  readonly fixes: readonly ForecastFix[];
}
