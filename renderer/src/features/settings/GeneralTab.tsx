import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IDLE_LOCK_MINUTES, type SessionInfo } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
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
    </div>
  );
}
