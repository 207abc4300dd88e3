import { useId, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  /** A translated message shown under the field and linked to it. */
  error?: string | null;
  trailing?: ReactNode;
}

/** A labelled text input with an optional hint and error, wired up for screen readers. */
export function Field({ label, hint, error, trailing, className, ...input }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="field-control">
        <input id={id} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...input} />
        {trailing}
      </div>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type PassphraseFieldProps = Omit<FieldProps, 'type' | 'trailing'>;

/** A passphrase input with a show/hide toggle; never autocompleted or spell-checked. */
export function PassphraseField(props: PassphraseFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <Field
      {...props}
      type={visible ? 'text' : 'password'}
      autoComplete="off"
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      trailing={
        <button type="button" className="field-toggle" aria-pressed={visible} onClick={() => setVisible((v) => !v)}>
          {visible ? t('common.hidePassphrase') : t('common.showPassphrase')}
        </button>
      }
    />
  );
}
