import { careNl } from './care.nl';
import { casesNl } from './cases.nl';
import { exchangeNl } from './exchange.nl';
import { hypothesesNl } from './hypotheses.nl';
import { journalNl } from './journal.nl';
import { mapNl } from './map.nl';
import { meldcodeNl } from './meldcode.nl';
import { meetingsNl } from './meetings.nl';
import { privacyNl } from './privacy.nl';
import { reportsNl } from './reports.nl';
import { searchNl } from './search.nl';
import { sessionsNl } from './sessions.nl';
import { thousandDaysNl } from './thousand-days.nl';

/** The Dutch strings of the pages behind the start screen: the renderer loads them just after its first paint. */
export const nlRest = {
  ...casesNl,
  ...mapNl,
  ...sessionsNl,
  ...meetingsNl,
  ...journalNl,
  ...searchNl,
  ...exchangeNl,
  ...reportsNl,
  ...privacyNl,
  ...careNl,
  ...hypothesesNl,
  ...meldcodeNl,
  ...thousandDaysNl,
};
