// The month forecast: the month's sends in time order against the channel's plan, as LINE would
// count them. Messages already used come first; each send then uses free messages, then additional
// ones up to the cap; a send that needs more than is left is refused whole (LINE answers 429 and
// sends nothing), except a narrowcast with upToRemainingQuota, which is cut to what is left (or
// refused, with forbidPartialDelivery, as LINE cancels it), and a divisible send (a bot's pushes),
// of which what fits is sent. The forecast counts each send's expected figure and also runs the low
// and high ends, prices additional messages band by band, and offers fixes with their effect.
//
// Pure and fast: one month of a thousand sends takes well under a millisecond (test/bench/quota).

import { ApiError } from '../api/result';
import { automationSends } from './counting';
import type {
  ChannelPlanning,
  FixEffect,
  ForecastFix,
  ForecastNotice,
  ForecastSend,
  MonthForecast,
  Plan,
  PlanPeriod,
  PlannedSend,
  ScenarioTotals,
  SendOutcome,
} from './model';
import { planValidThroughout } from './plans';
import { tieredCost, type Priced } from './pricing';
import { capFromQuota } from '../sync/pull';
import {
  dayIndex,
  isValidMonth,
  isValidTimeZone,
  monthCalendar,
  parseInstant,
  type MonthCalendar,
} from './time';

export interface ForecastInput {
  /** The channel's name, as the forecast prints it. */
  readonly channel: string;
  /** YYYY-MM in the channel's time zone. */
  readonly month: string;
  readonly planning: Pick<
    ChannelPlanning,
    'timeZone' | 'planId' | 'additionalMessageCap' | 'consumed' | 'automations' | 'pulled'
  >;
  /** The whole catalogue: the channel's plan, its successors and the plans an upgrade may pick. */
  readonly plans: readonly Plan[];
  /**
   * Planned sends of any month (those outside this one are ignored); drafts (`draft`) are listed
   * apart. The planning's automations are added as daily sends.
   */
  readonly sends: readonly PlannedSend[];
}

type Scenario = 'low' | 'expected' | 'high';
/** whole: refused when it does not fit; cut: cut to what is left; divisible: what fits is sent. */
type Mode = 'whole' | 'cut' | 'divisible';

interface Item {
  readonly send: PlannedSend;
  readonly epoch: number;
  readonly day: number;
  readonly low: number;
  readonly expected: number;
  readonly high: number;
  readonly mode: Mode;
}

interface Period {
  readonly plan: Plan;
  readonly fromDay: number;
  readonly toDay: number;
  readonly free: number;
  /** Additional messages allowed in the month under this plan: the cap within its ceiling. */
  readonly additional: number;
}

interface Setting {
  readonly periods: readonly Period[];
  readonly cap: number | null;
}

interface State {
  usedFree: number;
  usedAdditional: number;
  cost: number;
  unpriced: number;
  refusedSends: number;
  refusedMessages: number;
}

interface Take {
  readonly messages: number;
  readonly free: number;
  readonly additional: number;
  readonly refused: number;
  readonly cut: boolean;
  readonly cost: number;
  readonly left: number;
}

/** Override of one send in a replay: a fix's `limit.max`, or the send left out. */
interface Override {
  readonly index: number;
  readonly max: number | null;
}

const roundMoney = (value: number): number => Math.round(value * 1e6) / 1e6;

// Copies are made with Object.assign, not object spread: on Node 20, `{ ...a, b, c… }` with several
// properties after the spread takes tens of microseconds an object, which a month of sends feels.
const copyState = (state: State): State => Object.assign({}, state);
const count = (value: number): number => (value > 0 ? Math.round(value) : 0);

/** Additional messages allowed under `plan` with the channel's cap. */
function additionalAllowed(plan: Plan, cap: number | null): number {
  if (!plan.additional || cap === null) return 0;
  return Math.min(cap, plan.additional.maxPerMonth ?? Infinity);
}

function take(state: State, period: Period, need: number, mode: Mode, priced: Priced): Take {
  const freeLeft = Math.max(0, period.free - state.usedFree);
  const additionalLeft = Math.max(0, period.additional - state.usedAdditional);
  const left = freeLeft + additionalLeft;
  let messages = need;
  let refused = 0;
  let cut = false;
  if (need > left) {
    if (mode === 'whole' || left === 0) {
      messages = 0;
      refused = need;
    } else {
      messages = left;
      if (mode === 'divisible') refused = need - left;
      else cut = true;
    }
  }
  const free = Math.min(messages, freeLeft);
  const used = state.usedFree + state.usedAdditional;
  const costBefore = priced.cost;
  tieredCost(period.plan, used + free, used + messages, priced);
  const cost = priced.cost - costBefore;
  state.usedFree += free;
  state.usedAdditional += messages - free;
  state.cost = priced.cost;
  state.unpriced = priced.unpriced;
  if (refused > 0) {
    state.refusedMessages += refused;
    if (messages === 0) state.refusedSends += 1;
  }
  return { messages, free, additional: messages - free, refused, cut, cost, left };
}

