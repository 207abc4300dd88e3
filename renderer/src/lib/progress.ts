import type { ProgressEvent, ProgressOperation } from '../../../shared/contract';

/** A long operation of the core that is still running, as the shell shows it. */
export interface RunningOperation {
  id: string;
  operation: ProgressOperation;
  /** How far it has come, 0 → 1. */
  fraction: number;
}

/**
 * The running operations after one `core.progress` event: a new run joins at the end, a known one
 * moves on, a finished one (done, also after a failure) leaves. Unchanged input comes back as is.
 */
export function nextRunning(running: readonly RunningOperation[], event: ProgressEvent): readonly RunningOperation[] {
  const known = running.some((run) => run.id === event.id);
  if (event.done) return known ? running.filter((run) => run.id !== event.id) : running;
  const fraction = Math.min(1, Math.max(0, event.fraction));
  if (!known) return [...running, { id: event.id, operation: event.operation, fraction }];
  return running.map((run) => (run.id === event.id ? { ...run, fraction } : run));
}

/** A fraction as a whole percentage for aria-valuenow and the visible text. */
export function percentOf(fraction: number): number {
  return Math.round(Math.min(1, Math.max(0, fraction)) * 100);
}
