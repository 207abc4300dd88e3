import { useTranslation } from 'react-i18next';
import type { Factor } from '../../../../shared/domain/case';
import { FAMILY_STRESS_SECTORS, cumulativeView } from '../../../../shared/domain/map';
import { SECTOR_COLOURS } from './RelationalMap';
import './CumulativePanel.css';

/**
 * How many stressors (seen or said apart from thought), in which groups, how buffered: an aid to the
 * conversation, never a score. The relationship with the professionals is its own line, never family stress.
 */
export function CumulativePanel({ factors }: { factors: Factor[] }) {
  const { t } = useTranslation();
  const view = cumulativeView(factors);
  const groups = view.groups.map((sector) => t(`map.cumulative.groupNames.${sector}`)).join(', ');
  return (
    <section className="panel" aria-labelledby="cumulative-title" data-testid="cumulative">
      <h2 id="cumulative-title" className="section-title">
        {t('map.cumulative.title')}
      </h2>
      <p>
        <strong>{t('map.cumulative.stressors', { count: view.stressors })}</strong>
        {view.stressors > 0 ? `: ${t('map.cumulative.split', { seenOrSaid: view.seenOrSaid, thought: view.thought })}` : null}
      </p>
      <p className="small">{groups ? t('map.cumulative.groups', { groups }) : t('map.cumulative.noGroups')}</p>
      <ul className="sector-counts">
        {FAMILY_STRESS_SECTORS.map((sector) => (
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
      <p className="small" data-testid="cumulative-professional">
        <span className="swatch" style={{ background: SECTOR_COLOURS.professional.glyph }} aria-hidden="true" />{' '}
        {view.professional.total > 0 ? t('map.cumulative.professional', view.professional) : t('map.cumulative.noProfessional')}
      </p>
      <p className="caveat" role="note">
        {t('map.cumulative.caveat')}
      </p>
    </section>
  );
}
