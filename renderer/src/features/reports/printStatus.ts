import type { ErrorCode } from '../../../../shared/contract';
import { errorCode } from '../../lib/api';

/**
 * What the print view tells whoever prints it (electron/main/printToPdf.ts): still loading, every
 * query settled and rendered, or failed with the contract's error code. It is written onto the view
 * as `data-print-state` and `data-print-error`, in the same render as the content.
 */
export type PrintStatus = { state: 'loading' } | { state: 'ready' } | { state: 'error'; code: ErrorCode; error: unknown };

/** The status of the queries a print view shows: the first error wins, then anything still pending (or not yet enabled). */
export function printStatus(queries: ReadonlyArray<{ status: 'pending' | 'error' | 'success'; error: unknown }>): PrintStatus {
  const failed = queries.find((query) => query.status === 'error');
  if (failed) return { state: 'error', code: errorCode(failed.error), error: failed.error };
  if (queries.some((query) => query.status !== 'success')) return { state: 'loading' };
  return { state: 'ready' };
}

/** The attributes that carry the status. */
export function printStatusAttributes(status: PrintStatus): { 'data-print-state': PrintStatus['state']; 'data-print-error'?: ErrorCode } {
  return status.state === 'error' ? { 'data-print-state': 'error', 'data-print-error': status.code } : { 'data-print-state': status.state };
}
