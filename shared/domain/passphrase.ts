/**
 * Passphrase strength policy, shared by the renderer (strength meter) and the core (enforcement).
 * Pure: zxcvbn-ts and its dictionaries only, no Node or DOM. zxcvbn and its English and Dutch
 * dictionaries (about 1.2 MB gzipped) are imported dynamically, on the first check: in the renderer
 * they load only on the screens that ask for a new passphrase, never with the start screen.
 */
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export const PASSPHRASE_MIN_LENGTH = 12;
export const PASSPHRASE_MIN_SCORE = 3;

export type PassphraseScore = 0 | 1 | 2 | 3 | 4;
export type PassphraseWeakness = 'tooShort' | 'tooCommon' | 'tooPredictable';

export interface PassphraseAssessment {
  score: PassphraseScore;
  acceptable: boolean;
  /** Why it is refused; null when acceptable. */
  reason: PassphraseWeakness | null;
  /** zxcvbn-ts feedback keys (untranslated), e.g. warning 'similarToCommon', suggestions ['anotherWord']. */
  feedback: { warning: string | null; suggestions: string[] };
}

/**
 * Words Dutch users pick as a whole password, first in their own ranked list so that
 * "wachtwoord2024!" is refused like "password2024!" (the Dutch word list ranks them as ordinary
 * words). Our own list: the everyday words, places, clubs and the app's own vocabulary.
 */
const DUTCH_COMMON_PASSWORDS = [
  'wachtwoord',
  'welkom',
  'geheim',
  'voetbal',
  'hallo',
  'liefde',
  'schatje',
  'lieverd',
  'prinses',
  'prinsesje',
  'zonnetje',
  'snoepje',
  'konijn',
  'hondje',
  'poesje',
  'vakantie',
  'zomer',
  'winter',
  'lente',
  'herfst',
  'kerstmis',
  'oranje',
  'nederland',
  'holland',
  'amsterdam',
  'rotterdam',
  'utrecht',
  'denhaag',
  'ajax',
  'feyenoord',
  'psv',
  'vrijheid',
  'familie',
  'gezin',
  'kindje',
  'mama',
  'papa',
  'inloggen',
  'beheer',
  'geheimpje',
  'dyade',
  'kluis',
  'intervisie',
  'jeugdzorg',
  'kraamzorg',
  'verloskundige',
  'consultatiebureau',
  'wijkteam',
];

/**
 * A bounded check: at most 64 characters are judged (a longer passphrase is strong on its length
 * alone) and at most 4 l33t substitutions are tried, so one keystroke costs about 10-20 ms (with
 * the dictionary index below) even at 256 characters instead of seconds (measured in the bench).
 */
export const PASSPHRASE_CHECKED_LENGTH = 64;
const L33T_MAX_SUBSTITUTIONS = 4;

let factory: ZxcvbnFactory | null = null;
let loading: Promise<ZxcvbnFactory> | null = null;

/** Load zxcvbn and the dictionaries (once); resolves when `assessPassphraseNow` can judge. */
export function loadPassphraseChecker(): Promise<ZxcvbnFactory> {
  loading ??= createChecker(true).then(
    (created) => (factory = created),
    (error: unknown) => {
      loading = null; // a failed load (a chunk that could not be read) may be tried again
      throw error;
    },
  );
  return loading;
}

async function createChecker(indexed: boolean): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, zxcvbnCommon, zxcvbnEn, zxcvbnNl] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    import('@zxcvbn-ts/language-nl-be'),
  ]);
  const created = new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary, ...zxcvbnNl.dictionary, 'passwords-nl': DUTCH_COMMON_PASSWORDS },
    graphs: zxcvbnCommon.adjacencyGraphs,
    maxLength: PASSPHRASE_CHECKED_LENGTH,
    l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
  });
  if (indexed && indexDictionaryLookups(created)) {
    // Build the index of all dictionaries now, in slices, so that loading never holds the page for long.
    const { rankedDictionaries } = (created as unknown as { options: { rankedDictionaries: Record<string, RankedDictionary> } }).options;
    const building = buildIndex(Object.keys(rankedDictionaries), rankedDictionaries);
    while (building.next().done !== true) await pause();
    created.check('aa'); // and the small word-sequence one, through zxcvbn's own calls
  }
  return created;
}

/** Let the page run (a task, not a microtask); shared code has neither DOM nor Node types, both have setTimeout. */
function pause(): Promise<void> {
  const { setTimeout } = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown };
  return new Promise((resolve) => setTimeout(resolve, 0));
}

let referenceChecker: Promise<ZxcvbnFactory> | null = null;

/**
 * The same judgement with zxcvbn's own dictionary lookups (no index): only for the test that
 * proves the indexed lookups decide exactly as zxcvbn does.
 */
