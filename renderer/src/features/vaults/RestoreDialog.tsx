import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { Modal } from '../../ui/Modal';
import { FolderField } from './FolderField';

export function RestoreDialog({ initialBackup, onClose }: { initialBackup: string | null; onClose(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [backupPath, setBackupPath] = useState<string | null>(initialBackup);
  const [folder, setFolder] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [restoredTo, setRestoredTo] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!backupPath || !folder) return;
    setBusy(true);
    setError(null);
    try {
      const restored = await call('vault.restore', { backupPath, folder });
      setRestoredTo(restored.path);
      await queryClient.invalidateQueries({ queryKey: queryKey('vaults.list') });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open onOpenChange={(open) => (open ? undefined : onClose())} title={t('restore.title')} description={t('restore.body')}>
      {restoredTo ? (
        <div className="form">
          <p className="success-text" role="status">
            {t('restore.done', { path: restoredTo })}
          </p>
          <div className="form-actions">
            <button type="button" className="button primary" onClick={onClose}>
              {t('common.done')}
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="form">
          <FolderField label={t('restore.source')} value={backupPath} purpose="restoreSource" onChange={setBackupPath} onPickError={setError} />
          <FolderField label={t('restore.target')} value={folder} purpose="restoreTarget" onChange={setFolder} onPickError={setError} />
          <ErrorText error={error} />
          <div className="form-actions">
            <button type="button" className="button ghost" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button primary" disabled={busy || !backupPath || !folder} aria-busy={busy}>
              {busy ? t('common.working') : t('restore.submit')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
