import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copySensitive } from '../../lib/clipboard';
import { ErrorText } from '../../ui/ErrorText';
import './RecoveryCode.css';

export function recoveryGroups(code: string): string[] {
  return code.split('-');
}

/** A recovery code shown in large, numbered groups, with a copy button. */
export function RecoveryCode({ code }: { code: string }) {
  const { t } = useTranslation();
  const [clearsIn, setClearsIn] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const copy = async () => {
    try {
      setError(null);
      setClearsIn(await copySensitive(code));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="recovery">
      <ol className="recovery-groups" aria-label={t('create.recoveryLabel')} data-testid="recovery-code">
        {recoveryGroups(code).map((group, index) => (
          <li key={index}>
            <span className="recovery-index" aria-hidden="true">
              {index + 1}
            </span>
            <span className="recovery-group mono">{group}</span>
          </li>
        ))}
      </ol>
      <button type="button" className="button secondary small" onClick={copy}>
        {clearsIn !== null ? t('common.copiedClears', { count: clearsIn }) : t('common.copy')}
      </button>
      <ErrorText error={error} />
    </div>
  );
}
