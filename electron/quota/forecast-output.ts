// A month forecast as `oa-planner plan --month` prints it: a table for people (each send in local
// time with its count, range and outcome, automations one line each, drafts apart, the totals and
// their range, the run-out days, the fixes with their effect, what the forecast assumed), or the
// MonthForecast itself as JSON for scripts.

import type {
  ForecastFix,
  ForecastNotice,
  ForecastSend,
  MonthForecast,
  ScenarioTotals,
} from '../../shared/quota/model';
import { localDateTime } from '../../shared/quota/time';
import { formatColumns, formatCount, formatMoney } from './text-table';

export const forecastJson = (forecast: MonthForecast): string => JSON.stringify(forecast, null, 2);

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

const range = (send: ForecastSend): string =>
  send.estimate.low === send.estimate.high
    ? send.exact
      ? 'exact'
      : '–'
    : `${formatCount(Math.round(send.estimate.low))}–${formatCount(Math.round(send.estimate.high))}`;

function outcomeText(send: ForecastSend): string {
  const notes: string[] = [];
  if (send.cut) notes.push('cut to what was left');
  if (send.outcome !== 'refused' && send.refused > 0) notes.push(`${formatCount(send.refused)} refused`);
  if (send.outcome === 'refused') notes.push(`needed ${formatCount(send.refused)}`);
  if (send.highExceedsAllowance && send.outcome !== 'refused' && !send.cut)
    notes.push('high end would not fit');
  return notes.length === 0 ? send.outcome : `${send.outcome} (${notes.join(', ')})`;
}

function effectText(forecast: MonthForecast, fix: ForecastFix): string {
  const effect = fix.effect;
  const refused =
    effect.refusedMessages === 0
      ? 'nothing refused'
      : `${plural(effect.refusedSends, 'send')} refused (${plural(effect.refusedMessages, 'message')})`;
  return `${refused}, ${plural(effect.messages, 'message')}, ${formatMoney(forecast.plan.currency, effect.additionalCost)} additional`;
}

function fixText(forecast: MonthForecast, fix: ForecastFix): string {
  switch (fix.kind) {
    case 'capSend':
      return `cap “${fix.key}” with limit.max ${formatCount(fix.max)}`;
    case 'moveToNextMonth':
      return `move “${fix.key}” to next month`;
    case 'raiseCap':
      return `raise the additional-message cap to ${formatCount(fix.cap)}`;
    case 'upgradePlan': {
      const fee = `${fix.extraFee >= 0 ? '+' : ''}${formatMoney(forecast.plan.currency, fix.extraFee)} a month`;
      return `change the plan to ${fix.planId} (${fee}${fix.cap === null ? '' : `, cap ${formatCount(fix.cap)}`})`;
    }
  }
}

function noticeText(notice: ForecastNotice): string {
  switch (notice.kind) {
    case 'planReplaced':
      return `${notice.planId} has ended; LINE moved its accounts to ${notice.replacedBy}, used from ${notice.from}.`;
    case 'planNotInForce':
      return `${notice.planId} is not valid from ${notice.from} to ${notice.to}; the forecast uses it anyway.`;
    case 'unverifiedFigures':
      return `Some figures of ${notice.planId} are not confirmed: check them (oa-planner plans).`;
  }
}

/** Automations' daily sends, one line per automation: `auto:<n>:<date>` keys grouped by `<n>`. */
function automationLines(forecast: MonthForecast): string[][] {
  const groups = new Map<string, ForecastSend[]>();
  for (const send of forecast.sends) {
    if (send.kind !== 'automation') continue;
    const group = send.key.split(':')[1] ?? send.key;
    const sends = groups.get(group);
    if (sends) sends.push(send);
    else groups.set(group, [send]);
  }
  return [...groups.values()].map((sends) => {
    const first = sends[0]!;
    const messages = sends.reduce((n, s) => n + s.messages, 0);
    const refused = sends.reduce((n, s) => n + s.refused, 0);
    return [
      `every day`,
      first.title,
      'automation',
      formatCount(messages),
      '',
      refused > 0 ? `${formatCount(refused)} refused` : 'sent',
    ];
  });
}

export function forecastTable(forecast: MonthForecast): string[] {
  const { plan, totals, timeZone } = forecast;
  const money = (amount: number) => formatMoney(plan.currency, amount);
  const lines: string[] = [
    `${forecast.channel} · ${forecast.month} (${timeZone})`,
    `Plan ${plan.id} ${plan.name}: ${money(plan.monthlyFee)} a month, ${plural(plan.freeMessages, 'free message')}, ${
      plan.additionalMessageCap === null
        ? 'no additional messages'
        : `additional-message cap ${formatCount(plan.additionalMessageCap)}`
    }`,
  ];
  if (forecast.planPeriods.length > 1) {
    for (const period of forecast.planPeriods) {
      lines.push(`  ${period.from} to ${period.to}: ${period.planId} ${period.name}`);
    }
  }
  lines.push(`Already used this month: ${plural(forecast.consumedBefore, 'message')}`, '');

  const campaigns = forecast.sends.filter((send) => send.kind !== 'automation');
  const rows = [
    ['when', 'send', 'kind', 'messages', 'range', 'outcome'],
    ...campaigns.map((send) => [
      localDateTime(send.at, timeZone),
      send.key,
      send.kind,
      formatCount(send.messages),
      range(send),
      `${outcomeText(send)}${send.cost > 0 ? `, ${money(send.cost)}` : ''}`,
    ]),
    ...automationLines(forecast),
  ];
  if (rows.length === 1) lines.push('No sends this month.');
  else lines.push(...formatColumns(rows, ['left', 'left', 'left', 'right', 'right']));

  if (forecast.drafts.length > 0) {
    lines.push('', `Drafts, not counted: ${forecast.drafts.length.toString()}`);
    for (const draft of forecast.drafts) {
      lines.push(
        `  ${localDateTime(draft.at, timeZone)}  ${draft.key}  ${draft.kind}  ~${formatCount(Math.round(draft.estimate.expected))}`,
      );
    }
  }

  const { low, high } = forecast.scenarios;
  // The high end may deliver less than the low one: a send too big for what is left is refused whole.
  const scenarioText = (totals: ScenarioTotals) =>
    `${plural(totals.messages, 'message')}, ${money(totals.additionalCost)} additional, ${formatCount(totals.refused)} refused`;
  lines.push(
    '',
    `Total: ${plural(totals.messages, 'message')}: ${formatCount(totals.free)} free, ${formatCount(totals.additional)} additional (${money(totals.additionalCost)})${
      totals.unpricedAdditional > 0
        ? `, ${formatCount(totals.unpricedAdditional)} of them without a price`
        : ''
    }; ${formatCount(totals.refused)} refused`,
    `At the low end: ${scenarioText(low)}; at the high end: ${scenarioText(high)}`,
    `Free messages run out: ${forecast.freeRunsOutOn ?? 'not this month'}; cap reached: ${forecast.capReachedOn ?? 'not this month'}`,
  );
  if (forecast.fixes.length > 0) {
    lines.push('', 'Fixes:');
    for (const fix of forecast.fixes)
      lines.push(`  - ${fixText(forecast, fix)}: ${effectText(forecast, fix)}`);
  }
  if (forecast.notices.length > 0) {
    lines.push('', ...forecast.notices.map((notice) => `Note: ${noticeText(notice)}`));
  }
  return lines;
}
