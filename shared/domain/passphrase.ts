/**
 * Passphrase strength policy, shared by the renderer (strength meter) and the core (enforcement).
 * Pure: zxcvbn-ts and its dictionaries only, no Node or DOM.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';

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

let factory: ZxcvbnFactory | null = null;

// Built lazily: the dictionaries are large and not every screen needs them.
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
  });
  return factory;
}

/** Judge a passphrase; `userInputs` are words the user is known to use (name, vault label). */
export function assessPassphrase(passphrase: string, userInputs: readonly string[] = []): PassphraseAssessment {
  // zxcvbn's cost grows with length; the tail of a very long passphrase does not lower its strength.
  const result = zxcvbn().check(
    passphrase.slice(0, 256),
    userInputs.filter((word) => word.length > 0),
  );
  const score = result.score as PassphraseScore;
  const feedback = { warning: result.feedback.warning, suggestions: [...result.feedback.suggestions] };
  const tooShort = [...passphrase].length < PASSPHRASE_MIN_LENGTH;
  if (tooShort) return { score, acceptable: false, reason: 'tooShort', feedback };
  if (score >= PASSPHRASE_MIN_SCORE) return { score, acceptable: true, reason: null, feedback };
  const common = result.sequence.some(
    (match) => match.pattern === 'dictionary' && (match.dictionaryName === 'passwords-common' || match.dictionaryName === 'userInputs'),
  );
  return { score, acceptable: false, reason: common ? 'tooCommon' : 'tooPredictable', feedback };
}
