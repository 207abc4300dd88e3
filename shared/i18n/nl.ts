import { nlRest } from './nl.rest';
import { nlStart } from './nl.start';

/**
 * Dutch, the default language: the strings of every domain (shared/i18n/<domain>.nl.ts), merged; in
 * two parts (no top-level key in both), so the renderer's first screen carries only the first.
 */
export const nl = { ...nlStart, ...nlRest };

type Widen<T> = T extends string ? string : T extends readonly string[] ? string[] : { [K in keyof T]: Widen<T[K]> };
/** The shape every translation must have: the same keys as Dutch. */
export type Translation = Widen<typeof nl>;
