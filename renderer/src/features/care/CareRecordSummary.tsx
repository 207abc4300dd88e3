import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATIONS, isEmptyCareRecord, splitConsidered, type CareRecord } from '../../../../shared/domain/care-options';

/** The intensity step's record as read in the session summary and its print. */
export function CareRecordSummary({
  record,
  Heading = 'h2',
  headingClass = 'section-title',
}: {
  record: CareRecord;
  Heading?: 'h2' | 'h3';
  headingClass?: string;
}) {
  const { t } = useTranslation();
  const { chosen, notChosen } = splitConsidered(record);
  const answered = INDICATIONS.filter((key) => record.indications[key] !== null);
  return (
    <section className="summary-section care-summary" data-testid="care-summary">
      <Heading className={headingClass}>{t('care.summary.title')}</Heading>
      {isEmptyCareRecord(record) ? (
        <p className="muted">{t('care.summary.none')}</p>
      ) : (
        <>
          {answered.length > 0 || record.indicationNote ? (
            <dl className="summary-dl">
              {answered.map((key) => (
                <Fragment key={key}>
                  <dt>{t(`care.intensity.indications.${key}`)}</dt>
                  <dd>{t(`care.intensity.answers.${record.indications[key] ?? 'unknown'}`)}</dd>
                </Fragment>
              ))}
              {record.indicationNote ? (
                <>
                  <dt>{t('care.intensity.indicationNote')}</dt>
                  <dd>{record.indicationNote}</dd>
                </>
              ) : null}
            </dl>
          ) : null}
          {record.parentWants ? (
            <p>
              <strong>{t('care.summary.parentWants')}</strong> {record.parentWants}
            </p>
          ) : null}
          <p>
            <strong>{t('care.summary.chosen')}</strong>
          </p>
          {chosen.length === 0 ? (
            <p className="muted">{t('care.summary.noChoice')}</p>
          ) : (
            <ul data-testid="care-summary-chosen">
              {chosen.map((o) => (
                <li key={o.optionId}>
                  {o.name} — {o.reasons || t('care.summary.noReasons')}
                </li>
              ))}
            </ul>
          )}
          {notChosen.length > 0 ? (
            <>
              <p>
                <strong>{t('care.summary.notChosen')}</strong>
              </p>
              <ul data-testid="care-summary-considered">
                {notChosen.map((o) => (
                  <li key={o.optionId}>
                    {o.name} — {o.reasons || t('care.summary.noReasons')}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
