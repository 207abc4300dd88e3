import { appNl } from './app.nl';
import { errorsNl } from './errors.nl';
import { progressNl } from './progress.nl';
import { vaultNl } from './vault.nl';

/** The Dutch strings the shell and the start screen need before anything else (the renderer's first screen carries only these). */
export const nlStart = {
  ...appNl,
  ...errorsNl,
  ...vaultNl,
  ...progressNl,
};
