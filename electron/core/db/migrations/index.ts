import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_init';
import * as m0002 from './0002_cases';
import * as m0003 from './0003_sessions';
import * as m0004 from './0004_journal';
import * as m0005 from './0005_exchange';
import * as m0006 from './0006_constraints';
import * as m0007 from './0007_search_terms';
import * as m0008 from './0008_audit_actions';
import * as m0009 from './0009_audit_chain';

/** Every migration, listed statically (bundlers cannot read a folder at run time). Append only. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_init': m0001,
  '0002_cases': m0002,
  '0003_sessions': m0003,
  '0004_journal': m0004,
  '0005_exchange': m0005,
  '0006_constraints': m0006,
  '0007_search_terms': m0007,
  '0008_audit_actions': m0008,
  '0009_audit_chain': m0009,
};

export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS).sort();
