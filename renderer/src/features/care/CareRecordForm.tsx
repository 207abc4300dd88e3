import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  CONSIDERED_OPTIONS_LIMIT,
  INDICATION_ANSWERS,
  INDICATIONS,
  toggleConsidered,
  updateConsidered,
  type CareOption,
  type CareRecord,
} from '../../../../shared/domain/care-options';
import { call } from '../../lib/api';
import { useAutosave } from '../../lib/autosave';
import { localized } from '../../lib/localized';
import { queryKey } from '../../lib/queryKeys';
import { routeHref } from '../../lib/router';
import { Choice } from '../../ui/Choice';
import { ErrorText } from '../../ui/ErrorText';
import { SaveState } from '../../ui/SaveState';
import { TextArea } from '../../ui/TextArea';
import './CareRecordForm.css';

/** The caution of the seed, shown wherever options are weighed. */
export function CareCaution() {
  const { t } = useTranslation();
  return (
    <div className="notice care-caution" role="note" data-testid="care-caution">
      <strong>{t('care.intensity.cautionTitle')}</strong>
      <ul>
        <li>{t('care.intensity.caution.noEffect')}</li>
        <li>{t('care.intensity.caution.notForAll')}</li>
        <li>{t('care.intensity.caution.harms')}</li>
      </ul>
    </div>
  );
}

/** One entry's facts, folded: for whom, when it starts and ends, who offers it, what to check locally. */
export function CareOptionFacts({ option }: { option: CareOption }) {
  const { t, i18n } = useTranslation();
  const rows = (['targetGroup', 'starts', 'ends', 'offeredBy', 'checkLocally'] as const).map(
    (field) => [field, localized(option[field], i18n.language)] as const,
  );
  return (
    <dl className="care-facts">
      <dt>{t('care.fields.level')}</dt>
      <dd>{t(`care.levels.${option.level}`)}</dd>
      {rows.map(([field, text]) =>
        text ? (
          <div key={field} className="care-fact">
            <dt>{t(`care.fields.${field}`)}</dt>
            <dd>{text}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}

/**
 * The intensity step's record: the three indications, what the parent wants, the caution, and the
 * options the team weighs and chooses, each with its reasons. Saved with the session's outcome.
 */
export function CareRecordForm({ sessionId, record, readOnly }: { sessionId: string; record: CareRecord; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const catalogue = useQuery({ queryKey: queryKey('careOptions.list'), queryFn: () => call('careOptions.list', {}) });
  const autosave = useAutosave(record, async (care) => {
    await call('sessions.saveOutcome', { id: sessionId, care });
    await queryClient.invalidateQueries({ queryKey: queryKey('sessions.get', sessionId) });
  });
  const value = autosave.value;
  const visible = (catalogue.data ?? []).filter((option) => !option.hidden);
  const inCatalogue = new Set(visible.map((option) => option.id));
  const considered = new Set(value.options.map((o) => o.optionId));
  const full = value.options.length >= CONSIDERED_OPTIONS_LIMIT;

  return (
    <section className="panel care-record" aria-labelledby="care-record-title" data-testid="care-record">
      <header className="panel-header">
        <h2 className="section-title" id="care-record-title">
          {t('care.intensity.title')}
        </h2>
        <SaveState state={autosave.state} />
      </header>
      <p className="muted small">{t('care.intensity.intro')}</p>

      <fieldset className="care-indications" disabled={readOnly}>
        <legend className="subsection-title">{t('care.intensity.indicationsTitle')}</legend>
        <p className="small">{t('care.intensity.indicationsIntro')}</p>
        {INDICATIONS.map((indication) => (
          <Choice
            key={indication}
            name={`indication-${indication}`}
            legend={t(`care.intensity.indications.${indication}`)}
            options={INDICATION_ANSWERS}
            value={value.indications[indication]}
            label={(answer) => t(`care.intensity.answers.${answer}`)}
            onChange={(answer) => autosave.change({ ...value, indications: { ...value.indications, [indication]: answer } })}
          />
        ))}
        <TextArea
          id="care-indication-note"
          label={t('care.intensity.indicationNote')}
          rows={2}
          readOnly={readOnly}
          value={value.indicationNote}
          onChange={(e) => autosave.change({ ...value, indicationNote: e.target.value })}
        />
      </fieldset>

      <TextArea
        id="care-parent-wants"
        label={t('care.intensity.parentWants')}
        hint={t('care.intensity.parentWantsHint')}
        rows={3}
        readOnly={readOnly}
        value={value.parentWants}
        onChange={(e) => autosave.change({ ...value, parentWants: e.target.value })}
      />

      <CareCaution />

      <fieldset className="care-catalogue" disabled={readOnly} data-testid="care-catalogue">
        <legend className="subsection-title">{t('care.intensity.catalogueTitle')}</legend>
        <p className="small muted">
          {t('care.intensity.catalogueHint')} <a href={routeHref({ name: 'settings', tab: 'care' })}>{t('care.intensity.manage')}</a>
        </p>
        <ErrorText error={catalogue.error} />
        <ul className="care-options plain-list">
          {visible.map((option) => {
            const name = localized(option.name, i18n.language);
            return (
              <li key={option.id} className="care-option" data-option={option.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={considered.has(option.id)}
                    disabled={!considered.has(option.id) && full}
                    onChange={(e) => autosave.change(toggleConsidered(value, { id: option.id, name }, e.target.checked))}
                  />
                  {name}
                </label>
                <span className="badge">{t(`care.levels.${option.level}`)}</span>
                <details className="care-option-details">
                  <summary>{t('care.intensity.details', { name })}</summary>
                  <CareOptionFacts option={option} />
                </details>
              </li>
            );
          })}
        </ul>
        {full ? <p className="small">{t('care.intensity.tooMany', { count: CONSIDERED_OPTIONS_LIMIT })}</p> : null}
      </fieldset>

      <section className="care-considered" aria-labelledby="care-considered-title" data-testid="care-considered">
        <h3 className="subsection-title" id="care-considered-title">
          {t('care.intensity.consideredTitle')}
        </h3>
        {value.options.length === 0 ? <p className="muted small">{t('care.intensity.consideredNone')}</p> : null}
        {value.options.map((option) => (
          <fieldset key={option.optionId} className="care-weighed" disabled={readOnly} data-considered={option.optionId}>
            <legend className="field-label">
              {option.name}
              {inCatalogue.has(option.optionId) || catalogue.isLoading ? '' : ` (${t('care.intensity.hiddenInRecord')})`}
            </legend>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={option.chosen}
                onChange={(e) => autosave.change(updateConsidered(value, option.optionId, { chosen: e.target.checked }))}
              />
              {t('care.intensity.chosen')}
            </label>
            <TextArea
              id={`care-reasons-${option.optionId}`}
              label={t('care.intensity.reasons', { name: option.name })}
              rows={2}
              readOnly={readOnly}
              value={option.reasons}
              onChange={(e) => autosave.change(updateConsidered(value, option.optionId, { reasons: e.target.value }))}
            />
            {readOnly ? null : (
              <button
                type="button"
                className="button ghost small"
                onClick={() => autosave.change(toggleConsidered(value, { id: option.optionId, name: option.name }, false))}
              >
                {t('care.intensity.remove', { name: option.name })}
              </button>
            )}
          </fieldset>
        ))}
      </section>
      <ErrorText error={autosave.error} />
    </section>
  );
}
