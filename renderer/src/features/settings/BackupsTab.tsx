import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifyReport } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { formatDateTime } from '../../lib/i18n';
import { OldBackups } from './OldBackups';

function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}

export function BackupsTab() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const backups = useQuery({ queryKey: queryKey('vault.backups'), queryFn: () => call('vault.backups', {}) });
  const [made, setMade] = useState<string | null>(null);
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [busy, setBusy] = useState<'backup' | 'verify' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const makeBackup = async () => {
    setError(null);
    setMade(null);
    try {
      const { token } = await call('dialog.pickFolder', { purpose: 'backupTarget' });
      if (!token) return;
      setBusy('backup');
      const backup = await call('vault.backup', { folder: token });
      setMade(backup.path);
      await queryClient.invalidateQueries({ queryKey: queryKey('audit.list') });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const verify = async () => {
    setError(null);
    setReport(null);
    setBusy('verify');
    try {
      setReport(await call('vault.verify', {}));
      await queryClient.invalidateQueries({ queryKey: queryKey('audit.list') });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="settings-sections">
      <section className="card">
        <h2 className="section-title">{t('settings.tabs.backups')}</h2>
        <p className="muted">{t('settings.backups.intro')}</p>
        <button type="button" className="button primary" onClick={makeBackup} disabled={busy !== null} aria-busy={busy === 'backup'}>
          {busy === 'backup' ? t('common.working') : t('settings.backups.makeNow')}
        </button>
        {made ? (
          <p className="success-text" role="status">
            {t('settings.backups.made', { path: made })}
          </p>
        ) : null}
        <OldBackups />
        <h3 className="subsection-title">{t('settings.backups.list')}</h3>
        {backups.data && backups.data.length === 0 ? <p className="muted">{t('settings.backups.none')}</p> : null}
        <ul className="backup-list">
          {(backups.data ?? []).map((backup) => (
            <li key={backup.path}>
              <span>{formatDateTime(backup.createdAt, i18n.language)}</span>
              <span className="mono muted small">{backup.path}</span>
              <span className="muted small">{formatBytes(backup.bytes, i18n.language)}</span>
              {backup.oldKey ? <span className="badge old-key-badge">{t('settings.backups.oldKey')}</span> : null}
            </li>
          ))}
        </ul>
      </section>
      <section className="card">
        <h2 className="section-title">{t('settings.backups.verifyTitle')}</h2>
        <p className="muted">{t('settings.backups.verifyBody')}</p>
        <button type="button" className="button secondary" onClick={verify} disabled={busy !== null} aria-busy={busy === 'verify'}>
          {busy === 'verify' ? t('common.working') : t('settings.backups.verify')}
        </button>
        {report ? (
          <div role="status">
            <p className={report.problems.length === 0 ? 'success-text' : 'error-text'}>
              {report.problems.length === 0 ? t('settings.backups.verifyOk', { pages: report.pages }) : t('settings.backups.verifyProblems')}
            </p>
            <p className={report.audit.ok ? 'success-text' : 'error-text'}>
              {report.audit.ok
                ? t('settings.backups.auditOk', { count: report.audit.entries })
                : t('settings.backups.auditBroken', { id: report.audit.breakAt ?? 0 })}
            </p>
          </div>
        ) : null}
      </section>
      <ErrorText error={error} />
    </div>
  );
}
