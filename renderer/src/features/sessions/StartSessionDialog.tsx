import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/meeting';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { navigate } from '../../lib/router';
import { ErrorText } from '../../ui/ErrorText';
import { Modal } from '../../ui/Modal';
import { MEETING_STALE_KEYS } from './meetingFormat';
import { participantsInput, ParticipantsFields, peopleOf, type ParticipantsValue } from './ParticipantsFields';
import './PlanSessionDialog.css';

/**
 * On the day: who takes part in an agenda item's session and in which role (the case holder is in
 * already), then the session begins and the runner opens.
 */
export function StartSessionDialog({ item, onClose }: { item: AgendaItem; onClose(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const members = useQuery({ queryKey: queryKey('members.list'), queryFn: () => call('members.list', {}) });
  const holderKey = item.caseHolderMemberId ?? `guest:${item.caseHolderName}`;
  const [people, setPeople] = useState<ParticipantsValue>({
    chosenMembers: item.caseHolderMemberId ? [item.caseHolderMemberId] : [],
    guests: item.caseHolderMemberId ? [] : [item.caseHolderName],
    roles: { caseHolder: holderKey, facilitator: '', timekeeper: '', scribe: '' },
  });
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (peopleOf(people, members.data ?? []).length === 0) return setProblem(t('sessions.planDialog.needParticipants'));
    setBusy(true);
    setError(null);
    try {
      await call('sessions.update', { id: item.sessionId, ...participantsInput(people, members.data ?? []) });
      await call('sessions.control', { id: item.sessionId, action: 'begin' });
      for (const key of MEETING_STALE_KEYS) await queryClient.invalidateQueries({ queryKey: [...key] });
      onClose();
      navigate({ name: 'session', id: item.sessionId, view: 'run' });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t('meetings.startDialog.title')}
      description={t('meetings.startDialog.intro', { name: item.casePseudonym })}
      size="wide"
    >
      <form onSubmit={submit} noValidate className="form">
        <ParticipantsFields value={people} onChange={setPeople} members={members.data ?? []} />
        {problem ? (
          <p className="error-text" role="alert">
            {problem}
          </p>
        ) : null}
        <ErrorText error={error} />
        <div className="form-actions">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy} aria-busy={busy}>
            {t('meetings.startDialog.start')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
