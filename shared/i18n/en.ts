import { appEn } from './app.en';
import { careEn } from './care.en';
import { casesEn } from './cases.en';
import { errorsEn } from './errors.en';
import { exchangeEn } from './exchange.en';
import { hypothesesEn } from './hypotheses.en';
import { journalEn } from './journal.en';
import { mapEn } from './map.en';
import { meldcodeEn } from './meldcode.en';
import { meetingsEn } from './meetings.en';
import type { Translation } from './nl';
import { privacyEn } from './privacy.en';
import { progressEn } from './progress.en';
import { reportsEn } from './reports.en';
import { searchEn } from './search.en';
import { sessionsEn } from './sessions.en';
import { thousandDaysEn } from './thousand-days.en';
import { vaultEn } from './vault.en';

/** English: the strings of every domain (shared/i18n/<domain>.en.ts), merged; each file has exactly the keys of its Dutch twin. */
export const en: Translation = {
  ...appEn,
  ...errorsEn,
  ...vaultEn,
  ...casesEn,
  ...mapEn,
  ...sessionsEn,
  ...meetingsEn,
  ...journalEn,
  ...searchEn,
  ...exchangeEn,
  ...reportsEn,
  ...privacyEn,
  ...progressEn,
  ...careEn,
  ...hypothesesEn,
  ...meldcodeEn,
  ...thousandDaysEn,
};
