import { useMutation, useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/contract';
import { formatDay, formatMoment } from '../../../shared/domain/dates';
import { DEFAULT_LOCALE, localeForSystem, LOCALES } from '../../../shared/domain/locales';
import type { Translation } from '../../../shared/i18n';
import { nlStart } from '../../../shared/i18n/nl.start';
import { call } from './api';
import { queryKey } from './queryKeys';

/**
 * The strings travel in parts. Dutch, the default, has its start strings (shell, start screen, errors)
 * in the first screen's code; the strings of the other pages follow just after the first paint and
 * every lazy page waits for them (`withAllStrings`). English is a chunk of its own, loaded when it is
 * the interface language. The last language used is remembered in this window's local storage (a
 * hint only: the app settings decide, through app.info), so an English interface starts in English.
 */
const LOCALE_HINT_KEY = 'dyade.locale';
const otherLanguages: Record<Exclude<Locale, typeof DEFAULT_LOCALE>, () => Promise<Translation>> = {
  en: async () => (await import('../../../shared/i18n/en')).en,
};

let restOfDutch: Promise<void> | null = null;

/** The Dutch strings beyond the start screen's, loaded once (a failed load may be tried again). */
function allDutch(): Promise<void> {
  restOfDutch ??= import('../../../shared/i18n/nl.rest').then(
    ({ nlRest }) => {
      i18next.addResourceBundle(DEFAULT_LOCALE, 'translation', nlRest, true, false);
    },
    (error: unknown) => {
      restOfDutch = null;
      throw error;
    },
  );
  return restOfDutch;
}

/** A lazy chunk's loader that also waits for every string (Dutch is the fallback of every language). */
export function withAllStrings<T>(load: () => Promise<T>): () => Promise<T> {
  return async () => (await Promise.all([load(), allDutch()]))[0];
}

/** The language to start in: the one this window last used, else the system's (the rule app.info applies without a saved choice). */
function localeHint(): Locale {
  try {
    const hint = window.localStorage.getItem(LOCALE_HINT_KEY);
    const remembered = LOCALES.find((locale) => locale === hint);
    if (remembered) return remembered;
  } catch {
    // storage unavailable: the system's language, app.info switches if the settings say otherwise
  }
  return localeForSystem(navigator.language);
}

function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_HINT_KEY, locale);
  } catch {
    // a hint only
  }
}

async function ensureTranslation(locale: Locale): Promise<void> {
  if (locale === DEFAULT_LOCALE || i18next.hasResourceBundle(locale, 'translation')) return;
  i18next.addResourceBundle(locale, 'translation', await otherLanguages[locale]());
}

/**
 * Start i18next with the Dutch start strings; resolves at once, or once the remembered other language
 * has loaded (so the first screen is in it). The rest of the Dutch strings start loading after the first paint.
 */
export function initI18n(): Promise<void> {
  void i18next.use(initReactI18next).init({
    resources: { [DEFAULT_LOCALE]: { translation: nlStart } },
    partialBundledLanguages: true,
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    interpolation: { escapeValue: false },
    returnObjects: true,
    initAsync: false,
  });
  const hint = localeHint();
  return hint !== DEFAULT_LOCALE ? applyLocale(hint).catch(() => undefined) : Promise.resolve();
}

/** After the first paint: fetch the remaining strings, so the pages behind the start screen open without waiting. */
export function loadAllStrings(): void {
  void allDutch().catch(() => undefined);
}

export async function applyLocale(locale: Locale): Promise<void> {
  await ensureTranslation(locale);
  document.documentElement.lang = locale;
  rememberLocale(locale);
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

/** Store a language choice in the app settings (so it survives a restart) and switch the interface to it. */
export function useChangeLocale(): (locale: Locale) => void {
  const queryClient = useQueryClient();
  const setLocale = useMutation({
    mutationFn: (locale: Locale) => call('app.setLocale', { locale }),
    onSuccess: async ({ locale }) => {
      await applyLocale(locale);
      await queryClient.invalidateQueries({ queryKey: queryKey('app.info') });
    },
  });
  return setLocale.mutate;
}

/** Format a timestamp for people: date and time in the interface language ("15 december 2026 om 14:30"). */
export function formatDateTime(iso: string, locale: string): string {
  return formatMoment(iso, locale);
}

/** Format a calendar day (YYYY-MM-DD) for people: "15 december 2026"; never the ISO form on screen. */
export function formatDate(day: string, locale: string): string {
  return formatDay(day, locale);
}
