/** Tables of intervision sessions (kysely types; merged into VaultDatabase). */
import type { Generated } from 'kysely';

/** A team's own method; the shipped methods live in shared/domain/methods-catalog.ts, not here. */
export interface SessionMethodsTable {
  id: string;
  /** JSON LocalizedText. */
  name: string;
  /** JSON LocalizedText. */
  description: string;
  /** JSON MethodPhase[]. */
  phases: string;
  copied_from: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  case_id: string;
  /** A shipped method's key or a team method's id; no foreign key, the session keeps its own copy. */
  method_id: string;
  /** JSON MethodDefinition as it was when the session was planned. */
  method: string;
  question: string;
  /** JSON Participant[]. */
  participants: string;
  /** JSON Roles (participant ids). */
  roles: string;
  status: string;
  /** JSON TimerState. */
  timer: string;
  started_at: string | null;
  finished_at: string | null;
  created_at: string;
  updated_at: string;
  /** The meeting whose agenda it is on (0014); null for a session on its own. */
  meeting_id: string | null;
  /** Local day (YYYY-MM-DD) and start time (HH:MM) it is held; null only in a row imported from before 0014. */
  held_on: string | null;
  starts_at: string | null;
  /** The agenda slot's length; null: the method's own length. */
  slot_minutes: number | null;
  agenda_position: number | null;
  tried: string;
}

/** An intervision meeting (0014): its agenda items are the sessions that point at it. */
export interface MeetingsTable {
  id: string;
  held_on: string;
  starts_at: string;
  title: string;
  place: string;
  created_at: string;
  updated_at: string;
}

export interface SessionContributionsTable {
  id: string;
  session_id: string;
  phase_key: string;
  kind: string;
  /** A participant id from the session's participants; not a foreign key (participants are JSON). */
  author_id: string | null;
  text: string;
  factor_id: string | null;
  perspective: string | null;
  change_my_mind: string;
  /** 1 while a silent-round note is hidden. */
  hidden: number;
  created_at: string;
  updated_at: string;
}

export interface SessionOutcomesTable {
  session_id: string;
  intensity: string | null;
  for_whom: string;
  context: string;
  reasons: string;
  take_away: string;
  every_voice_heard: string | null;
  do_differently: string;
  /** JSON of the intensity step's CareRecord (0010_care_options); '{}' before anything was written. */
  care_record: Generated<string>;
  updated_at: string;
}

export interface SessionStep2RecordsTable {
  session_id: string;
  consulted: string;
  consulted_role: string;
  date: string | null;
  signals: string;
  outcome: string;
  /** 1 yes, 0 no, null not recorded. */
  veilig_thuis_consulted: number | null;
  updated_at: string;
}

export interface ActionPointsTable {
  id: string;
  case_id: string;
  session_id: string | null;
  text: string;
  owner_member_id: string | null;
  owner_name: string;
  due_date: string | null;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface SessionTables {
  meetings: MeetingsTable;
  session_methods: SessionMethodsTable;
  sessions: SessionsTable;
  session_contributions: SessionContributionsTable;
  session_outcomes: SessionOutcomesTable;
  session_step2_records: SessionStep2RecordsTable;
  action_points: ActionPointsTable;
}
