import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { openAccessExport } from './access';
import { eraseCase, getRetention, setRetention } from './retention';

/** A person's access export of one case, the retention policy, and erasing a case everywhere. */
export function privacyHandlers({ read, write }: HandlerKit): HandlersFor<'access.get' | 'retention.get' | 'retention.set' | 'cases.erase'> {
  return {
    'access.get': write(openAccessExport),
    'retention.get': read(getRetention),
    'retention.set': write(setRetention),
    'cases.erase': write(eraseCase),
  };
}
