// What counts toward the month's allowance, as the seed and LINE's pricing page say: broadcast,
// narrowcast, multicast and push count one message per recipient, whatever the number of bubbles;
// reply, 1:1 chat, auto-response, keyword response and the greeting message are free. A bot's own
// sends (automations) are planned as an expected number a day and become one send per local day.

import type { SendKind } from '../campaigns/model';
import type { Automation, PlannedSend } from './model';
import { monthCalendar } from './time';

/** Every way a message leaves the account. */
export type MessageSource = SendKind | 'reply' | 'chat' | 'autoResponse' | 'keywordResponse' | 'greeting';

export function countsTowardQuota(source: MessageSource): boolean {
  switch (source) {
    case 'broadcast':
    case 'narrowcast':
    case 'multicast':
    case 'push':
      return true;
    case 'reply':
    case 'chat':
    case 'autoResponse':
    case 'keywordResponse':
    case 'greeting':
      return false;
  }
}

/**
 * Messages one send counts: its recipients when the source counts, else none. The bubbles (1 to 5
 * message objects in one request) are deliberately not a factor: LINE counts recipients.
 */
export function countedMessages(source: MessageSource, recipients: number, _bubbles = 1): number {
  return countsTowardQuota(source) ? Math.max(0, Math.round(recipients)) : 0;
}

/** The key of an automation's send on one local date: `auto:<position from 1>:<YYYY-MM-DD>`. */
export const automationSendKey = (index: number, date: string): string => `auto:${String(index + 1)}:${date}`;

/**
 * One send per automation per local day of the month, at local noon. A fractional daily figure is
 * spread so the month adds up (2.5 a day gives 2, 3, 2, 3…). A bot's pushes are many one-recipient
 * requests, so they are divisible (what is left is sent); its multicasts, broadcasts and narrowcasts
 * are one request a day, refused whole when they do not fit. Replies count nothing.
 */
export function automationSends(
  automations: readonly Automation[],
  month: string,
  timeZone: string,
): PlannedSend[] {
  const calendar = monthCalendar(month, timeZone);
  const sends: PlannedSend[] = [];
  automations.forEach((automation, index) => {
    const source: MessageSource = automation.kind;
    let before = 0;
    calendar.dates.forEach((date, day) => {
      const upToToday = Math.round(automation.perDay * (day + 1));
      const count = countedMessages(source, upToToday - before);
      before = upToToday;
      sends.push({
        key: automationSendKey(index, date),
        campaignId: null,
        title: automation.title,
        at: calendar.noonIsos[day] ?? date,
        kind: 'automation',
        estimate: { low: count, expected: count, high: count },
        exact: false,
        upToRemainingQuota: false,
        forbidPartialDelivery: false,
        divisible: automation.kind === 'push',
      });
    });
  });
  return sends;
}
