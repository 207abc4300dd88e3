import type { Locale } from '../contract';
import { en } from './en';
import { nl, type Translation } from './nl';

export const translations: Record<Locale, Translation> = { nl, en };
export { DEFAULT_LOCALE } from '../domain/locales';
export type { Translation };
