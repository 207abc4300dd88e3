import { useQuery, useQueryClient } from '@tanstack/react-query';
import { AlertDialog } from 'radix-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';

/**
 * After a new key: the automatic backups from before still open with the passphrases and recovery
 * code of then (a removed member's too). Says so plainly and offers to delete them.
 */
export function OldBackups() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const backups = useQuery({ queryKey: queryKey('vault.backups'), queryFn: () => call('vault.backups', {}) });
  const [deleted, setDeleted] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const old = (backups.data ?? []).filter((backup) => backup.oldKey).length;

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await call('vault.deleteOldBackups', {});
      setDeleted(result.deleted);
      await queryClient.invalidateQueries({ queryKey: queryKey('vault.backups') });
      await queryClient.invalidateQueries({ queryKey: queryKey('audit.list') });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (deleted !== null && old === 0) {
    return (
      <p className="success-text" role="status">
        {t('settings.backups.deletedOld', { count: deleted })}
      </p>
    );
  }
  if (old === 0) return null;
  return (
    <section className="notice old-backups" aria-labelledby="old-backups-title" data-testid="old-backups">
      {/* Not a heading: the notice sits in cards with and without their own heading. */}
      <p id="old-backups-title" className="subsection-title">
        {t('settings.backups.oldTitle')}
      </p>
      <p>{t('settings.backups.oldBody', { count: old })}</p>
      <p className="muted small">{t('settings.backups.oldElsewhere')}</p>
      <AlertDialog.Root>
        <AlertDialog.Trigger className="button danger small" disabled={busy} aria-busy={busy}>
          {busy ? t('common.working') : t('settings.backups.deleteOld')}
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="modal-overlay" />
          <AlertDialog.Content className="modal">
            <AlertDialog.Title className="modal-title">{t('settings.backups.deleteOld')}</AlertDialog.Title>
            <AlertDialog.Description className="modal-description">{t('settings.backups.deleteOldConfirm')}</AlertDialog.Description>
            <div className="form-actions">
              <AlertDialog.Cancel className="button ghost">{t('common.cancel')}</AlertDialog.Cancel>
              <AlertDialog.Action className="button danger" onClick={() => void remove()}>
                {t('settings.backups.deleteOld')}
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
      <ErrorText error={error} />
    </section>
  );
}
