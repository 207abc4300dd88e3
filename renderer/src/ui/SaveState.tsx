import { useTranslation } from 'react-i18next';
import { useAnnounceSaved } from './announce';

/**
 * "Saving…" / "Saved" beside a form that saves as you type; `idleText` while nothing happened yet.
 * A save is told once in the app's live region, not by a live region of its own.
 */
export function SaveState({ state, idleText = '' }: { state: 'idle' | 'saving' | 'saved' | 'error'; idleText?: string }) {
  const { t } = useTranslation();
  useAnnounceSaved(state, t('cases.saved'));
  return <span className="save-state muted small">{state === 'saving' ? t('cases.saving') : state === 'saved' ? t('cases.saved') : idleText}</span>;
}
