import type { MethodName } from '../../../shared/contract';
import type { Handler } from '../dispatch';
import type { CoreHost, CoreTesting } from '../host';
import type { CasesService, MapService, VaultService } from '../services/vault';

/**
 * Legacy: what the not yet converted handler tables (sessions, journal, exchange) get, until their
 * domains move to read()/write() (issue 10).
 */
export interface HandlerContext {
  host: CoreHost;
  /** The KDF cost for exchange files (tests lower it). */
  kdf: CoreTesting['kdf'];
  vault: VaultService;
  cases: CasesService;
  map: MapService;
  /** Run vault work one operation at a time, with SQLite and file errors mapped to contract codes. */
  serial<M extends MethodName>(handler: Handler<M>): Handler<M>;
}

export type { HandlersFor } from '../dispatch';