function initialState(setting: Setting, consumed: number, priced: Priced): State {
  const first = setting.periods[0];
  if (!first) throw new Error('forecast: a month has at least one plan period');
  const free = Math.min(consumed, first.free);
  tieredCost(first.plan, free, consumed, priced);
  return {
    usedFree: free,
    usedAdditional: consumed - free,
    cost: priced.cost,
    unpriced: priced.unpriced,
    refusedSends: 0,
    refusedMessages: 0,
  };
}

const needOf = (item: Item, scenario: Scenario): number =>
  scenario === 'low' ? item.low : scenario === 'high' ? item.high : item.expected;

/** The month's totals from `start` on, from `state` (copied), with one send possibly overridden. */
/** What the sends from each index on need in a scenario: how many need any, and how much in all. */
interface Suffix {
  readonly sends: Int32Array;
  readonly messages: Float64Array;
}

const suffixes = new WeakMap<readonly Item[], Map<Scenario, Suffix>>();

function suffixOf(items: readonly Item[], scenario: Scenario): Suffix {
  let byScenario = suffixes.get(items);
  if (!byScenario) suffixes.set(items, (byScenario = new Map()));
  const known = byScenario.get(scenario);
  if (known) return known;
  const sends = new Int32Array(items.length + 1);
  const messages = new Float64Array(items.length + 1);
  for (let i = items.length - 1; i >= 0; i--) {
    const need = needOf(items[i]!, scenario);
    sends[i] = sends[i + 1]! + (need > 0 ? 1 : 0);
    messages[i] = messages[i + 1]! + need;
  }
  const suffix = { sends, messages };
  byScenario.set(scenario, suffix);
  return suffix;
}

function replay(
  items: readonly Item[],
  setting: Setting,
  scenario: Scenario,
  start: number,
  state: State,
  override: Override | null,
): State {
  const current = copyState(state);
  const priced: Priced = { cost: current.cost, unpriced: current.unpriced, unverified: false };
  const periods = setting.periods;
  const last = periods.length - 1;
  let periodIndex = 0;
  for (let i = start; i < items.length; i++) {
    const item = items[i]!;
    while (periodIndex < last && periods[periodIndex + 1]!.fromDay <= item.day) periodIndex++;
    let need = needOf(item, scenario);
    if (override && override.index === i) {
      if (override.max === null) continue;
      need = Math.min(need, override.max);
    }
    const period = periods[periodIndex]!;
    take(current, period, need, item.mode, priced);
    // Nothing left and no later plan: every later send that needs a message is refused whole.
    if (
      periodIndex === last &&
      current.usedFree >= period.free &&
      current.usedAdditional >= period.additional &&
      (override === null || override.index <= i)
    ) {
      const suffix = suffixOf(items, scenario);
      current.refusedSends += suffix.sends[i + 1]!;
      current.refusedMessages += suffix.messages[i + 1]!;
      break;
    }
  }
  return current;
}

const effectOf = (state: State): FixEffect => ({
  refusedSends: state.refusedSends,
  refusedMessages: state.refusedMessages,
  messages: state.usedFree + state.usedAdditional,
  additionalCost: roundMoney(state.cost),
});

const scenarioTotals = (state: State): ScenarioTotals => ({
  messages: state.usedFree + state.usedAdditional,
  additional: state.usedAdditional,
  refused: state.refusedMessages,
  additionalCost: roundMoney(state.cost),
});

function outcomeOf(result: Take, need: number): SendOutcome {
  if (result.messages === 0) return need > 0 ? 'refused' : 'free';
  if (result.additional === 0) return 'free';
  return result.free === 0 ? 'additional' : 'mixed';
}

