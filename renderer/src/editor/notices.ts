// The workspace's notices (a refused photo, a photo placed as a layer): a short stack in the corner.
// The same sentence again counts up instead of stacking twice; the stack keeps the newest few;
// minor notices leave on their own after a few seconds, problems stay until dismissed. Pure, so the
// rules are tested without a clock: the component passes `now` and runs the timer.

export type NoticeLevel = 'problem' | 'minor';

export interface Notice {
  readonly id: number;
  readonly text: string;
  readonly level: NoticeLevel;
  /** How many times this sentence came; shown as "×N" from 2. */
  readonly count: number;
  /** When a minor notice leaves (ms since the epoch); null for problems. */
  readonly expiresAt: number | null;
}

/** How long a minor notice stays. */
export const minorNoticeMs = 5000;
/** At most this many notices show at once; the oldest give way. */
export const maxNotices = 4;

export function addNotice(
  notices: readonly Notice[],
  text: string,
  level: NoticeLevel,
  now: number,
  id: number,
): Notice[] {
  const expiresAt = level === 'minor' ? now + minorNoticeMs : null;
  const same = notices.find((n) => n.text === text);
  const others = notices.filter((n) => n !== same);
  const notice: Notice = same
    ? { ...same, count: same.count + 1, level: same.level === 'problem' ? 'problem' : level, expiresAt }
    : { id, text, level, count: 1, expiresAt };
  // The repeated or new notice goes to the end, where it is seen.
  const next = [...others, notice];
  // Over the limit, minor notices give way before problems do, oldest first.
  while (next.length > maxNotices) {
    const minor = next.findIndex((n) => n.level === 'minor' && n !== notice);
    next.splice(minor >= 0 ? minor : 0, 1);
  }
  return next;
}

export const dismissNotice = (notices: readonly Notice[], id: number): Notice[] =>
  notices.filter((n) => n.id !== id);

/** The notices still showing at `now`: expired minor ones are gone. */
export const currentNotices = (notices: readonly Notice[], now: number): Notice[] =>
  notices.filter((n) => n.expiresAt === null || n.expiresAt > now);

/** When the next minor notice leaves, for the component's timer; null when none will. */
export function nextExpiry(notices: readonly Notice[]): number | null {
  const times = notices.flatMap((n) => (n.expiresAt === null ? [] : [n.expiresAt]));
  return times.length ? Math.min(...times) : null;
}
