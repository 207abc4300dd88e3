import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { removeChainPartner, saveChainPartner } from './chain';
import { placeFactor, removeFactor, saveFactor } from './factors';
import { saveRelationship } from './relationship';
import { getSnapshot, takeSnapshot } from './snapshots';

type MapMethod = 'relationship.save' | 'factors.save' | 'factors.place' | 'factors.remove' | 'chain.save' | 'chain.remove' | 'snapshots.take' | 'snapshots.get';

/** The relational map of a case: the relationship at its centre, the factors, the care chain and the snapshots of it over time. */
export function mapHandlers({ read, write }: HandlerKit): HandlersFor<MapMethod> {
  return {
    'relationship.save': write(saveRelationship),
    'factors.save': write(saveFactor),
    'factors.place': write(placeFactor),
    'factors.remove': write(removeFactor),
    'chain.save': write(saveChainPartner),
    'chain.remove': write(removeChainPartner),
    'snapshots.take': write(takeSnapshot),
    'snapshots.get': read(getSnapshot),
  };
}
