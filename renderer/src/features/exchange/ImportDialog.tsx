import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeImportReport } from '../../../../shared/domain/exchange';
import { call } from '../../lib/api';
import { PassphraseField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { formatDateTime } from '../../lib/i18n';
import { ExchangeErrorText } from './ExchangeErrorText';
import './exchange.css';

function PreviewTable({ report }: { report: ExchangeImportReport }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('exchange.import.previewTitle')}>
      <table className="table import-preview" data-testid="import-preview">
        <thead>
          <tr>
            <th scope="col">{t('exchange.import.case')}</th>
            <th scope="col" className="number">
              {t('exchange.import.added')}
            </th>
            <th scope="col" className="number">
              {t('exchange.import.updated')}
            </th>
            <th scope="col" className="number">
              {t('exchange.import.unchanged')}
            </th>
            <th scope="col" className="number">
              {t('exchange.import.keptLocal')}
            </th>
            <th scope="col" className="number">
              {t('exchange.import.conflicts')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.cases.map((c) => (
            <tr key={c.id}>
              <td>
                {c.pseudonym}
                <span className="muted small case-state">{c.isNew ? t('exchange.import.new') : t('exchange.import.existing')}</span>
              </td>
              <td className="number">{c.added}</td>
              <td className="number">{c.updated}</td>
              <td className="number">{c.unchanged}</td>
              <td className="number">{c.keptLocal}</td>
              <td className="number">{c.conflicts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Choose a file, give the shared passphrase, see what would change, then merge it in one go. */
export function ImportDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  // The chosen file: its token for the core, its path only to show.
  const [file, setFile] = useState<{ token: string; path: string } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<ExchangeImportReport | null>(null);
  const [done, setDone] = useState<ExchangeImportReport | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const pick = async () => {
    setError(null);
    try {
      const chosen = await call('dialog.pickOpenFile', { purpose: 'exchange' });
      if (chosen.token && chosen.path) {
        setFile({ token: chosen.token, path: chosen.path });
        setPreview(null);
      }
    } catch (err) {
      setError(err);
    }
  };
  const run = async (mode: 'preview' | 'import') => {
    if (!file) return;
    setBusy(mode);
    setError(null);
    try {
      if (mode === 'preview') setPreview(await call('exchange.preview', { file: file.token, passphrase }));
      else {
        setDone(await call('exchange.import', { file: file.token, passphrase }));
        setPassphrase('');
        await queryClient.invalidateQueries();
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  const total = (report: ExchangeImportReport, key: 'added' | 'updated' | 'conflicts') => report.cases.reduce((sum, c) => sum + c[key], 0);

  return (
    <Modal open onOpenChange={(open) => (open ? undefined : onClose())} title={t('exchange.import.title')} description={t('exchange.import.intro')} size="wide">
      <div className="exchange-dialog" data-testid="import-dialog">
        {done ? (
          <>
            <p className="notice success" role="status">
              {t('exchange.import.done', { added: total(done, 'added'), updated: total(done, 'updated'), count: total(done, 'conflicts') })}
            </p>
            <PreviewTable report={done} />
            {done.conflicts.length > 0 ? <p className="muted">{t('exchange.import.conflictsNote')}</p> : null}
            <div className="form-actions">
              <button type="button" className="button primary" onClick={onClose}>
                {t('exchange.export.close')}
              </button>
            </div>
          </>
        ) : (
          <>
            <div className="file-choice">
              <button type="button" className="button secondary" onClick={() => void pick()}>
                {t('exchange.import.choose')}
              </button>
              <span className={file ? 'file-name' : 'muted'} data-testid="import-file">
                {file?.path ?? t('exchange.import.noFile')}
              </span>
            </div>
            <PassphraseField
              label={t('exchange.import.passphrase')}
              value={passphrase}
              onChange={(e) => {
                setPassphrase(e.target.value);
                setPreview(null);
              }}
            />
            {!preview ? (
              <div className="form-actions">
                <button type="button" className="button ghost" onClick={onClose}>
                  {t('common.cancel')}
                </button>
                <button type="button" className="button primary" disabled={!file || !passphrase || busy !== null} onClick={() => void run('preview')}>
                  {busy === 'preview' ? t('exchange.import.opening') : t('exchange.import.preview')}
                </button>
              </div>
            ) : (
              <section className="step" aria-labelledby="import-preview-title">
                <h3 className="step-title" id="import-preview-title">
                  {t('exchange.import.previewTitle')}
                </h3>
                <p className="muted small">{t('exchange.import.exportedAt', { date: formatDateTime(preview.manifest.exportedAt, i18n.language) })}</p>
                <PreviewTable report={preview} />
                {preview.conflicts.length > 0 ? (
                  <>
                    <p className="notice warning">{t('exchange.import.conflictsNote')}</p>
                    <ul className="plain-list" data-testid="import-conflicts">
                      {preview.conflicts.map((c) => (
                        <li key={c.id}>
                          <strong>{t(`exchange.kinds.${c.kind}`)}</strong> · {c.casePseudonym}: {t('exchange.conflicts.local')} “{c.localText}” —{' '}
                          {t('exchange.conflicts.incoming')} “{c.incomingText}”
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <div className="form-actions">
                  <button type="button" className="button ghost" onClick={() => setPreview(null)}>
                    {t('exchange.import.back')}
                  </button>
                  <button type="button" className="button primary" disabled={busy !== null} onClick={() => void run('import')}>
                    {busy === 'import' ? t('exchange.import.importing') : t('exchange.import.confirm')}
                  </button>
                </div>
              </section>
            )}
            <ExchangeErrorText error={error} />
          </>
        )}
      </div>
    </Modal>
  );
}