/** The plan in force on each day: the channel's, or its successor once it has ended. */
function resolvePeriods(
  plansById: ReadonlyMap<string, Plan>,
  planId: string,
  calendar: MonthCalendar,
  cap: number | null,
): { periods: Period[]; notices: ForecastNotice[] } {
  const chosen = plansById.get(planId);
  if (!chosen) throw new ApiError('not-found', { key: 'errors.quota.planUnknown', params: { id: planId } });
  const notices: ForecastNotice[] = [];
  const periods: Period[] = [];
  let outOfForceFrom: number | null = null;
  const dates = calendar.dates;
  const closeOutOfForce = (plan: Plan, endDay: number) => {
    if (outOfForceFrom === null) return;
    notices.push({
      kind: 'planNotInForce',
      planId: plan.id,
      from: dates[outOfForceFrom]!,
      to: dates[endDay]!,
    });
    outOfForceFrom = null;
  };
  for (let day = 0; day < dates.length; day++) {
    const date = dates[day]!;
    let plan: Plan = chosen;
    for (let hops = 0; hops < 16 && plan.validTo !== null && date > plan.validTo && plan.replacedBy; hops++) {
      const next = plansById.get(plan.replacedBy);
      if (!next) break;
      plan = next;
    }
    const last = periods[periods.length - 1];
    if (last && last.plan === plan) {
      periods[periods.length - 1] = Object.assign({}, last, { toDay: day });
    } else {
      if (last) closeOutOfForce(last.plan, day - 1);
      periods.push({
        plan,
        fromDay: day,
        toDay: day,
        free: plan.freeMessages,
        additional: additionalAllowed(plan, cap),
      });
      if (plan !== chosen)
        notices.push({ kind: 'planReplaced', planId: chosen.id, replacedBy: plan.id, from: date });
    }
    const inForce = date >= plan.validFrom && (plan.validTo === null || date <= plan.validTo);
    if (!inForce && outOfForceFrom === null) outOfForceFrom = day;
    if (inForce) closeOutOfForce(plan, day - 1);
  }
  closeOutOfForce(periods[periods.length - 1]!.plan, dates.length - 1);
  return { periods, notices };
}

function sendMode(send: PlannedSend): Mode {
  if (send.divisible) return 'divisible';
  if (send.kind === 'narrowcast' && send.upToRemainingQuota && !send.forbidPartialDelivery) return 'cut';
  return 'whole';
}

function collectItems(
  lists: readonly (readonly PlannedSend[])[],
  calendar: MonthCalendar,
): { items: Item[]; drafts: { send: PlannedSend; epoch: number }[] } {
  const items: Item[] = [];
  const drafts: { send: PlannedSend; epoch: number }[] = [];
  const first = calendar.dayStarts[0]!;
  const end = calendar.dayStarts[calendar.dayStarts.length - 1]!;
  for (const sends of lists)
    for (const send of sends) {
      const epoch = parseInstant(send.at);
      if (Number.isNaN(epoch)) {
        throw new ApiError('invalid-argument', {
          key: 'errors.quota.sendTimeInvalid',
          params: { key: send.key, at: send.at },
        });
      }
      if (epoch < first || epoch >= end) continue;
      if (send.draft) {
        drafts.push({ send, epoch });
        continue;
      }
      const expected = count(send.estimate.expected);
      items.push({
        send,
        epoch,
        day: dayIndex(calendar, epoch),
        low: Math.min(count(send.estimate.low), expected),
        expected,
        high: Math.max(count(send.estimate.high), expected),
        mode: sendMode(send),
      });
    }
  const byTime = (a: { send: PlannedSend; epoch: number }, b: { send: PlannedSend; epoch: number }) =>
    a.epoch - b.epoch || (a.send.key < b.send.key ? -1 : a.send.key > b.send.key ? 1 : 0);
  items.sort(byTime);
  drafts.sort(byTime);
  return { items, drafts };
}

/**
 * The send with what the month made of it. Built field by field (the type makes a field left out a
 * compile error): copying with spread or Object.assign costs several times more per send.
 */
function forecastSend(
  send: PlannedSend,
  result: Take,
  outcome: SendOutcome,
  state: State,
  localDate: string,
  high: number,
): ForecastSend {
  // Every field listed, optional ones as undefined when absent (JSON leaves those out).
  const out = {
    key: send.key,
    campaignId: send.campaignId,
    title: send.title,
    at: send.at,
    kind: send.kind,
    estimate: send.estimate,
    exact: send.exact,
    upToRemainingQuota: send.upToRemainingQuota,
    forbidPartialDelivery: send.forbidPartialDelivery,
    draft: send.draft,
    divisible: send.divisible,
    messages: result.messages,
    outcome,
    free: result.free,
    additional: result.additional,
    cumulative: state.usedFree + state.usedAdditional,
    localDate,
    refused: result.refused,
    cut: result.cut,
    cost: roundMoney(result.cost),
    highExceedsAllowance: high > result.left,
  } satisfies Record<keyof ForecastSend, unknown>;
  return out;
}

