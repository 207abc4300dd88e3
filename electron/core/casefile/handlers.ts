import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { noteCaseOpened } from '../cases/cases';
import { getCase } from './caseFile';
import { getTimeline } from './timeline';

/**
 * The case read whole, across the domains that each keep a part of it: the record and people
 * (cases), the map and chain (map), the journal and the sessions. Only reads live here; every
 * write belongs to the domain that owns the rows.
 */
export function caseFileHandlers({ read, write }: HandlerKit): HandlersFor<'cases.get' | 'timeline.get'> {
  return {
    // Reading a case is audited by the core (once per case per unlock), whichever screen asks:
    // the case page, a print view, the presenter, an export.
    'cases.get': write(async (ctx, input) => {
      await noteCaseOpened(ctx, input);
      return getCase(ctx, input);
    }),
    'timeline.get': read(getTimeline),
  };
}
