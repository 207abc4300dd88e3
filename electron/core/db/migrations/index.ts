import type { Migration } from 'kysely';
import * as m0001 from './0001_init';
import * as m0002 from './0002_cases';

/** Every migration, listed statically (bundlers cannot read a folder at run time). Append only. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_init': m0001,
  '0002_cases': m0002,
};

export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS).sort();
