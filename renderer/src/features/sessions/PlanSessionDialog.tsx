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
import { localDay } from '../../../../shared/domain/dates';
import { clockTimeNow } from './meetingFormat';
import { participantsInput, ParticipantsFields, peopleOf, type ParticipantsValue } from './ParticipantsFields';
import './PlanSessionDialog.css';

/** Plan a session on its own (not on a meeting's agenda): the case, the method, its day and time, who takes part, the roles, the question. */
export function PlanSessionDialog({ session, initialCaseId, onClose }: { session: SessionInfo; initialCaseId?: string; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const cases = useQuery({ queryKey: queryKey('cases.list', { status: 'open' }), queryFn: () => call('cases.list', { status: 'open' }) });
  const methods = useQuery({ queryKey: queryKey('methods.list'), queryFn: () => call('methods.list', {}) });
  const members = useQuery({ queryKey: queryKey('members.list'), queryFn: () => call('members.list', {}) });
  const [caseId, setCaseId] = useState(initialCaseId ?? '');
  const [quickCase, setQuickCase] = useState('');
  const [methodId, setMethodId] = useState(DEFAULT_METHOD_ID);
  const [people, setPeople] = useState<ParticipantsValue>({
    chosenMembers: [session.member.id],
    guests: [],
    roles: { caseHolder: session.member.id, facilitator: '', timekeeper: '', scribe: '' },
  });
  const [date, setDate] = useState(() => localDay());
  const [startTime, setStartTime] = useState(() => clockTimeNow());
  const [question, setQuestion] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error, t);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!caseId && !quickCase.trim()) return setProblem(t('sessions.planDialog.needCase'));
    if (peopleOf(people, members.data ?? []).length === 0) return setProblem(t('sessions.planDialog.needParticipants'));
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
        date,
        startTime,
        ...participantsInput(people, members.data ?? []),
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
        <div className="field-row">
          <Field
            label={t('sessions.planDialog.date')}
            type="date"
            required
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={errors.date ?? null}
          />
          <Field
            label={t('sessions.planDialog.startTime')}
            type="time"
            required
            value={startTime}
            onChange={(e) => setStartTime(e.target.value)}
            error={errors.startTime ?? null}
          />
        </div>
        <ParticipantsFields value={people} onChange={setPeople} members={members.data ?? []} />
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
