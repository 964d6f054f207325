// The calendar's localizer: react-big-calendar's luxon localizer (labels in the UI language, weeks
// from Sunday), with the date arithmetic the month view runs for every event and day cell done on
// plain Dates. The calendar's dates are floating (their browser-local fields are the channel's wall
// clock, see calendar-time.ts) and luxon's local zone is the browser's, so each answer is the one the
// luxon localizer gives, without building DateTime objects: the month view lays out every week twice
// (once to measure its rows), comparing each event with each week and each day cell.

import { DateTime } from 'luxon';
import { luxonLocalizer, type DateLocalizer } from 'react-big-calendar';

/** date-arithmetic's units, as react-big-calendar passes them (or none: the instant). */
type Unit = Parameters<DateLocalizer['diff']>[2];

interface Span {
  readonly start: Date;
  readonly end: Date;
  readonly allDay?: boolean;
}

const dayMs = 86_400_000;
const minuteMs = 60_000;

type PlainUnit = 'day' | 'month' | 'minutes' | undefined;

/** Units done here; any other one (week, year, hours, …) is left to luxon. */
const plainUnits = new Set<Unit>([undefined, 'day', 'month', 'minutes']);
const isPlain = (unit: Unit): unit is PlainUnit => plainUnits.has(unit);

/** Local start of a plain unit (undefined: the instant itself). */
function startOfPlain(date: Date, unit: PlainUnit): number {
  switch (unit) {
    case 'day':
      return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
    case 'month':
      return new Date(date.getFullYear(), date.getMonth(), 1).getTime();
    case 'minutes': {
      // Offsets change on whole minutes, so the instant's own minute (in a repeated hour, the
      // time round it is in, as luxon keeps it).
      const ms = date.getTime();
      return ms - (((ms % minuteMs) + minuteMs) % minuteMs);
    }
    case undefined:
      return date.getTime();
  }
}

/** The same wall-clock time `days` calendar days later (what luxon's `plus({ days })` does). */
const plusDays = (date: Date, days: number) =>
  new Date(
    date.getFullYear(),
    date.getMonth(),
    date.getDate() + days,
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  ).getTime();

/** Calendar days between the local dates of two instants. */
const calendarDays = (a: Date, b: Date) =>
  Math.round(
    (Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) -
      Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) /
      dayMs,
  );

/** Luxon's `Math.floor(b.diff(a, 'days').days)`: whole calendar days, a part day rounding down. */
function dayDiff(a: Date, b: Date): number {
  const forward = a.getTime() <= b.getTime();
  const earlier = forward ? a : b;
  const later = forward ? b : a;
  let days = calendarDays(earlier, later);
  if (plusDays(earlier, days) > later.getTime()) days--;
  const part = plusDays(earlier, days) < later.getTime();
  return forward ? days : -days - (part ? 1 : 0);
}

/** The luxon localizer (weeks from `firstDayOfWeek`, 7 = Sunday) with plain-Date arithmetic. */
export function calendarLocalizer(firstDayOfWeek = 7): DateLocalizer {
  /** Answers the units left to luxon (a localizer of its own: the one returned is changed). */
  const luxon = luxonLocalizer(DateTime, { firstDayOfWeek });
  /** a − b at the start of `unit`, or null when luxon is to answer. */
  const compare = (a: Date, b: Date, unit: Unit) =>
    isPlain(unit) ? startOfPlain(a, unit) - startOfPlain(b, unit) : null;
  const eq = (a: Date, b: Date, unit?: Unit) => {
    const d = compare(a, b, unit);
    return d === null ? luxon.eq(a, b, unit) : d === 0;
  };
  const gte = (a: Date, b: Date, unit?: Unit) => {
    const d = compare(a, b, unit);
    return d === null ? luxon.gte(a, b, unit) : d >= 0;
  };
  // Luxon's span: the milliseconds between, in 24-hour days.
  const daySpan = (start: Date, end: Date) => (end.getTime() - start.getTime()) / dayMs;
  // @types/react-big-calendar types sortEvents and inEventRange with positional arguments; the
  // library passes one object ({ evtA, evtB }, { event, range }), as written here.
  const fast = {
    eq,
    neq: (a: Date, b: Date, unit?: Unit) => !eq(a, b, unit),
    lt: (a: Date, b: Date, unit?: Unit) => !gte(a, b, unit),
    lte: (a: Date, b: Date, unit?: Unit) => {
      const d = compare(a, b, unit);
      return d === null ? luxon.lte(a, b, unit) : d <= 0;
    },
    gt: (a: Date, b: Date, unit?: Unit) => {
      const d = compare(a, b, unit);
      return d === null ? luxon.gt(a, b, unit) : d > 0;
    },
    gte,
    startOf: (date: Date, unit?: Unit) =>
      isPlain(unit)
        ? new Date(startOfPlain(date, unit))
        : (luxon.startOf as (date: Date, unit?: Unit) => Date)(date, unit),
    inRange: (day: Date, min: Date, max: Date, unit: Unit = 'day') => {
      if (!isPlain(unit)) return luxon.inRange(day, min, max, unit);
      const at = startOfPlain(day, unit);
      return at >= startOfPlain(min, unit) && at <= startOfPlain(max, unit);
    },
    isSameDate: (a: Date, b: Date) =>
      a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate(),
    min: (a: Date, b: Date) => new Date(Math.min(a.getTime(), b.getTime())),
    max: (a: Date, b: Date) => new Date(Math.max(a.getTime(), b.getTime())),
    ceil: (date: Date, unit?: Unit) => {
      if (unit !== 'day') return luxon.ceil(date, unit);
      const floor = new Date(startOfPlain(date, 'day'));
      // The next day at the floor's wall-clock time (01:00 after a midnight that was skipped).
      return floor.getTime() === date.getTime() ? floor : new Date(plusDays(floor, 1));
    },
    diff: (a: Date, b: Date, unit: Unit = 'day') => (unit === 'day' ? dayDiff(a, b) : luxon.diff(a, b, unit)),
    daySpan,
    continuesPrior: (start: Date, first: Date) => start.getTime() < first.getTime(),
    continuesAfter: (_start: Date, end: Date, last: Date) => end.getTime() >= last.getTime(),
    sortEvents: ({ evtA, evtB }: { readonly evtA: Span; readonly evtB: Span }) => {
      const { start: aStart, end: aEnd } = evtA;
      const { start: bStart, end: bEnd } = evtB;
      return (
        startOfPlain(aStart, 'day') - startOfPlain(bStart, 'day') ||
        daySpan(bStart, bEnd) - daySpan(aStart, aEnd) ||
        Number(!!evtB.allDay) - Number(!!evtA.allDay) ||
        aStart.getTime() - bStart.getTime() ||
        aEnd.getTime() - bEnd.getTime()
      );
    },
    inEventRange: ({ event, range }: { readonly event: Span; readonly range: Span }) => {
      const start = startOfPlain(event.start, 'day');
      const end = startOfPlain(event.end, 'minutes');
      const rangeStart = startOfPlain(range.start, 'minutes');
      // As luxon's: an event ending in its first day's first minute only needs to reach the range.
      const endsAfterStart = start !== end ? end > rangeStart : end >= rangeStart;
      return start <= startOfPlain(range.end, 'day') && endsAfterStart;
    },
  };
  return Object.assign(
    luxonLocalizer(DateTime, { firstDayOfWeek }),
    fast as unknown as Partial<DateLocalizer>,
  );
}
