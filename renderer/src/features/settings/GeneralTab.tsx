import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IDLE_LOCK_MINUTES, type SessionInfo } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { copySensitive } from '../../lib/clipboard';
import { useChangeLocale } from '../../lib/i18n';
import { ErrorText } from '../../ui/ErrorText';
import { LanguageSwitch } from '../../ui/LanguageSwitch';

export function GeneralTab({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const changeLocale = useChangeLocale();
  const queryClient = useQueryClient();
  const [minutes, setMinutes] = useState(String(session.idleLockMinutes));
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const value = Number(minutes);
  const valid = Number.isInteger(value) && value >= IDLE_LOCK_MINUTES.min && value <= IDLE_LOCK_MINUTES.max;

  const save = async () => {
    setSaved(false);
    if (!valid || value === session.idleLockMinutes) return;
    try {
      await call('vault.setIdleLock', { minutes: value });
      await queryClient.invalidateQueries({ queryKey: queryKey('vault.status') });
      setError(null);
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="settings-sections">
      <section className="card">
        <h2 className="section-title" id="language-title">
          {t('language.label')}
        </h2>
        <p className="muted">{t('settings.general.languageHint')}</p>
        <LanguageSwitch onChange={changeLocale} />
      </section>
      <section className="card">
        <h2 className="section-title">{t('settings.general.idle')}</h2>
        <div className="inline-field">
          <label htmlFor="idle-minutes" className="visually-hidden">
            {t('settings.general.idle')}
          </label>
          <input
            id="idle-minutes"
            type="number"
            inputMode="numeric"
            min={IDLE_LOCK_MINUTES.min}
            max={IDLE_LOCK_MINUTES.max}
            value={minutes}
            aria-invalid={valid ? undefined : true}
            aria-describedby="idle-hint"
            onChange={(e) => {
              setMinutes(e.target.value);
              setSaved(false);
            }}
            onBlur={save}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void save();
            }}
          />
          <span>{t('settings.general.idleUnit')}</span>
          {saved ? (
            <span className="success-text" role="status">
              {t('settings.general.saved')}
            </span>
          ) : null}
        </div>
        <p className={valid ? 'field-hint' : 'field-error'} id="idle-hint">
          {t('settings.general.idleHint')}
        </p>
        <ErrorText error={error} />
      </section>
      <Diagnostics />
    </div>
  );
}

/** "Copy diagnostics": versions and the newest lines of the local error log, onto the clipboard for the user to pass on. */
function Diagnostics() {
  const { t } = useTranslation();
  const [clearsIn, setClearsIn] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const copy = async () => {
    setError(null);
    try {
      const { text } = await call('app.diagnostics', {});
      setClearsIn(await copySensitive(text, 600));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="card" aria-labelledby="diagnostics-title">
      <h2 className="section-title" id="diagnostics-title">
        {t('settings.general.diagnostics')}
      </h2>
      <p className="muted">{t('settings.general.diagnosticsHint')}</p>
      <button type="button" className="button secondary" onClick={() => void copy()}>
        {clearsIn !== null ? t('common.copiedClears', { count: clearsIn }) : t('settings.general.copyDiagnostics')}
      </button>
      <ErrorText error={error} />
    </section>
  );
}
