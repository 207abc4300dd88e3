import { randomUUID } from 'node:crypto';
import type { ProgressEvent } from '../../shared/contract';
import type { CoreHost } from './host';

/** How far one long operation is; each run gets its own id, so two runs never mix. */
export interface ProgressReporter {
  /** A fraction 0..1 of the work done so far (clamped). */
  at(fraction: number): void;
  /** The work is finished (or given up): the last event of this run. */
  done(): void;
}

/** Start reporting one run of `operation` as `core.progress` events through the host. */
export function startProgress(host: Pick<CoreHost, 'emit'>, operation: ProgressEvent['operation']): ProgressReporter {
  const id = randomUUID();
  let finished = false;
  const emit = (fraction: number, done: boolean) => host.emit('core.progress', { id, operation, fraction: Math.min(1, Math.max(0, fraction)), done });
  emit(0, false);
  return {
    at: (fraction) => {
      if (!finished) emit(fraction, false);
    },
    done: () => {
      if (finished) return;
      finished = true;
      emit(1, true);
    },
  };
}
