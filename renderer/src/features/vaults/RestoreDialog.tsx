import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { Modal } from '../../ui/Modal';
import type { MethodInput } from '../../../../shared/contract';
import { FolderField, type ChosenFolder } from './FolderField';

/** A known vault's newest automatic backup, offered when its unlock fails: named by vault and folder name, never by a path the page sends. */
export interface OfferedBackup {
  vault: string;
  path: string;
}

type Source = { path: string; ref: MethodInput<'vault.restore'>['backup'] };

function offered(backup: OfferedBackup | null): Source | null {
  const name = backup?.path.split(/[\\/]/).pop();
  return backup && name ? { path: backup.path, ref: { vault: backup.vault, backup: name } } : null;
}

export function RestoreDialog({ initialBackup, onClose }: { initialBackup: OfferedBackup | null; onClose(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [source, setSource] = useState<Source | null>(() => offered(initialBackup));
  const [folder, setFolder] = useState<ChosenFolder | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [restoredTo, setRestoredTo] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!source || !folder) return;
    setBusy(true);
    setError(null);
    try {
      const restored = await call('vault.restore', { backup: source.ref, folder: folder.token });
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
          <FolderField
            label={t('restore.source')}
            value={source?.path ?? null}
            purpose="restoreSource"
            onChange={(chosen) => setSource({ path: chosen.path, ref: chosen.token })}
            onPickError={setError}
          />
          <FolderField label={t('restore.target')} value={folder?.path ?? null} purpose="restoreTarget" onChange={setFolder} onPickError={setError} />
          <ErrorText error={error} />
          <div className="form-actions">
            <button type="button" className="button ghost" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button primary" disabled={busy || !source || !folder} aria-busy={busy}>
              {busy ? t('common.working') : t('restore.submit')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
