import { Dialog } from 'radix-ui';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreFocus } from './focus';
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
  /** Where focus goes on close when what opened the dialog is gone (an element or a selector); else the page heading. */
  returnFocus?: () => Element | string | null | undefined;
}

/** An accessible modal dialog (Radix): focus trapped, labelled by its title, Escape closes. */
export function Modal({ open, onOpenChange, title, description, children, size = 'normal', dismissable = true, returnFocus }: ModalProps) {
  const { t } = useTranslation();
  // Opened without a Radix trigger: remember what had focus when it opened, to give focus back on close.
  // Radix's portal renders the content one commit later, so here focus is still on the opener.
  const opener = useRef<Element | null>(null);
  useLayoutEffect(() => {
    if (open) opener.current = document.activeElement;
  }, [open]);
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
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            const from = opener.current;
            opener.current = null;
            requestAnimationFrame(() => restoreFocus(from, returnFocus?.()));
          }}
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
