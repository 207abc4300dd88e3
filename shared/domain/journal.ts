/**
 * The casework journal, reflection prompts, the case timeline and search.
 * A journal entry is the professional's own reflection; a template only structures it into parts.
 * Nothing here scores a family or a professional.
 */
import { z } from 'zod';
import { Id } from './ids';
import { fold } from './text';
import { CasePhase, FreeText, IsoDate, Pseudonym } from './case';
import { LocalizedText, PhaseMode } from './session';

const IsoTime = z.string().datetime({ offset: true });

// ------------------------------------------------------------------------------------------------
// Reflection templates
// ------------------------------------------------------------------------------------------------

/** Korthagen's ALACT cycle, Gibbs' reflective cycle, and preparing a case for intervision. */
export const TEMPLATE_PARTS = {
  alact: ['action', 'looking-back', 'awareness', 'alternatives', 'trial'],
  gibbs: ['description', 'feelings', 'evaluation', 'analysis', 'conclusion', 'action-plan'],
  'intervision-prep': ['what-happened', 'my-question', 'already-tried', 'need-from-colleagues'],
} as const;
export const TEMPLATE_IDS = ['alact', 'gibbs', 'intervision-prep'] as const;
export const TemplateId = z.enum(TEMPLATE_IDS);
export type TemplateId = z.infer<typeof TemplateId>;

export const PART_KEYS = [...new Set(Object.values(TEMPLATE_PARTS).flat())] as [string, ...string[]];
export const PartKey = z.enum(PART_KEYS);

/** One part of a template, in the template's order. */
export const EntrySection = z.object({ key: PartKey, text: FreeText });
export type EntrySection = z.infer<typeof EntrySection>;

/** The empty parts a template starts an entry with. */
export function sectionsFor(template: TemplateId | null): EntrySection[] {
  return template ? TEMPLATE_PARTS[template].map((key) => ({ key, text: '' })) : [];
}

/** Parts must belong to the template, each at most once. */
export function sectionsFitTemplate(template: TemplateId | null, sections: readonly EntrySection[]): boolean {
  const allowed: readonly string[] = template ? TEMPLATE_PARTS[template] : [];
  const keys = sections.map((s) => s.key);
  return keys.every((key) => allowed.includes(key)) && new Set(keys).size === keys.length;
}

// ------------------------------------------------------------------------------------------------
// Journal entries
// ------------------------------------------------------------------------------------------------

export const TAG_LIMIT = 40;
/** A tag as typed, trimmed; compared case-insensitively by the service. */
export const Tag = z.string().trim().min(1).max(TAG_LIMIT);
export const Tags = z.array(Tag).max(20);

