import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { usePassphraseAssessment } from './usePassphraseAssessment';
import './StrengthMeter.css';

/** The passphrase strength meter: a bar, a word, and the reason a weak passphrase is refused. */
export function StrengthMeter({
  passphrase,
  userInputs = [],
  withReason = true,
}: {
  passphrase: string;
  userInputs?: readonly string[];
  /** False where the field itself already says why the passphrase is refused (said once, not twice). */
  withReason?: boolean;
}) {
  const { t } = useTranslation();
  // Deferred: typing stays immediate, the meter catches up when the page is idle.
  const deferred = useDeferredValue(passphrase);
  const assessment = usePassphraseAssessment(deferred, userInputs);
  if (!passphrase || !assessment) return null;
  const levels = t('strength.levels', { returnObjects: true }) as string[];
  const reason = assessment.reason ? t(`strength.${assessment.reason}`) : t('strength.ok');
  return (
    <div className="strength" data-score={assessment.score} data-acceptable={assessment.acceptable}>
      <meter
        className="strength-bar"
        min={0}
        max={4}
        low={2}
        high={3}
        optimum={4}
        value={assessment.score}
        aria-label={t('strength.label')}
        aria-valuetext={levels[assessment.score]}
      />
      <p className="strength-text" aria-live="polite">
        <strong>{levels[assessment.score]}</strong>
        {withReason || assessment.acceptable ? ` · ${reason}` : null}
      </p>
    </div>
  );
}
