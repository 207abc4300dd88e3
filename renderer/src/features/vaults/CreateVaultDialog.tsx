import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { ErrorText } from '../../ui/ErrorText';
import { Field } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { isNewPassphraseAccepted, NewPassphraseFields } from '../../ui/NewPassphraseFields';
import { FolderField, type ChosenFolder } from './FolderField';
import { RecoveryCode, recoveryGroups } from './RecoveryCode';
import './CreateVaultDialog.css';

type Step = 'vault' | 'member' | 'recovery' | 'confirm';
const STEPS: Step[] = ['vault', 'member', 'recovery', 'confirm'];

/** Two different group numbers (1-based) to retype, so the user proves the code was written down. */
function pickGroups(count: number): [number, number] {
  const a = 1 + Math.floor(Math.random() * count);
  let b = 1 + Math.floor(Math.random() * (count - 1));
  if (b >= a) b += 1;
  return a < b ? [a, b] : [b, a];
}

export function CreateVaultDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>('vault');
  const [label, setLabel] = useState('');
  const [folder, setFolder] = useState<ChosenFolder | null>(null);
  const [memberName, setMemberName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const [stored, setStored] = useState(false);
  const [answers, setAnswers] = useState<[string, string]>(['', '']);
  const [confirmWrong, setConfirmWrong] = useState(false);
  const groups = useMemo(() => pickGroups(8), []);

  const stepIndex = STEPS.indexOf(step) + 1;

  const finish = async () => {
    await queryClient.invalidateQueries();
    onOpenChange(false);
  };

  const submitVault = (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (!label.trim() || !folder) return;
    setShowErrors(false);
    setStep('member');
  };

  const submitMember = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (!memberName.trim() || !(await isNewPassphraseAccepted(passphrase, repeat, [label, memberName])) || !folder) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('vault.create', { folder: folder.token, label: label.trim(), memberName: memberName.trim(), passphrase });
      setRecoveryCode(result.recoveryCode);
      setPassphrase('');
      setRepeat('');
      setShowErrors(false);
      setStep('recovery');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const submitConfirm = async (event: FormEvent) => {
    event.preventDefault();
    if (!recoveryCode) return;
    const all = recoveryGroups(recoveryCode);
    const ok = groups.every((n, i) => (answers[i] ?? '').trim().toUpperCase() === all[n - 1]);
    setConfirmWrong(!ok);
    if (ok) await finish();
  };

  const dismissable = step === 'vault' || step === 'member';
  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        if (dismissable) onOpenChange(next);
      }}
      title={t('create.title')}
      size="wide"
      dismissable={dismissable}
    >
      <ol className="steps" aria-label={t('create.stepOf', { step: stepIndex, total: STEPS.length })}>
        {STEPS.map((s, index) => (
          <li key={s} className={s === step ? 'current' : index < stepIndex - 1 ? 'done' : ''} aria-current={s === step ? 'step' : undefined}>
            <span className="step-number" aria-hidden="true">
              {index + 1}
            </span>
            {t(`create.steps.${s}`)}
          </li>
        ))}
      </ol>

      {step === 'vault' ? (
        <form onSubmit={submitVault} noValidate className="form">
          <Field
            label={t('create.label')}
            hint={t('create.labelHint')}
            value={label}
            maxLength={80}
            autoFocus
            onChange={(e) => setLabel(e.target.value)}
            error={showErrors && !label.trim() ? t('errors.INVALID_INPUT') : null}
          />
          <FolderField
            label={t('create.folder')}
            hint={t('create.folderHint')}
            value={folder?.path ?? null}
            purpose="newVault"
            onChange={setFolder}
            onPickError={setError}
            error={showErrors && !folder ? t('create.folderMissing') : null}
          />
          <ErrorText error={error} />
          <div className="form-actions">
            <button type="button" className="button ghost" onClick={() => onOpenChange(false)}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button primary">
              {t('common.next')}
            </button>
          </div>
        </form>
      ) : null}

      {step === 'member' ? (
        <form onSubmit={submitMember} noValidate className="form">
          <Field
            label={t('create.memberName')}
            hint={t('create.memberNameHint')}
            value={memberName}
            maxLength={80}
            autoFocus
            onChange={(e) => setMemberName(e.target.value)}
            error={showErrors && !memberName.trim() ? t('errors.INVALID_INPUT') : null}
          />
          <NewPassphraseFields
            label={t('create.passphrase')}
            repeatLabel={t('create.passphraseRepeat')}
            passphrase={passphrase}
            repeat={repeat}
            onPassphrase={setPassphrase}
            onRepeat={setRepeat}
            userInputs={[label, memberName]}
            showErrors={showErrors}
          />
          <ErrorText error={error} />
          <div className="form-actions">
            <button type="button" className="button ghost" onClick={() => setStep('vault')} disabled={busy}>
              {t('common.back')}
            </button>
            <button type="submit" className="button primary" disabled={busy} aria-busy={busy}>
              {busy ? t('create.creating') : t('create.create')}
            </button>
          </div>
        </form>
      ) : null}

      {step === 'recovery' && recoveryCode ? (
        <div className="form">
          <h3 className="section-title">{t('create.recoveryTitle')}</h3>
          <p>{t('create.recoveryBody')}</p>
          <RecoveryCode code={recoveryCode} />
          <label className="checkbox">
            <input type="checkbox" checked={stored} onChange={(e) => setStored(e.target.checked)} />
            {t('create.recoveryStored')}
          </label>
          <div className="form-actions">
            <button type="button" className="button primary" disabled={!stored} onClick={() => setStep('confirm')}>
              {t('common.next')}
            </button>
          </div>
        </div>
      ) : null}

      {step === 'confirm' ? (
        <form onSubmit={submitConfirm} noValidate className="form">
          <h3 className="section-title">{t('create.confirmTitle')}</h3>
          <p data-testid="confirm-instruction">{t('create.confirmBody', { a: groups[0], b: groups[1] })}</p>
          <div className="field-row">
            {groups.map((n, i) => (
              <Field
                key={n}
                label={t('create.confirmGroup', { n })}
                className="mono short"
                value={answers[i]}
                maxLength={5}
                autoFocus={i === 0}
                autoComplete="off"
                spellCheck={false}
                onChange={(e) => setAnswers((prev) => (i === 0 ? [e.target.value, prev[1]] : [prev[0], e.target.value]))}
              />
            ))}
          </div>
          {confirmWrong ? (
            <p className="error-text" role="alert">
              {t('create.confirmWrong')}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="button" className="button ghost" onClick={() => setStep('recovery')}>
              {t('common.back')}
            </button>
            <button type="submit" className="button primary">
              {t('create.finish')}
            </button>
          </div>
        </form>
      ) : null}
    </Modal>
  );
}
