import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { ErrorText } from '../../ui/ErrorText';

const KNOWN_REASONS = ['not-an-exchange-file', 'tampered', 'truncated', 'too-new', 'pdf-unavailable'] as const;

/** An exchange or report error in words: the file's problem when the core named one, else the general text. */
export function ExchangeErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError) {
    const reason = error.details?.reason;
    const known = KNOWN_REASONS.find((r) => r === reason);
    if (known)
      return (
        <p className="error-text" role="alert">
          {t(`exchange.fileProblems.${known}`)}
        </p>
      );
    if (error.code === 'WRONG_PASSPHRASE')
      return (
        <p className="error-text" role="alert">
          {t('exchange.wrongPassphrase')}
        </p>
      );
  }
  return <ErrorText error={error} />;
}
