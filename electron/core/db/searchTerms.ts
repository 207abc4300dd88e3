import { stemmer as dutchStem } from '@orama/stemmers/dutch';
import { stemmer as englishStem } from '@orama/stemmers/english';
import { translations } from '../../../shared/i18n';
import type { Locale } from '../../../shared/contract';
import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * The search index's third column, `terms`: what a row means beside what it says. The words of its
 * title and body reduced to their Snowball stems in Dutch and English (so "afspraak" finds
 * "afspraken" and "appointments" finds "appointment"), the labels of its catalog keys in both
 * languages (a factor of category finances is found by "financiën" and by "finances"), and for a
 * case its due week. The text itself stays as written in `title` and `body`, so snippets
 * highlight the words the professional wrote.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const LOCALES: readonly Locale[] = ['nl', 'en'];
/** Stems of shorter words are the words themselves, or too short to mean anything. */
const MIN_STEMMED = 4;
/** A shorter stem is mostly the other language's rule misreading a word ("moed" → "mo"). */
const MIN_STEM = 3;

/** Lower case without diacritics, as the index's tokenizer (unicode61 remove_diacritics 2) compares. */
function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** The word's Dutch and English stems (folded), those that differ from the word itself. */
export function stemsOf(word: string): string[] {
  const lower = word.toLowerCase();
  const folded = fold(lower);
  if (folded.length < MIN_STEMMED || /^\p{N}+$/u.test(folded)) return [];
  const out = new Set<string>();
  for (const stem of [dutchStem(lower), englishStem(lower)]) {
    const f = fold(stem);
    if (f.length >= MIN_STEM && f !== folded) out.add(f);
  }
  return [...out];
}

type Labels = (t: (typeof translations)['nl']) => Record<string, string>;

/** Which catalog a row's facet names, per kind (the same keys the renderer translates). */
const FACET_LABELS: Partial<Record<string, Labels[]>> = {
  case: [(t) => t.cases.phases],
  person: [(t) => t.people.roles],
  chain: [(t) => t.map.chain.types],
  session: [(t) => t.timeline.intensities],
  contribution: [(t) => t.timeline.contributionKinds],
  action: [(t) => t.timeline.actionStatuses],
  hypothesis: [(t) => t.hypotheses.statuses],
  // Whom advice was asked of at the meldcode's step 2; "nobody else" is not something to search for.
  meldcode: [(t) => ({ 'veilig-thuis': t.meldcode.adviceSources['veilig-thuis'], expert: t.meldcode.adviceSources.expert })],
};

function facetLabels(kind: string, facet: string | null): string[] {
  if (!facet) return [];
  const labels: string[] = [];
  for (const locale of LOCALES) {
    const t = translations[locale];
    if (kind === 'factor') {
      const [sector, category] = facet.split('/');
      const sectors: Record<string, string> = t.map.sectors;
      const categories: Record<string, string> = t.map.categories;
      if (sector && sectors[sector]) labels.push(sectors[sector]);
      if (category && categories[category]) labels.push(categories[category]);
      continue;
    }
    for (const catalog of FACET_LABELS[kind] ?? []) {
      const label = catalog(t)[facet];
      if (label) labels.push(label);
    }
  }
  return labels;
}

/** A case's due week ("2027-W12") as people search for it: "week 12 2027", "uitgerekende week 12", "due week 12". */
function weekWords(kind: string, extra: unknown): string[] {
  if (kind !== 'case' || typeof extra !== 'string') return [];
  const match = /^(\d{4})-W(\d{2})$/.exec(extra);
  if (!match) return [];
  const week = Number(match[2]);
  return [`week ${week} ${match[1]}`, `${translations.nl.thousandDays.dueWeek} ${week}`, `${translations.en.thousandDays.dueWeek} ${week}`];
}

/**
 * The `terms` of one index row: stems of its text that differ from the words as written (those are
 * in title and body already), its labels and their stems, and a case's due week. Deterministic.
 */
export function searchTerms(kind: string, facet: string | null, extra: unknown, title: string, body: string): string {
  const out = new Set<string>();
  for (const [word] of `${title}\n${body}`.matchAll(WORD)) for (const stem of stemsOf(word)) out.add(stem);
  for (const label of [...facetLabels(kind, facet), ...weekWords(kind, extra)]) {
    for (const [word] of label.matchAll(WORD)) {
      out.add(fold(word));
      for (const stem of stemsOf(word)) out.add(stem);
    }
  }
  return [...out].join(' ');
}

/** The SQL name of searchTerms: the index's triggers call it, so every connection registers it. */
export const SEARCH_TERMS_FUNCTION = 'dyade_search_terms';

/** Registers the index's SQL functions on a connection (before anything writes through it). */
export function registerSearchFunctions(db: Pick<Database.Database, 'function'>): void {
  db.function(SEARCH_TERMS_FUNCTION, { deterministic: true }, (kind, facet, extra, title, body) =>
    searchTerms(
      String(kind),
      typeof facet === 'string' ? facet : null,
      typeof extra === 'bigint' ? Number(extra) : extra,
      String(title ?? ''),
      String(body ?? ''),
    ),
  );
}

/**
 * The words of a query without the "van" / "of" of a due week as the app writes it ("week 31 van 2027",
 * "week 31 of 2027"): the index holds the week as "week 31 2027", and the joiner is no word to find.
 */
export function withoutWeekJoiner(words: string[]): string[] {
  return words.filter((word, i) => {
    if (!/^(van|of)$/i.test(word)) return true;
    const before = words[i - 1] ?? '';
    const after = words[i + 1] ?? '';
    return !(/^week$/i.test(words[i - 2] ?? '') && /^\d{1,2}$/.test(before) && /^\d{4}$/.test(after));
  });
}

/**
 * The FTS5 query for what the user typed: every word must match, as a prefix of a word as written
 * (search as you type) or as one of its stems ("afspraken" → afsprak, which the index holds for
 * "afspraak"). Quoted, so FTS5 operators in the input are plain words.
 */
export function stemmedMatch(input: string): string | null {
  const words = withoutWeekJoiner(input.match(WORD) ?? []);
  if (words.length === 0) return null;
  return (
    words
      .slice(0, 12)
      .map((word) => {
        const alternatives = [`"${word}"*`, ...stemsOf(word).map((stem) => `"${stem}"`)];
        return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`;
      })
      // Explicit AND: FTS5 joins a parenthesised group to its neighbours only that way.
      .join(' AND ')
  );
}

/** True when a word as written matches a query word: by prefix, or by a shared stem. */
export function wordMatcher(input: string): (word: string) => boolean {
  const words = withoutWeekJoiner(input.match(WORD) ?? []).slice(0, 12);
  const prefixes = words.map(fold);
  const stems = new Set(words.flatMap((w) => [fold(w), ...stemsOf(w)]));
  return (word) => {
    const folded = fold(word);
    if (prefixes.some((p) => folded.startsWith(p))) return true;
    return stemsOf(word).some((s) => stems.has(s)) || stems.has(folded);
  };
}
