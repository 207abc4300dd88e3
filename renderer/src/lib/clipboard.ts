import { call } from './api';

/**
 * Copy text through main, which takes it off the clipboard again after `clearAfterSeconds` (a minute
 * for a recovery code or step-2 text), at lock and at quit. Resolves with the minutes until then.
 */
export async function copySensitive(text: string, clearAfterSeconds = 60): Promise<number> {
  const copied = await call('clipboard.copy', { text, clearAfterSeconds });
  return Math.max(1, Math.round(copied.clearAfterSeconds / 60));
}
