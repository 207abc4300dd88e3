import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../shared/contract';

/** The contract's error shape when `error` carries one (the api client's ApiError does); ui knows no api client. */
function errorShape(error: unknown): Pick<AppErrorShape, 'code' | 'details'> | null {
  if (typeof error !== 'object' || error === null || !('code' in error) || typeof error.code !== 'string') return null;
  return error as Pick<AppErrorShape, 'code' | 'details'>;
}

/** The translated message for a failed call, announced to screen readers. */
export function ErrorText({ error, id }: { error: unknown; id?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const shape = errorShape(error);
  const code = shape?.code ?? 'INTERNAL';
  const retry = shape?.details?.retryAfterMs;
  const message =
    code === 'TOO_MANY_ATTEMPTS' && retry !== undefined
      ? t('unlock.wait', { seconds: Math.ceil(retry / 1000) })
      : code === 'INTERNAL' && shape?.details?.reason === 'native-module'
        ? t('errors.nativeModule')
        : t(`errors.${code}`);
  return (
    <p className="error-text" role="alert" id={id}>
      {message}
    </p>
  );
}
