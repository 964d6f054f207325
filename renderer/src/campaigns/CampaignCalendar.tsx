// The month calendar: the channel's campaigns on their days in the channel's time zone, labelled in
// the UI language; dragging one to another day moves its send time there (its time of day kept).
// Sending, sent and failed campaigns are LINE's history and cannot be dragged.

import { useMemo } from 'react';
import { Calendar, Views, type EventProps } from 'react-big-calendar';
import * as dragAndDrop from 'react-big-calendar/lib/addons/dragAndDrop';
import type { EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import type { Campaign } from '../../../shared/campaigns/model';
import { calendarEvents, type CalendarEvent } from './calendar-events';
import { calendarLocalizer } from './calendar-localizer';
import { monthToFloating } from './calendar-time';
import { useCampaignText, useModelText } from './labels';

const localizer = calendarLocalizer(7);

// The add-on is CommonJS (`exports.default`); the bundler may hand over its module or the function.
type WithDragAndDrop = typeof dragAndDrop.default;
function commonJsDefault(module: unknown): WithDragAndDrop {
  let value = module;
  for (let i = 0; i < 3 && typeof value !== 'function'; i++)
    value = (value as { default?: unknown } | null)?.default;
  if (typeof value !== 'function') throw new Error('react-big-calendar drag and drop did not load');
  return value as WithDragAndDrop;
}
const DragAndDropCalendar = commonJsDefault(dragAndDrop)<CalendarEvent>(Calendar);
const views = [Views.MONTH];

/** Campaigns drawn on a day before the rest go behind "+n more" (what a day's cell has room for). */
const perDay = 3;

function EventLabel({ event }: EventProps<CalendarEvent>) {
  const { status } = useModelText();
  const { ct } = useCampaignText();
  if (!event.campaign)
    return (
      <span className="camp-event camp-event-more" data-day={event.day}>
        {ct('showMore', { count: event.more })}
      </span>
    );
  const time = `${String(event.start.getHours()).padStart(2, '0')}:${String(event.start.getMinutes()).padStart(2, '0')}`;
  return (
    <span
      className="camp-event"
      data-campaign-id={event.campaign.id}
      title={`${event.title} · ${status(event.campaign.status)}`}
    >
      <span className="camp-event-time">{time}</span> {event.title}
    </span>
  );
}

export function CampaignCalendar({
  campaigns,
  zone,
  month,
  onMonth,
  onOpen,
  onMove,
  onDay,
}: {
  readonly campaigns: readonly Campaign[];
  readonly zone: string;
  readonly month: string;
  readonly onMonth: (date: Date) => void;
  readonly onOpen: (campaign: Campaign) => void;
  readonly onMove: (campaign: Campaign, day: Date) => void;
  /** A day's "+n more": its campaigns in the list. */
  readonly onDay: (day: string) => void;
}) {
  const { ct, locale } = useCampaignText();
  const events = useMemo(() => calendarEvents(campaigns, zone, perDay), [campaigns, zone]);
  const date = useMemo(() => monthToFloating(month), [month]);
  const messages = useMemo(
    () => ({
      today: ct('today'),
      previous: ct('previousMonth'),
      next: ct('nextMonth'),
      month: ct('month'),
      showMore: (count: number) => ct('showMore', { count }),
      noEventsInRange: ct('noCampaigns'),
    }),
    [ct],
  );
  return (
    <div className="camp-calendar" data-testid="campaign-calendar" lang={locale}>
      <DragAndDropCalendar
        localizer={localizer}
        culture={locale}
        messages={messages}
        events={events}
        date={date}
        onNavigate={onMonth}
        views={views}
        view={Views.MONTH}
        onView={() => undefined}
        toolbar={false}
        popup
        allDayAccessor={() => true}
        draggableAccessor={(event) => !event.locked}
        resizable={false}
        selectable={false}
        onSelectEvent={(event) => (event.campaign ? onOpen(event.campaign) : onDay(event.day))}
        onEventDrop={({ event, start }: EventInteractionArgs<CalendarEvent>) => {
          if (event.locked || !event.campaign) return;
          onMove(event.campaign, new Date(start));
        }}
        eventPropGetter={(event) => ({
          className: event.campaign
            ? `camp-event-${event.campaign.status}${event.locked ? ' camp-event-locked' : ''}`
            : 'camp-event-more-item',
        })}
        components={{ event: EventLabel }}
        style={{ height: 640 }}
      />
    </div>
  );
}
