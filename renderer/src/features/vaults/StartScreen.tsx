import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnownVault, LockReason } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { Logo } from '../../ui/Logo';
import { formatDateTime, loadAllStrings } from '../../lib/i18n';
import { lazyExport } from '../../lib/lazy';
import type { OfferedBackup } from './RestoreDialog';
import './StartScreen.css';

// Loaded when opened, not with the first screen (the new vault's passphrase check loads zxcvbn on top).
const CreateVaultDialog = lazyExport(() => import('./CreateVaultDialog'), 'CreateVaultDialog');
const RestoreDialog = lazyExport(() => import('./RestoreDialog'), 'RestoreDialog');
// Fetched right after the start screen's first paint (see below), so they are there before anyone clicks.
const loadUnlockDialog = () => import('./UnlockDialog');
const loadVaultMenu = () => import('./VaultMenu');
const UnlockDialog = lazyExport(loadUnlockDialog, 'UnlockDialog');
const VaultMenu = lazyExport(loadVaultMenu, 'VaultMenu');

function VaultCard({ vault, onUnlock, focusUnlock = false, onFocused }: { vault: KnownVault; onUnlock(): void; focusUnlock?: boolean; onFocused?(): void }) {
  const { t, i18n } = useTranslation();
  const unlockButton = useRef<HTMLButtonElement>(null);
  const [menuPressed, setMenuPressed] = useState(false);
  useEffect(() => {
    if (!focusUnlock || !unlockButton.current) return;
    unlockButton.current.focus();
    onFocused?.();
  }, [focusUnlock, onFocused]);
  const queryClient = useQueryClient();
  const header = useQuery({ queryKey: queryKey('vaults.inspect', vault.path), queryFn: () => call('vaults.inspect', { path: vault.path }), retry: false });
  const forget = async () => {
    await call('vaults.forget', { path: vault.path });
    await queryClient.invalidateQueries({ queryKey: queryKey('vaults.list') });
  };
  const members = header.data?.members ?? [];
  return (
    <li className="vault-card" data-testid="vault-card">
      <div className="vault-mark" aria-hidden="true">
        <Logo size={36} />
      </div>
      <div className="vault-main">
        <h2 className="vault-label">{header.data?.label ?? vault.label}</h2>
        <p className="vault-path mono" title={vault.path}>
          {vault.path}
        </p>
        <p className="vault-meta">
          {vault.lastOpenedAt ? t('start.lastOpened', { when: formatDateTime(vault.lastOpenedAt, i18n.language) }) : t('start.neverOpened')}
          {members.length > 0 ? (
            <span className="member-dots" role="img" aria-label={members.map((m) => m.displayName).join(', ')}>
              {members.slice(0, 6).map((m) => (
                <span key={m.id} className="avatar small" aria-hidden="true">
                  {m.displayName.slice(0, 1).toUpperCase()}
                </span>
              ))}
            </span>
          ) : null}
        </p>
        {header.error ? (
          <div className="vault-problem">
            <strong>{t('start.unavailable')}</strong>
            <ErrorText error={header.error} />
          </div>
        ) : null}
      </div>
      <div className="vault-actions">
        <button ref={unlockButton} type="button" className="button primary" onClick={onUnlock} disabled={Boolean(header.error)}>
          {t('start.unlock')}
        </button>
        <Suspense
          fallback={
            // Stands in for the menu's button until its chunk is there: a press meanwhile opens the menu once
            // it is (busy until then), a second press takes that back.
            <button
              type="button"
              className="icon-button"
              aria-haspopup="menu"
              aria-busy={menuPressed}
              aria-label={t('common.moreActions', { name: vault.label })}
              onClick={() => setMenuPressed((pressed) => !pressed)}
            >
              <span aria-hidden="true">⋯</span>
            </button>
          }
        >
          <VaultMenu label={vault.label} onForget={forget} defaultOpen={menuPressed} />
        </Suspense>
      </div>
    </li>
  );
}

/** The start screen: the vaults this device knows, and ways to add one. */
interface StartScreenProps {
  lockNotice: LockReason | null;
  /** The vault just locked by hand: focus lands on its "Ontgrendelen" button, so Enter opens the unlock dialog. */
  resume?: { path: string; label: string } | null;
  onResumed?(): void;
}

export function StartScreen({ lockNotice, resume = null, onResumed }: StartScreenProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const vaults = useQuery({ queryKey: queryKey('vaults.list'), queryFn: () => call('vaults.list', {}) });
  const [unlocking, setUnlocking] = useState<Pick<KnownVault, 'path' | 'label'> | null>(null);
  const [creating, setCreating] = useState(false);
  const [restoring, setRestoring] = useState<{ backup: OfferedBackup | null } | null>(null);
  const [openError, setOpenError] = useState<unknown>(null);
  // Not part of the first paint: the other pages' strings, the unlock dialog and the vault card's menu load just after it.
  useEffect(() => {
    loadAllStrings();
    void loadUnlockDialog().catch(() => undefined);
    void loadVaultMenu().catch(() => undefined);
  }, []);

  const openFolder = async () => {
    setOpenError(null);
    try {
      const { token } = await call('dialog.pickFolder', { purpose: 'openVault' });
      if (!token) return;
      const added = await call('vaults.add', { folder: token });
      await queryClient.invalidateQueries({ queryKey: queryKey('vaults.list') });
      setUnlocking(added);
    } catch (err) {
      setOpenError(err);
    }
  };

  const list = vaults.data ?? [];
  return (
    <div className="page start">
      {lockNotice ? (
        <p className="notice" role="status">
          {t(`shell.lockedNotice.${lockNotice}`)}
        </p>
      ) : null}
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('start.title')}</h1>
          <p className="page-intro">{t('start.intro')}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="button secondary" onClick={() => setRestoring({ backup: null })}>
            {t('start.restore')}
          </button>
          <button type="button" className="button secondary" onClick={openFolder}>
            {t('start.openFolder')}
          </button>
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            {t('start.newVault')}
          </button>
        </div>
      </header>
      <ErrorText error={openError} />

      {vaults.isSuccess && list.length === 0 ? (
        <section className="empty-state">
          <Logo size={96} />
          <h2>{t('start.empty.title')}</h2>
          <p>{t('start.empty.body')}</p>
          <div className="page-actions">
            <button type="button" className="button secondary" onClick={openFolder}>
              {t('start.openFolder')}
            </button>
            <button type="button" className="button primary" onClick={() => setCreating(true)}>
              {t('start.newVault')}
            </button>
          </div>
        </section>
      ) : (
        <ul className="vault-list" aria-label={t('start.listLabel')}>
          {list.map((vault) => (
            <VaultCard key={vault.path} vault={vault} onUnlock={() => setUnlocking(vault)} focusUnlock={resume?.path === vault.path} onFocused={onResumed} />
          ))}
        </ul>
      )}

      <p className="privacy-line">
        <span className="lock-glyph" aria-hidden="true" />
        {t('app.privacy')}
      </p>

      <Suspense fallback={null}>
        {creating ? <CreateVaultDialog open onOpenChange={setCreating} /> : null}
        {restoring ? <RestoreDialog initialBackup={restoring.backup} onClose={() => setRestoring(null)} /> : null}
      </Suspense>
      <Suspense fallback={null}>
        {unlocking ? (
          <UnlockDialog
            path={unlocking.path}
            label={unlocking.label}
            onClose={() => setUnlocking(null)}
            onRestore={(backup) => {
              setUnlocking(null);
              setRestoring({ backup: backup ? { vault: unlocking.path, path: backup } : null });
            }}
          />
        ) : null}
      </Suspense>
    </div>
  );
}
