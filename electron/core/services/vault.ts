import type { CaseDetail, Snapshot } from '../../../shared/domain/case';
import type { OpenVault, VaultSession } from '../vault/session';

export type { OpenVault } from '../vault/session';

/**
 * Legacy adapter, until sessions, journal, search, exchange, reports and privacy move into their
 * domain folders (issue 10): what their services still get instead of a read()/write() context.
 */
export interface VaultService {
  session(): OpenVault;
  now(): Date;
}

export function legacyVault(session: VaultSession): VaultService {
  return { session: () => session.current(), now: () => session.now() };
}

/** What the reports service still reads of the cases and map domains. */
export interface CasesService {
  get(id: string): Promise<CaseDetail>;
}
export interface MapService {
  getSnapshot(id: string): Promise<Snapshot>;
}
