// The manual clock is also the scheduler of fault delays in tests: callbacks run when the clock is
// moved past their due time, in order, each seeing its own due time as "now".

import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../../electron/sandbox/clock';

describe('the manual clock as a scheduler', () => {
  it('runs what falls due while advancing, in order of due time, and nothing early', () => {
    const clock = createManualClock(1_000);
    const ran: [string, number][] = [];
    clock.schedule(300, () => ran.push(['c', clock.now()]));
    clock.schedule(100, () => ran.push(['a', clock.now()]));
    clock.schedule(100, () => ran.push(['b', clock.now()]));
    clock.advance(99);
    expect(ran).toEqual([]);
    expect(clock.pending).toBe(3);
    clock.advance(201);
    expect(ran).toEqual([
      ['a', 1_100],
      ['b', 1_100],
      ['c', 1_300],
    ]);
    expect(clock.now()).toBe(1_300);
    expect(clock.pending).toBe(0);
  });

  it('runs a callback scheduled by another within the same advance when it falls due', () => {
    const clock = createManualClock(0);
    const ran: number[] = [];
    clock.schedule(10, () => clock.schedule(10, () => ran.push(clock.now())));
    clock.advance(25);
    expect(ran).toEqual([20]);
    expect(clock.now()).toBe(25);
  });

  it('forgets a cancelled callback and moving the clock back runs nothing', () => {
    const clock = createManualClock(0);
    let ran = false;
    const cancel = clock.schedule(10, () => (ran = true));
    cancel();
    clock.set(-5);
    clock.advance(100);
    expect(ran).toBe(false);
    expect(clock.pending).toBe(0);
  });

  it('tells when something has been scheduled', async () => {
    const clock = createManualClock(0);
    let told = false;
    const waiting = clock.whenPending(2).then(() => (told = true));
    clock.schedule(5, () => undefined);
    await Promise.resolve();
    expect(told).toBe(false);
    clock.schedule(5, () => undefined);
    await waiting;
    expect(told).toBe(true);
    await clock.whenPending(2);
  });
});
