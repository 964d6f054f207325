// What the month calendar draws: each day's first campaigns (by send time) as events, and one
// "+n more" item for the rest of a busy day, so a month of a thousand campaigns lays out as a few
// per day. The rest open in the list, narrowed to that day.

import { lockedStatuses, type CampaignSummary } from '../../../shared/campaigns/model';
import { toFloating } from './calendar-time';

export interface CalendarEvent {
  /** The campaign (as the calendar lists it, without content), or null for a day's "+n more". */
  readonly campaign: CampaignSummary | null;
  /** Campaigns of the day not drawn (the "+n more" item only). */
  readonly more: number;
  /** YYYY-MM-DD on the channel's calendar. */
  readonly day: string;
  readonly title: string;
  readonly start: Date;
  readonly end: Date;
  readonly locked: boolean;
}

const dayKey = (d: Date) =>
  `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Campaigns with a send time (in time order) as calendar events, at most `perDay` a day plus "+n more". */
export function calendarEvents(
  campaigns: readonly CampaignSummary[],
  zone: string,
  perDay: number,
): CalendarEvent[] {
  const byDay = new Map<string, { start: Date; campaigns: { campaign: CampaignSummary; start: Date }[] }>();
  for (const campaign of campaigns) {
    if (campaign.at === null) continue;
    const start = toFloating(campaign.at, zone);
    const key = dayKey(start);
    let day = byDay.get(key);
    if (!day) {
      day = { start: new Date(start.getFullYear(), start.getMonth(), start.getDate()), campaigns: [] };
      byDay.set(key, day);
    }
    day.campaigns.push({ campaign, start });
  }
  const events: CalendarEvent[] = [];
  for (const [key, day] of byDay) {
    day.campaigns.sort((a, b) => a.start.getTime() - b.start.getTime() || a.campaign.id - b.campaign.id);
    const shown = day.campaigns.length > perDay + 1 ? perDay : day.campaigns.length;
    for (const { campaign, start } of day.campaigns.slice(0, shown))
      events.push({
        campaign,
        more: 0,
        day: key,
        title: campaign.title,
        start,
        end: start,
        locked: lockedStatuses.has(campaign.status),
      });
    const rest = day.campaigns.length - shown;
    if (rest > 0) {
      const start = new Date(day.start.getFullYear(), day.start.getMonth(), day.start.getDate(), 23, 59);
      events.push({ campaign: null, more: rest, day: key, title: '', start, end: start, locked: true });
    }
  }
  return events;
}

/** The campaigns whose send time falls on `day` (YYYY-MM-DD) in the zone. */
export function campaignsOnDay<C extends Pick<CampaignSummary, 'at'>>(
  campaigns: readonly C[],
  zone: string,
  day: string,
): C[] {
  return campaigns.filter((c) => c.at !== null && dayKey(toFloating(c.at, zone)) === day);
}
