import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/contract';
import { EXCHANGE_FILE_EXTENSION } from '../../../../shared/domain/exchange';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { Modal } from '../../ui/Modal';
import { NewPassphraseFields, useNewPassphraseReady } from '../../ui/NewPassphraseFields';
import { ExchangeErrorText } from './ExchangeErrorText';
import { PrivacyFindings } from './PrivacyFindings';
import { fileNameFor } from '../../lib/files';
import './exchange.css';
import { localDay } from '../../../../shared/domain/dates';

type Check = MethodOutput<'exchange.check'>;
/** An exchange file's passphrase is shared with the team, so no member's name is held against it. */
const NO_USER_INPUTS: readonly string[] = [];

/**
 * Export cases into one exchange file: choose cases (and the journal), run the privacy check over
 * all that would leave, then agree on a passphrase and save. Changing the choice asks for a new check.
 */
export function ExportDialog({ initialCaseIds, onClose }: { initialCaseIds: string[]; onClose(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const cases = useQuery({ queryKey: queryKey('cases.list', { status: 'all' }), queryFn: () => call('cases.list', { status: 'all' }) });
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(initialCaseIds));
  const [includeJournal, setIncludeJournal] = useState(false);
  const [check, setCheck] = useState<Check | null>(null);
  const [accepted, setAccepted] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState<'check' | 'save' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const passphraseReady = useNewPassphraseReady(passphrase, repeat, NO_USER_INPUTS);

  const choose = (next: Set<string>, journal = includeJournal) => {
    setChosen(next);
    setIncludeJournal(journal);
    setCheck(null);
    setAccepted(false);
  };
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    choose(next);
  };
  const runCheck = async () => {
    setBusy('check');
    setError(null);
    try {
      const result = await call('exchange.check', { caseIds: [...chosen], includeJournal });
      setCheck(result);
      setAccepted(result.hits.length === 0);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  const save = async () => {
    setBusy('save');
    setError(null);
    try {
      const first = cases.data?.find((c) => chosen.has(c.id));
      const suggested = chosen.size === 1 && first ? fileNameFor(first.pseudonym, EXCHANGE_FILE_EXTENSION) : `dyade-${localDay()}.${EXCHANGE_FILE_EXTENSION}`;
      const { token } = await call('dialog.pickSaveFile', { purpose: 'exchange', suggestedName: suggested });
      if (!token) return;
      const result = await call('exchange.export', { caseIds: [...chosen], includeJournal, passphrase, file: token });
      setSavedPath(result.path);
      setPassphrase('');
      setRepeat('');
      await queryClient.invalidateQueries({ queryKey: queryKey('audit.list') });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  const all = cases.data ?? [];

  return (
    <Modal open onOpenChange={(open) => (open ? undefined : onClose())} title={t('exchange.export.title')} description={t('exchange.export.intro')} size="wide">
      <div className="exchange-dialog" data-testid="export-dialog">
        {savedPath ? (
          <>
            <p className="notice success" role="status">
              {t('exchange.export.done', { count: chosen.size, path: savedPath })}
            </p>
            <div className="form-actions">
              <button type="button" className="button primary" onClick={onClose}>
                {t('exchange.export.close')}
              </button>
            </div>
          </>
        ) : (
          <>
            <fieldset className="choice">
              <legend className="field-label">{t('exchange.export.cases')}</legend>
              {all.length === 0 ? <p className="muted">{t('exchange.export.noCases')}</p> : null}
              {all.length > 1 ? (
                <label className="case-choice">
                  <input
                    type="checkbox"
                    checked={chosen.size === all.length}
                    onChange={(e) => choose(e.target.checked ? new Set(all.map((c) => c.id)) : new Set())}
                  />
                  {t('exchange.export.selectAll')}
                </label>
              ) : null}
              <div className="case-choices">
                {all.map((c) => (
                  <label key={c.id} className="case-choice">
                    <input type="checkbox" checked={chosen.has(c.id)} onChange={() => toggle(c.id)} />
                    {c.pseudonym}
                    <span className="muted small">· {t(`cases.statuses.${c.status}`)}</span>
                  </label>
                ))}
              </div>
              <label className="case-choice">
                <input type="checkbox" checked={includeJournal} onChange={(e) => choose(chosen, e.target.checked)} />
                {t('exchange.export.includeJournal')}
              </label>
            </fieldset>

            <section className="step" aria-labelledby="export-privacy-title">
              <h3 className="step-title" id="export-privacy-title">
                {t('exchange.privacy.title')}
              </h3>
              {check ? <PrivacyFindings hits={check.hits} fieldsChecked={check.fieldsChecked} /> : null}
              {!check ? (
                <button type="button" className="button secondary" disabled={chosen.size === 0 || busy !== null} onClick={() => void runCheck()}>
                  {busy === 'check' ? t('exchange.export.checking') : t('exchange.export.check')}
                </button>
              ) : null}
              {check && !accepted ? (
                <div className="form-actions start">
                  <button type="button" className="button ghost" onClick={onClose}>
                    {t('exchange.privacy.fix')}
                  </button>
                  <button type="button" className="button secondary" onClick={() => setAccepted(true)}>
                    {t('exchange.privacy.goOn')}
                  </button>
                </div>
              ) : null}
            </section>

            {check && accepted ? (
              <section className="step">
                <NewPassphraseFields
                  label={t('exchange.export.passphrase')}
                  repeatLabel={t('exchange.export.repeat')}
                  hint={t('exchange.export.passphraseHint')}
                  passphrase={passphrase}
                  repeat={repeat}
                  onPassphrase={setPassphrase}
                  onRepeat={setRepeat}
                  userInputs={NO_USER_INPUTS}
                  showErrors={false}
                />
                <div className="form-actions">
                  <button type="button" className="button ghost" onClick={onClose}>
                    {t('common.cancel')}
                  </button>
                  <button type="button" className="button primary" disabled={!passphraseReady || busy !== null} onClick={() => void save()}>
                    {busy === 'save' ? t('exchange.export.saving') : t('exchange.export.save')}
                  </button>
                </div>
              </section>
            ) : null}
            <ExchangeErrorText error={error} />
          </>
        )}
      </div>
    </Modal>
  );
}
