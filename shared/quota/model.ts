// The message allowance as plain data: plans (dated, editable), a channel's planning figures (plan,
// additional-message cap, friend statistics, messages already used, automations), the sends a month
// holds, and the forecast of that month (the shape `oa-planner plan --json` prints).

import type { SendKind } from '../campaigns/model';

export type PlanRegion = 'TW' | 'JP' | 'TH' | 'other';
export type Currency = 'TWD' | 'JPY' | 'THB' | 'USD';

/**
 * One price band of additional messages: it prices the month's messages up to the `upTo`-th,
 * counting every message of the month, free ones included (null: no end). Bands follow one another:
 * `{ upTo: 50000, unitPrice: 3 }, { upTo: null, unitPrice: 2.8 }` prices the 30,001st to the 50,000th
 * message of a plan with 30,000 free ones at 3, and every one after at 2.8.
 */
export interface PriceTier {
  readonly upTo: number | null;
  readonly unitPrice: number;
  /** False for a band whose price or edges could not be confirmed from a source (absent: confirmed). */
  readonly verified?: boolean;
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
  /**
   * The plan LINE moved accounts to when this one ended (its `validTo`): a channel still set to this
   * plan is forecast on that one from the day after. Absent or null: none.
   */
  readonly replacedBy?: string | null;
  /** A built-in plan the user edited (origin `user`): reverting brings the built-in figures back. */
  readonly edited?: boolean;
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
  /** What sync last pulled from LINE, with when; absent until a pull. */
  readonly pulled?: PulledFigures;
}

/** Figures sync pulled from LINE (ISO instants of when each was pulled). */
export interface PulledFigures {
  /** LINE's quota for the month: it takes the place of the hand-entered cap in the forecast. */
  readonly quota?: { readonly type: 'none' | 'limited'; readonly value: number | null; readonly at: string };
  /** When `consumed` was pulled (absent: entered by hand). */
  readonly consumedAt?: string;
  /** When `friends` was pulled (absent: entered by hand). */
  readonly friendsAt?: string;
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
  /** A draft: listed apart in the forecast, never counted. */
  readonly draft?: boolean;
  /**
   * Many separate requests rather than one (a bot's pushes over a day): what is left is sent and
   * the rest refused, instead of the whole being refused.
   */
  readonly divisible?: boolean;
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
  /** The local date of the send in the channel's time zone (YYYY-MM-DD). */
  readonly localDate: string;
  /** Messages it needed that LINE would refuse: all of them when refused, the rest of a divisible one. */
  readonly refused: number;
  /** True when `upToRemainingQuota` cut it to what was left. */
  readonly cut: boolean;
  /** What its additional messages cost, in the plan's currency. */
  readonly cost: number;
  /** True when the high end of its estimate would not fit in what was left before it. */
  readonly highExceedsAllowance: boolean;
}

/** What the month would look like with a fix applied. */
export interface FixEffect {
  readonly refusedSends: number;
  readonly refusedMessages: number;
  /** Messages counted in the month, consumed ones included. */
  readonly messages: number;
  readonly additionalCost: number;
}

export type ForecastFix =
  /** Give the send `limit.max` = `max`, what fits (a broadcast becomes a narrowcast to all friends). */
  | { readonly kind: 'capSend'; readonly key: string; readonly max: number; readonly effect: FixEffect }
  | { readonly kind: 'moveToNextMonth'; readonly key: string; readonly effect: FixEffect }
  /**
   * The cheapest plan of the same region valid all month that fits the month; `extraFee` is the
   * difference in monthly fee, `cap` the additional-message cap it needs (null: its free ones suffice).
   */
  | {
      readonly kind: 'upgradePlan';
      readonly planId: string;
      readonly extraFee: number;
      readonly cap: number | null;
      readonly effect: FixEffect;
    }
  /** Raise the additional-message cap to what fits, within the plan's ceiling. */
  | { readonly kind: 'raiseCap'; readonly cap: number; readonly effect: FixEffect };

/** The plan in force over part of the month (a plan that ends hands over to its successor). */
export interface PlanPeriod {
  readonly planId: string;
  readonly name: string;
  /** Local dates, both included (YYYY-MM-DD). */
  readonly from: string;
  readonly to: string;
  readonly freeMessages: number;
  /** Additional messages allowed: the cap within the plan's ceiling, 0 when the plan has none. */
  readonly additionalAllowed: number;
}

/** Something the forecast assumed that the user should know about. */
export type ForecastNotice =
  /** The channel's plan ended; LINE moved accounts to its successor, forecast from `from`. */
  | {
      readonly kind: 'planReplaced';
      readonly planId: string;
      readonly replacedBy: string;
      readonly from: string;
    }
  /** The plan is not valid on these dates and has no successor: the forecast uses it anyway. */
  | { readonly kind: 'planNotInForce'; readonly planId: string; readonly from: string; readonly to: string }
  /** Figures of this plan (or of a price band used) are not confirmed: check them. */
  | { readonly kind: 'unverifiedFigures'; readonly planId: string };

/** The month's totals if every send came at one end of its estimate. */
export interface ScenarioTotals {
  readonly messages: number;
  readonly additional: number;
  readonly refused: number;
  readonly additionalCost: number;
}

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
    /** Additional messages the plan gives no price for (left out of `additionalCost`). */
    readonly unpricedAdditional: number;
  };
  /** The first local date (YYYY-MM-DD) at whose end nothing of it is left, else null. */
  readonly freeRunsOutOn: string | null;
  /** Likewise for the cap; null also when the month allows no additional messages at all. */
  readonly capReachedOn: string | null;
  readonly fixes: readonly ForecastFix[];
  /** The plans in force over the month, in order (one, unless a plan ended during the month). */
  readonly planPeriods: readonly PlanPeriod[];
  readonly notices: readonly ForecastNotice[];
  /** The totals at the low and at the high end of every estimate (the forecast counts the expected). */
  readonly scenarios: { readonly low: ScenarioTotals; readonly high: ScenarioTotals };
}
