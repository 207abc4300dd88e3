interface CaseSelectProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  cases: ReadonlyArray<{ id: string; pseudonym: string }>;
  /** The first options before the cases, e.g. "all cases" (value '') or "no case". */
  leading: ReadonlyArray<{ value: string; label: string }>;
  className?: string;
}

/** A labelled choice of one case by its pseudonym. */
export function CaseSelect({ id, label, value, onChange, cases, leading, className }: CaseSelectProps) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {leading.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {cases.map((c) => (
          <option key={c.id} value={c.id}>
            {c.pseudonym}
          </option>
        ))}
      </select>
    </div>
  );
}
