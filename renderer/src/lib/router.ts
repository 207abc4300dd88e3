import { useSyncExternalStore } from 'react';
import { PRINT_KINDS, type PrintKind } from '../../../shared/domain/print-kinds';

export type { PrintKind };

/** The app's routes, kept in the URL hash so a reload stays where it was. */
export type Route =
  | { name: 'home' }
  | { name: 'cases' }
  /**
   * factorId: open that factor on the map (selected, its editor open), as from a search result.
   * section 'hypotheses': arrive at the hypothesis register below the map (a note found by search).
   */
  | { name: 'case'; id: string; view: CaseView; factorId?: string; section?: 'hypotheses' }
  | { name: 'session'; id: string; view: SessionView }
  | { name: 'methods' }
  | { name: 'print'; kind: PrintKind; id: string }
  /** plan: open "Intervisie plannen" with a case (from the case page) or a "Casus voorbereiden" journal entry. */
  | { name: 'sessions'; plan?: PlanFrom }
  | { name: 'journal'; entryId?: string; prompts?: boolean }
  | { name: 'search' }
  | { name: 'settings'; tab: SettingsTab };

export type PlanFrom = { from: 'case'; id: string } | { from: 'entry'; id: string };

export const CASE_VIEWS = ['map', 'voice', 'people', 'history', 'timeline', 'meldcode'] as const;
export type CaseView = (typeof CASE_VIEWS)[number];

export const SESSION_VIEWS = ['run', 'present', 'summary'] as const;
export type SessionView = (typeof SESSION_VIEWS)[number];

export const SETTINGS_TABS = ['general', 'members', 'security', 'backups', 'privacy', 'care', 'audit'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

export function parseRoute(hash: string): Route {
  const [first, second, third, fourth] = hash.replace(/^#\/?/, '').split('/');
  switch (first) {
    case 'cases':
      if (second && /^[0-9a-f-]{36}$/.test(second)) {
        const view = (CASE_VIEWS as readonly string[]).includes(third ?? '') ? (third as CaseView) : 'map';
        if (view === 'map' && fourth && /^[0-9a-f-]{36}$/.test(fourth)) return { name: 'case', id: second, view, factorId: fourth };
        if (view === 'map' && fourth === 'hypotheses') return { name: 'case', id: second, view, section: fourth };
        return { name: 'case', id: second, view };
      }
      return { name: 'cases' };
    case 'sessions':
      if (second === 'methods') return { name: 'methods' };
      if (second && /^[0-9a-f-]{36}$/.test(second)) {
        const view = (SESSION_VIEWS as readonly string[]).includes(third ?? '') ? (third as SessionView) : 'run';
        return { name: 'session', id: second, view };
      }
      if (second === 'plan' && (third === 'case' || third === 'entry') && fourth && /^[0-9a-f-]{36}$/.test(fourth))
        return { name: 'sessions', plan: { from: third, id: fourth } };
      return { name: 'sessions' };
    case 'journal':
      if (second === 'prompts') return { name: 'journal', prompts: true };
      if (second && /^[0-9a-f-]{36}$/.test(second)) return { name: 'journal', entryId: second };
      return { name: 'journal' };
    case 'search':
      return { name: first };
    case 'print':
      if ((PRINT_KINDS as readonly string[]).includes(second ?? '') && third && /^[0-9a-f-]{36}$/.test(third))
        return { name: 'print', kind: second as PrintKind, id: third };
      return { name: 'home' };
    case 'settings': {
      const tab = (SETTINGS_TABS as readonly string[]).includes(second ?? '') ? (second as SettingsTab) : 'general';
      return { name: 'settings', tab };
    }
    default:
      return { name: 'home' };
  }
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'settings':
      return `#/settings/${route.tab}`;
    case 'case':
      if (route.view === 'map' && route.factorId) return `#/cases/${route.id}/map/${route.factorId}`;
      if (route.view === 'map' && route.section) return `#/cases/${route.id}/map/${route.section}`;
      return `#/cases/${route.id}/${route.view}`;
    case 'session':
      return `#/sessions/${route.id}/${route.view}`;
    case 'methods':
      return '#/sessions/methods';
    case 'sessions':
      return route.plan ? `#/sessions/plan/${route.plan.from}/${route.plan.id}` : '#/sessions';
    case 'print':
      return `#/print/${route.kind}/${route.id}`;
    case 'journal':
      return route.prompts ? '#/journal/prompts' : route.entryId ? `#/journal/${route.entryId}` : '#/journal';
    default:
      return `#/${route.name}`;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}
