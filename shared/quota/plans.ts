// The built-in plan catalogue: LINE Official Account plans of Taiwan, Japan and Thailand as dated
// data, each with where its figures come from. The user can edit any of them or add their own
// (electron/quota/plans.ts keeps those); `mergePlanCatalogue` lays the user's copies over these.
//
// Prices are per message, before tax. A band (`PriceTier`) counts every message of the month, free
// ones included. Where a band could not be confirmed it says so (`verified: false`); where LINE tiers
// prices further down than a confirmed source shows, the last confirmed price carries on, so the
// forecast may overstate the cost of very large months but never understates it.

import type { Plan, PriceTier } from './model';

/** The free plans' ceiling in the seed: they cannot send more than 1,000 messages a month. */
export const freePlanMessageCeiling = 1_000;

const twOfficial = 'https://tw.linebiz.com/service/account-solutions/line-official-account/';
const twFaq = 'https://tw.linebiz.com/faq/oa-price/';
const twCacafly =
  'https://www.cacafly.com/post/line-官方帳號-2023---9月新費率-商家必知資訊 (2023-09 changes: old and new figures)';
const twFirstLine = 'https://help.firstline.cc/feature/channels/line/pricing (table updated 2023-09)';
const twAlleyPin = 'https://blog.alleypin.com/line-oa-purchase-step-by-step-2023/ (old → new figures)';
const jpOfficial = 'https://www.lycbiz.com/jp/service/line-official-account/plan/';
const jpPricing = 'https://developers.line.biz/en/docs/messaging-api/pricing/';
const jpAnnouncement = 'https://www.lycbiz.com/jp/news/line-official-account/20221031/ (2023-06-01 revision)';
const thNotice = 'https://lineforbusiness.com/th/news/20221216_1';
const thPrices = 'https://lineforbusiness.com/th/service/line-oa-features/broadcast-message';

/**
 * Japan's Standard plan: 3 yen a message up to the 50,000th of the month (LINE: "〜3円/通"; agencies:
 * "50,000通までは約3円"); the next band's 2.8 yen comes from an agency's worked example (3 × 50,000 +
 * 2.8 × 20,000), and LINE lowers the price further for larger volumes, which is not confirmed here.
 */
const jpStandardTiers: readonly PriceTier[] = [
  { upTo: 50_000, unitPrice: 3 },
  { upTo: null, unitPrice: 2.8, verified: false },
];

