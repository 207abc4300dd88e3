import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import type { CoreTesting } from '../host';
import { DEFAULT_SCRYPT } from '../vault/keys';
import { checkExport, exportCases, importExchange, listConflicts, previewImport, resolveConflict } from './exchange';

type ExchangeMethod = `exchange.${'check' | 'export' | 'preview' | 'import' | 'conflicts' | 'resolve'}`;

/** Exchange files between vaults: the privacy check, export, preview, import, and the conflicts they leave. */
export function exchangeHandlers({ read, write }: HandlerKit, { kdf }: { kdf: CoreTesting['kdf'] }): HandlersFor<ExchangeMethod> {
  const sealing = kdf ?? DEFAULT_SCRYPT;
  return {
    'exchange.check': read(checkExport),
    'exchange.export': write((ctx, input) => exportCases(ctx, input, sealing)),
    'exchange.preview': read((ctx, input) => previewImport(ctx, input, sealing)),
    'exchange.import': write((ctx, input) => importExchange(ctx, input, sealing)),
    'exchange.conflicts': read(listConflicts),
    'exchange.resolve': write(resolveConflict),
  };
}
