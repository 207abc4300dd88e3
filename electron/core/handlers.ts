import { FileGrants } from './app/fileGrants';
import { appHandlers } from './app/handlers';
import type { AppSettings } from './app/settings';
import { careHandlers } from './care/handlers';
import { caseFileHandlers } from './casefile/handlers';
import { caseHandlers } from './cases/handlers';
import type { HandlerKit } from './context';
import type { Handlers } from './dispatch';
import { exchangeHandlers } from './exchange/handlers';
import { hypothesesHandlers } from './hypotheses/handlers';
import type { CoreOptions, CoreTesting } from './host';
import { journalHandlers } from './journal/handlers';
import { mapHandlers } from './map/handlers';
import { meldcodeHandlers } from './meldcode/handlers';
import { meetingHandlers } from './meetings/handlers';
import { privacyHandlers } from './privacy/handlers';
import { reportsHandlers } from './reports/handlers';
import { searchHandlers } from './search/handlers';
import { presenterHandlers } from './sessions/presenter';
import { sessionHandlers } from './sessions/handlers';
import { vaultHandlers } from './vault/handlers';
import type { VaultSession } from './vault/session';

export { pickLocale } from './app/handlers';

/** What the handler tables are built from; createCore composes it once. */
export interface HandlerParts {
  options: Pick<CoreOptions, 'app' | 'host'>;
  kit: HandlerKit;
  session: VaultSession;
  settings: AppSettings;
  /** The KDF cost for exchange files (tests lower it). */
  kdf: CoreTesting['kdf'];
}

/** The handler table: every contract method, each from its domain's handlers.ts. */
export function createHandlers({ options, kit, session, settings, kdf }: HandlerParts): Handlers {
  // Paths the user chose in a dialog, held here; the renderer only ever holds their tokens.
  const grants = new FileGrants();
  return {
    ...appHandlers(options, settings, grants),
    ...vaultHandlers(kit, { session, settings, host: options.host }, grants),
    ...caseHandlers(kit),
    ...caseFileHandlers(kit),
    ...mapHandlers(kit),
    ...sessionHandlers(kit),
    ...meetingHandlers(kit),
    ...journalHandlers(kit),
    ...searchHandlers(kit),
    ...exchangeHandlers(kit, { kdf, grants }),
    ...reportsHandlers(kit, { host: options.host, grants }),
    ...privacyHandlers(kit),
    ...careHandlers(kit),
    ...presenterHandlers(kit, options.host),
    ...hypothesesHandlers(kit),
    ...meldcodeHandlers(kit),
  } satisfies Handlers;
}
