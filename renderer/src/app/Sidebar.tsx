import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../shared/contract';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { Logo } from '../ui/Logo';
import { useChangeLocale } from '../lib/i18n';
import { routeHref, type Route } from '../lib/router';
import './Sidebar.css';

const NAV: Array<{ route: Route; key: 'cases' | 'sessions' | 'journal' | 'search' | 'settings'; icon: string }> = [
  { route: { name: 'cases' }, key: 'cases', icon: '◐' },
  { route: { name: 'sessions' }, key: 'sessions', icon: '◎' },
  { route: { name: 'journal' }, key: 'journal', icon: '✎' },
  { route: { name: 'search' }, key: 'search', icon: '⌕' },
  { route: { name: 'settings', tab: 'general' }, key: 'settings', icon: '⚙' },
];

interface SidebarProps {
  route: Route;
  session: SessionInfo | null;
  version: string | undefined;
  onLock(): void;
}

export function Sidebar({ route, session, version, onLock }: SidebarProps) {
  const { t } = useTranslation();
  const changeLocale = useChangeLocale();
  // On a narrow window (or at a large text size) the navigation folds behind a menu button.
  // It was opened on one page; going to another closes it.
  const href = routeHref(route);
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === href;
  return (
    <aside className={`sidebar ${menuOpen ? 'menu-open' : ''}`} aria-label={t('nav.sidebar')}>
      <div className="sidebar-top">
        <a className="brand" href={routeHref({ name: 'home' })}>
          <Logo size={34} />
          <span className="brand-text">
            <span className="brand-name">{t('app.name')}</span>
            {version ? (
              <span className="brand-version" data-testid="app-version">
                {t('app.version', { version })}
              </span>
            ) : null}
          </span>
        </a>
        <button
          type="button"
          className="button secondary menu-button"
          aria-expanded={menuOpen}
          aria-controls="sidebar-panel"
          onClick={() => setOpenOn(menuOpen ? null : href)}
        >
          <span className="menu-glyph" aria-hidden="true" />
          {t('nav.menu')}
        </button>
      </div>
      <div className="sidebar-panel" id="sidebar-panel">
        <nav aria-label={t('nav.label')} className="nav">
          <ul>
            <li>
              <a href={routeHref({ name: 'home' })} className="nav-item" aria-current={route.name === 'home' ? 'page' : undefined}>
                <span className="nav-icon" aria-hidden="true">
                  ⌂
                </span>
                {session ? session.label : t('nav.vaults')}
              </a>
            </li>
            {NAV.map((item) => (
              <li key={item.key}>
                <a
                  href={routeHref(item.route)}
                  className={`nav-item ${session ? '' : 'locked'}`}
                  aria-current={
                    route.name === item.route.name ||
                    (item.key === 'cases' && route.name === 'case') ||
                    (item.key === 'sessions' && (route.name === 'session' || route.name === 'methods'))
                      ? 'page'
                      : undefined
                  }
                  aria-describedby={session ? undefined : 'nav-locked-hint'}
                >
                  <span className="nav-icon" aria-hidden="true">
                    {item.icon}
                  </span>
                  {t(`nav.${item.key}`)}
                </a>
              </li>
            ))}
          </ul>
          {session ? null : (
            <p id="nav-locked-hint" className="nav-hint">
              {t('nav.locked')}
            </p>
          )}
        </nav>
        <div className="sidebar-footer">
          {session ? (
            <div className="session-box">
              <span className="avatar" aria-hidden="true">
                {session.member.displayName.slice(0, 1).toUpperCase()}
              </span>
              <span className="session-text">
                <span className="session-vault">{session.label}</span>
                <span className="session-member">{t('shell.signedInAs', { name: session.member.displayName })}</span>
              </span>
              <button type="button" className="button lock-button" onClick={onLock} aria-keyshortcuts="Control+L">
                <span className="lock-glyph" aria-hidden="true" />
                {t('shell.lock')}
              </button>
            </div>
          ) : null}
          <LanguageSwitch onChange={changeLocale} />
        </div>
      </div>
    </aside>
  );
}
