import './Choice.css';

interface ChoiceProps<T extends string> {
  name: string;
  legend: string;
  options: readonly T[];
  value: T | null;
  label(option: T): string;
  onChange(value: T): void;
  disabled?: boolean;
  /** A line under the legend that says what the question means. */
  hint?: string;
}

/** One of a few options as a row of labelled radio buttons, grouped under a legend. */
export function Choice<T extends string>({ name, legend, options, value, label, onChange, disabled, hint }: ChoiceProps<T>) {
  return (
    <fieldset className="choice" disabled={disabled}>
      <legend className="field-label">{legend}</legend>
      {hint ? <p className="choice-hint muted small">{hint}</p> : null}
      <div className="choice-options">
        {options.map((option) => (
          <label key={option} className={`choice-option ${value === option ? 'checked' : ''}`}>
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
