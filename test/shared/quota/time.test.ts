// Months and local dates in IANA zones: instants must name their offset, calendars follow DST.

import { describe, expect, it } from 'vitest';
import {
  dayIndex,
  isValidDate,
  isValidTimeZone,
  localDateTime,
  localMonthOf,
  monthCalendar,
  nextMonth,
  parseInstant,
} from '../../../shared/quota/time';

describe('quota time', () => {
  it('parses only instants that name their offset, never in the machine’s own zone', () => {
    expect(parseInstant('2026-12-20T12:00:00+08:00')).toBe(Date.UTC(2026, 11, 20, 4));
    expect(parseInstant('2026-12-20T12:00+0800')).toBe(Date.UTC(2026, 11, 20, 4));
    expect(parseInstant('2026-12-20T04:00:00.000Z')).toBe(Date.UTC(2026, 11, 20, 4));
    expect(parseInstant('2026-12-20T12:00')).toBeNaN();
    expect(parseInstant('2026-12-20')).toBeNaN();
  });

  it('refuses instants with a field out of range, which the engine would roll over', () => {
    expect(parseInstant('2028-02-29T10:00:00+08:00')).toBe(Date.UTC(2028, 1, 29, 2));
    expect(parseInstant('2026-02-29T10:00:00+08:00')).toBeNaN();
    expect(parseInstant('2026-02-30T10:00:00+08:00')).toBeNaN();
    expect(parseInstant('2026-04-31T10:00+09:00')).toBeNaN();
    expect(parseInstant('2026-12-20T24:00:00+08:00')).toBeNaN();
    expect(parseInstant('2026-12-20T12:60+08:00')).toBeNaN();
    expect(parseInstant('2026-12-20T12:00:60Z')).toBeNaN();
    expect(parseInstant('2026-12-20T12:00+24:00')).toBeNaN();
    expect(parseInstant('2026-13-01T12:00Z')).toBeNaN();
  });

  it('knows real dates, months and zones', () => {
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidTimeZone('Asia/Bangkok')).toBe(true);
    expect(isValidTimeZone('Asia/Bangkog')).toBe(false);
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(nextMonth('2026-09')).toBe('2026-10');
  });

  it('places an instant on its local date and month', () => {
    expect(localMonthOf('2026-12-31T23:30:00Z', 'Asia/Taipei')).toBe('2027-01');
    expect(localMonthOf('2026-12-31T23:30:00Z', 'America/New_York')).toBe('2026-12');
    expect(localDateTime('2026-12-31T23:30:00Z', 'Asia/Tokyo')).toBe('2027-01-01 08:30');
    const calendar = monthCalendar('2026-11', 'America/New_York');
    expect(calendar.dates).toHaveLength(30);
    // November 1st, 2026 has 25 hours in New York.
    expect((calendar.dayStarts[1]! - calendar.dayStarts[0]!) / 3_600_000).toBe(25);
    expect(dayIndex(calendar, parseInstant('2026-11-01T23:59:00-05:00'))).toBe(0);
    expect(dayIndex(calendar, parseInstant('2026-11-30T23:59:00-05:00'))).toBe(29);
    expect(dayIndex(calendar, parseInstant('2026-12-01T00:00:00-05:00'))).toBe(-1);
  });
});
