import type { AccessExport, SavedFileKind } from '../../../shared/domain/exchange';
import type { CoreHost } from '../host';
import { inTransaction } from '../db/transaction';
import { AppError } from '../errors';
import { writeFileAtomic } from '../fs/atomic';
import { ActionsService } from './actions';
import { appendAudit, type AuditDetail } from '../vault/audit';
import { requireCase } from '../cases/record';
import { getEntry } from '../journal/entries';
import { SessionsService } from './sessions';
import type { CasesService, MapService, OpenVault, VaultService } from './vault';

/**
 * Files made for people outside the vault (reports, map images, the access export, PDFs of the
 * print view), each written where the user chose and audited as an export or a print; and the
 * audit notes of opening a case.
 */
export class ReportsService {
  /** Cases whose opening was already noted in this unlock (a new unlock is a new OpenVault). */
  private readonly opened = new WeakMap<OpenVault, Set<string>>();

  constructor(
    private readonly vaults: VaultService,
    private readonly cases: CasesService,
    private readonly map: MapService,
    private readonly host: CoreHost,
  ) {}

  private async audit(action: 'export.made' | 'print.made', detail: AuditDetail): Promise<void> {
    const vault = this.vaults.session();
    await inTransaction(vault.sqlite, vault.db, (db) => appendAudit(db, { at: this.vaults.now(), action, actorMemberId: vault.member.id, detail }));
  }

  async save(input: { kind: SavedFileKind; path: string; caseId: string | null; text?: string; base64?: string }): Promise<{ path: string; bytes: number }> {
    const vault = this.vaults.session();
    if (input.caseId) await requireCase(vault.db, input.caseId);
    const data = input.text !== undefined ? Buffer.from(input.text, 'utf8') : Buffer.from(input.base64 ?? '', 'base64');
    await writeFileAtomic(input.path, data);
    await this.audit('export.made', { kind: input.kind, ...(input.caseId ? { caseId: input.caseId } : {}) });
    return { path: input.path, bytes: data.length };
  }

  async savePdf(input: { kind: 'session' | 'case'; id: string; path: string }): Promise<{ path: string; bytes: number }> {
    this.vaults.session();
    if (!this.host.printToPdf) throw new AppError('INTERNAL', 'Printing to PDF is not available here.', { reason: 'pdf-unavailable' });
    const pdf = await this.host.printToPdf(`#/print/${input.kind}/${input.id}`);
    await writeFileAtomic(input.path, pdf);
    await this.audit('print.made', { kind: `${input.kind}-pdf`, id: input.id });
    return { path: input.path, bytes: pdf.length };
  }

  async notePrinted(input: { kind: 'session' | 'case'; id: string }): Promise<null> {
    await this.audit('print.made', { kind: input.kind, id: input.id });
    return null;
  }

  async noteOpened(caseId: string): Promise<null> {
    const vault = this.vaults.session();
    await requireCase(vault.db, caseId);
    const seen = this.opened.get(vault) ?? new Set<string>();
    this.opened.set(vault, seen);
    if (seen.has(caseId)) return null;
    seen.add(caseId);
    await inTransaction(vault.sqlite, vault.db, (db) => appendAudit(db, { at: this.vaults.now(), action: 'case.opened', actorMemberId: vault.member.id, detail: { caseId } }));
    return null;
  }

  /** Everything about one case; journal entries are the requesting member's own (the journal is personal). */
  async accessExport(caseId: string): Promise<AccessExport> {
    const vault = this.vaults.session();
    const detail = await this.cases.get(caseId);
    const sessions = new SessionsService(this.vaults);
    const sessionIds = await vault.db.selectFrom('sessions').select('id').where('case_id', '=', caseId).orderBy('created_at').execute();
    const entryIds = await vault.db.selectFrom('journal_entries').select('id').where('case_id', '=', caseId).where('author_id', '=', vault.member.id).orderBy('created_at').execute();
    const snapshots = [];
    for (const meta of detail.snapshots) snapshots.push(await this.map.getSnapshot(meta.id));
    const sessionDetails = [];
    for (const { id } of sessionIds) sessionDetails.push(await sessions.get(id));
    const entries = [];
    for (const { id } of entryIds) entries.push(await getEntry({ db: vault.db, member: vault.member }, { id }));
    const result: AccessExport = {
      schema: 'dyade-access-export',
      version: 1,
      exportedAt: this.vaults.now().toISOString(),
      case: detail.case,
      people: detail.people,
      factors: detail.factors,
      chain: detail.chain,
      snapshots,
      sessions: sessionDetails,
      actions: await new ActionsService(this.vaults).list({ caseId, mine: false }),
      journal: entries,
    };
    return result;
  }
}
