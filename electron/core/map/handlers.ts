import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { placeFactor, removeFactor, saveFactor } from './factors';
import { getSnapshot, takeSnapshot } from './snapshots';

/** The relational map of a case: its factors and the snapshots of it over time. */
export function mapHandlers({ read, write }: HandlerKit): HandlersFor<'factors.save' | 'factors.place' | 'factors.remove' | 'snapshots.take' | 'snapshots.get'> {
  return {
    'factors.save': write(saveFactor),
    'factors.place': write(placeFactor),
    'factors.remove': write(removeFactor),
    'snapshots.take': write(takeSnapshot),
    'snapshots.get': read(getSnapshot),
  };
}