export async function assessPassphraseWithoutIndex(passphrase: string, userInputs: readonly string[] = []): Promise<PassphraseAssessment> {
  referenceChecker ??= createChecker(false);
  return judge(await referenceChecker, passphrase, userInputs);
}

/** Whether the checker is loaded, so `assessPassphraseNow` answers. */
export function passphraseCheckerReady(): boolean {
  return factory !== null;
}

/** Judge a passphrase; `userInputs` are words the user is known to use (name, vault label). Loads the checker on first use. */
export async function assessPassphrase(passphrase: string, userInputs: readonly string[] = []): Promise<PassphraseAssessment> {
  return judge(factory ?? (await loadPassphraseChecker()), passphrase, userInputs);
}

/** The same judgement, synchronously, once the checker is loaded (`loadPassphraseChecker`); null before. For a meter that updates per keystroke. */
export function assessPassphraseNow(passphrase: string, userInputs: readonly string[] = []): PassphraseAssessment | null {
  return factory ? judge(factory, passphrase, userInputs) : null;
}

/**
 * zxcvbn's last answers per checker: the same text is judged more than once per keystroke (the
 * fields, the deferred meter, a dialog's submit button), and every keystroke past the checked
 * length judges the same first 64 characters again.
 */
const recentResults = new WeakMap<ZxcvbnFactory, Map<string, ReturnType<ZxcvbnFactory['check']>>>();
const RECENT_RESULTS = 8;

function check(zxcvbn: ZxcvbnFactory, checked: string, userInputs: string[]): ReturnType<ZxcvbnFactory['check']> {
  let recent = recentResults.get(zxcvbn);
  if (!recent) recentResults.set(zxcvbn, (recent = new Map()));
  const key = JSON.stringify([checked, userInputs]);
  const known = recent.get(key);
  if (known) return known;
  const result = zxcvbn.check(checked, userInputs);
  recent.set(key, result);
  if (recent.size > RECENT_RESULTS) recent.delete(recent.keys().next().value as string);
  return result;
}

function judge(zxcvbn: ZxcvbnFactory, passphrase: string, userInputs: readonly string[]): PassphraseAssessment {
  // zxcvbn's cost grows with length; the tail of a very long passphrase does not lower its strength.
  const result = check(
    zxcvbn,
    passphrase.slice(0, PASSPHRASE_CHECKED_LENGTH),
    userInputs.filter((word) => word.length > 0),
  );
  const score = result.score as PassphraseScore;
  const feedback = { warning: result.feedback.warning, suggestions: [...result.feedback.suggestions] };
  const tooShort = [...passphrase].length < PASSPHRASE_MIN_LENGTH;
  if (tooShort) return { score, acceptable: false, reason: 'tooShort', feedback };
  if (score >= PASSPHRASE_MIN_SCORE) return { score, acceptable: true, reason: null, feedback };
  const common = result.sequence.some(
    (match) =>
      match.pattern === 'dictionary' &&
      (match.dictionaryName === 'passwords-common' || match.dictionaryName === 'passwords-nl' || match.dictionaryName === 'userInputs'),
  );
  return { score, acceptable: false, reason: common ? 'tooCommon' : 'tooPredictable', feedback };
}

/*
 * Indexed dictionary lookups. zxcvbn's dictionary matcher looks every substring (up to the longest
 * word, 29 letters) up in each of the 30 ranked dictionaries, one object at a time; it runs about
 * a dozen times per check (plain, reversed, up to 4 l33t variants, and again for word sequences
 * and repeated parts), which was most of a check's time. The same lookups through one Map from
 * word to its (dictionary, rank) pairs find exactly the same matches, in the same order, with one
 * lookup per substring. Installed only on our own checker's matchers; any shape this code does
 * not recognise (another zxcvbn-ts version) leaves zxcvbn's own matcher in place.
 */
type RankedDictionary = Record<string, number>;
interface DictionaryMatch {
  pattern: 'dictionary';
  i: number;
  j: number;
  token: string;
  matchedWord: string;
  rank: number;
  dictionaryName: string;
  reversed: boolean;
  l33t: boolean;
}
interface DictionaryMatchArgs {
  password: string;
  userInputsOptions?: unknown;
  useLevenshtein?: boolean;
}
interface DictionaryMatcher {
  options: { useLevenshteinDistance: boolean };
  getRangedDictionaries(userInputsOptions: unknown): {
    rankedDictionaries: Record<string, RankedDictionary>;
    rankedDictionariesMaxWordSize: Record<string, number>;
  };
  match(args: DictionaryMatchArgs): DictionaryMatch[];
}

