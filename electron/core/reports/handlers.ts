import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { AppError } from '../errors';
import type { CoreHost } from '../host';
import { checkPrintable, notePrinted, saveReport, storePdf } from './reports';

/** Saving what the renderer made for outside the vault, print-to-PDF, and noting a print. */
export function reportsHandlers(
  { read, write }: HandlerKit,
  { host }: { host: CoreHost },
): HandlersFor<'reports.save' | 'reports.savePdf' | 'reports.notePrinted'> {
  return {
    'reports.save': write(saveReport),
    // Printing runs outside the core's queue: the hidden print window asks the core for what it shows,
    // and those calls would wait behind a queued print for ever.
    'reports.savePdf': async (input) => {
      if (!host.printToPdf) throw new AppError('INTERNAL', 'Printing to PDF is not available here.', { reason: 'pdf-unavailable' });
      await read(checkPrintable)(input);
      const pdf = await host.printToPdf(`#/print/${input.kind}/${input.id}`);
      return write(storePdf)({ ...input, pdf });
    },
    'reports.notePrinted': write(notePrinted),
  };
}
