import type { Locale } from '../contract';
import { en } from './en';
import { nl, type Translation } from './nl';

export const translations: Record<Locale, Translation> = { nl, en };
export const DEFAULT_LOCALE: Locale = 'nl';
export type { Translation };
