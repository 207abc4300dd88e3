import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './RecoveryCode.css';

export function recoveryGroups(code: string): string[] {
  return code.split('-');
}

/** A recovery code shown in large, numbered groups, with a copy button. */
export function RecoveryCode({ code }: { code: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(code);
    setCopied(true);
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
        {copied ? t('common.copied') : t('common.copy')}
      </button>
    </div>
  );
}
