import { describe, expect, it } from 'vitest';
import { PROGRESS_OPERATIONS, ProgressEvent } from '../../shared/contract';
import { en } from '../../shared/i18n/en';
import { nl } from '../../shared/i18n/nl';
import { nextRunning, percentOf, type RunningOperation } from '../../renderer/src/lib/progress';

const event = (id: string, operation: ProgressEvent['operation'], fraction: number, done = false): ProgressEvent =>
  ProgressEvent.parse({ id, operation, fraction, done });

function replay(events: ProgressEvent[]): readonly RunningOperation[] {
  return events.reduce<readonly RunningOperation[]>(nextRunning, []);
}

describe('the progress bars from core.progress events', () => {
  it('shows a run from its first event and moves it on', () => {
    expect(replay([event('b1', 'backup', 0)])).toEqual([{ id: 'b1', operation: 'backup', fraction: 0 }]);
    expect(replay([event('b1', 'backup', 0), event('b1', 'backup', 0.4)])).toEqual([{ id: 'b1', operation: 'backup', fraction: 0.4 }]);
  });

  it('drops a run when it is done, also when it failed before reaching 1', () => {
    expect(replay([event('b1', 'backup', 0.2), event('b1', 'backup', 1, true)])).toEqual([]);
    expect(replay([event('i1', 'import', 0.3), event('i1', 'import', 0.3, true)])).toEqual([]);
  });

  it('keeps two runs apart, in the order they started', () => {
    const running = replay([event('v1', 'verify', 0.1), event('r1', 'reindex', 0.5), event('v1', 'verify', 0.6)]);
    expect(running).toEqual([
      { id: 'v1', operation: 'verify', fraction: 0.6 },
      { id: 'r1', operation: 'reindex', fraction: 0.5 },
    ]);
    expect(nextRunning(running, event('v1', 'verify', 1, true))).toEqual([{ id: 'r1', operation: 'reindex', fraction: 0.5 }]);
  });

  it('returns the same list for a finish it never saw, so nothing re-renders', () => {
    const running = replay([event('e1', 'erase', 0.5)]);
    expect(nextRunning(running, event('other', 'restore', 1, true))).toBe(running);
  });

  it('gives whole percentages for aria-valuenow', () => {
    expect([0, 0.004, 0.425, 0.999, 1].map(percentOf)).toEqual([0, 0, 43, 100, 100]);
  });

  it('names every operation in Dutch and English', () => {
    for (const operation of PROGRESS_OPERATIONS) {
      expect(nl.progress.operations[operation]).toMatch(/…$/);
      expect(en.progress.operations[operation]).toMatch(/…$/);
    }
    expect(nl.progress.operations.backup).toBe('Back-up maken…');
  });
});
