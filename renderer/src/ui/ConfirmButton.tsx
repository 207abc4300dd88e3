import { AlertDialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  /** The button's text, also the dialog's title and its confirming button. */
  label: string;
  /** What will happen, said before it happens. */
  description: string;
  /** The look of the button that opens the dialog, and of the one that confirms. */
  trigger: 'primary' | 'secondary' | 'danger';
  confirm: 'primary' | 'danger';
  small?: boolean;
  busy?: boolean;
  onConfirm(): void;
}

/** A button that asks first: a Radix alert dialog with Cancel and the action, focus returned to the button. */
export function ConfirmButton({ label, description, trigger, confirm, small = false, busy = false, onConfirm }: ConfirmButtonProps) {
  const { t } = useTranslation();
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger className={`button ${trigger}${small ? ' small' : ''}`} disabled={busy} aria-busy={busy}>
        {busy ? t('common.working') : label}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="modal-overlay" />
        <AlertDialog.Content className="modal">
          <AlertDialog.Title className="modal-title">{label}</AlertDialog.Title>
          <AlertDialog.Description className="modal-description">{description}</AlertDialog.Description>
          <div className="form-actions">
            <AlertDialog.Cancel className="button ghost">{t('common.cancel')}</AlertDialog.Cancel>
            <AlertDialog.Action className={`button ${confirm}`} onClick={onConfirm}>
              {label}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
