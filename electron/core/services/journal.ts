import { randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import {
  sectionsFitTemplate,
  sectionsFor,
  type EntrySection,
  type JournalEntry,
  type JournalEntrySummary,
  type Prompt,
  type PromptContexts,
  type TemplateId,
} from '../../../shared/domain/journal';
import { BUILT_IN_PROMPTS, builtInPrompt } from '../../../shared/domain/prompts';
import type { CustomPromptsTable, JournalEntriesTable } from '../db/schema-journal';
import { inTransaction } from '../db/transaction';
import { AppError } from '../errors';
import { invalidField, noteCaseActivity, requireCase, type VaultDb } from '../cases/record';
import type { VaultService } from './vault';

type EntryRow = Selectable<JournalEntriesTable>;
type CustomPromptRow = Selectable<CustomPromptsTable>;

const EXCERPT_LENGTH = 160;

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** Text without the light Markdown marks, on one line: for excerpts and snippets. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/\*\*|__|\*|_(?=\S)|(?<=\S)_/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function excerptOf(row: Pick<EntryRow, 'body' | 'sections'>): string {
  const sections = parseJson<EntrySection[]>(row.sections, []);
  const text = plainText([row.body, ...sections.map((s) => s.text)].filter(Boolean).join('\n'));
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text;
}

function entryFromRow(row: EntryRow): JournalEntry {
  return {
    id: row.id,
    caseId: row.case_id,
    promptId: row.prompt_id,
    template: row.template as TemplateId | null,
    title: row.title,
    body: row.body,
    sections: parseJson<EntrySection[]>(row.sections, []),
    tags: parseJson<string[]>(row.tags, []),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Tags once each, compared without case; the first spelling stays. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/**
 * When the template changes, parts with the same key keep their text; text in parts the new template
 * does not have moves into the body, so nothing typed is lost.
 */
export function switchTemplate(
  template: TemplateId | null,
  sections: readonly EntrySection[],
  body: string,
): { sections: EntrySection[]; body: string } {
  const next = sectionsFor(template).map((part) => ({ key: part.key, text: sections.find((s) => s.key === part.key)?.text ?? '' }));
  const dropped = sections.filter((s) => s.text.trim() && !next.some((n) => n.key === s.key)).map((s) => s.text.trim());
  return { sections: next, body: [body.trimEnd(), ...dropped].filter(Boolean).join('\n\n') };
}

function customPromptFromRow(row: CustomPromptRow, hidden: boolean): Prompt {
  return {
    id: row.id,
    builtIn: false,
    group: 'own',
    text: { nl: row.text, en: row.text },
    contexts: parseJson<PromptContexts>(row.contexts, { journal: true, sessionModes: [], casePhases: [] }),
    hidden,
  };
}

/** The prompt's words as stored with an entry (both languages of a shipped prompt, so either finds it). */
async function promptTextFor(db: VaultDb, promptId: string | null): Promise<string> {
  if (promptId === null) return '';
  const shipped = builtInPrompt(promptId);
  if (shipped) return `${shipped.text.nl}\n${shipped.text.en}`;
  const custom = await db.selectFrom('custom_prompts').select('text').where('id', '=', promptId).executeTakeFirst();
  if (!custom) throw invalidField('promptId', 'No such prompt.');
  return custom.text;
}

/**
 * The casework journal: each member's own entries, optionally about a case, answering a prompt,
 * structured by a reflection template. Also the prompt library: shipped prompts, the team's own,
 * and which ones each member hides.
 */
export class JournalService {
  constructor(private readonly vaults: VaultService) {}

  async list(input: ParsedInput<'journal.list'>): Promise<JournalEntrySummary[]> {
    const vault = this.vaults.session();
    let query = vault.db
      .selectFrom('journal_entries as j')
      .leftJoin('cases as c', 'c.id', 'j.case_id')
      .select(['j.id', 'j.case_id', 'j.prompt_id', 'j.template', 'j.title', 'j.body', 'j.sections', 'j.tags', 'j.created_at', 'j.updated_at', 'c.pseudonym'])
      .where('j.author_id', '=', vault.member.id);
    if (input.caseId === 'none') query = query.where('j.case_id', 'is', null);
    else if (input.caseId) query = query.where('j.case_id', '=', input.caseId);
    if (input.tag) {
      const tag = input.tag.toLocaleLowerCase();
      query = query.where(sql<boolean>`exists (select 1 from json_each(j.tags) t where lower(t.value) = ${tag})`);
    }
    if (input.from) query = query.where('j.created_at', '>=', input.from);
    if (input.to) query = query.where('j.created_at', '<', dayAfter(input.to));
    const rows = await query.orderBy('j.created_at', 'desc').orderBy(sql`j.rowid`, 'desc').execute();
    return rows.map((row) => ({
      id: row.id,
      caseId: row.case_id,
      promptId: row.prompt_id,
      template: row.template as TemplateId | null,
      title: row.title,
      tags: parseJson<string[]>(row.tags, []),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      casePseudonym: row.pseudonym,
      excerpt: excerptOf(row),
    }));
  }

  async get(id: string): Promise<JournalEntry> {
    return entryFromRow(await this.requireOwnEntry(this.vaults.session().db, id));
  }

  async create(input: ParsedInput<'journal.create'>): Promise<JournalEntry> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    return inTransaction(vault.sqlite, vault.db, async (db) => {
      if (input.caseId) await requireCase(db, input.caseId);
      const iso = now.toISOString();
      const row: EntryRow = {
        id: randomUUID(),
        author_id: vault.member.id,
        case_id: input.caseId,
        prompt_id: input.promptId,
        prompt_text: await promptTextFor(db, input.promptId),
        template: input.template,
        title: input.title.trim(),
        body: input.body,
        sections: JSON.stringify(sectionsFor(input.template)),
        tags: JSON.stringify(normaliseTags(input.tags)),
        created_at: iso,
        updated_at: iso,
      };
      await db.insertInto('journal_entries').values(row).execute();
      if (input.caseId) await noteCaseActivity(db, input.caseId, now, 'history');
      return entryFromRow(row);
    });
  }

  async update(input: ParsedInput<'journal.update'>): Promise<JournalEntry> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    return inTransaction(vault.sqlite, vault.db, async (db) => {
      const current = await this.requireOwnEntry(db, input.id);
      const caseId = input.caseId === undefined ? current.case_id : input.caseId;
      if (caseId && caseId !== current.case_id) await requireCase(db, caseId);
      const promptId = input.promptId === undefined ? current.prompt_id : input.promptId;
      const promptText = promptId === current.prompt_id ? current.prompt_text : await promptTextFor(db, promptId);
      const template = input.template === undefined ? (current.template as TemplateId | null) : input.template;
      let sections = input.sections ?? parseJson<EntrySection[]>(current.sections, []);
      let body = input.body ?? current.body;
      if (template !== current.template) ({ sections, body } = switchTemplate(template, sections, body));
      if (!sectionsFitTemplate(template, sections)) throw invalidField('sections', 'The parts do not belong to the template.');
      const row: EntryRow = {
        ...current,
        case_id: caseId,
        prompt_id: promptId,
        prompt_text: promptText,
        template,
        title: input.title === undefined ? current.title : input.title.trim(),
        body,
        sections: JSON.stringify(sections),
        tags: input.tags ? JSON.stringify(normaliseTags(input.tags)) : current.tags,
        updated_at: now.toISOString(),
      };
      const { id, author_id: _author, created_at: _created, ...changes } = row;
      await db.updateTable('journal_entries').set(changes).where('id', '=', id).execute();
      if (caseId) await noteCaseActivity(db, caseId, now, 'history');
      return entryFromRow(row);
    });
  }

  /** secure_delete zeroes the freed bytes (the index too); the checkpoint empties the WAL's old copies. */
  async delete(id: string): Promise<null> {
    const vault = this.vaults.session();
    await inTransaction(vault.sqlite, vault.db, async (db) => {
      await this.requireOwnEntry(db, id);
      await db.deleteFrom('journal_entries').where('id', '=', id).execute();
    });
    vault.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return null;
  }

  async tags(): Promise<string[]> {
    const vault = this.vaults.session();
    const rows = await sql<{ tag: string }>`select t.value as tag from journal_entries j, json_each(j.tags) t where j.author_id = ${vault.member.id}`.execute(vault.db);
    return normaliseTags(rows.rows.map((r) => r.tag)).sort((a, b) => a.localeCompare(b));
  }

  async listPrompts(): Promise<Prompt[]> {
    const vault = this.vaults.session();
    const hidden = new Set(
      (await vault.db.selectFrom('hidden_prompts').select('prompt_id').where('member_id', '=', vault.member.id).execute()).map((r) => r.prompt_id),
    );
    const custom = await vault.db.selectFrom('custom_prompts').selectAll().orderBy('created_at').orderBy(sql`rowid`).execute();
    return [...BUILT_IN_PROMPTS.map((p) => ({ ...p, hidden: hidden.has(p.id) })), ...custom.map((row) => customPromptFromRow(row, hidden.has(row.id)))];
  }

  async savePrompt(input: ParsedInput<'prompts.save'>): Promise<Prompt> {
    const vault = this.vaults.session();
    const iso = this.vaults.now().toISOString();
    return inTransaction(vault.sqlite, vault.db, async (db) => {
      const existing = input.id ? await db.selectFrom('custom_prompts').selectAll().where('id', '=', input.id).executeTakeFirst() : undefined;
      if (input.id && !existing) throw new AppError('NOT_FOUND', 'No such prompt.');
      const row: CustomPromptRow = {
        id: existing?.id ?? randomUUID(),
        text: input.text,
        contexts: JSON.stringify(input.contexts),
        created_by: existing?.created_by ?? vault.member.id,
        created_at: existing?.created_at ?? iso,
        updated_at: iso,
      };
      if (existing) await db.updateTable('custom_prompts').set({ text: row.text, contexts: row.contexts, updated_at: iso }).where('id', '=', row.id).execute();
      else await db.insertInto('custom_prompts').values(row).execute();
      const hidden = await db.selectFrom('hidden_prompts').select('prompt_id').where('member_id', '=', vault.member.id).where('prompt_id', '=', row.id).executeTakeFirst();
      return customPromptFromRow(row, hidden !== undefined);
    });
  }

  /** Entries that answered it keep the prompt's words (stored with them). */
  async removePrompt(id: string): Promise<null> {
    const vault = this.vaults.session();
    await inTransaction(vault.sqlite, vault.db, async (db) => {
      const result = await db.deleteFrom('custom_prompts').where('id', '=', id).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw new AppError('NOT_FOUND', 'No such prompt.');
      await db.deleteFrom('hidden_prompts').where('prompt_id', '=', id).execute();
    });
    return null;
  }

  async setPromptHidden(input: { id: string; hidden: boolean }): Promise<null> {
    const vault = this.vaults.session();
    await inTransaction(vault.sqlite, vault.db, async (db) => {
      const known = builtInPrompt(input.id) ?? (await db.selectFrom('custom_prompts').select('id').where('id', '=', input.id).executeTakeFirst());
      if (!known) throw new AppError('NOT_FOUND', 'No such prompt.');
      if (input.hidden) {
        await db.insertInto('hidden_prompts').values({ member_id: vault.member.id, prompt_id: input.id }).onConflict((oc) => oc.doNothing()).execute();
      } else {
        await db.deleteFrom('hidden_prompts').where('member_id', '=', vault.member.id).where('prompt_id', '=', input.id).execute();
      }
    });
    return null;
  }

  /** Another member's entry is as unknown as a missing one. */
  private async requireOwnEntry(db: VaultDb, id: string): Promise<EntryRow> {
    const row = await db.selectFrom('journal_entries').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || row.author_id !== this.vaults.session().member.id) throw new AppError('NOT_FOUND', 'No such journal entry.');
    return row;
  }
}

/** The day after a calendar date, as the exclusive upper bound of a date filter. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
