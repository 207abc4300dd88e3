import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { ErrorText } from '../../ui/ErrorText';
import { Modal } from '../../ui/Modal';
import { isNewPassphraseAccepted, NewPassphraseFields } from '../../ui/NewPassphraseFields';

/** After unlocking with the recovery code, the member sets a new passphrase before going on. */
export function ResetPassphraseDialog({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (!(await isNewPassphraseAccepted(passphrase, repeat, [session.member.displayName, session.label]))) return;
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
        <NewPassphraseFields
          label={t('settings.security.next')}
          repeatLabel={t('settings.security.repeat')}
          passphrase={passphrase}
          repeat={repeat}
          onPassphrase={setPassphrase}
          onRepeat={setRepeat}
          userInputs={[session.member.displayName, session.label]}
          showErrors={showErrors}
          autoFocus
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
