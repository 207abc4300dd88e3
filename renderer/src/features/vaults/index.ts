import { lazy } from 'react';
import { withAllStrings } from '../../lib/i18n';

// Vaults' public face: the start screen and the forced passphrase reset for the shell, the recovery code for settings.
export { RecoveryCode } from './RecoveryCode';
export { StartScreen } from './StartScreen';

/** Shown only after an unlock with the recovery code: loaded then (with the passphrase check), not with the first screen. Render it inside a Suspense boundary. */
const loadResetPassphraseDialog = withAllStrings(() => import('./ResetPassphraseDialog'));
export const ResetPassphraseDialog = lazy(async () => ({ default: (await loadResetPassphraseDialog()).ResetPassphraseDialog }));
