import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../shared/contract';
import { routeHref } from '../lib/router';
import { Suspense } from 'react';
import { NextMeeting } from './routes';
import './HomePage.css';

const AREAS = ['cases', 'sessions', 'journal', 'search'] as const;

/** What an unlocked vault opens on: who is in, and the areas of the app. */
export function HomePage({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('home.greeting', { name: session.member.displayName })}</h1>
          <p className="page-intro">{t('home.body', { label: session.label })}</p>
          <p className="page-meta">{t('home.autoLock', { minutes: session.idleLockMinutes })}</p>
        </div>
      </header>
      <Suspense fallback={null}>
        <NextMeeting />
      </Suspense>
      <ul className="area-grid">
        {AREAS.map((area) => (
          <li key={area}>
            <a className="area-card" href={routeHref({ name: area })}>
              <h2>{t(`upcoming.${area}.title`)}</h2>
              <p>{t(`upcoming.${area}.body`)}</p>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