/** The dictionary that changes per check (the user inputs); looked up directly. */
const PER_CHECK_DICTIONARY = 'userInputs';
/** Names a plain object answers through its prototype ("constructor"): zxcvbn's lookup finds them, so they take zxcvbn's own path. */
const INHERITED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
const indexedOptions = new WeakSet<object>();
const patchedPrototypes = new WeakSet<object>();
/**
 * Each word of a set of fixed dictionaries, with the dictionaries (by position) that rank it: `first`
 * gives a word's first entry, entries chain on in dictionary order through `next` (-1 ends).
 */
interface DictionaryIndex {
  names: string[];
  dictionaries: RankedDictionary[];
  first: Map<string, number>;
  next: Int32Array;
  position: Int32Array;
  rank: Float64Array;
  /** The first PREFIX_CHECKS letters of every longer word: a substring that starts none of them cannot grow into a word. */
  prefixes: Set<string>;
}
/** zxcvbn uses two sets: all dictionaries, and the word-sequence ones. */
const indexes: DictionaryIndex[] = [];
/** Widths at which a substring that begins no longer word ends the search from that start. */
const PREFIX_CHECKS = [3, 6];
function addPrefixes(prefixes: Set<string>, word: string): void {
  for (const width of PREFIX_CHECKS) if (word.length > width) prefixes.add(word.slice(0, width));
}
const INHERITED_PREFIXES = new Set<string>();
for (const name of INHERITED_NAMES) addPrefixes(INHERITED_PREFIXES, name);

/** Install the indexed lookups for this checker; false when zxcvbn's matchers do not have the expected shape. */
function indexDictionaryLookups(created: ZxcvbnFactory): boolean {
  const internals = created as unknown as { options?: object; matching?: { matchers?: Record<string, object | undefined> } };
  const matchers = internals.matching?.matchers;
  const options = internals.options;
  if (!matchers?.dictionary || !matchers.dictionaryL33t || !matchers.dictionaryReverse || !options) return false;
  const prototype = Object.getPrototypeOf(matchers.dictionary) as Partial<DictionaryMatcher>;
  const recognised =
    typeof prototype.match === 'function' &&
    typeof prototype.getRangedDictionaries === 'function' &&
    Object.getPrototypeOf(Object.getPrototypeOf(matchers.dictionaryL33t)) === prototype &&
    Object.getPrototypeOf(Object.getPrototypeOf(matchers.dictionaryReverse)) === prototype;
  if (!recognised) return false;
  if (!patchedPrototypes.has(prototype)) {
    const original = prototype.match as DictionaryMatcher['match'];
    prototype.match = function (this: DictionaryMatcher, args: DictionaryMatchArgs) {
      return indexedOptions.has(this.options) && !this.options.useLevenshteinDistance ? indexedMatch(this, args) : original.call(this, args);
    };
    patchedPrototypes.add(prototype);
  }
  indexedOptions.add(options);
  return true;
}

function indexFor(names: string[], rankedDictionaries: Record<string, RankedDictionary>): DictionaryIndex {
  const building = buildIndex(names, rankedDictionaries);
  for (;;) {
    const step = building.next();
    if (step.done) return step.value;
  }
}

/** Words indexed between two pauses: about 20 ms of work (the whole index takes a few hundred ms). */
const INDEX_SLICE = 16384;

/** Finds or builds the index of these dictionaries, pausing (yield) every INDEX_SLICE words so that loading can let the page run. */
function* buildIndex(names: string[], rankedDictionaries: Record<string, RankedDictionary>): Generator<void, DictionaryIndex> {
  const dictionaries = names.map((name) => rankedDictionaries[name] as RankedDictionary);
  const known = indexes.find(
    (entry) => entry.names.length === names.length && entry.names.every((name, k) => name === names[k] && entry.dictionaries[k] === dictionaries[k]),
  );
  if (known) return known;
  const words: string[][] = [];
  for (const dictionary of dictionaries) {
    words.push(Object.keys(dictionary));
    yield;
  }
  const size = words.reduce((sum, list) => sum + list.length, 0);
  const index: DictionaryIndex = {
    names,
    dictionaries,
    first: new Map(),
    next: new Int32Array(size),
    position: new Int32Array(size),
    rank: new Float64Array(size),
    prefixes: new Set(),
  };
  // The last dictionary first, each entry put in front: a word's chain runs in dictionary order.
  let entry = 0;
  for (let position = dictionaries.length - 1; position >= 0; position -= 1) {
    const list = words[position] as string[];
    for (let from = 0; from < list.length; from += INDEX_SLICE) {
      entry = indexWords(index, position, list, from, entry);
      yield;
    }
  }
  // Checks made while this was being built (none: the checker is ready only after) may have built it too.
  const built = indexes.find(
    (other) => other.names.length === names.length && other.names.every((name, k) => name === names[k] && other.dictionaries[k] === dictionaries[k]),
  );
  if (built) return built;
  indexes.push(index);
  if (indexes.length > 4) indexes.shift();
  return index;
}