export const builtinPlans: readonly Plan[] = [
  // ---- Taiwan, from 2023-09-01 ------------------------------------------------------------------
  {
    id: 'tw-2023-light',
    region: 'TW',
    name: '輕用量',
    currency: 'TWD',
    monthlyFee: 0,
    freeMessages: 200,
    additional: null,
    validFrom: '2023-09-01',
    validTo: null,
    verified: true,
    source: `${twOfficial}; ${twFaq}; ${twCacafly}; ${twFirstLine}`,
    origin: 'builtin',
  },
  {
    id: 'tw-2023-medium',
    region: 'TW',
    name: '中用量',
    currency: 'TWD',
    monthlyFee: 800,
    freeMessages: 3_000,
    // Since 2023-09 Medium cannot buy additional messages: accounts upgrade to High instead.
    additional: null,
    validFrom: '2023-09-01',
    validTo: null,
    verified: true,
    source: `${twOfficial}; ${twFaq}; ${twCacafly}; ${twFirstLine}`,
    origin: 'builtin',
  },
  {
    id: 'tw-2023-high',
    region: 'TW',
    name: '高用量',
    currency: 'TWD',
    monthlyFee: 1_200,
    freeMessages: 6_000,
    additional: {
      // NT$0.200 is the confirmed starting price; LINE's price list (a PDF on the official page)
      // tiers it down to about NT$0.011 at the largest volumes, band edges not confirmed here.
      tiers: [{ upTo: null, unitPrice: 0.2, verified: false }],
      maxPerMonth: null,
    },
    validFrom: '2023-09-01',
    validTo: null,
    verified: true,
    source: `${twOfficial}; ${twFaq}; ${twCacafly}; ${twFirstLine} (additional NT$0.2 down to NT$0.011; only the NT$0.200 start confirmed, used for every additional message)`,
    origin: 'builtin',
  },
  // ---- Taiwan, before 2023-09-01 ----------------------------------------------------------------
  {
    id: 'tw-legacy-free',
    region: 'TW',
    name: '輕用量 (2019–2023)',
    currency: 'TWD',
    monthlyFee: 0,
    // The seed's "使用免費方案時,每月最多可傳送500則群發訊息".
    freeMessages: 500,
    additional: null,
    validFrom: '2019-04-18',
    validTo: '2023-08-31',
    verified: true,
    source: `The seed (LINE Official Account Manager help, zh-TW): 500 free messages a month; ${twCacafly}; ${twAlleyPin}`,
    origin: 'builtin',
    replacedBy: 'tw-2023-light',
  },
  {
    id: 'tw-legacy-medium',
    region: 'TW',
    name: '中用量 (2019–2023)',
    currency: 'TWD',
    monthlyFee: 800,
    freeMessages: 4_000,
    additional: { tiers: [{ upTo: null, unitPrice: 0.2 }], maxPerMonth: null },
    validFrom: '2019-04-18',
    validTo: '2023-08-31',
    verified: true,
    source: `${twCacafly}; ${twAlleyPin} (4,000 free, additional NT$0.2)`,
    origin: 'builtin',
    replacedBy: 'tw-2023-medium',
  },
  {
    id: 'tw-legacy-high',
    region: 'TW',
    name: '高用量 (2019–2023)',
    currency: 'TWD',
    monthlyFee: 4_000,
    freeMessages: 25_000,
    additional: {
      // "0.15 元 / 則起降": the start price; the lower bands are not confirmed here.
      tiers: [{ upTo: null, unitPrice: 0.15, verified: false }],
      maxPerMonth: null,
    },
    validFrom: '2019-04-18',
    validTo: '2023-08-31',
    verified: true,
    source: `${twCacafly}; ${twAlleyPin} (25,000 free, additional from NT$0.15 tiered down; only the start confirmed, used for every additional message)`,
    origin: 'builtin',
    replacedBy: 'tw-2023-high',
  },
  // ---- Japan, from 2023-06-01 -------------------------------------------------------------------
  {
    id: 'jp-2023-communication',
    region: 'JP',
    name: 'コミュニケーションプラン',
    currency: 'JPY',
    monthlyFee: 0,
    freeMessages: 200,
    additional: null,
    validFrom: '2023-06-01',
    validTo: null,
    verified: true,
    source: `${jpOfficial}; ${jpPricing}; ${jpAnnouncement}`,
    origin: 'builtin',
  },
  {
    id: 'jp-2023-light',
    region: 'JP',
    name: 'ライトプラン',
    currency: 'JPY',
    monthlyFee: 5_000,
    freeMessages: 5_000,
    additional: null,
    validFrom: '2023-06-01',
    validTo: null,
    verified: true,
    source: `${jpOfficial}; ${jpPricing}; ${jpAnnouncement}`,
    origin: 'builtin',
  },
  {
    id: 'jp-2023-standard',
    region: 'JP',
    name: 'スタンダードプラン',
    currency: 'JPY',
    monthlyFee: 15_000,
    freeMessages: 30_000,
    additional: { tiers: jpStandardTiers, maxPerMonth: null },
    validFrom: '2023-06-01',
    validTo: null,
    verified: true,
    source: `${jpOfficial}; ${jpPricing}; ${jpAnnouncement}; https://f-code.co.jp/blog/line/plan-change (3 yen up to 50,000); https://line-sm.com/blog/lineofficial_message_count/ (2.8 yen next, unconfirmed)`,
    origin: 'builtin',
  },
  // ---- Japan, 2019-04-18 to 2023-05-31 ----------------------------------------------------------
  {
    id: 'jp-2019-free',
    region: 'JP',
    name: 'フリープラン (2019–2023)',
    currency: 'JPY',
    monthlyFee: 0,
    // The seed's "free-plan accounts cannot send more than 1,000": this plan's free messages.
    freeMessages: 1_000,
    additional: null,
    validFrom: '2019-04-18',
    validTo: '2023-05-31',
    verified: true,
    source:
      'https://netshop.impress.co.jp/node/6219 (plans from 2019-04-18); https://linestep.jp/2020/05/21/line_price_plan/ (1,000, no additional); https://blog.socialplus.jp/knowledge/line-account-plan/ (1,000 → 200 in 2023-06)',
    origin: 'builtin',
    replacedBy: 'jp-2023-communication',
  },
  {
    id: 'jp-2019-light',
    region: 'JP',
    name: 'ライトプラン (2019–2023)',
    currency: 'JPY',
    monthlyFee: 5_000,
    freeMessages: 15_000,
    additional: { tiers: [{ upTo: null, unitPrice: 5 }], maxPerMonth: null },
    validFrom: '2019-04-18',
    validTo: '2023-05-31',
    verified: true,
    source:
      'https://linestep.jp/2020/05/21/line_price_plan/ (15,000 free, 5 yen a message beyond); https://chatboost-ec.dmm.com/blogs/column/line-official-account-price-utm_source-seo-utm_medium-line-official-utm_campaign; https://blog.socialplus.jp/knowledge/line-account-plan/',
    origin: 'builtin',
    replacedBy: 'jp-2023-light',
  },
  {
    id: 'jp-2019-standard',
    region: 'JP',
    name: 'スタンダードプラン (2019–2023)',
    currency: 'JPY',
    monthlyFee: 15_000,
    freeMessages: 45_000,
    additional: { tiers: jpStandardTiers, maxPerMonth: null },
    validFrom: '2019-04-18',
    validTo: '2023-05-31',
    verified: true,
    source:
      'https://chatboost-ec.dmm.com/blogs/column/line-official-account-price-utm_source-seo-utm_medium-line-official-utm_campaign (45,000 free, up to 3 yen); https://blog.socialplus.jp/knowledge/line-account-plan/; bands as the 2023 Standard plan (beyond 50,000 unconfirmed)',
    origin: 'builtin',
    replacedBy: 'jp-2023-standard',
  },
  // ---- Thailand: figures to check ---------------------------------------------------------------
  {
    id: 'th-free',
    region: 'TH',
    name: 'Free',
    currency: 'THB',
    monthlyFee: 0,
    freeMessages: 300,
    additional: null,
    validFrom: '2023-02-01',
    validTo: null,
    verified: false,
    source: `Commonly cited figures, not confirmed from an official source: check them at ${thPrices}. Plan names and the 2023-02-01 billing rules: ${thNotice}`,
    origin: 'builtin',
  },
  {
    id: 'th-basic',
    region: 'TH',
    name: 'Basic',
    currency: 'THB',
    monthlyFee: 1_280,
    freeMessages: 15_000,
    additional: null,
    validFrom: '2023-02-01',
    validTo: null,
    verified: false,
    source: `Commonly cited figures, not confirmed from an official source: check them at ${thPrices}. Plan names and the 2023-02-01 billing rules: ${thNotice}`,
    origin: 'builtin',
  },
  {
    id: 'th-pro',
    region: 'TH',
    name: 'Pro',
    currency: 'THB',
    monthlyFee: 1_780,
    freeMessages: 35_000,
    // Additional messages can be bought, at a price no stored source gives: enter it to price them.
    additional: { tiers: [], maxPerMonth: null },
    validFrom: '2023-02-01',
    validTo: null,
    verified: false,
    source: `Commonly cited figures, not confirmed from an official source: check them at ${thPrices} (the additional-message price is unknown: add it). Plan names and the 2023-02-01 billing rules: ${thNotice}`,
    origin: 'builtin',
  },
];

const builtinById: ReadonlyMap<string, Plan> = new Map(builtinPlans.map((plan) => [plan.id, plan]));

export const builtinPlan = (id: string): Plan | undefined => builtinById.get(id);

/**
 * The catalogue the user sees: the built-in plans in their order with the user's copy in place of
 * any they edited (same id; origin `user`, `edited`), then the plans the user added, by id.
 */
export function mergePlanCatalogue(userPlans: readonly Plan[]): Plan[] {
  const userById = new Map(userPlans.map((plan) => [plan.id, plan]));
  const merged: Plan[] = builtinPlans.map((builtin) => {
    const own = userById.get(builtin.id);
    return own ? { ...own, origin: 'user', edited: true } : builtin;
  });
  const added = userPlans
    .filter((plan) => !builtinById.has(plan.id))
    .map((plan): Plan => ({ ...plan, origin: 'user', edited: false }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...merged, ...added];
}

/** Whether the plan is in force on every day from `from` to `to` (YYYY-MM-DD, both included). */
export function planValidThroughout(plan: Plan, from: string, to: string): boolean {
  return plan.validFrom <= from && (plan.validTo === null || plan.validTo >= to);
}
