import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_PHASES, PSEUDONYM_LIMIT, type Case, type CasePhase } from '../../../../shared/domain/case';
import { TextArea } from '../../ui/TextArea';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { Field } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { navigate } from '../../lib/router';
import { fieldErrors } from '../../lib/fieldErrors';
import { casePhaseToday, formatIsoWeek, parseDueWeek, thousandDays } from '../../../../shared/domain/thousand-days';
import { thousandDaysStatus } from './thousandDaysText';
import { useToday } from './useToday';

interface CaseFormDialogProps {
  /** The case to edit; absent for a new case. */
  existing?: Case;
  defaultHolderId?: string;
  onClose(): void;
}

/**
 * Create or edit a case's key facts: pseudonym, the expected due week (as people write it; the
 * phase then follows it), or else the phase by hand, case holder, short context.
 */
export function CaseFormDialog({ existing, defaultHolderId, onClose }: CaseFormDialogProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const members = useQuery({ queryKey: queryKey('members.list'), queryFn: () => call('members.list', {}) });
  const [pseudonym, setPseudonym] = useState(existing?.pseudonym ?? '');
  const [phase, setPhase] = useState<CasePhase>(existing?.phase ?? 'pregnancy');
  const today = useToday();
  const [dueText, setDueText] = useState(existing?.dueWeek ? formatIsoWeek(existing.dueWeek, i18n.language) : '');
  const due = parseDueWeek(dueText, today);
  // A half-typed week is no error yet: the message shows once the field is left or the form sent.
  const [dueTouched, setDueTouched] = useState(false);
  const [holderId, setHolderId] = useState(existing ? (existing.holderId ?? '') : (defaultHolderId ?? ''));
  const [contextNote, setContextNote] = useState(existing?.contextNote ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error, t);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A due week that cannot be read stops here, with its message under the field; nothing is lost.
    setDueTouched(true);
    if (!due.ok) return;
    setBusy(true);
    setError(null);
    const dueWeek = due.dueWeek;
    try {
      if (existing) {
        await call('cases.update', { id: existing.id, pseudonym, phase, dueWeek, holderId: holderId || null, contextNote });
        await queryClient.invalidateQueries({ queryKey: queryKey('cases.get', existing.id) });
        await queryClient.invalidateQueries({ queryKey: queryKey('cases.list') });
        onClose();
      } else {
        const created = await call('cases.create', { pseudonym, phase, dueWeek, holderId: holderId || null, contextNote });
        await queryClient.invalidateQueries({ queryKey: queryKey('cases.list') });
        onClose();
        navigate({ name: 'case', id: created.id, view: 'map' });
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open onOpenChange={(open) => (open ? undefined : onClose())} title={existing ? t('cases.edit') : t('cases.newCase')}>
      <form onSubmit={submit} noValidate className="form">
        <Field
          label={t('cases.pseudonym')}
          hint={t('cases.pseudonymHint')}
          value={pseudonym}
          maxLength={PSEUDONYM_LIMIT}
          autoFocus
          onChange={(e) => setPseudonym(e.target.value)}
          error={errors.pseudonym ?? null}
        />
        <Field
          label={t('thousandDays.dueWeek')}
          hint={
            due.ok && due.dueWeek
              ? t('thousandDays.dueWeekPreview', {
                  due: formatIsoWeek(due.dueWeek, i18n.language),
                  status: thousandDaysStatus(t, thousandDays(due.dueWeek, today)),
                })
              : t('thousandDays.dueWeekHint')
          }
          value={dueText}
          autoComplete="off"
          onChange={(e) => setDueText(e.target.value)}
          onBlur={() => setDueTouched(true)}
          error={!due.ok && dueTouched ? t(`thousandDays.problems.${due.problem}`) : (errors.dueWeek ?? null)}
        />
        {due.ok && due.dueWeek ? (
          <p className="muted small" data-testid="phase-follows">
            {t('thousandDays.phaseFollows', { phase: t(`cases.phases.${casePhaseToday({ phase, dueWeek: due.dueWeek }, today)}`) })}
          </p>
        ) : (
          <div className="field">
            <label className="field-label" htmlFor="case-phase">
              {t('thousandDays.phaseByHand')}
            </label>
            <select id="case-phase" value={phase} onChange={(e) => setPhase(e.target.value as CasePhase)}>
              {CASE_PHASES.map((p) => (
                <option key={p} value={p}>
                  {t(`cases.phases.${p}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label className="field-label" htmlFor="case-holder">
            {t('cases.holder')}
          </label>
          <select id="case-holder" value={holderId} onChange={(e) => setHolderId(e.target.value)}>
            <option value="">{t('cases.noHolder')}</option>
            {(members.data ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.displayName}
              </option>
            ))}
          </select>
          {errors.holderId ? (
            <p className="field-error" role="alert">
              {errors.holderId}
            </p>
          ) : null}
        </div>
        <TextArea
          id="case-context"
          label={t('cases.contextNote')}
          hint={t('cases.contextHint')}
          rows={4}
          value={contextNote}
          error={errors.contextNote ?? null}
          onChange={(e) => setContextNote(e.target.value)}
        />
        {Object.keys(errors).length === 0 ? <ErrorText error={error} /> : null}
        <div className="form-actions">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy} aria-busy={busy}>
            {existing ? t('common.save') : t('cases.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
