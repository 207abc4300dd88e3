import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/contract';
import { call } from '../../lib/api';

/** A folder the user chose: the core's one-time token for it, and its path to show. */
export interface ChosenFolder {
  token: string;
  path: string;
}

interface FolderFieldProps {
  label: string;
  hint?: string;
  error?: string | null;
  /** The path shown; the token stays with the caller. */
  value: string | null;
  purpose: MethodInput<'dialog.pickFolder'>['purpose'];
  onChange(chosen: ChosenFolder): void;
  onPickError(error: unknown): void;
}

/** A folder chosen with the system's folder picker, shown read-only with a "Choose…" button. */
export function FolderField({ label, hint, error, value, purpose, onChange, onPickError }: FolderFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const pick = async () => {
    try {
      const { token, path } = await call('dialog.pickFolder', { purpose });
      if (token && path) onChange({ token, path });
    } catch (err) {
      onPickError(err);
    }
  };
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="field-control">
        <input id={id} readOnly value={value ?? ''} className="mono" aria-describedby={describedBy} aria-invalid={error ? true : undefined} />
        <button type="button" className="button secondary" onClick={pick}>
          {t('common.choose')}
        </button>
      </div>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
