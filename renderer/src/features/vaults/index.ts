// Vaults' public face: the start screen and the forced passphrase reset for the shell, the recovery code for settings.
export { RecoveryCode } from './RecoveryCode';
export { ResetPassphraseDialog } from './ResetPassphraseDialog';
export { StartScreen } from './StartScreen';
