import { useTranslation } from 'react-i18next';
import { ApiError, errorCode } from '../lib/api';

/** The translated message for a failed call, announced to screen readers. */
export function ErrorText({ error, id }: { error: unknown; id?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = errorCode(error);
  const retry = error instanceof ApiError ? error.details?.retryAfterMs : undefined;
  const message =
    code === 'TOO_MANY_ATTEMPTS' && retry !== undefined
      ? t('unlock.wait', { seconds: Math.ceil(retry / 1000) })
      : t(`errors.${code}`);
  return (
    <p className="error-text" role="alert" id={id}>
      {message}
    </p>
  );
}
