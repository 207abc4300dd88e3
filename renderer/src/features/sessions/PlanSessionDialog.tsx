import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/contract';
import { DEFAULT_METHOD_ID } from '../../../../shared/domain/session';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { CaseSelect } from '../../ui/CaseSelect';
import { ErrorText } from '../../ui/ErrorText';
import { Field } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { TextArea } from '../../ui/TextArea';
import { navigate } from '../../lib/router';
import { fieldErrors } from '../../lib/fieldErrors';
import { localized } from '../../lib/localized';
import './PlanSessionDialog.css';

type Person = { key: string; name: string; memberId: string | null };

/** Plan a session: the case, the method, who takes part, the roles, and the case holder's question. */
export function PlanSessionDialog({ session, initialCaseId, onClose }: { session: SessionInfo; initialCaseId?: string; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const cases = useQuery({ queryKey: queryKey('cases.list', { status: 'open' }), queryFn: () => call('cases.list', { status: 'open' }) });
  const methods = useQuery({ queryKey: queryKey('methods.list'), queryFn: () => call('methods.list', {}) });
  const members = useQuery({ queryKey: queryKey('members.list'), queryFn: () => call('members.list', {}) });
  const [caseId, setCaseId] = useState(initialCaseId ?? '');
  const [quickCase, setQuickCase] = useState('');
  const [methodId, setMethodId] = useState(DEFAULT_METHOD_ID);
  const [chosenMembers, setChosenMembers] = useState<string[]>([session.member.id]);
  const [guests, setGuests] = useState<string[]>([]);
  const [guestInput, setGuestInput] = useState('');
  const [roles, setRoles] = useState({ caseHolder: session.member.id, facilitator: '', timekeeper: '', scribe: '' });
  const [question, setQuestion] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error, t);

  const people: Person[] = [
    ...(members.data ?? []).filter((m) => chosenMembers.includes(m.id)).map((m) => ({ key: m.id, name: m.displayName, memberId: m.id })),
    ...guests.map((g) => ({ key: `guest:${g}`, name: g, memberId: null })),
  ];
  const roleIndex = (key: string) => (key ? people.findIndex((p) => p.key === key) : -1);

  const addGuest = () => {
    const initials = guestInput.trim().toUpperCase();
    if (!initials || guests.includes(initials)) return;
    setGuests([...guests, initials]);
    setGuestInput('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!caseId && !quickCase.trim()) return setProblem(t('sessions.planDialog.needCase'));
    if (people.length === 0) return setProblem(t('sessions.planDialog.needParticipants'));
    const caseHolder = roleIndex(roles.caseHolder);
    const facilitator = roleIndex(roles.facilitator || people[0]?.key || '');
    setBusy(true);
    setError(null);
    try {
      let target = caseId;
      if (!target) {
        const created = await call('cases.create', { pseudonym: quickCase.trim(), phase: 'pregnancy', holderId: session.member.id });
        target = created.id;
        await queryClient.invalidateQueries({ queryKey: queryKey('cases.list') });
      }
      const planned = await call('sessions.create', {
        caseId: target,
        methodId,
        question,
        participants: people.map((p) => (p.memberId ? { memberId: p.memberId } : { guestInitials: p.name })),
        roles: {
          caseHolder: Math.max(0, caseHolder),
          facilitator: Math.max(0, facilitator),
          timekeeper: roleIndex(roles.timekeeper) >= 0 ? roleIndex(roles.timekeeper) : null,
          scribe: roleIndex(roles.scribe) >= 0 ? roleIndex(roles.scribe) : null,
        },
      });
      await queryClient.invalidateQueries({ queryKey: queryKey('sessions.list') });
      onClose();
      navigate({ name: 'session', id: planned.id, view: 'run' });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const roleSelect = (role: keyof typeof roles, label: string, optional: boolean) => (
    <div className="field">
      <label className="field-label" htmlFor={`role-${role}`}>
        {label}
      </label>
      <select id={`role-${role}`} value={roles[role]} onChange={(e) => setRoles({ ...roles, [role]: e.target.value })}>
        {optional || role === 'facilitator' ? <option value="">{optional ? t('sessions.planDialog.noOne') : (people[0]?.name ?? '')}</option> : null}
        {people.map((p) => (
          <option key={p.key} value={p.key}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <Modal open onOpenChange={(open) => (open ? undefined : onClose())} title={t('sessions.planDialog.title')} size="wide">
      <form onSubmit={submit} noValidate className="form">
        <div className="field-row">
          <CaseSelect
            className="grow"
            id="plan-case"
            label={t('sessions.planDialog.case')}
            value={caseId}
            onChange={setCaseId}
            cases={cases.data ?? []}
            leading={[{ value: '', label: t('sessions.planDialog.chooseCase') }]}
          />
          {caseId ? null : (
            <Field
              className="grow"
              label={t('sessions.planDialog.quickCase')}
              hint={t('sessions.planDialog.quickCaseHint')}
              value={quickCase}
              maxLength={80}
              onChange={(e) => setQuickCase(e.target.value)}
            />
          )}
        </div>
        <div className="field">
          <label className="field-label" htmlFor="plan-method">
            {t('sessions.planDialog.method')}
          </label>
          <select id="plan-method" value={methodId} onChange={(e) => setMethodId(e.target.value)}>
            {(methods.data ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {localized(m.name, i18n.language)} ({m.phases.reduce((sum, p) => sum + p.minutes, 0)} min)
              </option>
            ))}
          </select>
        </div>
        <fieldset className="choice">
          <legend className="field-label">{t('sessions.planDialog.members')}</legend>
          <div className="choice-options">
            {(members.data ?? []).map((m) => (
              <label key={m.id} className={`choice-option ${chosenMembers.includes(m.id) ? 'checked' : ''}`}>
                <input
                  type="checkbox"
                  checked={chosenMembers.includes(m.id)}
                  onChange={(e) => setChosenMembers(e.target.checked ? [...chosenMembers, m.id] : chosenMembers.filter((id) => id !== m.id))}
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
                  onClick={() => setGuests(guests.filter((x) => x !== g))}
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
        <TextArea
          label={t('sessions.planDialog.question')}
          hint={t('sessions.planDialog.questionHint')}
          rows={3}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          error={errors.question ?? null}
        />
        {problem ? (
          <p className="error-text" role="alert">
            {problem}
          </p>
        ) : null}
        {Object.keys(errors).length === 0 ? <ErrorText error={error} /> : null}
        <div className="form-actions">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy} aria-busy={busy}>
            {t('sessions.planDialog.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
