import { describe, expect, it } from 'vitest';
import { calendarEvents, campaignsOnDay } from '../../../renderer/src/campaigns/calendar-events';
import type { Campaign, CampaignStatus } from '../../../shared/campaigns/model';
import { withLocaleNumbers } from '../../../renderer/src/campaigns/labels';
import type { LocalizedText } from '../../../shared/i18n/text';

let nextId = 1;
const campaign = (at: string | null, status: CampaignStatus = 'draft'): Campaign =>
  ({ id: nextId++, title: `c${String(nextId)}`, at, status }) as unknown as Campaign;

describe('the calendar’s events', () => {
  it('draws each day’s first campaigns by time and puts the rest behind “+n more”', () => {
    const day20 = [23, 9, 12, 18, 15].map((h) =>
      campaign(`2026-12-20T${String(h).padStart(2, '0')}:00:00+08:00`),
    );
    // 23:30 in Taipei on the 20th is 15:30 UTC; 00:30 on the 21st in Taipei is still the 20th in UTC.
    const day21 = [campaign('2026-12-20T16:30:00Z', 'sent')];
    const events = calendarEvents([...day20, ...day21, campaign(null)], 'Asia/Taipei', 3);
    const on20 = events.filter((e) => e.day === '2026-12-20');
    expect(on20.map((e) => e.campaign?.at?.slice(11, 13) ?? `+${String(e.more)}`)).toEqual([
      '09',
      '12',
      '15',
      '+2',
    ]);
    const on21 = events.filter((e) => e.day === '2026-12-21');
    expect(on21).toHaveLength(1);
    expect(on21[0]?.locked).toBe(true);
    expect(on21[0]?.start.getHours()).toBe(0);
    expect(on20[0]?.locked).toBe(false);
    // "+1 more" would take the room of the one it hides: a day one over the limit shows them all.
    const four = [9, 10, 11, 12].map((h) => campaign(`2026-12-05T${String(h).padStart(2, '0')}:00:00+08:00`));
    expect(calendarEvents(four, 'Asia/Taipei', 3).map((e) => e.more)).toEqual([0, 0, 0, 0]);
    expect(campaignsOnDay([...day20, ...day21], 'Asia/Taipei', '2026-12-21')).toEqual(day21);
    expect(campaignsOnDay([...day20, ...day21], 'UTC', '2026-12-20')).toHaveLength(6);
  });

  it('writes a sentence’s numbers the locale’s way', () => {
    const text: LocalizedText = {
      key: 'campaigns.reach.exact',
      params: { expected: 12_345, asOf: '2026-12-01' },
    };
    expect(withLocaleNumbers(text, 'en').params).toEqual({ expected: '12,345', asOf: '2026-12-01' });
    expect(withLocaleNumbers(text, 'th').params?.expected).toBe('12,345');
    expect(withLocaleNumbers({ key: 'campaigns.reach.unknown' }, 'en')).toEqual({
      key: 'campaigns.reach.unknown',
    });
  });
});
