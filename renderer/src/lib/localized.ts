import type { LocalizedText } from '../../../shared/domain/session';

/** The text in the interface language, falling back to the other (a team's method may fill only one). */
export function localized(text: LocalizedText, language: string): string {
  const primary = language === 'en' ? text.en : text.nl;
  return primary.trim() ? primary : language === 'en' ? text.nl : text.en;
}
