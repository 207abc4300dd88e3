/** The exchange API: encrypted exchange files between vaults (check, export, preview, import) and their conflicts. */
import { z } from 'zod';
import { ExchangeConflict, ExchangeImportReport, ExchangeManifest, PrivacyHit } from '../domain/exchange';
import { Id } from '../domain/ids';
import { FileToken, method } from './define';

const ExchangePassphrase = z.string().min(1).max(1024);

export const exchangeApi = {
  /** The privacy check over everything an export of these cases would take out of the vault. */
  'exchange.check': method(
    z.object({ caseIds: z.array(Id).min(1).max(500), includeJournal: z.boolean().default(false) }).strict(),
    z.object({ hits: z.array(PrivacyHit), fieldsChecked: z.number().int() }),
  ),
  /** Write the cases into an encrypted exchange file where dialog.pickSaveFile('exchange') chose. */
  'exchange.export': method(
    z.object({ caseIds: z.array(Id).min(1).max(500), includeJournal: z.boolean().default(false), passphrase: ExchangePassphrase, file: FileToken }).strict(),
    z.object({ path: z.string(), bytes: z.number().int(), manifest: ExchangeManifest }),
  ),
  /** Open the exchange file chosen with dialog.pickOpenFile and say what an import would do; nothing is written. */
  'exchange.preview': method(z.object({ file: FileToken, passphrase: ExchangePassphrase }).strict(), ExchangeImportReport),
  /** Merge that exchange file into this vault in one transaction; the token is then used up. */
  'exchange.import': method(z.object({ file: FileToken, passphrase: ExchangePassphrase }).strict(), ExchangeImportReport),
  /** Items changed on both sides, waiting for a choice. */
  'exchange.conflicts': method(z.object({ caseId: Id.optional() }).strict(), z.array(ExchangeConflict)),
  /** Keep the local version (drop the incoming one) or take the incoming version. */
  'exchange.resolve': method(z.object({ id: Id, keep: z.enum(['local', 'incoming']) }).strict(), z.null()),
} as const;
