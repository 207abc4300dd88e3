/** Contract methods of exchange files, reports, access export, retention and erasure (merged into shared/contract.ts). */
import { z } from 'zod';
import {
  AccessExport,
  AuditQuery,
  ExchangeConflict,
  ExchangeImportReport,
  ExchangeManifest,
  PrivacyHit,
  RetentionDue,
  RetentionPolicy,
  SavedFileKind,
  SavePurpose,
} from '../domain/exchange';
import { method } from './define';

const Id = z.string().uuid();
const FilePath = z.string().min(1).max(4096);
const ExchangePassphrase = z.string().min(1).max(1024);
const AuditEntryOut = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string(),
  actor: z.object({ id: Id, displayName: z.string() }).nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

export const exchangeMethods = {
  /** Native "save as" dialog in the app; the harness answers from a queue. `null` when cancelled. */
  'dialog.pickSaveFile': method(
    z.object({ purpose: SavePurpose, suggestedName: z.string().min(1).max(200) }).strict(),
    z.object({ path: z.string().nullable() }),
  ),
  /** Native "open file" dialog for an exchange file. */
  'dialog.pickOpenFile': method(z.object({ purpose: z.literal('exchange') }).strict(), z.object({ path: z.string().nullable() })),

  /** The privacy check over everything an export of these cases would take out of the vault. */
  'exchange.check': method(
    z.object({ caseIds: z.array(Id).min(1).max(500), includeJournal: z.boolean().default(false) }).strict(),
    z.object({ hits: z.array(PrivacyHit), fieldsChecked: z.number().int() }),
  ),
  /** Write the cases into an encrypted exchange file at `path`. */
  'exchange.export': method(
    z.object({ caseIds: z.array(Id).min(1).max(500), includeJournal: z.boolean().default(false), passphrase: ExchangePassphrase, path: FilePath }).strict(),
    z.object({ path: z.string(), bytes: z.number().int(), manifest: ExchangeManifest }),
  ),
  /** Open an exchange file and say what an import would do; nothing is written. */
  'exchange.preview': method(z.object({ path: FilePath, passphrase: ExchangePassphrase }).strict(), ExchangeImportReport),
  /** Merge an exchange file into this vault in one transaction. */
  'exchange.import': method(z.object({ path: FilePath, passphrase: ExchangePassphrase }).strict(), ExchangeImportReport),
  /** Items changed on both sides, waiting for a choice. */
  'exchange.conflicts': method(z.object({ caseId: Id.optional() }).strict(), z.array(ExchangeConflict)),
  /** Keep the local version (drop the incoming one) or take the incoming version. */
  'exchange.resolve': method(z.object({ id: Id, keep: z.enum(['local', 'incoming']) }).strict(), z.null()),

  /** Save a report, map image or access export the renderer made; audited as an export. */
  'reports.save': method(
    z
      .object({
        kind: SavedFileKind,
        path: FilePath,
        caseId: Id.nullable().default(null),
        text: z.string().max(20_000_000).optional(),
        base64: z.string().max(40_000_000).optional(),
      })
      .strict()
      .refine((input) => (input.text === undefined) !== (input.base64 === undefined), { message: 'exactly one of text and base64' }),
    z.object({ path: z.string(), bytes: z.number().int() }),
  ),
  /** The print view of a session or case as a PDF (Electron's print-to-PDF), saved at `path`. */
  'reports.savePdf': method(
    z.object({ kind: z.enum(['session', 'case']), id: Id, path: FilePath }).strict(),
    z.object({ path: z.string(), bytes: z.number().int() }),
  ),
  /** Noted when the print view is sent to a printer. */
  'reports.notePrinted': method(z.object({ kind: z.enum(['session', 'case']), id: Id }).strict(), z.null()),
  /** Everything about one case, in the documented access-export schema. */
  'access.get': method(z.object({ caseId: Id }).strict(), AccessExport),

  'retention.get': method(z.object({}).strict(), z.object({ policy: RetentionPolicy, due: z.array(RetentionDue), backups: z.number().int() })),
  'retention.set': method(RetentionPolicy.strict(), RetentionPolicy),
  /** Erase a case everywhere and compact the vault file; the pseudonym must be typed again. */
  'cases.erase': method(z.object({ id: Id, confirmPseudonym: z.string().max(200) }).strict(), z.object({ backupsHoldingIt: z.number().int() })),
  /** Noted once per case per unlock when its page opens. */
  'cases.noteOpened': method(z.object({ id: Id }).strict(), z.null()),

  /** The audit log with filters by action, member and date range. */
  'audit.search': method(AuditQuery, z.object({ entries: z.array(AuditEntryOut), hasMore: z.boolean() })),
  /** Export the (filtered) audit log as CSV or JSON. */
  'audit.export': method(
    z.object({ path: FilePath, format: z.enum(['csv', 'json']), filter: AuditQuery.omit({ limit: true, beforeId: true }).default({}) }).strict(),
    z.object({ path: z.string(), count: z.number().int() }),
  ),
} as const;
