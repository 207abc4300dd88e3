import { useMutation, useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/contract';
import { formatDay, formatMoment } from '../../../shared/domain/dates';
import { DEFAULT_LOCALE, translations } from '../../../shared/i18n';
import { call } from './api';
import { queryKey } from './queryKeys';

export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { nl: { translation: translations.nl }, en: { translation: translations.en } },
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    interpolation: { escapeValue: false },
    returnObjects: true,
    initAsync: false,
  });
  return i18next;
}

export async function applyLocale(locale: Locale): Promise<void> {
  document.documentElement.lang = locale;
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
