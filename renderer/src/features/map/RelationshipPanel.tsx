import { useTranslation } from 'react-i18next';
import { RELATIONSHIP_FORMS, type Relationship } from '../../../../shared/domain/case';
import { TextArea } from '../../ui/TextArea';
import { Choice } from '../../ui/Choice';
import { ErrorText } from '../../ui/ErrorText';
import { SaveState } from '../../ui/SaveState';
import { useAutosave } from '../../lib/autosave';
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
        <SaveState state={autosave.state} />
      </header>
      <p className="muted small">{t('map.relationship.noScore')}</p>
      <Choice
        name="relationship-form"
        legend={t('map.relationship.form')}
        options={RELATIONSHIP_FORMS}
        value={value.form}
        label={(form) => t(`map.relationship.forms.${form}`)}
        onChange={(form) => autosave.change({ ...value, form })}
        disabled={readOnly}
      />
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