function periodSetting(plan: Plan, days: number, cap: number | null): Setting {
  return {
    periods: [
      {
        plan,
        fromDay: 0,
        toDay: days - 1,
        free: plan.freeMessages,
        additional: additionalAllowed(plan, cap),
      },
    ],
    cap,
  };
}

/** The forecast of one month of one channel. */
export function forecastMonth(input: ForecastInput): MonthForecast {
  const { planning, month } = input;
  if (!isValidMonth(month)) {
    throw new ApiError('invalid-argument', { key: 'errors.quota.monthInvalid', params: { month } });
  }
  if (!isValidTimeZone(planning.timeZone)) {
    throw new ApiError('invalid-argument', {
      key: 'errors.quota.timeZoneUnknown',
      params: { zone: planning.timeZone },
    });
  }
  const calendar = monthCalendar(month, planning.timeZone);
  const days = calendar.dates.length;
  const plansById = new Map(input.plans.map((plan) => [plan.id, plan]));
  // A quota pulled from LINE says what the month allows, in place of the hand-entered cap.
  const cap = planning.pulled?.quota
    ? capFromQuota(planning.pulled.quota, plansById.get(planning.planId))
    : planning.additionalMessageCap;
  const { periods, notices } = resolvePeriods(plansById, planning.planId, calendar, cap);
  const setting: Setting = { periods, cap };
  const consumed = planning.consumed?.month === month ? count(planning.consumed.messages) : 0;

  const { items, drafts } = collectItems(
    planning.automations.length === 0
      ? [input.sends]
      : [input.sends, automationSends(planning.automations, month, planning.timeZone)],
    calendar,
  );

  // ---- The expected month, send by send and day by day ----------------------------------------
  const priced: Priced = { cost: 0, unpriced: 0, unverified: false };
  const state = initialState(setting, consumed, priced);
  const sends: ForecastSend[] = [];
  /** For each refused send: its index, the state before it, and what was left then. */
  const refusals: { index: number; before: State; left: number }[] = [];
  let cutSends = 0;
  let freeRunsOutOn: string | null = null;
  let capReachedOn: string | null = null;
  let periodIndex = 0;
  let itemIndex = 0;
  for (let day = 0; day < days; day++) {
    while (periodIndex + 1 < periods.length && periods[periodIndex + 1]!.fromDay <= day) periodIndex++;
    const period = periods[periodIndex]!;
    for (; itemIndex < items.length && items[itemIndex]!.day === day; itemIndex++) {
      const item = items[itemIndex]!;
      const result = take(state, period, item.expected, item.mode, priced);
      const outcome = outcomeOf(result, item.expected);
      if (outcome === 'refused' && item.mode !== 'divisible') {
        // A refused send changed nothing but the refusal counts: the state before it, rebuilt.
        const before = copyState(state);
        before.refusedSends -= 1;
        before.refusedMessages -= result.refused;
        refusals.push({ index: itemIndex, before, left: result.left });
      }
      if (result.cut) cutSends++;
      sends.push(forecastSend(item.send, result, outcome, state, calendar.dates[day]!, item.high));
    }
    if (freeRunsOutOn === null && state.usedFree >= period.free) freeRunsOutOn = calendar.dates[day]!;
    if (capReachedOn === null && period.additional > 0 && state.usedAdditional >= period.additional) {
      capReachedOn = calendar.dates[day]!;
    }
  }

  const lastPlan = periods[periods.length - 1]!.plan;
  for (const plan of new Set(periods.map((p) => p.plan))) {
    if (!plan.verified || (priced.unverified && plan === lastPlan)) {
      notices.push({ kind: 'unverifiedFigures', planId: plan.id });
    }
  }

  // ---- Fixes, each with the month it would give ------------------------------------------------
  const fixes: ForecastFix[] = [];
  if (state.refusedMessages > 0 || cutSends > 0) {
    for (const refusal of refusals) {
      const item = items[refusal.index]!;
      const kind = item.send.kind;
      if ((kind === 'narrowcast' || kind === 'broadcast') && refusal.left >= 1) {
        fixes.push({
          kind: 'capSend',
          key: item.send.key,
          max: refusal.left,
          effect: effectOf(
            replay(items, setting, 'expected', refusal.index, refusal.before, {
              index: refusal.index,
              max: refusal.left,
            }),
          ),
        });
      }
      // A refused send used nothing: without it the month is the same, less its refusal.
      fixes.push({
        kind: 'moveToNextMonth',
        key: item.send.key,
        effect: effectOf({
          ...state,
          refusedSends: state.refusedSends - 1,
          refusedMessages: state.refusedMessages - item.expected,
        }),
      });
    }
    const needed = items.reduce((sum, item) => sum + item.expected, consumed);
    if (lastPlan.additional) {
      const ceiling = lastPlan.additional.maxPerMonth ?? Infinity;
      const raised = Math.min(Math.max(0, needed - lastPlan.freeMessages), ceiling);
      if (raised > (cap ?? 0)) {
        const raisedSetting: Setting = {
          periods: periods.map((p) =>
            Object.assign({}, p, { additional: additionalAllowed(p.plan, raised) }),
          ),
          cap: raised,
        };
        const start = initialState(raisedSetting, consumed, { cost: 0, unpriced: 0, unverified: false });
        fixes.push({
          kind: 'raiseCap',
          cap: raised,
          effect: effectOf(replay(items, raisedSetting, 'expected', 0, start, null)),
        });
      }
    }
    const upgrade = cheapestFittingPlan(input.plans, lastPlan, calendar, needed);
    if (upgrade) {
      const upgradeSetting = periodSetting(upgrade.plan, days, upgrade.cap ?? cap);
      const start = initialState(upgradeSetting, consumed, { cost: 0, unpriced: 0, unverified: false });
      fixes.push({
        kind: 'upgradePlan',
        planId: upgrade.plan.id,
        extraFee: roundMoney(upgrade.plan.monthlyFee - lastPlan.monthlyFee),
        cap: upgrade.cap,
        effect: effectOf(replay(items, upgradeSetting, 'expected', 0, start, null)),
      });
    }
  }

  // ---- The low and high ends -------------------------------------------------------------------
  const scenario = (which: Scenario): ScenarioTotals =>
    scenarioTotals(
      replay(
        items,
        setting,
        which,
        0,
        initialState(setting, consumed, { cost: 0, unpriced: 0, unverified: false }),
        null,
      ),
    );

  const planPeriods: PlanPeriod[] = periods.map((p) => ({
    planId: p.plan.id,
    name: p.plan.name,
    from: calendar.dates[p.fromDay]!,
    to: calendar.dates[p.toDay]!,
    freeMessages: p.free,
    additionalAllowed: p.additional,
  }));

  return {
    channel: input.channel,
    month,
    timeZone: planning.timeZone,
    plan: {
      id: lastPlan.id,
      name: lastPlan.name,
      currency: lastPlan.currency,
      monthlyFee: lastPlan.monthlyFee,
      freeMessages: lastPlan.freeMessages,
      additionalMessageCap: lastPlan.additional ? cap : null,
    },
    consumedBefore: consumed,
    sends,
    drafts: drafts.map((d) => d.send),
    totals: {
      messages: state.usedFree + state.usedAdditional,
      free: state.usedFree,
      additional: state.usedAdditional,
      refused: state.refusedMessages,
      additionalCost: roundMoney(state.cost),
      unpricedAdditional: state.unpriced,
    },
    freeRunsOutOn,
    capReachedOn,
    fixes,
    planPeriods,
    notices,
    scenarios: { low: scenario('low'), high: scenario('high') },
  };
}

