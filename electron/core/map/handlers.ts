import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { announcedForCase, caseOfChainPartner, caseOfFactor } from '../session-events';
import { removeChainPartner, saveChainPartner } from './chain';
import { placeFactor, removeFactor, saveFactor } from './factors';
import { saveRelationship } from './relationship';
import { getSnapshot, takeSnapshot } from './snapshots';

type MapMethod = 'relationship.save' | 'factors.save' | 'factors.place' | 'factors.remove' | 'chain.save' | 'chain.remove' | 'snapshots.take' | 'snapshots.get';

/**
 * The relational map of a case: the relationship at its centre, the factors, the care chain and the
 * snapshots of it over time. A change tells the case's running sessions (the beamer shows the map).
 */
export function mapHandlers({ read, write }: HandlerKit): HandlersFor<MapMethod> {
  return {
    'relationship.save': write(announcedForCase(saveRelationship, (_db, input) => input.caseId)),
    'factors.save': write(announcedForCase(saveFactor, (_db, input) => input.caseId)),
    'factors.place': write(announcedForCase(placeFactor, caseOfFactor)),
    'factors.remove': write(announcedForCase(removeFactor, caseOfFactor)),
    'chain.save': write(announcedForCase(saveChainPartner, (_db, input) => input.caseId)),
    'chain.remove': write(announcedForCase(removeChainPartner, caseOfChainPartner)),
    'snapshots.take': write(takeSnapshot),
    'snapshots.get': read(getSnapshot),
  };
}
