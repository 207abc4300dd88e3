import type { SavedFileKind } from '../../../shared/domain/exchange';
import type { FileGrants } from '../app/fileGrants';
import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { AppError } from '../errors';
import type { CoreHost } from '../host';
import { checkPrintable, notePrinted, saveReport, storePdf } from './reports';

/** Which dialog purpose a saved file's kind is chosen with: a report's token does not save a map. */
const SAVE_PURPOSE_OF = {
  'session-markdown': 'save:report',
  'case-markdown': 'save:report',
  'access-json': 'save:access',
  'access-markdown': 'save:access',
  'map-svg': 'save:map',
  'map-png': 'save:map',
} as const satisfies Record<SavedFileKind, `save:${string}`>;

/** Saving what the renderer made for outside the vault, print-to-PDF, and noting a print. */
export function reportsHandlers(
  { read, write }: HandlerKit,
  { host, grants }: { host: CoreHost; grants: FileGrants },
): HandlersFor<'reports.save' | 'reports.savePdf' | 'reports.notePrinted'> {
  return {
    'reports.save': write((ctx, { file, ...input }) => grants.use(file, [SAVE_PURPOSE_OF[input.kind]], (path) => saveReport(ctx, { ...input, path }))),
    // Printing runs outside the core's queue: the hidden print window asks the core for what it shows,
    // and those calls would wait behind a queued print for ever.
    'reports.savePdf': async ({ file, ...input }) => {
      grants.peek(file, 'save:pdf');
      if (!host.printToPdf) throw new AppError('INTERNAL', 'Printing to PDF is not available here.', { reason: 'pdf-unavailable' });
      await read(checkPrintable)(input);
      const pdf = await host.printToPdf(`#/print/${input.kind}/${input.id}`);
      return grants.use(file, ['save:pdf'], (path) => write(storePdf)({ ...input, path, pdf }));
    },
    'reports.notePrinted': write(notePrinted),
  };
}
