import { Dialog } from 'radix-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './Modal.css';

interface ModalProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** Wide dialogs for multi-step flows. */
  size?: 'normal' | 'wide';
  /** When false, Escape and clicking outside do not close it (e.g. while a recovery code is shown). */
  dismissable?: boolean;
}

/** An accessible modal dialog (Radix): focus trapped, labelled by its title, Escape closes. */
export function Modal({ open, onOpenChange, title, description, children, size = 'normal', dismissable = true }: ModalProps) {
  const { t } = useTranslation();
  const block = (event: Event) => {
    if (!dismissable) event.preventDefault();
  };
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="modal-overlay" />
        <Dialog.Content
          className={`modal modal-${size}`}
          onEscapeKeyDown={block}
          onPointerDownOutside={block}
          onInteractOutside={block}
          aria-describedby={description ? undefined : undefined}
        >
          <header className="modal-header">
            <Dialog.Title className="modal-title">{title}</Dialog.Title>
            {dismissable ? (
              <Dialog.Close className="icon-button" aria-label={t('common.close')}>
                <span aria-hidden="true">×</span>
              </Dialog.Close>
            ) : null}
          </header>
          {description ? (
            <Dialog.Description className="modal-description">{description}</Dialog.Description>
          ) : (
            <Dialog.Description className="visually-hidden">{title}</Dialog.Description>
          )}
          <div className="modal-body">{children}</div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
