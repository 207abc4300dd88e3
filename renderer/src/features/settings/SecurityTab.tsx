import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { ErrorText } from '../../ui/ErrorText';
import { PassphraseField } from '../../ui/Field';
import { isNewPassphraseAccepted, NewPassphraseFields } from '../../ui/NewPassphraseFields';
import { RecoveryCode } from '../vaults';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { OldBackups, refreshAfterKeyChange } from './OldBackups';

function ChangePassphrase({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<'changed' | 'changedRotated' | null>(null);
  const [rotate, setRotate] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    setDone(null);
    if (!current || !(await isNewPassphraseAccepted(next, repeat, [session.member.displayName, session.label]))) return;
    setBusy(true);
    setError(null);
    try {
      await call('members.changePassphrase', { current, next, rotateKey: rotate });
      setCurrent('');
      setNext('');
      setRepeat('');
      setShowErrors(false);
      setDone(rotate ? 'changedRotated' : 'changed');
      setRotate(false);
      await refreshAfterKeyChange(queryClient);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card">
      <h2 className="section-title">{t('settings.security.changeTitle')}</h2>
      <form onSubmit={submit} noValidate className="form narrow">
        <PassphraseField label={t('settings.security.current')} value={current} onChange={(e) => setCurrent(e.target.value)} />
        <NewPassphraseFields
          label={t('settings.security.next')}
          repeatLabel={t('settings.security.repeat')}
          passphrase={next}
          repeat={repeat}
          onPassphrase={setNext}
          onRepeat={setRepeat}
          userInputs={[session.member.displayName, session.label]}
          showErrors={showErrors}
        />
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" checked={rotate} onChange={(e) => setRotate(e.target.checked)} aria-describedby="rotate-with-hint" />
            {t('settings.security.rotateWith')}
          </label>
          <p id="rotate-with-hint" className="field-hint">
            {t('settings.security.rotateWithHint')}
          </p>
        </div>
        <ErrorText error={error} />
        {done ? (
          <p className="success-text" role="status">
            {t(`settings.security.${done}`)}
          </p>
        ) : null}
        <div className="form-actions start">
          <button type="submit" className="button primary" disabled={busy} aria-busy={busy}>
            {busy ? t('common.working') : t('settings.security.change')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Recovery() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const regenerate = async () => {
    try {
      const result = await call('recovery.regenerate', {});
      setCode(result.recoveryCode);
      await refreshAfterKeyChange(queryClient);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="card">
      <h2 className="section-title">{t('settings.security.recoveryTitle')}</h2>
      <p className="muted">{t('settings.security.recoveryBody')}</p>
      {code ? (
        <>
          <p role="status">{t('settings.security.newCode')}</p>
          <RecoveryCode code={code} />
        </>
      ) : (
        <ConfirmButton
          label={t('settings.security.regenerate')}
          description={t('settings.security.regenerateConfirm')}
          trigger="secondary"
          confirm="primary"
          onConfirm={() => void regenerate()}
        />
      )}
      <ErrorText error={error} />
    </section>
  );
}

/** A new data key on request: the vault re-encrypted, every slot sealed anew. */
function VaultKey() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const rotate = async () => {
    setBusy(true);
    setDone(false);
    setError(null);
    try {
      await call('vault.rotateKey', {});
      setDone(true);
      await refreshAfterKeyChange(queryClient);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card">
      <h2 className="section-title">{t('settings.security.keyTitle')}</h2>
      <p className="muted">{t('settings.security.keyBody')}</p>
      <ConfirmButton
        label={t('settings.security.rotate')}
        description={t('settings.security.rotateConfirm')}
        trigger="secondary"
        confirm="primary"
        busy={busy}
        onConfirm={() => void rotate()}
      />
      {done ? (
        <p className="success-text" role="status">
          {t('settings.security.rotated')}
        </p>
      ) : null}
      <ErrorText error={error} />
      <OldBackups />
    </section>
  );
}

export function SecurityTab({ session }: { session: SessionInfo }) {
  return (
    <div className="settings-sections">
      <ChangePassphrase session={session} />
      <Recovery />
      <VaultKey />
    </div>
  );
}