/** Index words[from, from + INDEX_SLICE) of the dictionary at `position`, from `entry` on; returns the next entry. (A plain function: a generator's loop is not optimised.) */
function indexWords(index: DictionaryIndex, position: number, words: string[], from: number, entry: number): number {
  const dictionary = index.dictionaries[position] as RankedDictionary;
  const to = Math.min(words.length, from + INDEX_SLICE);
  for (let k = from; k < to; k += 1, entry += 1) {
    const word = words[k] as string;
    index.next[entry] = index.first.get(word) ?? -1;
    index.position[entry] = position;
    index.rank[entry] = dictionary[word] as number;
    index.first.set(word, entry);
    addPrefixes(index.prefixes, word);
  }
  return entry;
}

/** zxcvbn-ts 4.2 MatchDictionary.match without Levenshtein, one Map lookup per substring: the same matches in the same order. */
function indexedMatch(matcher: DictionaryMatcher, { password, userInputsOptions }: DictionaryMatchArgs): DictionaryMatch[] {
  const matches: DictionaryMatch[] = [];
  const passwordLength = password.length;
  const passwordLower = password.toLowerCase();
  const { rankedDictionaries, rankedDictionariesMaxWordSize } = matcher.getRangedDictionaries(userInputsOptions);
  const names = Object.keys(rankedDictionaries);
  // The index covers the fixed dictionaries; the user inputs (present or not, anywhere) are looked up directly.
  const perCheckPosition = names.indexOf(PER_CHECK_DICTIONARY);
  const perCheck = perCheckPosition >= 0 ? rankedDictionaries[PER_CHECK_DICTIONARY] : undefined;
  const fixedNames = perCheck ? names.filter((_, position) => position !== perCheckPosition) : names;
  const { first, next, position: fixedPosition, rank: fixedRank, prefixes } = indexFor(fixedNames, rankedDictionaries);
  const perCheckPrefixes = new Set<string>();
  if (perCheck) for (const word of Object.keys(perCheck)) addPrefixes(perCheckPrefixes, word);
  const maxSearchWidth = Math.max(0, ...Object.values(rankedDictionariesMaxWordSize));
  const maxWordSizes = names.map((name) => rankedDictionariesMaxWordSize[name]);
  /** zxcvbn's skip of a dictionary whose words are all shorter (an unknown size, undefined, never skips). */
  const tooWide = (position: number, width: number) => width > (maxWordSizes[position] as number);
  const add = (i: number, j: number, word: string, position: number, rank: number) => {
    matches.push({
      pattern: 'dictionary',
      i,
      j,
      token: password.slice(i, j + 1),
      matchedWord: word,
      rank,
      dictionaryName: names[position] as string,
      reversed: false,
      l33t: false,
    });
  };
  for (let i = 0; i < passwordLength; i += 1) {
    for (let j = i; j < passwordLength; j += 1) {
      const isFullPassword = i === 0 && j === passwordLength - 1;
      const width = j - i + 1;
      if (width > maxSearchWidth && !isFullPassword) break;
      const word = passwordLower.slice(i, j + 1);
      if (INHERITED_NAMES.has(word)) {
        // zxcvbn's own lookup, dictionary by dictionary ("constructor" is found on every one)
        for (let position = 0; position < names.length; position += 1) {
          const rank = (rankedDictionaries[names[position] as string] as RankedDictionary)[word];
          if ((!tooWide(position, width) || isFullPassword) && rank !== undefined) add(i, j, word, position, rank);
        }
        continue;
      }
      const perCheckRank = perCheck?.[word];
      let perCheckPending = perCheckRank !== undefined && (!tooWide(perCheckPosition, width) || isFullPassword);
      for (let entry = first.get(word) ?? -1; entry >= 0; entry = next[entry] as number) {
        const fixed = fixedPosition[entry] as number;
        const position = perCheck && fixed >= perCheckPosition ? fixed + 1 : fixed;
        if (perCheckPending && position > perCheckPosition) {
          add(i, j, word, perCheckPosition, perCheckRank as number);
          perCheckPending = false;
        }
        if (!tooWide(position, width) || isFullPassword) add(i, j, word, position, fixedRank[entry] as number);
      }
      if (perCheckPending) add(i, j, word, perCheckPosition, perCheckRank as number);
      if (PREFIX_CHECKS.includes(width) && !prefixes.has(word) && !perCheckPrefixes.has(word) && !INHERITED_PREFIXES.has(word)) break;
    }
  }
  return matches;
}
