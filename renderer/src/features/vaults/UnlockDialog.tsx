import { useQuery, useQueryClient } from '@tanstack/react-query';
import { RadioGroup } from 'radix-ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call, errorCode } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { Field, PassphraseField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import './UnlockDialog.css';

interface UnlockDialogProps {
  path: string;
  label: string;
  onClose(): void;
  onRestore(backupPath: string | null): void;
}

/** Seconds left of a TOO_MANY_ATTEMPTS delay, counting down twice a second while it runs. */
function useRetryCountdown(): [number, (ms: number) => void] {
  const [state, setState] = useState({ until: 0, now: 0 });
  useEffect(() => {
    if (state.until <= state.now) return;
    const timer = window.setTimeout(() => setState((s) => ({ ...s, now: Date.now() })), 500);
    return () => window.clearTimeout(timer);
  }, [state]);
  const start = (ms: number) => {
    const now = Date.now();
    setState({ until: now + ms, now });
  };
  return [Math.max(0, Math.ceil((state.until - state.now) / 1000)), start];
}

export function UnlockDialog({ path, label, onClose, onRestore }: UnlockDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const header = useQuery({ queryKey: queryKey('vaults.inspect', path), queryFn: () => call('vaults.inspect', { path }), retry: false });
  const members = header.data?.members ?? [];
  const [memberId, setMemberId] = useState<string>('');
  const [secret, setSecret] = useState('');
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [waitSeconds, startWait] = useRetryCountdown();
  const form = useRef<HTMLFormElement>(null);
  const chosen = memberId || members[0]?.id || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen || !secret) return;
    setBusy(true);
    setError(null);
    try {
      if (mode === 'passphrase') await call('vault.unlock', { path, memberId: chosen, passphrase: secret });
      else await call('vault.unlockWithRecovery', { path, memberId: chosen, recoveryCode: secret });
      setSecret('');
      await queryClient.invalidateQueries();
    } catch (err) {
      setError(err);
      setSecret('');
      // The button was pressed and is disabled while the field is empty: focus goes back to the field,
      // where the passphrase is typed again (not to the page behind the dialog).
      form.current?.querySelector<HTMLInputElement>('input:not([type="radio"]):not([type="checkbox"])')?.focus();
      if (err instanceof ApiError && err.code === 'TOO_MANY_ATTEMPTS') startWait(err.details?.retryAfterMs ?? 0);
    } finally {
      setBusy(false);
    }
  };

  const corrupt = errorCode(error) === 'VAULT_CORRUPT' || errorCode(header.error) === 'VAULT_CORRUPT';
  return (
    <Modal
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t('unlock.title', { label })}
      returnFocus={() => '[data-testid="vault-card"] .button.primary'}
    >
      {header.error ? (
        <div className="form">
          <ErrorText error={header.error} />
          <div className="form-actions">
            <button type="button" className="button ghost" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </div>
      ) : (
        <form ref={form} onSubmit={submit} noValidate className="form">
          <fieldset className="fieldset">
            <legend className="field-label">{t('unlock.member')}</legend>
            <RadioGroup.Root className="member-choice" value={chosen} onValueChange={setMemberId} aria-label={t('unlock.member')}>
              {members.map((member) => (
                <label key={member.id} className="member-option">
                  <RadioGroup.Item value={member.id} className="radio">
                    <RadioGroup.Indicator className="radio-indicator" />
                  </RadioGroup.Item>
                  <span className="avatar" aria-hidden="true">
                    {member.displayName.slice(0, 1).toUpperCase()}
                  </span>
                  {member.displayName}
                </label>
              ))}
            </RadioGroup.Root>
          </fieldset>
          {mode === 'passphrase' ? (
            <PassphraseField label={t('unlock.passphrase')} value={secret} autoFocus onChange={(e) => setSecret(e.target.value)} />
          ) : (
            <Field
              label={t('unlock.recoveryCode')}
              hint={t('unlock.recoveryHint')}
              className="mono"
              value={secret}
              autoFocus
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setSecret(e.target.value)}
            />
          )}
          <ErrorText error={error} />
          {corrupt ? (
            <button type="button" className="button secondary" onClick={() => onRestore(header.data?.newestBackup ?? null)}>
              {t('start.restoreOffer')}
            </button>
          ) : null}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setMode(mode === 'passphrase' ? 'recovery' : 'passphrase');
              setSecret('');
              setError(null);
            }}
          >
            {mode === 'passphrase' ? t('unlock.useRecovery') : t('unlock.usePassphrase')}
          </button>
          <div className="form-actions">
            <button type="button" className="button ghost" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button primary" disabled={busy || waitSeconds > 0 || !secret} aria-busy={busy}>
              {busy ? t('unlock.unlocking') : waitSeconds > 0 ? `${t('unlock.submit')} (${waitSeconds})` : t('unlock.submit')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
