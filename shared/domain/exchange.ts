/**
 * Exchange files (.dyade), reports, access export, retention and the audit screen: the values that
 * cross the contract. The file format itself is described in docs/exchange-format.md.
 */
import { z } from 'zod';
import { MeldcodeRecord } from './meldcode';
import { Id } from './ids';
import { Case, ChainPartner, Factor, Person, Snapshot } from './case';
import { JournalEntry } from './journal';
import { PRINT_KINDS } from './print-kinds';
import { ActionPoint, SessionDetail } from './session';

const IsoTime = z.string().datetime({ offset: true });

/** Highest exchange format this version reads and the one it writes. */
export const EXCHANGE_FORMAT_VERSION = 1;
export const EXCHANGE_FILE_EXTENSION = 'dyade';

/** Why an exchange file was refused, as `details.reason` of an INVALID_INPUT error. */
export const EXCHANGE_FILE_PROBLEMS = ['not-an-exchange-file', 'tampered', 'truncated', 'too-new', 'too-large', 'invalid-rows'] as const;
export type ExchangeFileProblem = (typeof EXCHANGE_FILE_PROBLEMS)[number];

/** What kind of thing a row of an exchange file is (the tables a case spans). */
export const EXCHANGE_ITEM_KINDS = [
  'case',
  'person',
  'chain',
  'factor',
  'snapshot',
  'session',
  'contribution',
  'outcome',
  'step2',
  'meldcode',
  'action',
  'journal',
  'hypothesis-review',
  'hypothesis-detail',
] as const;
export const ExchangeItemKind = z.enum(EXCHANGE_ITEM_KINDS);
export type ExchangeItemKind = z.infer<typeof ExchangeItemKind>;

export const ExchangeCounts = z.partialRecord(ExchangeItemKind, z.number().int().nonnegative());
export type ExchangeCounts = z.infer<typeof ExchangeCounts>;

/** The manifest inside the encrypted payload: which cases, how many items, when, from which vault (no names). */
export const ExchangeManifest = z.object({
  format: z.literal('dyade-exchange'),
  version: z.number().int().positive(),
  exportedAt: IsoTime,
  vaultId: Id,
  includesJournal: z.boolean(),
  cases: z.array(z.object({ id: Id, counts: ExchangeCounts })),
});
export type ExchangeManifest = z.infer<typeof ExchangeManifest>;

/** One item that was changed on both sides since the last exchange: the local version stays, the incoming one is kept here. */
export const ExchangeConflict = z.object({
  id: Id,
  caseId: Id,
  casePseudonym: z.string(),
  kind: ExchangeItemKind,
  itemId: z.string(),
  /** A short text of each version (a factor's text, a person's pseudonym …) for the list. */
  localText: z.string(),
  incomingText: z.string(),
  importedAt: IsoTime,
  fromVaultId: Id,
});
export type ExchangeConflict = z.infer<typeof ExchangeConflict>;

/** What an import did (or, for a preview, would do) to one case. */
export const ExchangeCaseResult = z.object({
  id: Id,
  pseudonym: z.string(),
  isNew: z.boolean(),
  counts: ExchangeCounts,
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Changed here since the last exchange, unchanged there: the local version stays. */
  keptLocal: z.number().int(),
  conflicts: z.number().int(),
});
export type ExchangeCaseResult = z.infer<typeof ExchangeCaseResult>;

export const ExchangeImportReport = z.object({
  manifest: ExchangeManifest,
  cases: z.array(ExchangeCaseResult),
  conflicts: z.array(ExchangeConflict),
});
export type ExchangeImportReport = z.infer<typeof ExchangeImportReport>;

/** Where in a case a privacy finding sits, for the list before an export. */
export const PrivacyLocation = z.object({
  caseId: Id,
  casePseudonym: z.string(),
  kind: ExchangeItemKind,
  /** The field's name within the item ('text', 'note', 'question' …). */
  field: z.string(),
});
export const PrivacyHit = PrivacyLocation.extend({
  identifier: z.enum(['bsn', 'phone', 'email', 'postcode', 'birthdate', 'address', 'name']),
  /** The found text with a few words around it. */
  snippet: z.string(),
  found: z.string(),
});
export type PrivacyHit = z.infer<typeof PrivacyHit>;

export const RetentionPolicy = z.object({
  enabled: z.boolean(),
  /** Months after closing; a closed case older than this is due for erasure. */
  months: z.number().int().min(1).max(600),
});
export type RetentionPolicy = z.infer<typeof RetentionPolicy>;
export const DEFAULT_RETENTION: RetentionPolicy = { enabled: false, months: 24 };

export const RetentionDue = z.object({ id: Id, pseudonym: z.string(), closedAt: IsoTime, dueAt: IsoTime });
export type RetentionDue = z.infer<typeof RetentionDue>;

/** Everything about one case (a person's right of access); documented in docs/access-export.md. */
export const AccessExport = z.object({
  schema: z.literal('dyade-access-export'),
  version: z.literal(1),
  exportedAt: IsoTime,
  case: Case,
  people: z.array(Person),
  factors: z.array(Factor),
  chain: z.array(ChainPartner),
  snapshots: z.array(Snapshot),
  sessions: z.array(SessionDetail),
  actions: z.array(ActionPoint),
  journal: z.array(JournalEntry),
  /** The case's meldcode record (steps 1–5); null when none was saved. Optional: exports from before 0011 lack it. */
  meldcode: MeldcodeRecord.nullable().optional(),
});
export type AccessExport = z.infer<typeof AccessExport>;

export const AuditQuery = z
  .object({
    limit: z.number().int().min(1).max(500).default(100),
    beforeId: z.number().int().optional(),
    /** An AUDIT_ACTIONS name (checked by the core: the contract imports this file, so it cannot import the list). */
    action: z.string().max(60).optional(),
    memberId: Id.optional(),
    /** Inclusive day bounds (YYYY-MM-DD, UTC). */
    from: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    to: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .strict();
export type AuditQuery = z.infer<typeof AuditQuery>;

/** Files the core writes for the UI, each audited as an export. */
/** What the print view prints (shared/domain/print-kinds.ts); the meldcode record and the sheet take the case id. */
export { PRINT_KINDS };
export const PrintKind = z.enum(PRINT_KINDS);
export type PrintKind = z.infer<typeof PrintKind>;

export const SAVED_FILE_KINDS = ['session-markdown', 'case-markdown', 'access-json', 'access-markdown', 'map-svg', 'map-png'] as const;
export const SavedFileKind = z.enum(SAVED_FILE_KINDS);
export type SavedFileKind = z.infer<typeof SavedFileKind>;

export const SAVE_PURPOSES = ['exchange', 'report', 'pdf', 'map', 'access', 'audit'] as const;
export const SavePurpose = z.enum(SAVE_PURPOSES);
export type SavePurpose = z.infer<typeof SavePurpose>;
