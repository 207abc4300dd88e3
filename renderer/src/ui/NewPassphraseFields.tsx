import { useTranslation } from 'react-i18next';
import { assessPassphrase } from '../../../shared/domain/passphrase';
import { PassphraseField } from './Field';
import { StrengthMeter } from './StrengthMeter';
import { usePassphraseAssessment } from './usePassphraseAssessment';

/**
 * Whether a new passphrase may be used: strong enough and typed the same twice. For a submit: it
 * waits for the strength checker when that has not loaded yet, so an early submit is judged, not
 * dropped.
 */
export async function isNewPassphraseAccepted(passphrase: string, repeat: string, userInputs: readonly string[]): Promise<boolean> {
  return passphrase === repeat && (await assessPassphrase(passphrase, userInputs)).acceptable;
}

/**
 * The same per render, for a button that is enabled only for a usable passphrase: false while the
 * checker loads, and the component renders again when it has, so a passphrase typed (or pasted)
 * before the checker arrived does not leave the button disabled.
 */
export function useNewPassphraseReady(passphrase: string, repeat: string, userInputs: readonly string[]): boolean {
  const assessment = usePassphraseAssessment(passphrase, userInputs);
  return (assessment?.acceptable ?? false) && passphrase === repeat;
}

interface NewPassphraseFieldsProps {
  label: string;
  repeatLabel: string;
  hint?: string;
  passphrase: string;
  repeat: string;
  onPassphrase(value: string): void;
  onRepeat(value: string): void;
  /** Words the passphrase should not be built from (the member's name, the vault's label). */
  userInputs: readonly string[];
  /** Show why the passphrase is refused (after a first attempt to submit). */
  showErrors: boolean;
  autoFocus?: boolean;
}

/** A new passphrase typed twice, with the strength meter and the reason a weak one is refused. */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  const { passphrase, repeat, showErrors, userInputs } = props;
  const assessment = usePassphraseAssessment(passphrase, userInputs);
  const mismatch = (repeat.length > 0 || showErrors) && repeat !== passphrase;
  const refused = showErrors && assessment !== null && !assessment.acceptable;
  return (
    <>
      <PassphraseField
        label={props.label}
        hint={props.hint ?? t('create.passphraseHint')}
        value={passphrase}
        autoFocus={props.autoFocus}
        onChange={(e) => props.onPassphrase(e.target.value)}
        error={refused ? t(`strength.${assessment?.reason ?? 'tooPredictable'}`) : null}
      />
      <StrengthMeter passphrase={passphrase} userInputs={userInputs} withReason={!refused} />
      <PassphraseField
        label={props.repeatLabel}
        value={repeat}
        onChange={(e) => props.onRepeat(e.target.value)}
        error={mismatch ? t('create.mismatch') : null}
      />
    </>
  );
}
