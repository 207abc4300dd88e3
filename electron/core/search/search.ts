import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { ParsedInput } from '../../../shared/contract';
import { highlightText, type SearchKind, type SearchResult, type TimelineFacts } from '../../../shared/domain/journal';
import type { ReadContext, WriteContext } from '../context';
import { startOfLocalDay, startOfNextLocalDay } from '../../../shared/domain/dates';
import type { SqliteHandle } from '../db/database';
import { stemmedMatch, wordMatcher } from '../db/searchTerms';
import { noteSearchPerformed } from './audit';

interface Row {
  id: number;
  kind: SearchKind;
  source_id: string;
  case_id: string | null;
  session_id: string | null;
  at: string;
  facet: string | null;
  pseudonym: string | null;
  title: string;
  body: string;
}

/** Catalog keys kept with an index row, as the facts the renderer translates. */
function factsOf(kind: SearchKind, facet: string | null): TimelineFacts {
  if (!facet) return {};
  switch (kind) {
    case 'factor': {
      const [sector, category] = facet.split('/');
      return { sector: sector ?? '', category: category ?? '' };
    }
    case 'chain':
      return { chainType: facet };
    case 'person':
      return { role: facet };
    case 'session':
      return { intensity: facet };
    case 'contribution':
      return { contributionKind: facet };
    case 'action':
      return { status: facet };
    case 'hypothesis':
      // A review's status; a factor's "what would change my mind?" has none.
      return facet === 'change-my-mind' ? {} : { status: facet };
    case 'journal':
      return facet.startsWith('prompt:') ? { promptId: facet.slice('prompt:'.length) } : { template: facet };
    default:
      return {};
  }
}

/** Light Markdown marks of journal text do not belong in a snippet. */
function withoutMarks(text: string): string {
  return text
    .replace(/\*\*|__|(^|\n)\s{0,3}#{1,6}\s+/g, '$1')
    .replace(/(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=$|[\s.,;:!?)])/g, '$1')
    .replace(/\s*\n\s*/g, ' · ');
}

const SNIPPET_TOKENS = 14;

/**
 * Ranking reads every match, so it is bounded: the best by bm25 (titles weigh three times the body)
 * among the most recently written RANK_WINDOW matches that pass the filters. Only words in thousands
 * of items reach the bound, and then the recent ones are what one looks for.
 */
export const RANK_WINDOW = 1_000;
const TITLE_WEIGHT = 3;
/** A match by stem or label only counts for less than the words as written. */
const TERMS_WEIGHT = 0.5;

/** Past this many rows in the chosen days, finding their ids costs more than the bound saves. */
const BOUND_SCAN_LIMIT = 20_000;
/** The ends of SQLite's integer range, for a bound that lets every rowid through or none. */
const MAX_ROWID = '9223372036854775807';
const MIN_ROWID = '(-9223372036854775807 - 1)';

/**
 * A bound on the rowids of the matches worth checking when the query has a date filter: every row in
 * the chosen days has an id between the least and the greatest id among them (found through the index
 * on `at`, not the rows). Exact, not a guess: ids need not follow the dates (an edit gets a new id, an
 * import keeps old dates), only the bound is used, and the filters still check every match. No rows in
 * those days lets no match through; more than BOUND_SCAN_LIMIT gives no bound (the scan would cost more).
 */
function rowidBound(end: 'min' | 'max', range: string): string {
  const none = end === 'min' ? MAX_ROWID : MIN_ROWID;
  const all = end === 'min' ? MIN_ROWID : MAX_ROWID;
  return (
    `(SELECT CASE WHEN count(*) = 0 THEN ${none} WHEN count(*) < ${BOUND_SCAN_LIMIT} THEN ${end}(id) ELSE ${all} END ` +
    `FROM (SELECT id FROM search_docs INDEXED BY search_docs_at WHERE ${range} LIMIT ${BOUND_SCAN_LIMIT}))`
  );
}

/**
 * Every match is checked against the filters (owner, kind, case, time) through the narrow covering
 * index, not the wide rows: without statistics SQLite would pick the table's own key. A date filter
 * also bounds the rowids FTS5 reads (rowidBound), so matches from other times are not looked up one by
 * one. Highlights and snippets are made in code from the few rows shown (FTS5's own need a costly seek per row).
 */
