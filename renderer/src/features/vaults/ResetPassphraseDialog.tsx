import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/contract';
import { assessPassphrase } from '../../../../shared/domain/passphrase';
import { call } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { PassphraseField } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { StrengthMeter } from '../../components/StrengthMeter';

/** After unlocking with the recovery code, the member sets a new passphrase before going on. */
export function ResetPassphraseDialog({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const assessment = assessPassphrase(passphrase, [session.member.displayName, session.label]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (!assessment.acceptable || passphrase !== repeat) return;
    setBusy(true);
    setError(null);
    try {
      await call('members.resetPassphrase', { passphrase });
      await queryClient.invalidateQueries();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open onOpenChange={() => undefined} dismissable={false} title={t('reset.title')} description={t('reset.body', { name: session.member.displayName })}>
      <form onSubmit={submit} noValidate className="form">
        <PassphraseField
          label={t('settings.security.next')}
          hint={t('create.passphraseHint')}
          value={passphrase}
          autoFocus
          onChange={(e) => setPassphrase(e.target.value)}
          error={showErrors && !assessment.acceptable ? t(`strength.${assessment.reason ?? 'tooPredictable'}`) : null}
        />
        <StrengthMeter passphrase={passphrase} userInputs={[session.member.displayName, session.label]} />
        <PassphraseField
          label={t('settings.security.repeat')}
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={(repeat && repeat !== passphrase) || (showErrors && repeat !== passphrase) ? t('create.mismatch') : null}
        />
        <ErrorText error={error} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy} aria-busy={busy}>
            {busy ? t('common.working') : t('reset.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
