import { useEffect, useMemo, useState } from 'react';
import { assessPassphraseNow, loadPassphraseChecker, passphraseCheckerReady, type PassphraseAssessment } from '../../../shared/domain/passphrase';

/**
 * Whether the strength checker (zxcvbn and its dictionaries, a chunk of its own) has loaded; the
 * first screen that asks for a new passphrase starts loading it.
 */
export function usePassphraseChecker(): boolean {
  const [ready, setReady] = useState(passphraseCheckerReady);
  useEffect(() => {
    if (ready) return undefined;
    let live = true;
    loadPassphraseChecker().then(
      () => live && setReady(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}

/** The strength of `passphrase`, judged synchronously per keystroke once the checker has loaded; null until then. */
export function usePassphraseAssessment(passphrase: string, userInputs: readonly string[]): PassphraseAssessment | null {
  const ready = usePassphraseChecker();
  const inputs = userInputs.join('\u0000');
  return useMemo(() => (ready ? assessPassphraseNow(passphrase, inputs ? inputs.split('\u0000') : []) : null), [ready, passphrase, inputs]);
}
