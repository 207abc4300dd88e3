import { useId, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMIT } from '../../../shared/domain/case';

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value'> {
  label: string;
  value: string;
  hint?: string;
  error?: string | null;
  id?: string;
}

/** A labelled free-text field that shows how much of the 20,000-character limit is used. */
export function TextArea({ label, value, hint, error, id: givenId, ...rest }: TextAreaProps) {
  const { t, i18n } = useTranslation();
  const autoId = useId();
  const id = givenId ?? autoId;
  const count = new Intl.NumberFormat(i18n.language).format(value.length);
  const max = new Intl.NumberFormat(i18n.language).format(TEXT_LIMIT);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea id={id} maxLength={TEXT_LIMIT} value={value} aria-describedby={`${id}-hint`} aria-invalid={error ? true : undefined} {...rest} />
      <p className="field-hint" id={`${id}-hint`}>
        {hint ? `${hint} · ` : ''}
        {t('cases.chars', { count, max })}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
