// The month calendar: the channel's campaigns on their days in the channel's time zone, labelled in
// the UI language; dragging one to another day moves its send time there (its time of day kept).
// Sending, sent and failed campaigns are LINE's history and cannot be dragged.

import { createContext, memo, useCallback, useContext, useLayoutEffect, useMemo, useRef } from 'react';
import { Calendar, Views, type EventProps } from 'react-big-calendar';
import * as dragAndDrop from 'react-big-calendar/lib/addons/dragAndDrop';
import type { EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import { campaignStatuses, type Campaign, type CampaignSummary } from '../../../shared/campaigns/model';
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

/** The labels every event shows, translated once per render of the calendar, not once per event. */
interface EventTexts {
  readonly status: (status: Campaign['status']) => string;
  readonly more: (count: number) => string;
}
const EventTextContext = createContext<EventTexts>({ status: String, more: String });

const twoDigits = (n: number) => String(n).padStart(2, '0');

const EventLabel = memo(function EventLabel({ event }: EventProps<CalendarEvent>) {
  const texts = useContext(EventTextContext);
  if (!event.campaign)
    return (
      <span className="camp-event camp-event-more" data-day={event.day}>
        {texts.more(event.more)}
      </span>
    );
  return (
    <span
      className="camp-event"
      data-campaign-id={event.campaign.id}
      title={`${event.title} · ${texts.status(event.campaign.status)}`}
    >
      <span className="camp-event-time">{`${twoDigits(event.start.getHours())}:${twoDigits(event.start.getMinutes())}`}</span>{' '}
      {event.title}
    </span>
  );
});

// Props that never change, so the calendar gets the same functions and objects on every render.
const components = { event: EventLabel };
const style = { height: 640 };
const allDayAccessor = () => true;
const draggableAccessor = (event: CalendarEvent) => !event.locked;
const eventPropGetter = (event: CalendarEvent) => ({
  className: event.campaign
    ? `camp-event-${event.campaign.status}${event.locked ? ' camp-event-locked' : ''}`
    : 'camp-event-more-item',
});
const noView = () => undefined;

export function CampaignCalendar({
  campaigns,
  zone,
  month,
  onMonth,
  onOpen,
  onMove,
  onDay,
}: {
  readonly campaigns: readonly CampaignSummary[];
  readonly zone: string;
  readonly month: string;
  readonly onMonth: (date: Date) => void;
  readonly onOpen: (campaign: CampaignSummary) => void;
  readonly onMove: (campaign: CampaignSummary, day: Date) => void;
  /** A day's "+n more": its campaigns in the list. */
  readonly onDay: (day: string) => void;
}) {
  const { ct, locale } = useCampaignText();
  const { status } = useModelText();
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
  const statusText = useMemo(
    () => new Map(campaignStatuses.map((code) => [code, status(code)])),
    // `status` is a new function each render; its names change with the language, as `ct` does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ct],
  );
  const texts = useMemo<EventTexts>(() => {
    // "+n more" by n: a busy month repeats a few counts, each translated once.
    const moreText = new Map<number, string>();
    for (const { campaign, more } of events)
      if (!campaign && !moreText.has(more)) moreText.set(more, ct('showMore', { count: more }));
    return {
      status: (code) => statusText.get(code) ?? code,
      more: (count) => moreText.get(count) ?? ct('showMore', { count }),
    };
  }, [ct, events, statusText]);
  // The handlers read the latest callbacks, so the calendar's props stay the same between renders.
  const latest = useRef({ onMonth, onOpen, onMove, onDay });
  useLayoutEffect(() => {
    latest.current = { onMonth, onOpen, onMove, onDay };
  });
  const onNavigate = useCallback((next: Date) => latest.current.onMonth(next), []);
  const onSelectEvent = useCallback(
    (event: CalendarEvent) =>
      event.campaign ? latest.current.onOpen(event.campaign) : latest.current.onDay(event.day),
    [],
  );
  const onEventDrop = useCallback(({ event, start }: EventInteractionArgs<CalendarEvent>) => {
    if (event.locked || !event.campaign) return;
    latest.current.onMove(event.campaign, new Date(start));
  }, []);
  return (
    <div className="camp-calendar" data-testid="campaign-calendar" lang={locale}>
      <EventTextContext.Provider value={texts}>
        <DragAndDropCalendar
          localizer={localizer}
          culture={locale}
          messages={messages}
          events={events}
          date={date}
          onNavigate={onNavigate}
          views={views}
          view={Views.MONTH}
          onView={noView}
          toolbar={false}
          popup
          allDayAccessor={allDayAccessor}
          draggableAccessor={draggableAccessor}
          resizable={false}
          selectable={false}
          onSelectEvent={onSelectEvent}
          onEventDrop={onEventDrop}
          eventPropGetter={eventPropGetter}
          components={components}
          style={style}
        />
      </EventTextContext.Provider>
    </div>
  );
}
