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
 * alone) and at most 4 l33t substitutions are tried, so one keystroke costs tens of milliseconds
 * even at 256 characters instead of seconds (measured in the bench).
 */
export const PASSPHRASE_CHECKED_LENGTH = 64;
const L33T_MAX_SUBSTITUTIONS = 4;

let factory: ZxcvbnFactory | null = null;
let loading: Promise<ZxcvbnFactory> | null = null;

/** Load zxcvbn and the dictionaries (once); resolves when `assessPassphraseNow` can judge. */
export function loadPassphraseChecker(): Promise<ZxcvbnFactory> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    import('@zxcvbn-ts/language-nl-be'),
  ]).then(
    ([{ ZxcvbnFactory }, zxcvbnCommon, zxcvbnEn, zxcvbnNl]) =>
      (factory = new ZxcvbnFactory({
        dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary, ...zxcvbnNl.dictionary, 'passwords-nl': DUTCH_COMMON_PASSWORDS },
        graphs: zxcvbnCommon.adjacencyGraphs,
        maxLength: PASSPHRASE_CHECKED_LENGTH,
        l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
      })),
    (error: unknown) => {
      loading = null; // a failed load (a chunk that could not be read) may be tried again
      throw error;
    },
  );
  return loading;
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

function judge(zxcvbn: ZxcvbnFactory, passphrase: string, userInputs: readonly string[]): PassphraseAssessment {
  // zxcvbn's cost grows with length; the tail of a very long passphrase does not lower its strength.
  const result = zxcvbn.check(
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
