import { useTranslation } from 'react-i18next';
import { Logo } from '../ui/Logo';
import { routeHref } from '../lib/router';

type Area = 'cases' | 'sessions' | 'journal' | 'search';

/** An area of the app that needs an unlocked vault, or that arrives in a later version. */
export function AreaPage({ area, unlocked }: { area: Area; unlocked: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-title">{t(`nav.${area}`)}</h1>
        </div>
      </header>
      <section className="empty-state">
        <Logo size={72} />
        <h2>{t(`upcoming.${area}.title`)}</h2>
        <p>{t(`upcoming.${area}.body`)}</p>
        {unlocked ? (
          <p className="muted">{t('upcoming.notYet')}</p>
        ) : (
          <>
            <p className="muted">{t('nav.locked')}</p>
            <a className="button primary" href={routeHref({ name: 'home' })}>
              {t('nav.vaults')}
            </a>
          </>
        )}
      </section>
    </div>
  );
}
