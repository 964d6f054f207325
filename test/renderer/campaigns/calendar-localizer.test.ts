import { DateTime } from 'luxon';
import { luxonLocalizer, type DateLocalizer } from 'react-big-calendar';
import { afterAll, describe, expect, it } from 'vitest';
import { calendarLocalizer } from '../../../renderer/src/campaigns/calendar-localizer';

// The calendar's plain-Date arithmetic must answer as react-big-calendar's luxon localizer does, in
// the browser's zone, whatever it is: zones with daylight saving at midnight (Santiago), at 02:00
// (New York), by half an hour (Lord Howe) and none (Taipei).
const zones = ['America/Santiago', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Taipei'];
const units = [undefined, 'day', 'month', 'minutes', 'week'] as const;

const savedZone = process.env.TZ;
afterAll(() => {
  if (savedZone === undefined) delete process.env.TZ;
  else process.env.TZ = savedZone;
});

/** Local dates in 2026 around every offset change of the zone, plus days and times across the year. */
function sampleDates(): Date[] {
  const dates: Date[] = [];
  for (let hour = 0; hour < 24 * 366; hour++) {
    const at = new Date(2026, 0, 1, hour);
    const next = new Date(at.getTime() + 3_600_000);
    if (at.getTimezoneOffset() !== next.getTimezoneOffset())
      for (let minutes = -26 * 60; minutes <= 26 * 60; minutes += 53)
        dates.push(new Date(at.getTime() + minutes * 60_000));
  }
  for (let day = 0; day < 400; day += 9)
    for (const [hour, minute, second] of [
      [0, 0, 0],
      [0, 0, 30],
      [8, 15, 0],
      [12, 0, 0],
      [23, 59, 0],
      [23, 59, 59],
    ] as const)
      dates.push(new Date(2025, 11, 1 + day, hour, minute, second));
  return dates;
}

/** Pairs of sample dates (and a third for ranges): each with its neighbours and a far one. */
function pairs(dates: readonly Date[]): [Date, Date, Date][] {
  const result: [Date, Date, Date][] = [];
  const at = (i: number) => dates[i % dates.length] ?? new Date(0);
  for (let i = 0; i < dates.length; i++)
    for (const step of [0, 1, 61])
      result.push([at(i), at(i + step), at(i + 7)], [at(i + step), at(i), at(i + 7)]);
  return result;
}

/** Not in @types/react-big-calendar, but a localizer's like the others. */
const daySpan = (localizer: DateLocalizer, a: Date, b: Date) =>
  (localizer as DateLocalizer & { daySpan(a: Date, b: Date): number }).daySpan(a, b);

function mismatches(zone: string): string[] {
  process.env.TZ = zone;
  const luxon: DateLocalizer = luxonLocalizer(DateTime, { firstDayOfWeek: 7 });
  const fast = calendarLocalizer(7);
  const found: string[] = [];
  /** Compares two answers; `what` names the call (built only for a mismatch). */
  const same = (what: () => string, expected: unknown, actual: unknown) => {
    const e = expected instanceof Date ? expected.getTime() : expected;
    const a = actual instanceof Date ? actual.getTime() : actual;
    if (!Object.is(e, a) && found.length < 10)
      found.push(`${zone} ${what()}: luxon ${String(e)}, calendar ${String(a)}`);
  };
  const dates = sampleDates();
  for (const [a, b, c] of pairs(dates)) {
    const at = () => `${a.toString()} / ${b.toString()}`;
    for (const unit of units) {
      for (const method of ['eq', 'neq', 'lt', 'lte', 'gt', 'gte'] as const)
        same(
          () => `${method}(${at()}, ${String(unit)})`,
          luxon[method](a, b, unit),
          fast[method](a, b, unit),
        );
    }
    same(() => `diff(${at()}, day)`, luxon.diff(a, b, 'day'), fast.diff(a, b, 'day'));
    same(() => `diff(${at()})`, luxon.diff(a, b), fast.diff(a, b));
    same(() => `isSameDate(${at()})`, luxon.isSameDate(a, b), fast.isSameDate(a, b));
    same(() => `min(${at()})`, luxon.min(a, b), fast.min(a, b));
    same(() => `max(${at()})`, luxon.max(a, b), fast.max(a, b));
    same(() => `daySpan(${at()})`, daySpan(luxon, a, b), daySpan(fast, a, b));
    same(() => `continuesPrior(${at()})`, luxon.continuesPrior(a, b), fast.continuesPrior(a, b));
    same(() => `continuesAfter(${at()})`, luxon.continuesAfter(a, a, b), fast.continuesAfter(a, a, b));
    const evtA = { start: a, end: a, allDay: true };
    const evtB = { start: b, end: b, allDay: true };
    const sort = (l: DateLocalizer) =>
      Math.sign(Number((l.sortEvents as unknown as (x: object) => number)({ evtA, evtB })));
    same(() => `sortEvents(${at()})`, sort(luxon), sort(fast));
    for (const [start, end] of [
      [a, a],
      [a, b],
    ] as const) {
      const inEventRange = (l: DateLocalizer) =>
        (l.inEventRange as unknown as (x: object) => boolean)({
          event: { start, end },
          range: { start: luxon.startOf(b, 'day'), end: luxon.endOf(b, 'day') },
        });
      same(() => `inEventRange(${at()})`, inEventRange(luxon), inEventRange(fast));
    }
    same(() => `inRange(${at()})`, luxon.inRange(a, b, c, 'day'), fast.inRange(a, b, c, 'day'));
    same(() => `inRange(${at()}, month)`, luxon.inRange(a, b, c, 'month'), fast.inRange(a, b, c, 'month'));
  }
  for (const date of dates) {
    const at = () => date.toString();
    for (const unit of units)
      same(
        () => `startOf(${at()}, ${String(unit)})`,
        luxon.startOf(date, unit as never),
        fast.startOf(date, unit as never),
      );
    same(() => `ceil(${at()}, day)`, luxon.ceil(date, 'day'), fast.ceil(date, 'day'));
    if (date.getDate() === 1)
      same(
        () => `visibleDays(${at()})`,
        luxon.visibleDays(date, luxon).map(Number).join(),
        fast.visibleDays(date, fast).map(Number).join(),
      );
  }
  return found;
}

describe('the calendar’s localizer', () => {
  for (const zone of zones)
    it(`answers as react-big-calendar’s luxon localizer in ${zone}`, () => {
      expect(mismatches(zone)).toEqual([]);
    });

  it('still labels days in the UI language and starts weeks on Sunday', () => {
    process.env.TZ = 'Asia/Taipei';
    const localizer = calendarLocalizer(7);
    const wednesday = new Date(2026, 11, 2);
    expect(localizer.format(wednesday, 'EEE', 'zh-TW')).toBe('週三');
    expect(localizer.startOf(wednesday, 'week' as never).getDate()).toBe(29);
    expect(localizer.firstVisibleDay(wednesday, localizer).getDay()).toBe(0);
  });
});
