import { useTranslation } from 'react-i18next';
import type { Factor } from '../../../../shared/domain/case';
import { CONTINUUM_COLUMNS, continuumCounts, experienceCounts } from '../../../../shared/domain/continuum';
import './ContinuumCard.css';

/**
 * The seed's continuum as a card for the conversation: three kinds of stress against three kinds of
 * care, with how many current stressors the team marked with each kind. Never a score, never a decision.
 */
export function ContinuumCard({ factors, headingLevel = 2 }: { factors: readonly Factor[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const counts = continuumCounts(factors);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="panel continuum-card" aria-labelledby="continuum-title" data-testid="continuum-card">
      <Heading className="section-title" id="continuum-title">
        {t('care.continuum.title')}
      </Heading>
      <p className="muted small">{t('care.continuum.intro')}</p>
      <ol className="continuum-columns">
        {CONTINUUM_COLUMNS.map((column) => (
          <li key={column} className={`continuum-column continuum-${column}`} data-testid={`continuum-${column}`}>
            <strong className="continuum-stress">{t(`care.continuum.columns.${column}`)}</strong>
            <span className="continuum-count">
              {t('care.continuum.marked', { count: counts.byColumn[column] })}
              {column === 'normal' && counts.byColumn.normal > 0 ? (
                <> {t('care.continuum.normalSplit', { positive: counts.byKind.positive, tolerable: counts.byKind.tolerable })}</>
              ) : null}
            </span>
            <span className="continuum-arrow" aria-hidden="true">
              ↓
            </span>
            <span className="continuum-response">{t(`care.continuum.responses.${column}`)}</span>
          </li>
        ))}
      </ol>
      {counts.undetermined > 0 ? <p className="small">{t('care.continuum.undetermined', { count: counts.undetermined })}</p> : null}
      {counts.professionalLeftOut > 0 ? <p className="small muted">{t('care.continuum.professional', { count: counts.professionalLeftOut })}</p> : null}
      <p className="caveat" role="note">
        {t('care.continuum.caveat')}
      </p>
      <AceExplanation factors={factors} />
    </section>
  );
}

/** What the ACE / ELS tags mean, whose experience they describe, and why a count says nothing about one family. */
export function AceExplanation({ factors }: { factors: readonly Pick<Factor, 'status' | 'tags' | 'experienceOf'>[] }) {
  const { t } = useTranslation();
  const counts = experienceCounts(factors);
  return (
    <details className="ace-explanation" data-testid="ace-explanation">
      <summary>{t('care.ace.title')}</summary>
      <p className="small">{t('care.ace.body')}</p>
      <p className="small">{t('care.ace.whose')}</p>
      <p className="small" data-testid="ace-counts">
        {counts.tagged === 0
          ? t('care.ace.none')
          : t('care.ace.counts', { tagged: counts.tagged, parent: counts.parentChildhood, child: counts.childNow, unsaid: counts.unsaid })}
      </p>
      <p className="caveat small" role="note">
        {t('care.ace.caveat')}
      </p>
    </details>
  );
}
