import { appNl } from './app.nl';
import { careNl } from './care.nl';
import { casesNl } from './cases.nl';
import { errorsNl } from './errors.nl';
import { exchangeNl } from './exchange.nl';
import { hypothesesNl } from './hypotheses.nl';
import { journalNl } from './journal.nl';
import { mapNl } from './map.nl';
import { meldcodeNl } from './meldcode.nl';
import { meetingsNl } from './meetings.nl';
import { privacyNl } from './privacy.nl';
import { progressNl } from './progress.nl';
import { reportsNl } from './reports.nl';
import { searchNl } from './search.nl';
import { sessionsNl } from './sessions.nl';
import { thousandDaysNl } from './thousand-days.nl';
import { vaultNl } from './vault.nl';

/** Dutch, the default language: the strings of every domain (shared/i18n/<domain>.nl.ts), merged. */
export const nl = {
  ...appNl,
  ...errorsNl,
  ...vaultNl,
  ...casesNl,
  ...mapNl,
  ...sessionsNl,
  ...meetingsNl,
  ...journalNl,
  ...searchNl,
  ...exchangeNl,
  ...reportsNl,
  ...privacyNl,
  ...progressNl,
  ...careNl,
  ...hypothesesNl,
  ...meldcodeNl,
  ...thousandDaysNl,
};

type Widen<T> = T extends string ? string : T extends readonly string[] ? string[] : { [K in keyof T]: Widen<T[K]> };
/** The shape every translation must have: the same keys as Dutch. */
export type Translation = Widen<typeof nl>;
