// The usage chart's data from a month forecast: one point per local day of the month (the messages
// counted by the end of that day, the ones already used included), the free allowance and free plus
// cap of the plan in force that day, and the refused sends where they would have landed.

import type { MonthForecast } from '../../../shared/quota/model';
import { monthCalendar } from '../../../shared/quota/time';

export interface RefusedPoint {
  /** Index of the day in `dates`. */
  readonly day: number;
  readonly key: string;
  readonly title: string;
  /** Messages counted when it came plus the ones it needed: where it would have taken the month. */
  readonly wouldReach: number;
  readonly needed: number;
}

export interface ChartSeries {
  /** Local dates of the month (YYYY-MM-DD). */
  readonly dates: readonly string[];
  /** Messages counted by the end of each day. */
  readonly cumulative: readonly number[];
  /** Free messages of the plan in force each day. */
  readonly free: readonly number[];
  /** Free messages plus the additional ones allowed; null for days that allow no additional message. */
  readonly freePlusCap: readonly (number | null)[];
  readonly refused: readonly RefusedPoint[];
  /** Indices of the day the free messages run out and the day the cap is reached, or null. */
  readonly freeRunsOutDay: number | null;
  readonly capReachedDay: number | null;
  /** The top of the y axis: the highest of all of the above, never 0. */
  readonly yMax: number;
}

export function buildChartSeries(forecast: MonthForecast): ChartSeries {
  const dates = monthCalendar(forecast.month, forecast.timeZone).dates;
  const dayOf = new Map(dates.map((date, index) => [date, index]));
  const cumulative: number[] = [];
  const refused: RefusedPoint[] = [];
  let running = forecast.consumedBefore;
  let next = 0;
  const sends = forecast.sends;
  for (let day = 0; day < dates.length; day++) {
    for (; next < sends.length && sends[next]!.localDate === dates[day]; next++) {
      const send = sends[next]!;
      if (send.outcome === 'refused') {
        refused.push({
          day,
          key: send.key,
          title: send.title,
          wouldReach: running + send.refused,
          needed: send.refused,
        });
      }
      running = send.cumulative;
    }
    cumulative.push(running);
  }
  const free: number[] = [];
  const freePlusCap: (number | null)[] = [];
  for (const date of dates) {
    const period =
      forecast.planPeriods.find((p) => date >= p.from && date <= p.to) ?? forecast.planPeriods[0];
    const freeMessages = period?.freeMessages ?? forecast.plan.freeMessages;
    const additional = period?.additionalAllowed ?? 0;
    free.push(freeMessages);
    freePlusCap.push(additional > 0 ? freeMessages + additional : null);
  }
  const dayIndex = (date: string | null) => (date === null ? null : (dayOf.get(date) ?? null));
  const yMax = Math.max(
    1,
    ...cumulative,
    ...free,
    ...freePlusCap.map((v) => v ?? 0),
    ...refused.map((p) => p.wouldReach),
  );
  return {
    dates,
    cumulative,
    free,
    freePlusCap,
    refused,
    freeRunsOutDay: dayIndex(forecast.freeRunsOutOn),
    capReachedDay: dayIndex(forecast.capReachedOn),
    yMax,
  };
}