function rankedSql(filters: string[], dates: { from: boolean; to: boolean }): string {
  const range = [dates.from ? 'at >= @from' : '', dates.to ? 'at < @to' : ''].filter(Boolean).join(' AND ');
  const bounds = [
    dates.from ? ` AND search_fts.rowid >= ${rowidBound('min', range)}` : '',
    dates.to ? ` AND search_fts.rowid <= ${rowidBound('max', range)}` : '',
  ].join('');
  return `SELECT d.id, d.kind, d.source_id, d.case_id, d.session_id, d.at, d.facet, d.title, d.body, c.pseudonym FROM (
      SELECT search_fts.rowid AS id, bm25(search_fts, ${TITLE_WEIGHT}, 1, ${TERMS_WEIGHT}) AS score
      FROM search_fts JOIN search_docs f INDEXED BY search_docs_filter ON f.id = search_fts.rowid
      WHERE search_fts MATCH @match AND (f.owner_id IS NULL OR f.owner_id = @me)${filters.map((f) => ` AND ${f.replaceAll('d.', 'f.')}`).join('')}${bounds}
      ORDER BY search_fts.rowid DESC LIMIT ${RANK_WINDOW}
    ) r JOIN search_docs d ON d.id = r.id LEFT JOIN cases c ON c.id = d.case_id
    ORDER BY r.score, r.id DESC LIMIT @limit`;
}

/** Prepared statements per connection and filter shape (a lock and unlock gives a new connection). */
const statements = new WeakMap<SqliteHandle, Map<string, Statement>>();

function statement(sqlite: SqliteHandle, key: string, text: () => string): Statement {
  let cache = statements.get(sqlite);
  if (!cache) {
    cache = new Map();
    statements.set(sqlite, cache);
  }
  let prepared = cache.get(key);
  if (!prepared) {
    prepared = sqlite.prepare(text());
    cache.set(key, prepared);
  }
  return prepared;
}

/**
 * Full-text search over the vault's index (search_fts / search_docs). Ranked by bm25 with titles
 * weighing more; the text the user typed is used for this one query and never stored or logged.
 */
export function findInIndex({ sqlite, member }: Pick<ReadContext, 'sqlite' | 'member'>, input: ParsedInput<'search.query'>): { results: SearchResult[] } {
  const match = stemmedMatch(input.query);
  if (!match) return { results: [] };
  const filters: string[] = [];
  const params: Record<string, string | number> = { match, me: member.id, limit: input.limit };
  if (input.kinds && input.kinds.length > 0) {
    filters.push(`d.kind IN (${input.kinds.map((_, i) => `@kind${i}`).join(', ')})`);
    input.kinds.forEach((kind, i) => (params[`kind${i}`] = kind));
  }
  if (input.caseId) {
    filters.push('d.case_id = @caseId');
    params.caseId = input.caseId;
  }
  if (input.from) {
    filters.push('d.at >= @from');
    params.from = startOfLocalDay(input.from);
  }
  if (input.to) {
    filters.push('d.at < @to');
    params.to = startOfNextLocalDay(input.to);
  }
  const dates = { from: Boolean(input.from), to: Boolean(input.to) };
  const rows = statement(sqlite, filters.join(' AND '), () => rankedSql(filters, dates)).all(params) as Row[];
  const words = wordMatcher(input.query);
  return {
    results: rows.map((row) => ({
      kind: row.kind,
      sourceId: row.source_id,
      caseId: row.case_id,
      casePseudonym: row.pseudonym,
      sessionId: row.session_id,
      at: row.at,
      title: highlightText(row.title, words),
      snippet: highlightText(withoutMarks(row.body), words, SNIPPET_TOKENS),
      facts: factsOf(row.kind, row.facet),
    })),
  };
}

/** `search.query`: the results, and the audit note that a search was done (never what was searched). */
export async function searchVault(ctx: WriteContext, input: ParsedInput<'search.query'>): Promise<{ results: SearchResult[] }> {
  const found = findInIndex(ctx, input);
  if (input.query.trim()) await noteSearchPerformed(ctx);
  return found;
}
