import { useTranslation } from 'react-i18next';

/** "Saving…" / "Saved" beside a form that saves as you type; `idleText` while nothing happened yet. */
export function SaveState({ state, idleText = '' }: { state: 'idle' | 'saving' | 'saved' | 'error'; idleText?: string }) {
  const { t } = useTranslation();
  return (
    <span className="save-state muted small" role="status">
      {state === 'saving' ? t('cases.saving') : state === 'saved' ? t('cases.saved') : idleText}
    </span>
  );
}
