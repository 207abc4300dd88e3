import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { highlightText } from '../../shared/domain/journal';
import {
  registerSearchFunctions,
  SEARCH_TERMS_FUNCTION,
  searchTerms,
  stemmedMatch,
  stemsOf,
  withoutWeekJoiner,
  wordMatcher,
} from '../../electron/core/db/searchTerms';

const marked = (text: string, query: string) =>
  highlightText(text, wordMatcher(query))
    .filter((s) => s.mark)
    .map((s) => s.text);

describe('search terms', () => {
  it('reduces Dutch and English words to their Snowball stems, folded like the index', () => {
    expect(stemsOf('afspraken')).toContain('afsprak');
    expect(stemsOf('afspraak')).toContain('afsprak');
    expect(stemsOf('appointments')).toContain('appoint');
    expect(stemsOf('financiële')).toContain('financiel');
    // Short words and numbers are not stemmed.
    expect(stemsOf('kind')).toEqual([]);
    expect(stemsOf('2026')).toEqual([]);
  });

  it('holds stems that differ from the words as written, and catalog labels in both languages', () => {
    const terms = searchTerms('factor', 'external/finances', null, '', 'Er zijn afspraken gemaakt over schulden.').split(' ');
    expect(terms).toEqual(expect.arrayContaining(['afsprak', 'schuld', 'financien', 'finances', 'financ', 'externe', 'external', 'stress']));
    expect(terms).not.toContain('afspraken');
    expect(searchTerms('person', 'parent', null, 'M', '').split(' ')).toEqual(expect.arrayContaining(['ouder', 'parent']));
    expect(searchTerms('chain', 'midwife', null, 'VK', '').split(' ')).toEqual(expect.arrayContaining(['verloskundige', 'midwife']));
    // A case's due week (0012), as people search for it.
    expect(searchTerms('case', 'pregnancy', '2027-W05', 'Familie A', '').split(' ')).toEqual(
      expect.arrayContaining(['week', '5', '2027', 'uitgerekende', 'due', 'zwangerschap', 'pregnancy']),
    );
    expect(searchTerms('case', 'pregnancy', 31, 'Familie A', '').split(' ')).not.toContain('31');
    expect(searchTerms('case', 'pregnancy', null, 'Familie A', '')).not.toMatch(/\bweek\b/);
    // An unknown key adds nothing (and never throws).
    expect(searchTerms('factor', 'nowhere/unknown', null, '', '')).toBe('');
    // The meldcode's advice source: Veilig Thuis and an expert are labelled, "nobody else" is not.
    expect(searchTerms('meldcode', 'veilig-thuis', null, '', '').split(' ')).toEqual(expect.arrayContaining(['veilig', 'thuis']));
    expect(searchTerms('meldcode', 'expert', null, '', '').split(' ')).toEqual(expect.arrayContaining(['aandachtsfunctionaris', 'safeguarding']));
    expect(searchTerms('meldcode', 'none', null, '', '')).toBe('');
  });

  it('asks FTS5 for each word as a prefix or by its stem, with FTS5 syntax in the input kept as text', () => {
    expect(stemmedMatch('afspraken')).toBe('("afspraken"* OR "afsprak")');
    expect(stemmedMatch('moed gesp')).toBe('"moed"* AND "gesp"*');
    expect(stemmedMatch('week 31')).toBe('("week"* OR "wek") AND "31"*');
    // The due week as the app writes it: "van" / "of" between the week and its year is no word to find.
    expect(stemmedMatch('week 31 van 2027')).toBe(stemmedMatch('week 31 2027'));
    expect(stemmedMatch('Week 31 of 2027')).toBe(stemmedMatch('Week 31 2027'));
    expect(withoutWeekJoiner(['moeder', 'van', 'Sam'])).toEqual(['moeder', 'van', 'Sam']);
    expect(withoutWeekJoiner(['week', '31', 'van', 'de', 'zwangerschap'])).toEqual(['week', '31', 'van', 'de', 'zwangerschap']);
    expect(stemmedMatch('Zoë "NEAR(x')).toBe('"Zoë"* AND "NEAR"* AND "x"*');
    expect(stemmedMatch('  *:() ')).toBeNull();
  });

  it('highlights the words as written that match by prefix or by stem', () => {
    expect(marked('Nieuwe afspraken met de verloskundige.', 'afspraak')).toEqual(['afspraken']);
    expect(marked('Eén afspraak gemist.', 'afspraken')).toEqual(['afspraak']);
    expect(marked('Moeder voelt zich geïsoleerd.', 'geisol MOED')).toEqual(['Moeder', 'geïsoleerd']);
    expect(marked('De kinderen slapen slecht.', 'ouder')).toEqual([]);
  });

  it('is a SQL function a connection can call (the index triggers do)', () => {
    const db = new Database(':memory:');
    registerSearchFunctions(db);
    expect(db.prepare(`SELECT ${SEARCH_TERMS_FUNCTION}('case', 'pregnancy', '2027-W12', 'X', 'afspraken')`).pluck().get()).toMatch(/\bafsprak\b.*\bweek\b/);
    db.close();
  });
});
