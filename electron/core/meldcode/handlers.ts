import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { getMeldcode, saveMeldcode } from './meldcode';

/** A case's meldcode record (steps 1–5); saved through the audited write path like every case write. */
export function meldcodeHandlers({ read, write }: HandlerKit): HandlersFor<'meldcode.get' | 'meldcode.save'> {
  return {
    'meldcode.get': read(getMeldcode),
    'meldcode.save': write(saveMeldcode),
  };
}
