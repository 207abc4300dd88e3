import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { notePrinted, savePdf, saveReport } from './reports';

/** Saving what the renderer made for outside the vault, print-to-PDF, and noting a print. */
export function reportsHandlers({ write }: HandlerKit): HandlersFor<'reports.save' | 'reports.savePdf' | 'reports.notePrinted'> {
  return {
    'reports.save': write(saveReport),
    'reports.savePdf': write(savePdf),
    'reports.notePrinted': write(notePrinted),
  };
}
