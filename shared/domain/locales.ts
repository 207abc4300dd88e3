/** The interface languages, Dutch first (the default). No schemas here: the first screen imports this. */
export const LOCALES = ['nl', 'en'] as const;
export const DEFAULT_LOCALE = 'nl' satisfies (typeof LOCALES)[number];

/**
 * The interface language for a system language (an Electron or browser locale such as "en-GB"),
 * when the user has not chosen one: English for English systems, Dutch for every other.
 */
export function localeForSystem(systemLocale: string): (typeof LOCALES)[number] {
  return systemLocale.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LOCALE;
}
