import { describe, expect, it } from 'vitest';
import { applyTimer, elapsedMs, formatClock, INITIAL_TIMER, isOverTime, isRunning, plannedMs, remainingMs } from '../../shared/domain/timer';
import type { TimerState } from '../../shared/domain/session';

const T0 = new Date('2025-03-01T09:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const phase = { minutes: 10 };
const context = (seconds: number, minutes?: number) => ({ now: at(seconds), phaseCount: 3, minutes });

describe('the session timer', () => {
  it('starts paused at the first phase with the whole phase to go', () => {
    expect(isRunning(INITIAL_TIMER)).toBe(false);
    expect(remainingMs(INITIAL_TIMER, phase, at(500))).toBe(10 * 60_000);
    expect(plannedMs(INITIAL_TIMER, phase)).toBe(600_000);
  });

  it('accumulates time across start, pause and resume, and does not count the pause', () => {
    let timer = applyTimer(INITIAL_TIMER, 'start', context(0));
    expect(timer.runningSince).toBe(T0.toISOString());
    expect(elapsedMs(timer, at(90))).toBe(90_000);
    timer = applyTimer(timer, 'pause', context(90));
    expect(timer).toMatchObject({ runningSince: null, elapsedMs: 90_000 });
    expect(elapsedMs(timer, at(1000))).toBe(90_000);
    timer = applyTimer(timer, 'start', context(300));
    expect(elapsedMs(timer, at(330))).toBe(120_000);
    expect(remainingMs(timer, phase, at(330))).toBe(480_000);
  });

  it('ignores a start while running and a pause while paused', () => {
    const running = applyTimer(INITIAL_TIMER, 'start', context(0));
    expect(applyTimer(running, 'start', context(50))).toBe(running);
    expect(applyTimer(INITIAL_TIMER, 'pause', context(50))).toBe(INITIAL_TIMER);
  });

  it('adds minutes to the phase (one by default), up to four hours', () => {
    const timer = applyTimer(INITIAL_TIMER, 'addMinutes', context(0, 5));
    expect(timer.extraMinutes).toBe(5);
    expect(plannedMs(timer, phase)).toBe(15 * 60_000);
    expect(applyTimer(timer, 'addMinutes', context(0)).extraMinutes).toBe(6);
    expect(applyTimer({ ...timer, extraMinutes: 238 }, 'addMinutes', context(0, 5)).extraMinutes).toBe(240);
  });

  it('next and back reset the phase clock and the added minutes, keeping the clock running or paused', () => {
    const running: TimerState = { phaseIndex: 0, runningSince: at(0).toISOString(), elapsedMs: 30_000, extraMinutes: 2 };
    const next = applyTimer(running, 'next', context(120));
    expect(next).toEqual({ phaseIndex: 1, runningSince: at(120).toISOString(), elapsedMs: 0, extraMinutes: 0 });
    const paused = applyTimer({ ...running, runningSince: null }, 'next', context(120));
    expect(paused).toEqual({ phaseIndex: 1, runningSince: null, elapsedMs: 0, extraMinutes: 0 });
    expect(applyTimer(next, 'back', context(200))).toEqual({ phaseIndex: 0, runningSince: at(200).toISOString(), elapsedMs: 0, extraMinutes: 0 });
  });

  it('stays within the phases: no back before the first, no next after the last', () => {
    expect(applyTimer(INITIAL_TIMER, 'back', context(0))).toBe(INITIAL_TIMER);
    const last: TimerState = { ...INITIAL_TIMER, phaseIndex: 2, elapsedMs: 5_000 };
    expect(applyTimer(last, 'next', context(0))).toBe(last);
  });

  it('runs over: negative remaining time and over time from the planned end on', () => {
    const timer = applyTimer(INITIAL_TIMER, 'start', context(0));
    expect(isOverTime(timer, phase, at(599))).toBe(false);
    expect(isOverTime(timer, phase, at(600))).toBe(true);
    expect(remainingMs(timer, phase, at(690))).toBe(-90_000);
  });

  it('a clock set back never counts negative time', () => {
    const timer = applyTimer(INITIAL_TIMER, 'start', context(100));
    expect(elapsedMs(timer, at(40))).toBe(0);
  });

  it('formats the clock as mm:ss, rounding up, with a minus sign over time', () => {
    expect(formatClock(600_000)).toBe('10:00');
    expect(formatClock(65_001)).toBe('01:06');
    expect(formatClock(999)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-90_000)).toBe('−01:30');
    expect(formatClock(125 * 60_000)).toBe('125:00');
  });
});
