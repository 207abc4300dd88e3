import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockReason } from '../../../shared/contract';
import { ResetPassphraseDialog, StartScreen } from '../features/vaults';
import { call, onEvent } from '../lib/api';
import { queryKey } from '../lib/queryKeys';
import { applyLocale } from '../lib/i18n';
import { navigate, useRoute, type Route } from '../lib/router';
import { focusLost, focusPageHeading, whenReady } from '../ui/focus';
import { LiveRegion } from '../ui/LiveRegion';
import { AreaPage } from './AreaPage';
import { CoreProgress } from './CoreProgress';
import { ErrorBoundary } from './ErrorBoundary';
import { HomePage } from './HomePage';
import { PaletteHost } from './PaletteHost';
import {
  CasePage,
  CasesPage,
  JournalPage,
  MethodsPage,
  PresenterView,
  PrintView,
  SearchPage,
  SessionRunner,
  SessionsPage,
  SessionSummary,
  SettingsPage,
} from './routes';
import { Sidebar } from './Sidebar';
import { appInfoQuery, vaultStatusQuery } from './startQueries';
import './App.css';

const TOUCH_INTERVAL_MS = 30_000;

/** Which page a route shows: a change of page moves focus to its heading; a tab within a page does not. */
function pageKey(route: Route, unlocked: boolean): string {
  const id = 'id' in route ? route.id : route.name === 'journal' ? (route.entryId ?? (route.prompts ? 'prompts' : '')) : '';
  const view = route.name === 'session' ? route.view : '';
  return `${route.name}:${id}:${view}:${unlocked ? 'open' : 'locked'}`;
}

