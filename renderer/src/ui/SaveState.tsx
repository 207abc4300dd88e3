import { useTranslation } from 'react-i18next';

/**
 * "Saving…" / "Saved" beside a form that saves as you type; `idleText` while nothing happened yet.
 * The text is its own polite live region, so a screen reader hears the save where it shows (the
 * app's shared live region does not repeat it: one element says "Opgeslagen", not two).
 */
export function SaveState({ state, idleText = '' }: { state: 'idle' | 'saving' | 'saved' | 'error'; idleText?: string }) {
  const { t } = useTranslation();
  return (
    <span className="save-state muted small" role="status" aria-live="polite" aria-atomic="true">
      {state === 'saving' ? t('cases.saving') : state === 'saved' ? t('cases.saved') : idleText}
    </span>
  );
}
