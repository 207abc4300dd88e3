import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { getCase } from './caseFile';
import { getTimeline } from './timeline';

/**
 * The case read whole, across the domains that each keep a part of it: the record and people
 * (cases), the map and chain (map), the journal and the sessions. Only reads live here; every
 * write belongs to the domain that owns the rows.
 */
export function caseFileHandlers({ read }: HandlerKit): HandlersFor<'cases.get' | 'timeline.get'> {
  return {
    'cases.get': read(getCase),
    'timeline.get': read(getTimeline),
  };
}
