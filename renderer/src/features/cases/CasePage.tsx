import { useQuery, useQueryClient } from '@tanstack/react-query';
import { AlertDialog, DropdownMenu } from 'radix-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/contract';
import type { Case } from '../../../../shared/domain/case';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { DeferredRender } from '../../ui/DeferredRender';
import { ErrorText } from '../../ui/ErrorText';
import { formatDateTime } from '../../lib/i18n';
import { CASE_VIEWS, navigate, routeHref, useRoute, type CaseView } from '../../lib/router';
import { ContinuumCard } from '../care';
import { CaseTimeline } from '../journal';
import { HypothesisRegister } from '../hypotheses';
import { HistoryView, MapWorkspace, useMapActions } from '../map';
import { MeldcodePanel } from '../meldcode';
import { CaseSheetLink, CaseShareMenu } from '../reports';
import { CaseFormDialog } from './CaseFormDialog';
import { phaseLabel } from './CasesPage';
import { ParentVoicePanel } from './ParentVoicePanel';
import { PeoplePanel } from './PeoplePanel';
import { ThousandDaysStrip } from './ThousandDaysStrip';
import { useUndo } from '../../lib/undo';
import './CasePage.css';

function DeleteCaseDialog({ target, onClose }: { target: Case; onClose(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<unknown>(null);
  const matches = typed.trim() === target.pseudonym;
  // What else goes, and what stays behind: the journal entries on the case, the backups that hold it.
  const journal = useQuery({ queryKey: queryKey('journal.list', { caseId: target.id }), queryFn: () => call('journal.list', { caseId: target.id }) });
  const backups = useQuery({ queryKey: queryKey('vault.backups'), queryFn: () => call('vault.backups', {}) });
  const remove = async () => {
    try {
      await call('cases.delete', { id: target.id, confirmPseudonym: typed });
      queryClient.removeQueries({ queryKey: queryKey('cases.get', target.id) });
      await queryClient.invalidateQueries({ queryKey: queryKey('cases.list') });
      onClose();
      navigate({ name: 'cases' });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <AlertDialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="modal-overlay" />
        <AlertDialog.Content className="modal">
          <AlertDialog.Title className="modal-title">{t('cases.deleteTitle', { name: target.pseudonym })}</AlertDialog.Title>
          <AlertDialog.Description className="modal-description">{t('cases.deleteBody')}</AlertDialog.Description>
          <ul className="delete-impact">
            <li>{t('cases.deleteJournal', { count: journal.data?.length ?? 0 })}</li>
            <li>{t('cases.deleteBackups', { count: backups.data?.length ?? 0 })}</li>
          </ul>
          <div className="field">
            <label className="field-label" htmlFor="delete-confirm">
              {t('cases.deleteConfirm', { name: target.pseudonym })}
            </label>
            <input
              id="delete-confirm"
              value={typed}
              autoComplete="off"
              onChange={(e) => setTyped(e.target.value)}
              aria-invalid={typed && !matches ? true : undefined}
            />
            {typed && !matches ? <p className="field-error">{t('cases.deleteMismatch')}</p> : null}
          </div>
          <ErrorText error={error} />
          <div className="form-actions">
            <AlertDialog.Cancel className="button ghost">{t('common.cancel')}</AlertDialog.Cancel>
            <button type="button" className="button danger" disabled={!matches} onClick={() => void remove()}>
              {t('cases.delete')}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

/** One case: its map (the heart), its people, and the history of the map. */
export function CasePage({ id, view, session }: { id: string; view: CaseView; session: SessionInfo }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const detail = useQuery({
    queryKey: queryKey('cases.get', id),
    queryFn: async () => {
      const data = await call('cases.get', { id });
      // Marks for `npm run bench`: from the data's arrival to the first drawn map.
      performance.mark('dyade:case-data');
      return data;
    },
  });
  const members = useQuery({ queryKey: queryKey('members.list'), queryFn: () => call('members.list', {}) });
  const { last, undone, record, undo } = useUndo();
  const actions = useMapActions(id, record);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A search or palette result for a factor links here with the factor's id: the map opens it.
  const route = useRoute();
  const linkedFactorId = route.name === 'case' && route.id === id ? (route.factorId ?? null) : null;

  // Ctrl/Cmd+Z outside text fields undoes the last change on the case.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' && last) {
        event.preventDefault();
        void undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [last, undo]);

  if (detail.error) {
    return (
      <div className="page">
        <ErrorText error={detail.error} />
        <a href={routeHref({ name: 'cases' })}>{t('cases.backToList')}</a>
      </div>
    );
  }
  if (!detail.data) return <p className="page muted">{t('common.loading')}</p>;
  const data = detail.data;
  const item = data.case;
  const holder = members.data?.find((m) => m.id === item.holderId)?.displayName ?? (item.holderId === session.member.id ? session.member.displayName : null);
  const setStatus = async (status: Case['status']) => {
    try {
      await call('cases.setStatus', { id, status });
      await queryClient.invalidateQueries({ queryKey: queryKey('cases.get', id) });
      await queryClient.invalidateQueries({ queryKey: queryKey('cases.list') });
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="page page-wide case-page">
      <nav className="breadcrumb" aria-label={t('cases.backToList')}>
        <a href={routeHref({ name: 'cases' })}>← {t('cases.backToList')}</a>
      </nav>
      <header className="page-header">
        <div>
          <h1 className="page-title">{item.pseudonym}</h1>
          <p className="case-meta">
            <span>{phaseLabel(t, item.phase, item.pregnancyWeek)}</span>
            <span className={`badge ${item.status}`}>{t(`cases.statuses.${item.status}`)}</span>
            {holder || item.holderId ? (
              <span>
                {t('cases.holder')}: {holder ?? '…'}
              </span>
            ) : null}
          </p>
          {item.contextNote ? <p className="page-intro">{item.contextNote}</p> : null}
        </div>
        <div className="page-actions">
          {/* Always there, greyed out until there is a change to undo: a button that appeared after the first
              edit would push the row of actions (and the page below it) down. undo() does nothing without one. */}
          <button
            type="button"
            className="button secondary"
            // aria-disabled, not disabled: pressed, it keeps focus (a disabled button would drop it to the page).
            aria-disabled={!last}
            onClick={() => void undo()}
            aria-keyshortcuts="Control+Z"
            title={last ? t('cases.lastChange', { what: t(`cases.undoWhat.${last.what}`) }) : undefined}
          >
            ↶ {t('cases.undo')}
          </button>
          <CaseSheetLink caseId={id} />
          {item.status === 'open' ? (
            <a className="button secondary" href={routeHref({ name: 'sessions', plan: { from: 'case', id } })}>
              {t('meetings.fromCase')}
            </a>
          ) : null}
          <CaseShareMenu target={item} />
          <DropdownMenu.Root>
            <DropdownMenu.Trigger className="button secondary">{t('cases.actions')}</DropdownMenu.Trigger>
            <DropdownMenu.Portal>
              <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
                <DropdownMenu.Item className="menu-item" onSelect={() => setEditing(true)}>
                  {t('cases.edit')}
                </DropdownMenu.Item>
                {item.status === 'open' ? (
                  <DropdownMenu.Item className="menu-item" onSelect={() => void setStatus('closed')}>
                    {t('cases.close')}
                  </DropdownMenu.Item>
                ) : (
                  <DropdownMenu.Item className="menu-item" onSelect={() => void setStatus('open')}>
                    {t('cases.reopen')}
                  </DropdownMenu.Item>
                )}
                <DropdownMenu.Separator className="menu-separator" />
                <DropdownMenu.Item className="menu-item danger-text" onSelect={() => setDeleting(true)}>
                  {t('cases.delete')}
                </DropdownMenu.Item>
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
        </div>
      </header>
      {item.dueWeek ? (
        <ThousandDaysStrip dueWeek={item.dueWeek} />
      ) : item.phase === 'pregnancy' || item.phase === 'preconception' ? (
        <p className="muted small">{t('thousandDays.noDueWeek')}</p>
      ) : null}
      <ErrorText error={error} />
      {undone ? (
        <p className="notice" role="status">
          {t('cases.undone', { what: t(`cases.undoWhat.${undone}`) })}
        </p>
      ) : null}
      {item.status === 'closed' && item.closedAt ? (
        <p className="notice" role="status">
          {t('cases.closedNotice', { when: formatDateTime(item.closedAt, i18n.language) })}
        </p>
      ) : null}
      <nav className="tab-list" aria-label={item.pseudonym}>
        {CASE_VIEWS.map((v) => (
          <a key={v} className="tab" href={routeHref({ name: 'case', id, view: v })} aria-current={view === v ? 'page' : undefined}>
            {t(`cases.views.${v}`)}
          </a>
        ))}
      </nav>
      {view === 'map' ? (
        <MapWorkspace
          detail={data}
          actions={actions}
          openFactorId={linkedFactorId}
          // The link has done its work: the address goes back to the map, so the same result opens it again.
          onFactorOpened={() => window.location.replace(routeHref({ name: 'case', id, view: 'map' }))}
        />
      ) : null}
      {view === 'map' ? (
        // Below the map: rendered just after it, so the map is drawn first.
        <DeferredRender>
          <ContinuumCard factors={data.factors} />
          <HypothesisRegister
            caseId={id}
            linked={route.name === 'case' && route.id === id && route.section === 'hypotheses'}
            onArrived={() => window.location.replace(routeHref({ name: 'case', id, view: 'map' }))}
          />
        </DeferredRender>
      ) : null}
      {view === 'voice' ? <ParentVoicePanel item={item} actions={actions} /> : null}
      {view === 'people' ? <PeoplePanel caseId={id} people={data.people} actions={actions} readOnly={item.status === 'closed'} /> : null}
      {view === 'history' ? <HistoryView detail={data} /> : null}
      {view === 'timeline' ? <CaseTimeline caseId={id} /> : null}
      {view === 'meldcode' ? <MeldcodePanel caseId={id} readOnly={item.status === 'closed'} /> : null}
      {editing ? <CaseFormDialog existing={item} onClose={() => setEditing(false)} /> : null}
      {deleting ? <DeleteCaseDialog target={item} onClose={() => setDeleting(false)} /> : null}
    </div>
  );
}
