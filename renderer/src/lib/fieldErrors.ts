import type { TFunction } from 'i18next';
import { ApiError } from './api';

/** Translated messages per field from an INVALID_INPUT error, keyed by the first path segment. */
export function fieldErrors(error: unknown, t: TFunction): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== 'INVALID_INPUT') return {};
  const messages: Record<string, string> = {};
  for (const issue of error.details?.issues ?? []) {
    const field = String(issue.path[0] ?? '');
    if (messages[field]) continue;
    messages[field] =
      issue.code === 'too_big' && issue.maximum !== undefined
        ? t('fieldErrors.tooLong', { max: issue.maximum })
        : issue.code === 'too_small'
          ? t('fieldErrors.required')
          : t('fieldErrors.invalid');
  }
  return messages;
}
