/**
 * The pages the shell routes to, each feature's code in a chunk of its own that loads when its page
 * is first shown (React.lazy over the feature's index). The start screen and the shell stay in the
 * entry: the first screen loads nothing else.
 */
import { lazy, type ComponentType } from 'react';
import { withAllStrings } from '../lib/i18n';

const features = {
  cases: () => import('../features/cases'),
  journal: () => import('../features/journal'),
  reports: () => import('../features/reports'),
  search: () => import('../features/search'),
  sessions: () => import('../features/sessions'),
  settings: () => import('../features/settings'),
};

/** A lazy page from a feature's named export. */
function page<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  const withStrings = withAllStrings(load);
  return lazy(async () => ({ default: (await withStrings())[name] as unknown as ComponentType<object> })) as unknown as M[K];
}

export const CasePage = page(features.cases, 'CasePage');
export const CasesPage = page(features.cases, 'CasesPage');
export const JournalPage = page(features.journal, 'JournalPage');
export const PrintView = page(features.reports, 'PrintView');
export const SearchPage = page(features.search, 'SearchPage');
export const MethodsPage = page(features.sessions, 'MethodsPage');
export const PresenterView = page(features.sessions, 'PresenterView');
export const SessionRunner = page(features.sessions, 'SessionRunner');
export const SessionsPage = page(features.sessions, 'SessionsPage');
export const SessionSummary = page(features.sessions, 'SessionSummary');
export const SettingsPage = page(features.settings, 'SettingsPage');
/** The home screen's next meeting and open action points: the sessions chunk, loaded after unlock. */
export const NextMeeting = page(features.sessions, 'NextMeeting');
