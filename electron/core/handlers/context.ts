import type { MethodName } from '../../../shared/contract';
import type { Handler, Handlers } from '../dispatch';
import type { CoreInternals } from '../host';
import type { CasesService } from '../services/cases';
import type { MapService } from '../services/map';
import type { VaultService } from '../services/vault';

/** What a domain's handler factory gets: the shared services and the `serial` wrapper for vault work. */
export interface HandlerContext {
  options: CoreInternals;
  vault: VaultService;
  cases: CasesService;
  map: MapService;
  /** Run vault work one operation at a time, with SQLite and file errors mapped to contract codes. */
  serial<M extends MethodName>(handler: Handler<M>): Handler<M>;
}

/** The handlers of one slice of the contract. */
export type HandlersFor<Names extends MethodName> = Pick<Handlers, Names>;
