import { describe, expect, it } from 'vitest';
import {
  currentMonth,
  floatingToMonth,
  formatAt,
  fromFloating,
  fromLocalInput,
  monthToFloating,
  moveToDay,
  shiftMonth,
  toFloating,
  toLocalInput,
  zoneOffsetMs,
} from '../../../renderer/src/campaigns/calendar-time';

describe('calendar times in the channel zone', () => {
  it('shows a send time on the channel’s wall clock, whatever the offset it was stored with', () => {
    // 04:30 UTC is 12:30 in Taipei, the next day's 01:30 in Tokyo for 16:30 UTC.
    const taipei = toFloating('2026-12-20T04:30:00Z', 'Asia/Taipei');
    expect([taipei.getDate(), taipei.getHours(), taipei.getMinutes()]).toEqual([20, 12, 30]);
    const tokyo = toFloating('2026-12-20T16:30:00Z', 'Asia/Tokyo');
    expect([tokyo.getMonth(), tokyo.getDate(), tokyo.getHours()]).toEqual([11, 21, 1]);
  });

  it('reads a floating date back as the instant in the zone', () => {
    const at = '2026-12-20T12:00:00+08:00';
    expect(fromFloating(toFloating(at, 'Asia/Taipei'), 'Asia/Taipei')).toBe(at);
    expect(fromFloating(new Date(2026, 11, 20, 19, 0), 'Asia/Bangkok')).toBe('2026-12-20T19:00:00+07:00');
  });

  it('moves a send to another day at the same local time, across a month and a daylight-saving change', () => {
    expect(moveToDay('2026-12-20T12:00:00+08:00', new Date(2026, 11, 24), 'Asia/Taipei')).toBe(
      '2026-12-24T12:00:00+08:00',
    );
    expect(moveToDay('2026-11-30T20:15:00+08:00', new Date(2026, 11, 1), 'Asia/Taipei')).toBe(
      '2026-12-01T20:15:00+08:00',
    );
    // New York: 9:00 EST in February moved into March keeps 9:00, now EDT.
    expect(moveToDay('2026-02-27T09:00:00-05:00', new Date(2026, 2, 10), 'America/New_York')).toBe(
      '2026-03-10T09:00:00-04:00',
    );
    // A time given with another offset is kept on the channel's clock: 12:00 in Taipei.
    expect(moveToDay('2026-12-20T04:00:00Z', new Date(2026, 11, 21), 'Asia/Taipei')).toBe(
      '2026-12-21T12:00:00+08:00',
    );
  });

  it('navigates months and knows the current month in the zone', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-03', -14)).toBe('2025-01');
    expect(floatingToMonth(monthToFloating('2026-07'))).toBe('2026-07');
    // 17:00 UTC on 30 November is already 1 December in Taipei, still November in UTC-8.
    const now = new Date('2026-11-30T17:00:00Z');
    expect(currentMonth(now, 'Asia/Taipei')).toBe('2026-12');
    expect(currentMonth(now, 'America/Los_Angeles')).toBe('2026-11');
  });

  it('fills and reads the send-time field in the zone', () => {
    expect(toLocalInput('2026-12-20T04:00:00Z', 'Asia/Tokyo')).toBe('2026-12-20T13:00');
    expect(fromLocalInput('2026-12-20T13:00', 'Asia/Tokyo')).toBe('2026-12-20T13:00:00+09:00');
    expect(fromLocalInput('', 'Asia/Tokyo')).toBeNull();
    expect(fromLocalInput('2026-13-40T25:00', 'Asia/Tokyo')).toBeNull();
  });

  it('writes a send time in the UI language', () => {
    expect(formatAt('2026-12-20T12:00:00+08:00', 'Asia/Taipei', 'en')).toBe('Dec 20, 2026, 12:00 PM');
    expect(formatAt('2026-12-20T12:00:00+08:00', 'Asia/Tokyo', 'ja')).toBe('2026年12月20日 13:00');
  });

  it('knows each zone’s offset at an instant, daylight saving and half hours included', () => {
    const hour = 3600_000;
    expect(zoneOffsetMs(Date.parse('2026-12-20T04:00:00Z'), 'Asia/Taipei')).toBe(8 * hour);
    expect(zoneOffsetMs(Date.parse('2026-12-20T04:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * hour);
    // New York springs forward at 07:00 UTC on 8 March 2026.
    expect(zoneOffsetMs(Date.parse('2026-03-08T06:59:00Z'), 'America/New_York')).toBe(-5 * hour);
    expect(zoneOffsetMs(Date.parse('2026-03-08T07:00:00Z'), 'America/New_York')).toBe(-4 * hour);
    const spring = toFloating('2026-03-08T07:30:00Z', 'America/New_York');
    expect([spring.getDate(), spring.getHours(), spring.getMinutes()]).toEqual([8, 3, 30]);
    // Lord Howe Island moves by half an hour.
    expect(zoneOffsetMs(Date.parse('2026-01-10T00:00:00Z'), 'Australia/Lord_Howe')).toBe(11 * hour);
    expect(zoneOffsetMs(Date.parse('2026-07-10T00:00:00Z'), 'Australia/Lord_Howe')).toBe(10.5 * hour);
  });
});
