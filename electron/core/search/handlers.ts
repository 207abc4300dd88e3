import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { searchVault } from './search';

/** Search over the vault's index; a write, since a search is noted in the audit log. */
export function searchHandlers({ write }: HandlerKit): HandlersFor<'search.query'> {
  return {
    'search.query': write(searchVault),
  };
}
