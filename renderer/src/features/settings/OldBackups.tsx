import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { ErrorText } from '../../ui/ErrorText';

/** After a key change or a deletion of backups: the audit log and the backups' old-key marks are stale. */
export async function refreshAfterKeyChange(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: queryKey('audit.list') });
  await queryClient.invalidateQueries({ queryKey: queryKey('vault.backups') });
}

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
      await refreshAfterKeyChange(queryClient);
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
      <ConfirmButton
        label={t('settings.backups.deleteOld')}
        description={t('settings.backups.deleteOldConfirm')}
        trigger="danger"
        confirm="danger"
        small
        busy={busy}
        onConfirm={() => void remove()}
      />
      <ErrorText error={error} />
    </section>
  );
}
