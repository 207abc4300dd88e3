import type { careApi } from '../../../shared/api/care';
import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { listCareOptions, restoreCareOption, saveCareOption, setCareOptionHidden } from './catalogue';

type CareMethod = keyof typeof careApi;

/** The care options catalogue of the intensity step. */
export function careHandlers({ read, write }: HandlerKit): HandlersFor<CareMethod> {
  return {
    'careOptions.list': read(listCareOptions),
    'careOptions.save': write(saveCareOption),
    'careOptions.setHidden': write(setCareOptionHidden),
    'careOptions.restore': write(restoreCareOption),
  };
}