/**
 * The cheapest plan of `current`'s region, other than it and valid on every day of the month, that
 * holds `needed` messages (its free ones, plus additional ones up to its ceiling), by monthly fee
 * plus the cost of the additional messages; with the cap it needs (null: its free ones suffice).
 */
export function cheapestFittingPlan(
  plans: readonly Plan[],
  current: Plan,
  calendar: MonthCalendar,
  needed: number,
): { plan: Plan; cap: number | null; cost: number } | null {
  const from = calendar.dates[0]!;
  const to = calendar.dates[calendar.dates.length - 1]!;
  let best: { plan: Plan; cap: number | null; cost: number } | null = null;
  for (const plan of plans) {
    if (plan.id === current.id || plan.region !== current.region || !planValidThroughout(plan, from, to))
      continue;
    const overflow = Math.max(0, needed - plan.freeMessages);
    if (overflow > 0 && (!plan.additional || overflow > (plan.additional.maxPerMonth ?? Infinity))) continue;
    const cost = plan.monthlyFee + tieredCost(plan, plan.freeMessages, needed).cost;
    if (!best || cost < best.cost || (cost === best.cost && plan.freeMessages > best.plan.freeMessages)) {
      best = { plan, cap: overflow > 0 ? overflow : null, cost };
    }
  }
  return best;
}
