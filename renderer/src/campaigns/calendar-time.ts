// Times between the channel's zone and the calendar: react-big-calendar lays events out by the
// browser's wall clock, so each send time is shown as a "floating" Date whose local fields are the
// channel's wall clock, and a day dropped on the calendar is read back in the channel's zone.

import { DateTime } from 'luxon';
import { atMs } from '../../../shared/campaigns/time';

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Offsets by zone and quarter hour: every zone's offset changes on a quarter hour at most. */
const offsets = new Map<string, number>();
const quarterHourMs = 15 * 60_000;

/** The zone's offset from UTC (ms) at an instant. */
export function zoneOffsetMs(epochMs: number, zone: string): number {
  const bucket = `${zone} ${String(Math.floor(epochMs / quarterHourMs))}`;
  const cached = offsets.get(bucket);
  if (cached !== undefined) return cached;
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  const at = Math.floor(epochMs / quarterHourMs) * quarterHourMs;
  const part: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(at)))
    if (p.type !== 'literal') part[p.type] = Number(p.value);
  const wall = Date.UTC(
    part.year ?? 1970,
    (part.month ?? 1) - 1,
    part.day ?? 1,
    part.hour ?? 0,
    part.minute ?? 0,
    part.second ?? 0,
  );
  const offset = wall - at;
  offsets.set(bucket, offset);
  return offset;
}

/**
 * A Date whose local (browser) fields are the wall clock of `at` in `zone`. Called for every
 * campaign of the month, so it works from the offset (Intl, cached) rather than a luxon DateTime.
 */
export function toFloating(at: string, zone: string): Date {
  const epochMs = atMs(at);
  const wall = new Date(epochMs + zoneOffsetMs(epochMs, zone));
  return new Date(
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  );
}

/** The instant in `zone` whose wall clock is the local fields of `floating` (ISO with offset). */
export function fromFloating(floating: Date, zone: string): string {
  const time = DateTime.fromObject(
    {
      year: floating.getFullYear(),
      month: floating.getMonth() + 1,
      day: floating.getDate(),
      hour: floating.getHours(),
      minute: floating.getMinutes(),
      second: floating.getSeconds(),
    },
    { zone },
  );
  return time.toISO({ suppressMilliseconds: true }) ?? floating.toISOString();
}

/**
 * The send time moved to the day of `day` (a floating Date from the calendar), keeping its time of
 * day in the channel's zone. A time a daylight-saving jump skips on that day moves forward with it.
 */
export function moveToDay(at: string, day: Date, zone: string): string {
  const time = DateTime.fromISO(at, { setZone: true }).setZone(zone);
  const moved = DateTime.fromObject(
    {
      year: day.getFullYear(),
      month: day.getMonth() + 1,
      day: day.getDate(),
      hour: time.hour,
      minute: time.minute,
      second: time.second,
    },
    { zone },
  );
  return moved.toISO({ suppressMilliseconds: true }) ?? at;
}

/** The first day of a YYYY-MM month as a floating Date (what the calendar shows). */
export function monthToFloating(month: string): Date {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Date(year ?? 1970, (monthNumber ?? 1) - 1, 1);
}

/** The YYYY-MM month of a floating Date. */
export function floatingToMonth(date: Date): string {
  return `${String(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The month `delta` months from `month`. */
export function shiftMonth(month: string, delta: number): string {
  const start = monthToFloating(month);
  return floatingToMonth(new Date(start.getFullYear(), start.getMonth() + delta, 1));
}

/** The current month in `zone`. */
export function currentMonth(now: Date, zone: string): string {
  return DateTime.fromJSDate(now, { zone }).toFormat('yyyy-MM');
}

/** `2026-12-20T12:00` for a datetime-local field: `at` in `zone`. */
export function toLocalInput(at: string, zone: string): string {
  return DateTime.fromISO(at, { setZone: true }).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** A datetime-local field's value read in `zone`; null when it is not a time. */
export function fromLocalInput(value: string, zone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const time = DateTime.fromISO(value, { zone });
  return time.isValid ? time.toISO({ suppressMilliseconds: true }) : null;
}

/** The send time as the user reads it, in `zone` and `locale`: "2026/12/20 12:00". */
export function formatAt(at: string, zone: string, locale: string): string {
  return DateTime.fromISO(at, { setZone: true })
    .setZone(zone)
    .setLocale(locale)
    .toLocaleString(DateTime.DATETIME_MED);
}
