import type { Selectable } from 'kysely';
import { z } from 'zod';
import { EntrySection, JournalEntry, JournalEntrySummary, Prompt, TemplateId } from '../../../shared/domain/journal';
import type { CustomPromptsTable, JournalEntriesTable } from '../db/schema-journal';
import { excerptOf } from './text';

/** Rows → domain objects, parsed with the journal's schemas, so a damaged row fails here. */

export type EntryRow = Selectable<JournalEntriesTable>;
export type CustomPromptRow = Selectable<CustomPromptsTable>;

/** What `journal.list` selects: an entry without its prompt text and author, with the case's pseudonym. */
export type EntrySummaryRow = Omit<EntryRow, 'author_id' | 'prompt_text'> & { pseudonym: string | null };

/** Stored JSON; text that does not parse reads as the fallback (as it always has). */
function parseJson(text: string, fallback: unknown): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return fallback;
  }
}

const Sections = z.array(EntrySection);
const NullableTemplate = TemplateId.nullable();

export function entrySectionsOf(row: Pick<EntryRow, 'sections'>): EntrySection[] {
  return Sections.parse(parseJson(row.sections, []));
}

export function entryTemplateOf(row: Pick<EntryRow, 'template'>): TemplateId | null {
  return NullableTemplate.parse(row.template);
}

export function entryFromRow(row: EntryRow): JournalEntry {
  return JournalEntry.parse({
    id: row.id,
    caseId: row.case_id,
    promptId: row.prompt_id,
    template: row.template,
    title: row.title,
    body: row.body,
    sections: parseJson(row.sections, []),
    tags: parseJson(row.tags, []),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function entrySummaryFromRow(row: EntrySummaryRow): JournalEntrySummary {
  return JournalEntrySummary.parse({
    id: row.id,
    caseId: row.case_id,
    promptId: row.prompt_id,
    template: row.template,
    title: row.title,
    tags: parseJson(row.tags, []),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    casePseudonym: row.pseudonym,
    excerpt: excerptOf(row.body, entrySectionsOf(row)),
  });
}

/** The team's own prompt: its words in both languages; `hidden` for the member who asks. */
export function customPromptFromRow(row: CustomPromptRow, hidden: boolean): Prompt {
  return Prompt.parse({
    id: row.id,
    builtIn: false,
    group: 'own',
    text: { nl: row.text, en: row.text },
    contexts: parseJson(row.contexts, { journal: true, sessionModes: [], casePhases: [] }),
    hidden,
  });
}
