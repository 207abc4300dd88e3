// The strength meter runs on every keystroke (in the page) and on every new passphrase (in the
// core): its worst case per check, at 64 and 256 characters, over inputs that are hard for zxcvbn
// (l33t-heavy, repeated words, ordinary passphrases).
import { assessPassphraseNow, loadPassphraseChecker } from '../../shared/domain/passphrase';

function samples(length: number): string[] {
  return ['a1!e3@o0$i1|s5', 'wachtwoord2024!', 'stille rivier draagt oude boten ', 'P@$$w0rd', 'abcdefghijklmnopqrstuvwxyz0123456789'].map((seed) =>
    seed.repeat(Math.ceil(length / seed.length)).slice(0, length),
  );
}

export async function benchPassphrase(): Promise<Record<string, number>> {
  // The meter's per-keystroke check is the synchronous one, after the checker loaded.
  await loadPassphraseChecker();
  assessPassphraseNow('warm up the dictionaries');
  const worst = (length: number) => {
    let max = 0;
    for (const text of samples(length)) {
      // Each keystroke checks the text typed so far: measure the last few of them.
      for (let end = length - 8; end <= length; end += 1) {
        const started = performance.now();
        assessPassphraseNow(text.slice(0, end), ['Anna', 'Team Noord']);
        max = Math.max(max, performance.now() - started);
      }
    }
    return max;
  };
  return { strengthCheckWorst64CharsMs: worst(64), strengthCheckWorst256CharsMs: worst(256) };
}
