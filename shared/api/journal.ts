/** The journal API: a member's own entries, their tags, and the reflection prompts. */
import { z } from 'zod';
import { FreeText, IsoDate } from '../domain/case';
import { EntrySection, JournalEntry, JournalEntrySummary, Prompt, PromptContexts, PromptText, Tags, TemplateId } from '../domain/journal';
import { Id } from '../domain/ids';
import { method } from './define';

const PromptId = z.string().min(1).max(60);

export const journalApi = {
  /** The member's own entries, newest first; filter by case (or 'none'), tag and date. */
  'journal.list': method(
    z
      .object({
        caseId: z.union([Id, z.literal('none')]).optional(),
        tag: z.string().trim().max(40).optional(),
        from: IsoDate.optional(),
        to: IsoDate.optional(),
      })
      .strict(),
    z.array(JournalEntrySummary),
  ),
  'journal.get': method(z.object({ id: Id }).strict(), JournalEntry),
  /** A template fills in its empty parts; a prompt is one the entry answers. */
  'journal.create': method(
    z
      .object({
        caseId: Id.nullable().default(null),
        template: TemplateId.nullable().default(null),
        promptId: PromptId.nullable().default(null),
        title: z.string().max(200).default(''),
        body: FreeText.default(''),
        tags: Tags.default([]),
      })
      .strict(),
    JournalEntry,
  ),
  /** Saved as typed: only the fields given change. */
  'journal.update': method(
    z
      .object({
        id: Id,
        caseId: Id.nullable().optional(),
        template: TemplateId.nullable().optional(),
        promptId: PromptId.nullable().optional(),
        title: z.string().max(200).optional(),
        body: FreeText.optional(),
        sections: z.array(EntrySection).max(10).optional(),
        tags: Tags.optional(),
      })
      .strict(),
    JournalEntry,
  ),
  'journal.delete': method(z.object({ id: Id }).strict(), z.null()),
  /** The member's tags, for the filter. */
  'journal.tags': method(z.object({}).strict(), z.array(z.string())),

  /** The shipped prompts and the team's own, with whether this member hides them. */
  'prompts.list': method(z.object({}).strict(), z.array(Prompt)),
  'prompts.save': method(z.object({ id: Id.optional(), text: PromptText, contexts: PromptContexts }).strict(), Prompt),
  'prompts.remove': method(z.object({ id: Id }).strict(), z.null()),
  'prompts.setHidden': method(z.object({ id: PromptId, hidden: z.boolean() }).strict(), z.null()),
} as const;
