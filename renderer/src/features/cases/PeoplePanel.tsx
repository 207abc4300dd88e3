import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, PERSON_ROLES, PSEUDONYM_LIMIT, type Person } from '../../../../shared/domain/case';
import { TextArea } from '../../ui/TextArea';
import { ErrorText } from '../../ui/ErrorText';
import { SaveState } from '../../ui/SaveState';
import { saveInput } from '../../lib/saveInput';
import type { MapActions } from '../map';
import { useAutosave } from '../../lib/autosave';
import { fieldErrors } from '../../lib/fieldErrors';

type Role = Person['role'];
type AgeBand = NonNullable<Person['ageBand']>;

function PersonCard({ person, actions, readOnly }: { person: Person; actions: MapActions; readOnly: boolean }) {
  const { t } = useTranslation();
  const autosave = useAutosave(person, (value) => actions.savePerson(saveInput(value), person).then(() => undefined));
  const value = autosave.value;
  const errors = fieldErrors(autosave.error, t);
  const id = `person-${person.id}`;
  return (
    <li className="person-card" data-testid="person-card">
      <div className="field-row">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-role`}>
            {t('people.role')}
          </label>
          <select id={`${id}-role`} disabled={readOnly} value={value.role} onChange={(e) => autosave.change({ ...value, role: e.target.value as Role })}>
            {PERSON_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`people.roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label className="field-label" htmlFor={`${id}-pseudonym`}>
            {t('people.pseudonym')}
          </label>
          <input
            id={`${id}-pseudonym`}
            readOnly={readOnly}
            maxLength={PSEUDONYM_LIMIT}
            value={value.pseudonym}
            aria-invalid={errors.pseudonym ? true : undefined}
            onChange={(e) => autosave.change({ ...value, pseudonym: e.target.value })}
          />
          {errors.pseudonym ? <p className="field-error">{errors.pseudonym}</p> : null}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-age`}>
            {t('people.ageBand')}
          </label>
          <select
            id={`${id}-age`}
            disabled={readOnly}
            value={value.ageBand ?? ''}
            onChange={(e) => autosave.change({ ...value, ageBand: (e.target.value || null) as AgeBand | null })}
          >
            <option value="">{t('people.unknown')}</option>
            {AGE_BANDS.map((band) => (
              <option key={band} value={band}>
                {t(`people.ageBands.${band}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TextArea
        id={`${id}-note`}
        label={t('people.note')}
        rows={2}
        readOnly={readOnly}
        value={value.note}
        onChange={(e) => autosave.change({ ...value, note: e.target.value })}
      />
      <div className="chain-card-footer">
        <SaveState state={autosave.state} />
        {Object.keys(errors).length === 0 ? <ErrorText error={autosave.error} /> : null}
        {readOnly ? null : (
          <button type="button" className="button ghost small" onClick={() => void actions.removePerson(person)}>
            {t('people.remove')}
          </button>
        )}
      </div>
    </li>
  );
}

/** The people in the case: roles and pseudonyms, an age band or due date, a short note. */
export function PeoplePanel({ caseId, people, actions, readOnly }: { caseId: string; people: Person[]; actions: MapActions; readOnly: boolean }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>('child');
  const [pseudonym, setPseudonym] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error, t);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await actions.savePerson({ caseId, role, pseudonym }, null);
      setPseudonym('');
      setError(null);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="card" aria-labelledby="people-title">
      <h2 id="people-title" className="section-title">
        {t('people.title')}
      </h2>
      <p className="muted">{t('people.intro')}</p>
      {people.length === 0 ? <p className="muted">{t('people.empty')}</p> : null}
      <ul className="person-list">
        {people.map((person) => (
          <PersonCard key={person.id} person={person} actions={actions} readOnly={readOnly} />
        ))}
      </ul>
      {readOnly ? null : (
        <form className="chain-add" onSubmit={add} noValidate>
          <div className="field">
            <label className="field-label" htmlFor="person-new-role">
              {t('people.role')}
            </label>
            <select id="person-new-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {PERSON_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`people.roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field grow">
            <label className="field-label" htmlFor="person-new-pseudonym">
              {t('people.pseudonym')}
            </label>
            <input
              id="person-new-pseudonym"
              maxLength={PSEUDONYM_LIMIT}
              value={pseudonym}
              aria-invalid={errors.pseudonym ? true : undefined}
              onChange={(e) => setPseudonym(e.target.value)}
            />
            {errors.pseudonym ? <p className="field-error">{errors.pseudonym}</p> : null}
          </div>
          <button type="submit" className="button secondary">
            {t('people.add')}
          </button>
          {Object.keys(errors).length === 0 ? <ErrorText error={error} /> : null}
        </form>
      )}
    </section>
  );
}