export function App() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const route = useRoute();
  const info = useQuery(appInfoQuery);
  const status = useQuery(vaultStatusQuery);
  const [lockNotice, setLockNotice] = useState<LockReason | null>(null);
  // The vault just locked by hand: the start screen puts focus on that vault's "Ontgrendelen".
  const [lockedVault, setLockedVault] = useState<{ path: string; label: string } | null>(null);
  const session = status.data?.session ?? null;
  const lastTouch = useRef(0);
  const page = pageKey(route, Boolean(session));
  const lastPage = useRef<string | null>(null);
  // A journal entry, or the hypothesis register a search result links to, names its own focus target.
  const waitForTarget = (route.name === 'journal' && Boolean(route.entryId)) || (route.name === 'case' && route.section === 'hypotheses');

  // Focus as a rule: a new page puts focus on its heading (read out by screen readers, so the title is
  // announced); within a page, focus that fell to <body> is caught by the heading too.
  useEffect(() => {
    const changed = lastPage.current !== null && lastPage.current !== page;
    lastPage.current = page;
    if (!changed) return undefined;
    const cancel = whenReady(
      () => {
        if (document.querySelector('[role="dialog"]')) return true;
        // A page that names its own focus target (a journal entry's heading) is waited for while it loads.
        if (waitForTarget && !document.querySelector('main [data-route-focus]')) return false;
        // The new page already put focus on a control of its own (the locked vault's "Ontgrendelen").
        const main = document.querySelector('main');
        if (main && document.activeElement !== main && main.contains(document.activeElement) && !waitForTarget) return true;
        return focusPageHeading() && document.activeElement !== document.querySelector('main');
      },
      3000,
      () => {
        if (focusLost() || document.activeElement === document.querySelector('main')) focusPageHeading();
      },
    );
    return cancel;
  }, [page, waitForTarget]);
  useEffect(() => {
    // Focus dropped because its element went away or was disabled (a closed editor, a re-rendered
    // list): catch it on the page's heading. A click on a blank spot is left alone.
    let last: Element | null = null;
    const onFocusIn = (event: FocusEvent) => {
      last = event.target as Element;
    };
    const observer = new MutationObserver(() => {
      if (!last || !focusLost()) return;
      const dropped = !last.isConnected || (last as HTMLButtonElement).disabled;
      if (dropped && !document.querySelector('[role="dialog"]')) {
        last = null;
        focusPageHeading();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
    document.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', onFocusIn);
    };
  }, []);
  useEffect(() => {
    const heading = document.querySelector('main h1')?.textContent;
    document.title = heading ? `${heading} — ${t('app.name')}` : t('app.name');
  });

  useEffect(() => {
    if (info.data) void applyLocale(info.data.locale);
  }, [info.data]);

  const lock = useCallback(
    async (reason: LockReason) => {
      const locked = queryClient.getQueryData<{ session: { path: string; label: string } | null }>(queryKey('vault.status'))?.session;
      // Set before locking: the core's "locked" event resets the queries and mounts the start screen.
      setLockedVault(locked ? { path: locked.path, label: locked.label } : null);
      setLockNotice(reason);
      await call('vault.lock', {}).catch(() => undefined);
      await queryClient.resetQueries();
      navigate({ name: 'home' });
    },
    [queryClient],
  );

  // Events from the main process: a lock it decided (idle, sleep), and menu commands.
  useEffect(() => {
    const offLocked = onEvent('vault.locked', ({ reason }) => {
      void queryClient.resetQueries();
      setLockNotice(reason);
      // A lock the user asked for keeps its unlock dialog; one on idle or sleep shows the start screen.
      if (reason !== 'user') setLockedVault(null);
      navigate({ name: 'home' });
    });
    const offMenu = onEvent('menu.command', ({ command }) => {
      if (command === 'lock') void lock('user');
      if (command === 'settings') navigate({ name: 'settings', tab: 'general' });
    });
    const offLocale = onEvent('app.localeChanged', ({ locale }) => void applyLocale(locale));
    return () => {
      offLocked();
      offMenu();
      offLocale();
    };
  }, [lock, queryClient]);

  // Ctrl/Cmd+L locks from anywhere; user input tells the idle lock the app is in use.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'l' && session) {
        event.preventDefault();
        void lock('user');
      }
    };
    const onActivity = () => {
      if (!session || Date.now() - lastTouch.current < TOUCH_INTERVAL_MS) return;
      lastTouch.current = Date.now();
      void call('vault.touch', {}).catch(() => undefined);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keydown', onActivity, { passive: true });
    window.addEventListener('pointerdown', onActivity, { passive: true });
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keydown', onActivity);
      window.removeEventListener('pointerdown', onActivity);
    };
  }, [lock, session]);

  let content;
  // At launch the core is locked: the start screen shows while the first status is on its way (a
  // page reloaded with a vault open switches to its home page when the answer comes). Any other route
  // waits for it.
  if (status.isPending && route.name !== 'home') content = <p className="page muted">{t('common.loading')}</p>;
  else if (route.name === 'settings' && session) content = <SettingsPage tab={route.tab} session={session} />;
  else if (route.name === 'cases' && session) content = <CasesPage session={session} />;
  else if (route.name === 'case' && session) content = <CasePage key={route.id} id={route.id} view={route.view} session={session} />;
  else if (route.name === 'case') content = <AreaPage area="cases" unlocked={false} />;
  else if (route.name === 'sessions' && session) content = <SessionsPage session={session} />;
  else if (route.name === 'methods' && session) content = <MethodsPage />;
  else if (route.name === 'session' && session && route.view === 'summary') content = <SessionSummary id={route.id} />;
  else if (route.name === 'session' && session) content = <SessionRunner key={route.id} id={route.id} />;
  else if (route.name === 'session' || route.name === 'methods') content = <AreaPage area="sessions" unlocked={false} />;
  else if (route.name === 'journal' && session) content = <JournalPage session={session} />;
  else if (route.name === 'search' && session) content = <SearchPage session={session} />;
  else if (route.name === 'home' || route.name === 'settings' || route.name === 'print')
    content = session ? (
      <HomePage session={session} />
    ) : (
      <StartScreen lockNotice={lockNotice} resume={session ? null : lockedVault} onResumed={() => setLockedVault(null)} />
    );
  else content = <AreaPage area={route.name} unlocked={Boolean(session)} />;

  const loading = <p className="page muted">{t('common.loading')}</p>;

  if (route.name === 'print' && session) {
    return (
      <ErrorBoundary key={`print-${route.id}`}>
        <Suspense fallback={loading}>
          <PrintView kind={route.kind} id={route.id} />
        </Suspense>
      </ErrorBoundary>
    );
  }

  if (route.name === 'session' && route.view === 'present' && session) {
    return (
      <ErrorBoundary key={`present-${route.id}`}>
        <Suspense fallback={loading}>
          <PresenterView id={route.id} />
        </Suspense>
      </ErrorBoundary>
    );
  }

  return (
    <div className="app">
      {/* The hash router must not read #main as a route: the link moves focus itself. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          if (!focusPageHeading()) document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <Sidebar route={route} session={session} version={info.data?.version} onLock={() => void lock('user')} />
      <main id="main" className="main" tabIndex={-1}>
        <ErrorBoundary key={`${route.name}-${session ? 'open' : 'locked'}`}>
          <Suspense fallback={loading}>{content}</Suspense>
        </ErrorBoundary>
      </main>
      {session?.viaRecovery ? (
        <Suspense fallback={null}>
          <ResetPassphraseDialog session={session} />
        </Suspense>
      ) : null}
      <PaletteHost session={session} onLock={() => void lock('user')} />
      <CoreProgress />
      <LiveRegion />
    </div>
  );
}
