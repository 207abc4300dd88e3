/**
 * The pages the shell routes to, each feature's code in a chunk of its own that loads when its page
 * is first shown (React.lazy over the feature's index). The start screen and the shell stay in the
 * entry: the first screen loads nothing else.
 */
import { lazyExport } from '../lib/lazy';

const features = {
  cases: () => import('../features/cases'),
  journal: () => import('../features/journal'),
  reports: () => import('../features/reports'),
  search: () => import('../features/search'),
  sessions: () => import('../features/sessions'),
  settings: () => import('../features/settings'),
};

export const CasePage = lazyExport(features.cases, 'CasePage');
export const CasesPage = lazyExport(features.cases, 'CasesPage');
export const JournalPage = lazyExport(features.journal, 'JournalPage');
export const PrintView = lazyExport(features.reports, 'PrintView');
export const SearchPage = lazyExport(features.search, 'SearchPage');
export const MethodsPage = lazyExport(features.sessions, 'MethodsPage');
export const PresenterView = lazyExport(features.sessions, 'PresenterView');
export const SessionRunner = lazyExport(features.sessions, 'SessionRunner');
export const SessionsPage = lazyExport(features.sessions, 'SessionsPage');
export const SessionSummary = lazyExport(features.sessions, 'SessionSummary');
export const SettingsPage = lazyExport(features.settings, 'SettingsPage');
/** The home screen's next meeting and open action points: the sessions chunk, loaded after unlock. */
export const NextMeeting = lazyExport(features.sessions, 'NextMeeting');
