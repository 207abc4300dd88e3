// The journal's public face. Its stylesheet also styles search's results and the palette, so it comes with it.
import './journal.css';

export { CaseTimeline, factLine } from './CaseTimeline';
export { JOURNAL_STALE_KEYS, promptText, useAllCases, usePrompts } from './journalData';
export { JournalPage } from './JournalPage';