export const JournalEntry = z.object({
  id: Id,
  caseId: Id.nullable(),
  /** A built-in prompt key or a custom prompt id. */
  promptId: z.string().max(60).nullable(),
  template: TemplateId.nullable(),
  title: z.string().max(200),
  body: FreeText,
  sections: z.array(EntrySection).max(10),
  tags: Tags,
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export const JournalEntrySummary = JournalEntry.pick({
  id: true,
  caseId: true,
  promptId: true,
  template: true,
  title: true,
  tags: true,
  createdAt: true,
  updatedAt: true,
}).extend({
  casePseudonym: Pseudonym.nullable(),
  /** The first words of the text, plain. */
  excerpt: z.string(),
});
export type JournalEntrySummary = z.infer<typeof JournalEntrySummary>;

// ------------------------------------------------------------------------------------------------
// Prompts
// ------------------------------------------------------------------------------------------------

export const PROMPT_GROUPS = ['prenatal', 'chain', 'relationship', 'why', 'blame', 'strengths', 'professional', 'own'] as const;
export const PromptGroup = z.enum(PROMPT_GROUPS);
export type PromptGroup = z.infer<typeof PromptGroup>;

/** Where a prompt is offered: in the journal, in session phases of these modes, for cases in these phases. */
export const PromptContexts = z.object({
  journal: z.boolean(),
  /** Session phase modes (shared/domain/session.ts); empty: not offered in sessions. */
  sessionModes: z.array(PhaseMode).max(20),
  /** Case phases; empty: offered whatever the case's phase. */
  casePhases: z.array(CasePhase).max(20),
});
export type PromptContexts = z.infer<typeof PromptContexts>;

export const Prompt = z.object({
  id: z.string().min(1).max(60),
  builtIn: z.boolean(),
  group: PromptGroup,
  /** A custom prompt has the user's own words in both fields. */
  text: LocalizedText,
  contexts: PromptContexts,
  /** Hidden by the member who asks; still listed so it can be shown again. */
  hidden: z.boolean(),
});
export type Prompt = z.infer<typeof Prompt>;

export const PromptText = z.string().trim().min(1).max(500);

/** Whether a prompt fits a journal entry on a case in this phase (or without a case). */
export function promptFitsJournal(prompt: Pick<Prompt, 'contexts'>, casePhase: CasePhase | null): boolean {
  if (!prompt.contexts.journal) return false;
  if (prompt.contexts.casePhases.length === 0) return true;
  return casePhase !== null && prompt.contexts.casePhases.includes(casePhase);
}

// ------------------------------------------------------------------------------------------------
// The case timeline
// ------------------------------------------------------------------------------------------------

export const TIMELINE_KINDS = ['case', 'person', 'factor', 'chain', 'snapshot', 'session', 'contribution', 'action', 'journal'] as const;
export const TimelineKind = z.enum(TIMELINE_KINDS);
export type TimelineKind = z.infer<typeof TimelineKind>;

export const TIMELINE_EVENTS = ['added', 'changed', 'closed', 'taken', 'planned', 'started', 'finished', 'written', 'edited'] as const;
export const TimelineEvent = z.enum(TIMELINE_EVENTS);
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** Facts the renderer translates (catalog keys) or shows as they are (free text). */
export const TimelineFacts = z
  .object({
    sector: z.string(),
    category: z.string(),
    otherLabel: z.string(),
    factorKind: z.string(),
    status: z.string(),
    role: z.string(),
    chainType: z.string(),
    reason: z.string(),
    intensity: z.string(),
    judgmentReasons: z.string(),
    contributionKind: z.string(),
    ownerName: z.string(),
    dueDate: z.string(),
    template: z.string(),
    promptId: z.string(),
    factorCount: z.string(),
  })
  .partial();
export type TimelineFacts = z.infer<typeof TimelineFacts>;

export const TimelineItem = z.object({
  /** Unique within the timeline: kind, source and event. */
  key: z.string(),
  kind: TimelineKind,
  event: TimelineEvent,
  at: IsoTime,
  sourceId: Id,
  /** The session it belongs to (contributions, actions, sessions themselves), for the link. */
  sessionId: Id.nullable(),
  title: z.string(),
  /** An excerpt of the text, plain. */
  text: z.string(),
  facts: TimelineFacts,
});
export type TimelineItem = z.infer<typeof TimelineItem>;

export const TIMELINE_TEXT_LIMIT = 280;

// ------------------------------------------------------------------------------------------------
// Search
// ------------------------------------------------------------------------------------------------

export const SEARCH_KINDS = ['case', 'person', 'factor', 'chain', 'hypothesis', 'meldcode', 'session', 'contribution', 'care', 'action', 'journal'] as const;
export const SearchKind = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof SearchKind>;

/** Highlighted text as segments: `mark` parts matched the query. Rendered as <mark>, never as HTML. */
export const HighlightedText = z.array(z.object({ text: z.string(), mark: z.boolean() }));
export type HighlightedText = z.infer<typeof HighlightedText>;

export const SearchResult = z.object({
  kind: SearchKind,
  sourceId: Id,
  caseId: Id.nullable(),
  casePseudonym: z.string().nullable(),
  sessionId: Id.nullable(),
  at: IsoTime,
  title: HighlightedText,
  snippet: HighlightedText,
  /** Catalog facts the renderer translates when the title is empty (a factor's category). */
  facts: TimelineFacts,
});
export type SearchResult = z.infer<typeof SearchResult>;

export const SearchQuery = z
  .object({
    query: z.string().max(200),
    kinds: z.array(SearchKind).max(SEARCH_KINDS.length).optional(),
    caseId: Id.optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

/** Split text with the two marker characters SQLite put around matches into highlighted segments. */
export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';
export function segmentsOf(marked: string): HighlightedText {
  const out: HighlightedText = [];
  let mark = false;
  let buffer = '';
  for (const char of marked) {
    if (char === MARK_OPEN || char === MARK_CLOSE) {
      if (buffer) out.push({ text: buffer, mark });
      buffer = '';
      mark = char === MARK_OPEN;
    } else {
      buffer += char;
    }
  }
  if (buffer) out.push({ text: buffer, mark });
  return out;
}

/** Lower case without diacritics, as the index's tokenizer (unicode61 remove_diacritics 2) compares words. */
export const foldWord = fold;

/** The folded words of a query, each matched as the start of a word. */
export function queryWords(input: string): string[] {
  return (input.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12).map(foldWord);
}

/**
 * Highlight the words of `text` that start with a query word (or that a given test accepts: the
 * search also matches words by their stem). With `maxTokens`, keep only the window
 * of that many words holding the most matches (a snippet), with … where text was cut.
 */
export function highlightText(text: string, words: readonly string[] | ((word: string) => boolean), maxTokens?: number): HighlightedText {
  const matches = typeof words === 'function' ? words : (word: string) => words.some((w) => foldWord(word).startsWith(w));
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    hit: matches(m[0]),
  }));
  let from = 0;
  let to = text.length;
  if (maxTokens !== undefined && tokens.length > maxTokens) {
    let best = 0;
    let bestCount = -1;
    let count = 0;
    for (let i = 0; i < tokens.length; i += 1) {
      if (tokens[i]?.hit) count += 1;
      if (i >= maxTokens && tokens[i - maxTokens]?.hit) count -= 1;
      const start = Math.max(0, i - maxTokens + 1);
      if (i >= maxTokens - 1 && count > bestCount) {
        bestCount = count;
        best = start;
      }
    }
    // Start a little before the first match, so it reads in context.
    const firstHit = tokens.findIndex((t, i) => i >= best && t.hit);
    const start = Math.max(0, Math.min(best, firstHit - 3 < 0 ? 0 : firstHit - 3), 0);
    const lead = Math.min(start, tokens.length - maxTokens);
    from = tokens[lead]?.start ?? 0;
    to = tokens[lead + maxTokens - 1]?.end ?? text.length;
  }
  const out: HighlightedText = [];
  let cursor = from;
  const push = (segment: string, mark: boolean) => {
    if (segment) out.push({ text: segment, mark });
  };
  if (from > 0) push('…', false);
  for (const token of tokens) {
    if (!token.hit || token.start < from || token.end > to) continue;
    push(text.slice(cursor, token.start), false);
    push(text.slice(token.start, token.end), true);
    cursor = token.end;
  }
  push(text.slice(cursor, to), false);
  if (to < text.length) push('…', false);
  return out;
}
