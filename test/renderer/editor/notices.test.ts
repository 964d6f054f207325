// The notice stack's rules, with an explicit clock: repeats count up, the stack stays short, minor
// notices leave on their own and problems only when dismissed.

import { describe, expect, it } from 'vitest';
import {
  addNotice,
  currentNotices,
  dismissNotice,
  maxNotices,
  minorNoticeMs,
  nextExpiry,
  type Notice,
} from '../../../renderer/src/editor/notices';

describe('notices', () => {
  it('counts a repeated sentence up instead of stacking it again, and moves it to the end', () => {
    let notices: Notice[] = [];
    notices = addNotice(notices, 'a.svg is an SVG', 'problem', 0, 1);
    notices = addNotice(notices, 'b.png is empty', 'problem', 0, 2);
    notices = addNotice(notices, 'a.svg is an SVG', 'problem', 0, 3);
    expect(notices.map((n) => [n.text, n.count])).toEqual([
      ['b.png is empty', 1],
      ['a.svg is an SVG', 2],
    ]);
  });

  it('keeps at most a few, letting minor ones go before problems', () => {
    let notices: Notice[] = [];
    notices = addNotice(notices, 'problem 1', 'problem', 0, 1);
    notices = addNotice(notices, 'minor 1', 'minor', 0, 2);
    for (let i = 2; i <= maxNotices; i++)
      notices = addNotice(notices, `problem ${String(i)}`, 'problem', 0, i + 1);
    expect(notices).toHaveLength(maxNotices);
    expect(notices.map((n) => n.text)).not.toContain('minor 1');
    expect(notices[0]?.text).toBe('problem 1');
    notices = addNotice(notices, 'problem 9', 'problem', 0, 99);
    expect(notices.map((n) => n.text)).not.toContain('problem 1');
  });

  it('lets minor notices leave after a few seconds; problems stay until dismissed', () => {
    let notices: Notice[] = [];
    notices = addNotice(notices, 'placed as a layer', 'minor', 1000, 1);
    notices = addNotice(notices, 'x.svg is an SVG', 'problem', 1000, 2);
    expect(nextExpiry(notices)).toBe(1000 + minorNoticeMs);
    expect(currentNotices(notices, 1000 + minorNoticeMs - 1)).toHaveLength(2);
    notices = currentNotices(notices, 1000 + minorNoticeMs);
    expect(notices.map((n) => n.text)).toEqual(['x.svg is an SVG']);
    expect(nextExpiry(notices)).toBeNull();
    expect(currentNotices(notices, 10 ** 12)).toHaveLength(1);
    expect(dismissNotice(notices, 2)).toEqual([]);
  });

  it('restarts a minor notice’s time when it comes again', () => {
    let notices = addNotice([], 'placed as a layer', 'minor', 0, 1);
    notices = addNotice(notices, 'placed as a layer', 'minor', 4000, 2);
    expect(currentNotices(notices, minorNoticeMs + 1)).toHaveLength(1);
  });
});
