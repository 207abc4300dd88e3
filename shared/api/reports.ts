/** The reports API: saving what the renderer made (reports, map images, access exports) and print-to-PDF. */
import { z } from 'zod';
import { PrintKind, SavedFileKind } from '../domain/exchange';
import { Id } from '../domain/ids';
import { FileToken, method } from './define';

/** What a print view shows: a session summary, a case overview, or the one-page case sheet (of a case). */

export const reportsApi = {
  /** Save a report, map image or access export the renderer made; audited as an export. */
  'reports.save': method(
    z
      .object({
        kind: SavedFileKind,
        /** From dialog.pickSaveFile with the purpose that fits the kind (report, map or access). */
        file: FileToken,
        caseId: Id.nullable().default(null),
        text: z.string().max(20_000_000).optional(),
        base64: z.string().max(40_000_000).optional(),
      })
      .strict()
      .refine((input) => (input.text === undefined) !== (input.base64 === undefined), { message: 'exactly one of text and base64' }),
    z.object({ path: z.string(), bytes: z.number().int() }),
  ),
  /** The print view of a session or case as a PDF (Electron's print-to-PDF), saved where dialog.pickSaveFile('pdf') chose. */
  'reports.savePdf': method(z.object({ kind: PrintKind, id: Id, file: FileToken }).strict(), z.object({ path: z.string(), bytes: z.number().int() })),
  /** Noted when the print view is sent to a printer. */
  'reports.notePrinted': method(z.object({ kind: PrintKind, id: Id }).strict(), z.null()),
} as const;
