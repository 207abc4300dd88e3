/** The interface languages, Dutch first (the default). No schemas here: the first screen imports this. */
export const LOCALES = ['nl', 'en'] as const;
export const DEFAULT_LOCALE = 'nl' satisfies (typeof LOCALES)[number];
