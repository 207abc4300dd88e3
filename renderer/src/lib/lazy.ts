import { lazy, type ComponentType } from 'react';
import { withAllStrings } from './i18n';

/** A lazy component from a chunk's named export; the chunk is ready once it and every string have loaded (see `withAllStrings`). */
export function lazyExport<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  const withStrings = withAllStrings(load);
  return lazy(async () => ({ default: (await withStrings())[name] as unknown as ComponentType<object> })) as unknown as M[K];
}
