import type { PrintKind, SavedFileKind } from '../../../shared/domain/exchange';
import { requireCase } from '../cases/record';
import type { ReadContext, WriteContext } from '../context';
import { writeFileAtomic } from '../fs/atomic';
import { appendAudit } from '../vault/audit';

/**
 * Files made for people outside the vault (reports, map images, the access export, PDFs of the
 * print view), each written where the user chose and audited as an export or a print.
 */

export async function saveReport(
  { db, now, member }: WriteContext,
  input: { kind: SavedFileKind; path: string; caseId: string | null; text?: string; base64?: string },
): Promise<{ path: string; bytes: number }> {
  if (input.caseId) await requireCase(db, input.caseId);
  const data = input.text !== undefined ? Buffer.from(input.text, 'utf8') : Buffer.from(input.base64 ?? '', 'base64');
  await writeFileAtomic(input.path, data);
  await appendAudit(db, {
    at: now,
    action: 'export.made',
    actorMemberId: member.id,
    detail: { kind: input.kind, ...(input.caseId ? { caseId: input.caseId } : {}) },
  });
  return { path: input.path, bytes: data.length };
}

/** Before printing: the vault is open and, for a case, its sheet or its meldcode record, the case exists (a session is checked by its print view). */
export async function checkPrintable({ db }: ReadContext, input: { kind: PrintKind; id: string }): Promise<null> {
  if (input.kind !== 'session') await requireCase(db, input.id);
  return null;
}

/** After printing: the PDF written where the user chose, and the print audited. */
export async function storePdf(
  { db, now, member }: WriteContext,
  input: { kind: PrintKind; id: string; path: string; pdf: Uint8Array },
): Promise<{ path: string; bytes: number }> {
  await writeFileAtomic(input.path, input.pdf);
  await appendAudit(db, { at: now, action: 'print.made', actorMemberId: member.id, detail: { kind: `${input.kind}-pdf`, id: input.id } });
  return { path: input.path, bytes: input.pdf.length };
}

export async function notePrinted({ db, now, member }: WriteContext, input: { kind: PrintKind; id: string }): Promise<null> {
  await appendAudit(db, { at: now, action: 'print.made', actorMemberId: member.id, detail: { kind: input.kind, id: input.id } });
  return null;
}
