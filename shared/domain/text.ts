/**
 * Accent and case folding, one rule for every match in the app: the search index, the case list filter,
 * the command palette and the nudges all compare text this way.
 */

/** Lower case without diacritics ("Één" → "een", "café" → "cafe"); NFKD also unfolds ligatures and width variants. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
