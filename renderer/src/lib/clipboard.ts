import { call } from './api';

/**
 * Copy sensitive text (a recovery code, a step-2 record) through main, which takes it off the
 * clipboard again after a minute, at lock and at quit. Resolves with the minutes until it is cleared.
 */
export async function copySensitive(text: string): Promise<number> {
  const { clearAfterSeconds } = await call('clipboard.copy', { text });
  return Math.max(1, Math.round(clearAfterSeconds / 60));
}
