import { useTranslation } from 'react-i18next';
import { RELATIONSHIP_FORMS, type Relationship } from '../../../../shared/domain/case';
import { TextArea } from '../../components/TextArea';
import { ErrorText } from '../../components/ErrorText';
import { useAutosave } from '../cases/autosave';
import type { MapActions } from './mapActions';

/** The centre of the map in words: how the relationship looks now, what goes well, what worries. */
export function RelationshipPanel({ relationship, actions, readOnly }: { relationship: Relationship; actions: MapActions; readOnly?: boolean }) {
  const { t } = useTranslation();
  const autosave = useAutosave(relationship, (value) => actions.saveRelationship(value));
  const value = autosave.value;
  const fields = ['now', 'goesWell', 'worries'] as const;
  return (
    <section className="panel" aria-labelledby="relationship-title" data-testid="relationship-panel">
      <header className="panel-header">
        <h2 id="relationship-title" className="section-title">
          {t('map.relationship.title')}
        </h2>
        <span className="save-state muted small" role="status">
          {autosave.state === 'saving' ? t('cases.saving') : autosave.state === 'saved' ? t('cases.saved') : ''}
        </span>
      </header>
      <p className="muted small">{t('map.relationship.noScore')}</p>
      <fieldset className="choice" disabled={readOnly}>
        <legend className="field-label">{t('map.relationship.form')}</legend>
        <div className="choice-options">
          {RELATIONSHIP_FORMS.map((form) => (
            <label key={form} className={`choice-option ${value.form === form ? 'checked' : ''}`}>
              <input type="radio" name="relationship-form" checked={value.form === form} onChange={() => autosave.change({ ...value, form })} />
              {t(`map.relationship.forms.${form}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {fields.map((field) => (
        <TextArea
          key={field}
          id={`relationship-${field}`}
          label={t(`map.relationship.${field}`)}
          rows={2}
          readOnly={readOnly}
          value={value[field]}
          onChange={(e) => autosave.change({ ...value, [field]: e.target.value })}
        />
      ))}
      <ErrorText error={autosave.error} />
    </section>
  );
}
