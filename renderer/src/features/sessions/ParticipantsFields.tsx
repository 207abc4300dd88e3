import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/contract';

/** Who takes part and in which role, as the planning and start dialogs choose it. */
export interface ParticipantsValue {
  chosenMembers: string[];
  guests: string[];
  /** Person keys: a member id, or `guest:<initials>`; '' for nobody (or the first person, for the facilitator). */
  roles: { caseHolder: string; facilitator: string; timekeeper: string; scribe: string };
}

type Person = { key: string; name: string; memberId: string | null };
type Member = { id: string; displayName: string };

export function peopleOf(value: ParticipantsValue, members: readonly Member[]): Person[] {
  return [
    ...members.filter((m) => value.chosenMembers.includes(m.id)).map((m) => ({ key: m.id, name: m.displayName, memberId: m.id })),
    ...value.guests.map((g) => ({ key: `guest:${g}`, name: g, memberId: null })),
  ];
}

/** The participants and role indexes sessions.create and sessions.update take. */
export function participantsInput(value: ParticipantsValue, members: readonly Member[]): Pick<MethodInput<'sessions.create'>, 'participants' | 'roles'> {
  const people = peopleOf(value, members);
  const roleIndex = (key: string) => (key ? people.findIndex((p) => p.key === key) : -1);
  const caseHolder = roleIndex(value.roles.caseHolder);
  const facilitator = roleIndex(value.roles.facilitator || people[0]?.key || '');
  return {
    participants: people.map((p) => (p.memberId ? { memberId: p.memberId } : { guestInitials: p.name })),
    roles: {
      caseHolder: Math.max(0, caseHolder),
      facilitator: Math.max(0, facilitator),
      timekeeper: roleIndex(value.roles.timekeeper) >= 0 ? roleIndex(value.roles.timekeeper) : null,
      scribe: roleIndex(value.roles.scribe) >= 0 ? roleIndex(value.roles.scribe) : null,
    },
  };
}

/** Members (checkboxes), guests by initials (chips) and the four roles. */
export function ParticipantsFields({
  value,
  onChange,
  members,
}: {
  value: ParticipantsValue;
  onChange(next: ParticipantsValue): void;
  members: readonly Member[];
}) {
  const { t } = useTranslation();
  const [guestInput, setGuestInput] = useState('');
  const people = peopleOf(value, members);
  const { chosenMembers, guests, roles } = value;

  const addGuest = () => {
    const initials = guestInput.trim().toUpperCase();
    if (!initials || guests.includes(initials)) return;
    onChange({ ...value, guests: [...guests, initials] });
    setGuestInput('');
  };

  const roleSelect = (role: keyof ParticipantsValue['roles'], label: string, optional: boolean) => (
    <div className="field">
      <label className="field-label" htmlFor={`role-${role}`}>
        {label}
      </label>
      {/* No one chosen as facilitator means the first person: shown as that person, listed once. */}
      <select
        id={`role-${role}`}
        value={roles[role] || (optional ? '' : (people[0]?.key ?? ''))}
        onChange={(e) => onChange({ ...value, roles: { ...roles, [role]: e.target.value } })}
      >
        {optional ? <option value="">{t('sessions.planDialog.noOne')}</option> : null}
        {people.map((p) => (
          <option key={p.key} value={p.key}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <fieldset className="choice">
        <legend className="field-label">{t('sessions.planDialog.members')}</legend>
        <div className="choice-options">
          {members.map((m) => (
            <label key={m.id} className={`choice-option ${chosenMembers.includes(m.id) ? 'checked' : ''}`}>
              <input
                type="checkbox"
                checked={chosenMembers.includes(m.id)}
                onChange={(e) => onChange({ ...value, chosenMembers: e.target.checked ? [...chosenMembers, m.id] : chosenMembers.filter((id) => id !== m.id) })}
              />
              {m.displayName}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <span className="field-label" id="guests-label">
          {t('sessions.planDialog.guests')}
        </span>
        <div className="chips" aria-labelledby="guests-label">
          {guests.map((g) => (
            <span key={g} className="chip">
              {g}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('sessions.planDialog.removeGuest', { name: g })}
                onClick={() => onChange({ ...value, guests: guests.filter((x) => x !== g) })}
              >
                ×
              </button>
            </span>
          ))}
          <label className="visually-hidden" htmlFor="guest-initials">
            {t('sessions.planDialog.guestInitials')}
          </label>
          <input
            id="guest-initials"
            className="chip-input"
            value={guestInput}
            maxLength={6}
            placeholder={t('sessions.planDialog.guestInitials')}
            onChange={(e) => setGuestInput(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addGuest();
              }
            }}
          />
          <button type="button" className="button secondary small" onClick={addGuest}>
            {t('sessions.planDialog.addGuest')}
          </button>
        </div>
      </div>
      <div className="role-grid">
        {roleSelect('caseHolder', t('sessions.planDialog.caseHolder'), false)}
        {roleSelect('facilitator', t('sessions.planDialog.facilitator'), false)}
        {roleSelect('timekeeper', t('sessions.planDialog.timekeeper'), true)}
        {roleSelect('scribe', t('sessions.planDialog.scribe'), true)}
      </div>
    </>
  );
}
