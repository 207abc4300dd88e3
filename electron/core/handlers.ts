import type { MethodName } from '../../shared/contract';
import { appHandlers } from './app/handlers';
import type { AppSettings } from './app/settings';
import { caseHandlers } from './cases/handlers';
import { getCase } from './cases/cases';
import type { HandlerKit } from './context';
import type { Handler, Handlers } from './dispatch';
import { exchangeHandlers } from './handlers/exchange';
import { sessionHandlers } from './handlers/sessions';
import type { CoreOptions, CoreTesting } from './host';
import { journalHandlers } from './journal/handlers';
import { mapHandlers } from './map/handlers';
import { getSnapshot } from './map/snapshots';
import { searchHandlers } from './search/handlers';
import { legacyVault } from './services/vault';
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
  // Legacy: the domains not yet on read()/write() get the open vault through an adapter.
  const serial =
    <M extends MethodName>(handler: Handler<M>): Handler<M> =>
    (input) =>
      kit.exclusive(handler)(input);
  const legacy = {
    host: options.host,
    kdf,
    vault: legacyVault(session),
    // Called from inside a legacy call, which already holds the queue: no read() around them.
    cases: { get: (id: string) => getCase({ db: session.current().db }, { id }) },
    map: { getSnapshot: (id: string) => getSnapshot({ db: session.current().db }, { id }) },
    serial,
  };
  return {
    ...appHandlers(options, settings),
    ...vaultHandlers(kit, { session, settings, host: options.host }),
    ...caseHandlers(kit),
    ...mapHandlers(kit),
    ...sessionHandlers(legacy),
    ...journalHandlers(kit),
    ...searchHandlers(kit),
    ...exchangeHandlers(legacy),
  } satisfies Handlers;
}
