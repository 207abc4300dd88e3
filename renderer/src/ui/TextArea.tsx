import { useId, useMemo, useRef, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMIT } from '../../../shared/domain/case';
import { findIdentifiers, placeholderFor, replaceFinding, type PrivacyFinding } from '../../../shared/domain/privacy';
import './TextArea.css';

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value'> {
  label: string;
  value: string;
  hint?: string;
  error?: string | null;
  id?: string;
  /** Underline direct identifiers (BSN, phone, e-mail, address, …) while typing; a warning, never a block. */
  privacyCheck?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

/** The text with its findings wrapped in <mark>, for the backdrop that draws the underlines. */
function markedText(text: string, findings: PrivacyFinding[]): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const finding of findings) {
    parts.push(text.slice(at, finding.start));
    parts.push(<mark key={finding.start}>{text.slice(finding.start, finding.end)}</mark>);
    at = finding.end;
  }
  // A trailing newline needs a character after it, or the backdrop is one line short.
  parts.push(`${text.slice(at)}\u200b`);
  return parts;
}

/** Replace the textarea's value as if typed, so its own onChange (and save as you type) runs. */
function setNativeValue(element: HTMLTextAreaElement, next: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  setter?.call(element, next);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * A labelled free-text field that shows how much of the 20,000-character limit is used, and underlines
 * what looks like a direct identifier, with a one-click replacement by a placeholder.
 */
export function TextArea({ label, value, hint, error, id: givenId, privacyCheck = true, className, onScroll, ref, ...rest }: TextAreaProps) {
  const { t, i18n } = useTranslation();
  const autoId = useId();
  const id = givenId ?? autoId;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const findings = useMemo(() => (privacyCheck && value ? findIdentifiers(value) : []), [privacyCheck, value]);
  const locale = i18n.language === 'en' ? 'en' : 'nl';
  const count = new Intl.NumberFormat(i18n.language).format(value.length);
  const max = new Intl.NumberFormat(i18n.language).format(TEXT_LIMIT);
  const describedBy = [`${id}-hint`, findings.length > 0 ? `${id}-privacy` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className={`textarea-wrap ${findings.length > 0 ? 'has-findings' : ''}`}>
        {findings.length > 0 ? (
          <div className="textarea-backdrop" aria-hidden="true" ref={backdrop}>
            {markedText(value, findings)}
          </div>
        ) : null}
        <textarea
          id={id}
          ref={(element) => {
            textarea.current = element;
            if (typeof ref === 'function') ref(element);
            else if (ref) ref.current = element;
          }}
          maxLength={TEXT_LIMIT}
          value={value}
          className={className}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onScroll={(event) => {
            if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
            onScroll?.(event);
          }}
          {...rest}
        />
      </div>
      <p className="field-hint" id={`${id}-hint`}>
        {hint ? `${hint} · ` : ''}
        {t('cases.chars', { count, max })}
      </p>
      {findings.length > 0 ? (
        <div className="privacy-warning" id={`${id}-privacy`} role="status" data-testid="privacy-warning">
          <p>{t('privacy.warning')}</p>
          <ul>
            {findings.map((finding) => {
              const placeholder = placeholderFor(finding.kind, locale);
              return (
                <li key={`${finding.start}-${finding.kind}`}>
                  <span>
                    {t(`privacy.kinds.${finding.kind}`)}: <span className="mono">{finding.text}</span>
                  </span>
                  {rest.readOnly || rest.disabled ? null : (
                    <button
                      type="button"
                      className="link-button small"
                      onClick={() => {
                        if (textarea.current) setNativeValue(textarea.current, replaceFinding(value, finding, placeholder));
                      }}
                    >
                      {t('privacy.replace', { placeholder })}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
