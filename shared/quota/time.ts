// Months and local dates in a channel's IANA time zone (Asia/Taipei, Asia/Tokyo, America/New_York…):
// where a month starts and ends, which local date an instant falls on, and ISO instants parsed
// without ever falling back to the machine's own zone. Calendars are cached: luxon is exact but slow,
// and the forecast asks the same questions for every send.

import { DateTime, IANAZone } from 'luxon';

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An ISO instant that names its offset: `2026-12-20T12:00:00+08:00`, `…Z`. */
const instantPattern =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))$/;

// Asking Intl whether a zone exists builds a formatter each time: remember the answers.
const zoneValidity = new Map<string, boolean>();

export function isValidTimeZone(zone: string): boolean {
  const known = zoneValidity.get(zone);
  if (known !== undefined) return known;
  const valid = zone.length > 0 && zone.length <= 64 && IANAZone.isValidZone(zone);
  if (zoneValidity.size > 1_000) zoneValidity.clear();
  zoneValidity.set(zone, valid);
  return valid;
}

export const isValidMonth = (month: string): boolean => monthPattern.test(month);

/** A real calendar date, YYYY-MM-DD. */
export function isValidDate(date: string): boolean {
  const match = datePattern.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return DateTime.fromObject({ year, month, day }, { zone: 'UTC' }).isValid;
}

export function nextMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthNumber === 12
    ? `${String(year + 1)}-01`
    : `${String(year)}-${String(monthNumber + 1).padStart(2, '0')}`;
}

const instantCache = new Map<string, number>();

/**
 * The pattern, with every field in range: the engine's own parser rolls 2026-02-30 over into March
 * and takes 24:00, and both are typing mistakes here.
 */
function isRealInstant(iso: string): boolean {
  const match = instantPattern.exec(iso);
  if (!match) return false;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const [second, offsetHours, offsetMinutes] = [match[6], match[7], match[8]].map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Milliseconds since the epoch of an ISO instant with an offset; NaN for anything else. */
export function parseInstant(iso: string): number {
  const cached = instantCache.get(iso);
  if (cached !== undefined) return cached;
  const value = isRealInstant(iso) ? Date.parse(iso) : Number.NaN;
  if (instantCache.size > 200_000) instantCache.clear();
  instantCache.set(iso, value);
  return value;
}

export const isInstant = (iso: string): boolean => !Number.isNaN(parseInstant(iso));

/** One month of local days in one zone. */
export interface MonthCalendar {
  readonly month: string;
  readonly timeZone: string;
  /** Local dates of the month, YYYY-MM-DD. */
  readonly dates: readonly string[];
  /** Epoch milliseconds where each local day starts, and one more: where the next month starts. */
  readonly dayStarts: readonly number[];
  /** Local noon of each day, as epoch milliseconds and as ISO with the zone's offset. */
  readonly noons: readonly number[];
  readonly noonIsos: readonly string[];
}

const calendars = new Map<string, MonthCalendar>();

/** The month's local days in `timeZone`; DST days are 23 or 25 hours long, as they are. */
export function monthCalendar(month: string, timeZone: string): MonthCalendar {
  const cacheKey = `${timeZone} ${month}`;
  const cached = calendars.get(cacheKey);
  if (cached) return cached;
  const match = monthPattern.exec(month);
  if (!match) throw new Error(`monthCalendar: "${month}" is not a month (YYYY-MM)`);
  if (!isValidTimeZone(timeZone)) throw new Error(`monthCalendar: "${timeZone}" is not an IANA time zone`);
  const first = DateTime.fromObject(
    { year: Number(match[1]), month: Number(match[2]), day: 1 },
    { zone: timeZone },
  );
  const days = first.daysInMonth ?? 31;
  const dates: string[] = [];
  const dayStarts: number[] = [];
  const noons: number[] = [];
  const noonIsos: string[] = [];
  for (let day = 0; day < days; day++) {
    const start = first.plus({ days: day }).startOf('day');
    const noon = start.set({ hour: 12 });
    dates.push(start.toISODate() ?? '');
    dayStarts.push(start.toMillis());
    noons.push(noon.toMillis());
    noonIsos.push(noon.toISO({ suppressMilliseconds: true }) ?? '');
  }
  dayStarts.push(first.plus({ months: 1 }).startOf('day').toMillis());
  const calendar: MonthCalendar = { month, timeZone, dates, dayStarts, noons, noonIsos };
  if (calendars.size > 2_000) calendars.clear();
  calendars.set(cacheKey, calendar);
  return calendar;
}

/** The index of the local day `epochMs` falls on, or -1 outside the month. */
export function dayIndex(calendar: MonthCalendar, epochMs: number): number {
  const starts = calendar.dayStarts;
  if (!(epochMs >= (starts[0] ?? Infinity) && epochMs < (starts[starts.length - 1] ?? -Infinity))) return -1;
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? Infinity) <= epochMs) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The local month (YYYY-MM) of an ISO instant in `timeZone`, or null when it is not an instant. */
export function localMonthOf(iso: string, timeZone: string): string | null {
  const epoch = parseInstant(iso);
  if (Number.isNaN(epoch)) return null;
  return DateTime.fromMillis(epoch, { zone: timeZone }).toFormat('yyyy-MM');
}

/** `YYYY-MM-DD HH:mm` of an ISO instant in `timeZone`, for tables. */
export function localDateTime(iso: string, timeZone: string): string {
  const epoch = parseInstant(iso);
  if (Number.isNaN(epoch)) return iso;
  return DateTime.fromMillis(epoch, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm');
}
