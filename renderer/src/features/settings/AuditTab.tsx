import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntry } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { formatDateTime } from '../../lib/i18n';
import { localDay } from '../../../../shared/domain/dates';

const PAGE = 50;

type Translate = ReturnType<typeof useTranslation>['t'];

/** The facts of an audit entry in words: translated reasons, member names instead of ids, local times. */
export function describeDetail(entry: AuditEntry, t: Translate, locale: string, memberNames: Map<string, string>): string {
  const d = entry.detail;
  const parts: string[] = [];
  if (typeof d.reason === 'string')
    parts.push(t('settings.audit.detail.reason', { reason: t(`settings.audit.detail.reasons.${d.reason}`, { defaultValue: d.reason }) }));
  if (typeof d.memberId === 'string')
    parts.push(t('settings.audit.detail.member', { name: memberNames.get(d.memberId) ?? t('settings.audit.detail.removedMember') }));
  if (typeof d.count === 'number' && typeof d.lastAt === 'string')
    parts.push(t('settings.audit.detail.attempts', { count: d.count, time: formatDateTime(d.lastAt, locale) }));
  if (entry.action === 'backups.deleted' && typeof d.count === 'number') parts.push(t('settings.audit.detail.backupsDeleted', { count: d.count }));
  if (typeof d.file === 'string') parts.push(t('settings.audit.detail.file', { file: d.file }));
  if (typeof d.automatic === 'boolean') parts.push(t(d.automatic ? 'settings.audit.detail.automatic' : 'settings.audit.detail.manual'));
  if (entry.action === 'settings.changed' && typeof d.value === 'number') parts.push(t('settings.audit.detail.idleMinutes', { value: d.value }));
  if (entry.action === 'settings.changed' && d.key === 'careOptions' && typeof d.option === 'string' && typeof d.change === 'string')
    parts.push(t('care.audit.change', { option: d.option, change: t(`care.audit.changes.${d.change}`, { defaultValue: d.change }) }));
  if (entry.action === 'vault.verified')
    parts.push(d.ok === true ? t('settings.audit.detail.verifiedOk') : t('settings.audit.detail.verifiedProblems', { count: Number(d.problems ?? 0) }));
  if (d.viaRecovery === true) parts.push(t('settings.audit.detail.viaRecovery'));
  if (d.view === 'access-export') parts.push(t('settings.audit.detail.forAccessExport'));
  if (typeof d.from === 'string') parts.push(t('settings.audit.detail.restoredFrom', { from: d.from }));
  if (typeof d.kind === 'string') parts.push(t('audit.detail.kind', { kind: d.kind }));
  if (typeof d.cases === 'number') parts.push(t('audit.detail.cases', { count: d.cases }));
  if (typeof d.caseId === 'string') parts.push(t('audit.detail.case', { id: d.caseId.slice(0, 8) }));
  if (entry.action === 'import.done' && typeof d.added === 'number')
    parts.push(t('audit.detail.imported', { added: d.added, updated: Number(d.updated ?? 0), count: Number(d.conflicts ?? 0) }));
  return parts.join(' · ');
}

export function AuditTab() {
  const { t, i18n } = useTranslation();
  const [action, setAction] = useState<AuditAction | ''>('');
  const [memberId, setMemberId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [exported, setExported] = useState<string | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const filter = { ...(action ? { action } : {}), ...(memberId ? { memberId } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const log = useInfiniteQuery({
    queryKey: queryKey('audit.list', filter),
    initialPageParam: undefined as number | undefined,
    queryFn: async ({ pageParam }) => {
      const page = await call('audit.search', { limit: PAGE, ...(pageParam !== undefined ? { beforeId: pageParam } : {}), ...filter });
      return { ...page, entries: page.entries as AuditEntry[] };
    },
    getNextPageParam: (last) => (last.hasMore ? last.entries[last.entries.length - 1]?.id : undefined),
  });
  const members = useQuery({ queryKey: queryKey('members.list'), queryFn: () => call('members.list', {}) });
  const memberNames = new Map((members.data ?? []).map((m) => [m.id, m.displayName]));
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];
  const exportLog = async (format: 'csv' | 'json') => {
    setExportError(null);
    setExported(null);
    try {
      const { token } = await call('dialog.pickSaveFile', { purpose: 'audit', suggestedName: `dyade-audit-${localDay()}.${format}` });
      if (!token) return;
      const result = await call('audit.export', { file: token, format, filter });
      setExported(t('audit.exported', { count: result.count, path: result.path }));
      await log.refetch();
    } catch (err) {
      setExportError(err);
    }
  };
  return (
    <section className="card">
      <div className="card-header">
        <p className="muted">{t('settings.audit.intro')}</p>
        <div className="inline-field">
          <label htmlFor="audit-filter">{t('settings.audit.filter')}</label>
          <select id="audit-filter" value={action} onChange={(e) => setAction(e.target.value as AuditAction | '')}>
            <option value="">{t('settings.audit.all')}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`settings.audit.actions.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="inline-field">
          <label htmlFor="audit-member">{t('audit.member')}</label>
          <select id="audit-member" value={memberId} onChange={(e) => setMemberId(e.target.value)}>
            <option value="">{t('audit.allMembers')}</option>
            {(members.data ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.displayName}
              </option>
            ))}
          </select>
        </div>
        <div className="inline-field">
          <label htmlFor="audit-from">{t('audit.from')}</label>
          <input id="audit-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="inline-field">
          <label htmlFor="audit-to">{t('audit.to')}</label>
          <input id="audit-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <div className="form-actions start">
          <button type="button" className="button secondary" onClick={() => void exportLog('csv')}>
            {t('audit.exportCsv')}
          </button>
          <button type="button" className="button secondary" onClick={() => void exportLog('json')}>
            {t('audit.exportJson')}
          </button>
        </div>
      </div>
      {exported ? (
        <p className="notice success" role="status">
          {exported}
        </p>
      ) : null}
      <ErrorText error={exportError} />
      <ErrorText error={log.error} />
      {log.isSuccess && entries.length === 0 ? <p className="muted">{t('settings.audit.empty')}</p> : null}
      {entries.length > 0 ? (
        <table className="table" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('settings.audit.when')}</th>
              <th scope="col">{t('settings.audit.who')}</th>
              <th scope="col">{t('settings.audit.what')}</th>
              <th scope="col">{t('settings.audit.details')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="nowrap">{formatDateTime(entry.at, i18n.language)}</td>
                <td>{entry.actor?.displayName ?? <span className="muted">{t('settings.audit.system')}</span>}</td>
                <td>{t(`settings.audit.actions.${entry.action}`)}</td>
                <td className="muted small">{describeDetail(entry, t, i18n.language, memberNames)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {log.hasNextPage ? (
        <button type="button" className="button secondary" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
          {t('settings.audit.more')}
        </button>
      ) : null}
    </section>
  );
}
