import { useTranslation } from 'react-i18next';
import type { Factor } from '../../../../shared/domain/case';
import { STRESS_SECTORS } from '../../../../shared/domain/case';
import { cumulativeView } from '../../../../shared/domain/map';
import { SECTOR_COLOURS } from './RelationalMap';
import './CumulativePanel.css';

/** How many stressors, of which groups, how many buffered: an aid to the conversation, never a score. */
export function CumulativePanel({ factors }: { factors: Factor[] }) {
  const { t } = useTranslation();
  const view = cumulativeView(factors);
  return (
    <section className="panel" aria-labelledby="cumulative-title" data-testid="cumulative">
      <h2 id="cumulative-title" className="section-title">
        {t('map.cumulative.title')}
      </h2>
      <p>
        <strong>{t('map.cumulative.stressors', { count: view.stressors })}</strong> {t('map.cumulative.groups', { count: view.groupsPresent })}
      </p>
      <ul className="sector-counts">
        {STRESS_SECTORS.map((sector) => (
          <li key={sector}>
            <span className="swatch" style={{ background: SECTOR_COLOURS[sector].glyph }} aria-hidden="true" />
            {t(`map.sectors.${sector}`)}: {view.bySector[sector]}
          </li>
        ))}
      </ul>
      <p className="small">{t('map.cumulative.buffered', view.buffered)}</p>
      <p className="small">
        {t('map.cumulative.buffers', { count: view.buffers })} · {t('map.cumulative.resolved', { count: view.resolved })}
      </p>
      <p className="caveat" role="note">
        {t('map.cumulative.caveat')}
      </p>
    </section>
  );
}
