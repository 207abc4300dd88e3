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
import * as m0010 from './0010_care_options';
import * as m0011 from './0011_meldcode_chain';
import * as m0012 from './0012_due_week_parent_voice';
import * as m0013 from './0013_hypotheses';
import * as m0014 from './0014_meetings';
import * as m0015 from './0015_working_relation';
import * as m0016 from './0016_search_at';
import * as m0017 from './0017_search_more_kinds';
import * as m0018 from './0018_hypothesis_review_session';
import * as m0019 from './0019_search_meldcode_advice';

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
  '0010_care_options': m0010,
  '0011_meldcode_chain': m0011,
  '0012_due_week_parent_voice': m0012,
  '0013_hypotheses': m0013,
  '0014_meetings': m0014,
  '0015_working_relation': m0015,
  '0016_search_at': m0016,
  '0017_search_more_kinds': m0017,
  '0018_hypothesis_review_session': m0018,
  '0019_search_meldcode_advice': m0019,
};

export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS).sort();
