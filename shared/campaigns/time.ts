// Send times: ISO instants with the channel's offset (2026-12-20T12:00:00+08:00) or null for "at the
// next sync"; local times in an IANA zone as campaign files write them (2026-12-20T12:00); months
// (YYYY-MM) as the channel's calendar has them. luxon does the zone arithmetic (DST included).

import { DateTime } from 'luxon';

export function isTimeZone(zone: string): boolean {
  return zone.trim() !== '' && DateTime.now().setZone(zone).isValid;
}

/** A full ISO date-time with an explicit offset or Z, as `at` is stored. */
const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** A local date-time without offset, as campaign files may write it. */
const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;
export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isInstantWithOffset(value: string): boolean {
  return isoWithOffset.test(value) && DateTime.fromISO(value, { setZone: true }).isValid;
}

/** The instant in the channel's zone: `2026-12-20T12:00:00+08:00`. */
export function normalizeAt(at: string, zone: string): string {
  const time = DateTime.fromISO(at, { setZone: true });
  if (!time.isValid) throw new Error(`normalizeAt: not an ISO date-time: ${at}`);
  return time.setZone(zone).toISO({ suppressMilliseconds: true }) ?? at;
}

/** `2026-12-20T12:00` (seconds only when not zero): the local time in `zone`, as files write it. */
export function localAt(at: string, zone: string): string {
  const time = DateTime.fromISO(at, { setZone: true }).setZone(zone);
  return time.toFormat(
    time.second === 0 && time.millisecond === 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss",
  );
}

export type ParsedAt =
  | { readonly ok: true; readonly at: string }
  | { readonly ok: false; readonly reason: 'format' | 'no-such-time' };

/**
 * A campaign file's `at`: a local time in `zone`, or an ISO time with its own offset; the result is
 * the instant in `zone`. A local time skipped by a daylight-saving jump is refused, not moved.
 */
export function parseFileAt(value: string, zone: string): ParsedAt {
  if (isoWithOffset.test(value)) {
    const time = DateTime.fromISO(value, { setZone: true });
    return time.isValid ? { ok: true, at: normalizeAt(value, zone) } : { ok: false, reason: 'format' };
  }
  if (!localDateTime.test(value)) return { ok: false, reason: 'format' };
  const time = DateTime.fromISO(value, { zone });
  if (!time.isValid) return { ok: false, reason: 'format' };
  // luxon moves a time inside a spring-forward gap; a time that does not exist must be said so.
  if (time.toFormat("yyyy-MM-dd'T'HH:mm") !== value.slice(0, 16))
    return { ok: false, reason: 'no-such-time' };
  return { ok: true, at: time.toISO({ suppressMilliseconds: true }) ?? value };
}

/** `2026-12-20T12:00:00+08:00` (or Z, milliseconds at most): what Date.parse reads exactly, and fast. */
const plainInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

/** Epoch milliseconds of a stored `at`. */
export const atMs = (at: string): number =>
  plainInstant.test(at) ? Date.parse(at) : DateTime.fromISO(at, { setZone: true }).toMillis();

/** When a send happens: its time, or now for "at the next sync". */
export const sendTimeMs = (at: string | null, now: Date): number => (at === null ? now.getTime() : atMs(at));

/** [start, end) of a YYYY-MM month in `zone`, as epoch milliseconds. */
export function monthRange(month: string, zone: string): { readonly start: number; readonly end: number } {
  const start = DateTime.fromFormat(month, 'yyyy-MM', { zone });
  if (!monthPattern.test(month) || !start.isValid) throw new Error(`monthRange: not a month: ${month}`);
  return { start: start.toMillis(), end: start.plus({ months: 1 }).toMillis() };
}

/** The YYYY-MM month of an instant in `zone`. */
export function monthOf(epochMs: number, zone: string): string {
  return DateTime.fromMillis(epochMs, { zone }).toFormat('yyyy-MM');
}

/** `now` as an ISO instant in `zone`. */
export function nowIn(now: Date, zone: string): string {
  return DateTime.fromJSDate(now, { zone }).toISO({ suppressMilliseconds: true }) ?? now.toISOString();
}
