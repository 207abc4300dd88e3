import { useSyncExternalStore } from 'react';

/** The app's routes, kept in the URL hash so a reload stays where it was. */
export type Route =
  | { name: 'home' }
  | { name: 'cases' }
  | { name: 'sessions' }
  | { name: 'journal' }
  | { name: 'search' }
  | { name: 'settings'; tab: SettingsTab };

export const SETTINGS_TABS = ['general', 'members', 'security', 'backups', 'audit'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

export function parseRoute(hash: string): Route {
  const [first, second] = hash.replace(/^#\/?/, '').split('/');
  switch (first) {
    case 'cases':
    case 'sessions':
    case 'journal':
    case 'search':
      return { name: first };
    case 'settings': {
      const tab = (SETTINGS_TABS as readonly string[]).includes(second ?? '') ? (second as SettingsTab) : 'general';
      return { name: 'settings', tab };
    }
    default:
      return { name: 'home' };
  }
}

export function routeHref(route: Route): string {
  return route.name === 'home' ? '#/' : route.name === 'settings' ? `#/settings/${route.tab}` : `#/${route.name}`;
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
