// Times between the channel's zone and the calendar: react-big-calendar lays events out by the
// browser's wall clock, so each send time is shown as a "floating" Date whose local fields are the
// channel's wall clock, and a day dropped on the calendar is read back in the channel's zone.

import { DateTime } from 'luxon';

/** A Date whose local (browser) fields are the wall clock of `at` in `zone`. */
export function toFloating(at: string, zone: string): Date {
  const time = DateTime.fromISO(at, { setZone: true }).setZone(zone);
  return new Date(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
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
