import type { FileGrants } from '../app/fileGrants';
import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import type { CoreTesting } from '../host';
import { DEFAULT_SCRYPT } from '../vault/keys';
import { checkExport, exportCases, importExchange, listConflicts, previewImport, resolveConflict } from './exchange';

type ExchangeMethod = `exchange.${'check' | 'export' | 'preview' | 'import' | 'conflicts' | 'resolve'}`;

/** Exchange files between vaults: the privacy check, export, preview, import, and the conflicts they leave. */
export function exchangeHandlers({ read, write }: HandlerKit, { kdf, grants }: { kdf: CoreTesting['kdf']; grants: FileGrants }): HandlersFor<ExchangeMethod> {
  const sealing = kdf ?? DEFAULT_SCRYPT;
  return {
    'exchange.check': read(checkExport),
    'exchange.export': write((ctx, { file, ...input }) => grants.use(file, ['save:exchange'], (path) => exportCases(ctx, { ...input, path }, sealing))),
    // A preview leaves the choice for the import that follows it.
    'exchange.preview': read((ctx, { file, ...input }) => previewImport(ctx, { ...input, path: grants.peek(file, 'open:exchange') }, sealing)),
    'exchange.import': write((ctx, { file, ...input }) => grants.use(file, ['open:exchange'], (path) => importExchange(ctx, { ...input, path }, sealing))),
    'exchange.conflicts': read(listConflicts),
    'exchange.resolve': write(resolveConflict),
  };
}
