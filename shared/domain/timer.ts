/**
 * The session timer as pure functions: the stored state says when the clock last started and how
 * much time went before; the remaining time is derived, so a reload resumes exactly where it was.
 */
import type { MethodPhase, TimerState } from './session';

export const TIMER_ACTIONS = ['start', 'pause', 'addMinutes', 'next', 'back'] as const;
export type TimerAction = (typeof TIMER_ACTIONS)[number];

export const INITIAL_TIMER: TimerState = { phaseIndex: 0, runningSince: null, elapsedMs: 0, extraMinutes: 0 };

export function isRunning(timer: TimerState): boolean {
  return timer.runningSince !== null;
}

export function elapsedMs(timer: TimerState, now: Date): number {
  const run = timer.runningSince ? Math.max(0, now.getTime() - Date.parse(timer.runningSince)) : 0;
  return timer.elapsedMs + run;
}

export function plannedMs(timer: TimerState, phase: Pick<MethodPhase, 'minutes'>): number {
  return (phase.minutes + timer.extraMinutes) * 60_000;
}

/** Negative when the phase runs over its time. */
export function remainingMs(timer: TimerState, phase: Pick<MethodPhase, 'minutes'>, now: Date): number {
  return plannedMs(timer, phase) - elapsedMs(timer, now);
}

export function isOverTime(timer: TimerState, phase: Pick<MethodPhase, 'minutes'>, now: Date): boolean {
  return remainingMs(timer, phase, now) <= 0;
}

/** "12:05", or "−01:30" when over time. */
export function formatClock(ms: number): string {
  const negative = ms < 0;
  const total = Math.ceil(Math.abs(ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${negative ? '−' : ''}${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

function toPhase(timer: TimerState, index: number, now: Date): TimerState {
  return { phaseIndex: index, elapsedMs: 0, extraMinutes: 0, runningSince: isRunning(timer) ? now.toISOString() : null };
}

/** The next timer state; moving between phases keeps the clock running or paused as it was. */
export function applyTimer(timer: TimerState, action: TimerAction, context: { now: Date; phaseCount: number; minutes?: number }): TimerState {
  const { now, phaseCount } = context;
  switch (action) {
    case 'start':
      return isRunning(timer) ? timer : { ...timer, runningSince: now.toISOString() };
    case 'pause':
      return isRunning(timer) ? { ...timer, elapsedMs: elapsedMs(timer, now), runningSince: null } : timer;
    case 'addMinutes':
      return { ...timer, extraMinutes: Math.min(240, timer.extraMinutes + Math.max(1, context.minutes ?? 1)) };
    case 'next':
      return timer.phaseIndex >= phaseCount - 1 ? timer : toPhase(timer, timer.phaseIndex + 1, now);
    case 'back':
      return timer.phaseIndex <= 0 ? timer : toPhase(timer, timer.phaseIndex - 1, now);
  }
}
