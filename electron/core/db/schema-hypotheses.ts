/** The hypothesis register's status history (kysely types; merged into VaultDatabase; DDL in 0013_hypotheses). */
export interface HypothesisReviewsTable {
  id: string;
  case_id: string;
  /** 'contribution' or 'factor'. */
  source_kind: string;
  /** The session contribution's or the factor's id. */
  source_id: string;
  status: string;
  note: string;
  /** YYYY-MM-DD, the local day it was decided. */
  day: string;
  session_id: string | null;
  member_id: string | null;
  created_at: string;
}

/** "What would change my mind?" for a "?" factor; id is the factor's id. */
export interface HypothesisDetailsTable {
  id: string;
  case_id: string;
  /** 'factor'. */
  source_kind: string;
  change_my_mind: string;
  created_at: string;
  updated_at: string;
}

export interface HypothesisTables {
  hypothesis_reviews: HypothesisReviewsTable;
  hypothesis_details: HypothesisDetailsTable;
}
