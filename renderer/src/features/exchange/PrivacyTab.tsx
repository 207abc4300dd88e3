import { useQuery, useQueryClient } from '@tanstack/react-query';
import { AlertDialog } from 'radix-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionDue, RetentionPolicy } from '../../../../shared/domain/exchange';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { formatDateTime } from '../../lib/i18n';
import './exchange.css';

function EraseDialog({ target, backups, onClose }: { target: RetentionDue; backups: number; onClose(done: boolean): void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<unknown>(null);
  const matches = typed.trim() === target.pseudonym;
  const erase = async () => {
    try {
      await call('cases.erase', { id: target.id, confirmPseudonym: typed });
      onClose(true);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <AlertDialog.Root open onOpenChange={(open) => (open ? undefined : onClose(false))}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="modal-overlay" />
        <AlertDialog.Content className="modal">
          <AlertDialog.Title className="modal-title">{t('privacy.erase.title', { name: target.pseudonym })}</AlertDialog.Title>
          <AlertDialog.Description className="modal-description">{t('privacy.erase.body')}</AlertDialog.Description>
          {backups > 0 ? <p className="notice warning">{t('privacy.erase.backups', { count: backups })}</p> : null}
          <div className="field">
            <label className="field-label" htmlFor="erase-confirm">
              {t('privacy.erase.confirm', { name: target.pseudonym })}
            </label>
            <input
              id="erase-confirm"
              value={typed}
              autoComplete="off"
              onChange={(e) => setTyped(e.target.value)}
              aria-invalid={typed && !matches ? true : undefined}
            />
            {typed && !matches ? <p className="field-error">{t('privacy.erase.mismatch')}</p> : null}
          </div>
          <ErrorText error={error} />
          <div className="form-actions">
            <AlertDialog.Cancel className="button ghost">{t('common.cancel')}</AlertDialog.Cancel>
            <button type="button" className="button danger" disabled={!matches} onClick={() => void erase()}>
              {t('privacy.erase.action')}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

function RetentionForm({ policy, onSaved }: { policy: RetentionPolicy; onSaved(): void }) {
  const { t } = useTranslation();
  const [enabled, setEnabled] = useState(policy.enabled);
  const [months, setMonths] = useState(String(policy.months));
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const value = Number(months);
  const valid = Number.isInteger(value) && value >= 1 && value <= 600;
  const save = async () => {
    setError(null);
    try {
      await call('retention.set', { enabled, months: value });
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="stack">
      <label className="case-choice">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => {
            setEnabled(e.target.checked);
            setSaved(false);
          }}
        />
        {t('privacy.retention.enabled')}
      </label>
      <div className="inline-field">
        <label htmlFor="retention-months">{t('privacy.retention.months')}</label>
        <input
          id="retention-months"
          type="number"
          min={1}
          max={600}
          value={months}
          disabled={!enabled}
          onChange={(e) => {
            setMonths(e.target.value);
            setSaved(false);
          }}
        />
        <button type="button" className="button secondary" disabled={!valid} onClick={() => void save()}>
          {t('privacy.retention.save')}
        </button>
      </div>
      {saved ? (
        <p className="muted small" role="status">
          {t('privacy.retention.saved')}
        </p>
      ) : null}
      <ErrorText error={error} />
    </div>
  );
}

function ConflictList() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const conflicts = useQuery({ queryKey: queryKey('exchange.conflicts'), queryFn: () => call('exchange.conflicts', {}) });
  const [error, setError] = useState<unknown>(null);
  const resolve = async (id: string, keep: 'local' | 'incoming') => {
    try {
      await call('exchange.resolve', { id, keep });
      await queryClient.invalidateQueries();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="card exchange-card" aria-labelledby="conflicts-title" data-testid="conflict-list">
      <h2 className="section-title" id="conflicts-title">
        {t('exchange.conflicts.title')}
      </h2>
      <p className="muted">{t('exchange.conflicts.intro')}</p>
      {conflicts.data?.length === 0 ? <p className="muted">{t('exchange.conflicts.none')}</p> : null}
      <div className="conflict-list">
        {(conflicts.data ?? []).map((c) => (
          <div className="conflict-item" key={c.id}>
            <strong>{t(`exchange.kinds.${c.kind}`)}</strong> · {c.casePseudonym}{' '}
            <span className="muted small">· {formatDateTime(c.importedAt, i18n.language)}</span>
            <div className="conflict-versions">
              <div>
                <span className="field-label">{t('exchange.conflicts.local')}</span>
                <p>{c.localText || '—'}</p>
              </div>
              <div>
                <span className="field-label">{t('exchange.conflicts.incoming')}</span>
                <p>{c.incomingText || '—'}</p>
              </div>
            </div>
            <div className="form-actions start">
              <button type="button" className="button secondary" onClick={() => void resolve(c.id, 'local')}>
                {t('exchange.conflicts.keepLocal')}
              </button>
              <button type="button" className="button secondary" onClick={() => void resolve(c.id, 'incoming')}>
                {t('exchange.conflicts.takeIncoming')}
              </button>
            </div>
          </div>
        ))}
      </div>
      <ErrorText error={error ?? conflicts.error} />
    </section>
  );
}

/** Settings → privacy: retention policy, the cases due for erasure, erasure, and conflicts from imports. */
export function PrivacyTab() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const retention = useQuery({ queryKey: queryKey('retention.get'), queryFn: () => call('retention.get', {}) });
  const [erasing, setErasing] = useState<RetentionDue | null>(null);
  const [erased, setErased] = useState(false);
  const refresh = () => void queryClient.invalidateQueries();
  return (
    <>
      <section className="card" aria-labelledby="retention-title">
        <h2 className="section-title" id="retention-title">
          {t('privacy.retention.title')}
        </h2>
        <p className="muted">{t('privacy.retention.intro')}</p>
        <ErrorText error={retention.error} />
        {retention.data ? <RetentionForm key={JSON.stringify(retention.data.policy)} policy={retention.data.policy} onSaved={refresh} /> : null}
        <h3 className="subsection-title">{t('privacy.retention.due')}</h3>
        {erased ? (
          <p className="notice success" role="status">
            {t('privacy.erase.done')}
          </p>
        ) : null}
        {retention.data && !retention.data.policy.enabled ? <p className="muted">{t('privacy.retention.off')}</p> : null}
        {retention.data?.policy.enabled && retention.data.due.length === 0 ? <p className="muted">{t('privacy.retention.noneDue')}</p> : null}
        {retention.data && retention.data.due.length > 0 ? (
          <table className="table" data-testid="retention-due">
            <thead>
              <tr>
                <th scope="col">{t('exchange.import.case')}</th>
                <th scope="col">{t('privacy.retention.closedAt')}</th>
                <th scope="col">{t('privacy.retention.dueAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('privacy.retention.erase')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {retention.data.due.map((d) => (
                <tr key={d.id}>
                  <td>{d.pseudonym}</td>
                  <td>{formatDateTime(d.closedAt, i18n.language)}</td>
                  <td>{formatDateTime(d.dueAt, i18n.language)}</td>
                  <td>
                    <button
                      type="button"
                      className="button ghost danger-text"
                      onClick={() => {
                        setErased(false);
                        setErasing(d);
                      }}
                    >
                      {t('privacy.retention.erase')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <ConflictList />
      {erasing && retention.data ? (
        <EraseDialog
          target={erasing}
          backups={retention.data.backups}
          onClose={(done) => {
            setErasing(null);
            if (done) {
              setErased(true);
              refresh();
            }
          }}
        />
      ) : null}
    </>
  );
}
