// Forecasts of several months that remember their answers: each call sorts the sends into their
// months, and a month whose sends are the same objects as last time, with the same planning figures
// and catalogue, is answered from memory. After one edit (a campaign moved or re-targeted) only the
// months it touches are computed again, which is what the calendar and the Quota section need while
// the user drags a campaign around.

import { ApiError } from '../api/result';
import { forecastMonth, type ForecastInput } from './forecast';
import type { MonthForecast, PlannedSend } from './model';
import { monthCalendar, parseInstant } from './time';

export interface Forecaster {
  /** The forecast of each of `months` (YYYY-MM), in that order. */
  forecastMonths(input: Omit<ForecastInput, 'month'>, months: readonly string[]): MonthForecast[];
}

interface Remembered {
  readonly channel: string;
  readonly planning: string;
  readonly plans: ForecastInput['plans'];
  readonly sends: readonly PlannedSend[];
  readonly forecast: MonthForecast;
}

const planningKey = (planning: ForecastInput['planning']): string =>
  JSON.stringify([
    planning.timeZone,
    planning.planId,
    planning.additionalMessageCap,
    planning.consumed,
    planning.automations,
  ]);

const sameSends = (a: readonly PlannedSend[], b: readonly PlannedSend[]): boolean =>
  a.length === b.length && a.every((send, i) => send === b[i]);

export function createForecaster(): Forecaster {
  const memory = new Map<string, Remembered>();
  return {
    forecastMonths(input, months) {
      const zone = input.planning.timeZone;
      const spans = months.map((month) => {
        const calendar = monthCalendar(month, zone);
        return { start: calendar.dayStarts[0]!, end: calendar.dayStarts[calendar.dayStarts.length - 1]! };
      });
      const buckets: PlannedSend[][] = months.map(() => []);
      for (const send of input.sends) {
        const epoch = parseInstant(send.at);
        if (Number.isNaN(epoch)) {
          throw new ApiError('invalid-argument', {
            key: 'errors.quota.sendTimeInvalid',
            params: { key: send.key, at: send.at },
          });
        }
        for (let i = 0; i < spans.length; i++) {
          if (epoch >= spans[i]!.start && epoch < spans[i]!.end) buckets[i]!.push(send);
        }
      }
      const planning = planningKey(input.planning);
      return months.map((month, i) => {
        const sends = buckets[i]!;
        const key = `${zone} ${month}`;
        const known = memory.get(key);
        if (
          known &&
          known.channel === input.channel &&
          known.planning === planning &&
          known.plans === input.plans &&
          sameSends(known.sends, sends)
        ) {
          return known.forecast;
        }
        const forecast = forecastMonth({ ...input, month, sends });
        if (memory.size > 240) memory.clear();
        memory.set(key, { channel: input.channel, planning, plans: input.plans, sends, forecast });
        return forecast;
      });
    },
  };
}
