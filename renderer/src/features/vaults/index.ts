import { lazyExport } from '../../lib/lazy';

// Vaults' public face: the start screen and the forced passphrase reset for the shell, the recovery code for settings.
export { RecoveryCode } from './RecoveryCode';
export { StartScreen } from './StartScreen';

/** Shown only after an unlock with the recovery code: loaded then (with the passphrase check), not with the first screen. Render it inside a Suspense boundary. */
export const ResetPassphraseDialog = lazyExport(() => import('./ResetPassphraseDialog'), 'ResetPassphraseDialog');
