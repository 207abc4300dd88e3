import { describe, expect, it } from 'vitest';
import {
  assessPassphrase,
  assessPassphraseNow,
  assessPassphraseWithoutIndex,
  loadPassphraseChecker,
  passphraseCheckerReady,
} from '../../shared/domain/passphrase';

describe('passphrase policy', () => {
  it('accepts long, unpredictable passphrases', async () => {
    const result = await assessPassphrase('kwartel fiets ochtend zeventig');
    expect(result).toMatchObject({ acceptable: true, reason: null });
    expect(result.score).toBeGreaterThanOrEqual(3);
  });

  it('refuses short ones, even when complex', async () => {
    expect(await assessPassphrase('X#9v!q2L')).toMatchObject({ acceptable: false, reason: 'tooShort' });
  });

  it('refuses common and predictable ones with feedback keys', async () => {
    const common = await assessPassphrase('password1234');
    expect(common).toMatchObject({ acceptable: false, reason: 'tooCommon' });
    expect(common.feedback.warning).toBe('similarToCommon');
    expect(await assessPassphrase('abcdefghijklmnop')).toMatchObject({ acceptable: false, reason: 'tooPredictable' });
    expect(await assessPassphrase('aaaaaaaaaaaaaaaa')).toMatchObject({ acceptable: false, reason: 'tooPredictable' });
  });

  it('knows Dutch: "wachtwoord2024!" is refused like "password2024!", Dutch passphrases pass', async () => {
    expect(await assessPassphrase('password2024!')).toMatchObject({ acceptable: false, reason: 'tooCommon' });
    expect(await assessPassphrase('wachtwoord2024!')).toMatchObject({ acceptable: false, reason: 'tooCommon' });
    expect(await assessPassphrase('Welkom!Welkom!2025')).toMatchObject({ acceptable: false });
    expect(await assessPassphrase('lantaarn rivier mosterd gieter')).toMatchObject({ acceptable: true });
  });

  it('judges at most the first 64 characters: a long weak start is still weak, a long passphrase is not slow', async () => {
    expect((await assessPassphrase('a'.repeat(300))).acceptable).toBe(false);
    expect((await assessPassphrase(`kwartel fiets ochtend zeventig ${'x'.repeat(200)}`)).acceptable).toBe(true);
  });

  it('uses the user inputs (name, label) as words an attacker knows', async () => {
    expect((await assessPassphrase('Annabella Vermeulen', ['Annabella Vermeulen'])).acceptable).toBe(false);
  });

  it('loads zxcvbn on the first check; once loaded the synchronous check gives the same answer', async () => {
    await loadPassphraseChecker();
    expect(passphraseCheckerReady()).toBe(true);
    for (const text of ['kwartel fiets ochtend zeventig', 'wachtwoord2024!', 'kort']) {
      expect(assessPassphraseNow(text, ['Anna'])).toEqual(await assessPassphrase(text, ['Anna']));
    }
  });

  it('decides exactly as zxcvbn without the dictionary index: same score, reason and feedback', async () => {
    await loadPassphraseChecker();
    const cases: [string, string[]][] = [
      ['password1234', []],
      ['P@$$w0rd2024!', []],
      ['a1!e3@o0$i1|s5a1!e3@o0$i1|s5', ['Anna']],
      ['w@chtw00rd2024', []],
      ['v03tb@l2024!', []],
      ['wachtwoord2024!', ['Anna', 'Team Noord']],
      ['WACHTWOORD2024', []],
      ['welkom01welkom', []],
      ['feyenoord010', []],
      ['kerstmis2024', []],
      ['dyade2024!', []],
      ['Welkom!Welkom!2025', []],
      ['koekoekkoekoek', []],
      ['abcabcabcabc', []],
      ['aaaaaaaaaaaaaaaa', []],
      ['stille rivier draagt oude boten stille rivier draagt oude boten ', []],
      ['abcdefghijklmnopqrstuvwxyz0123456789', []],
      ['qwertyuiopasdfgh', []],
      ['01-01-2000januari', []],
      ['onetwothreefour', []],
      ['maandagdinsdag', []],
      ['kwartel fiets ochtend zeventig', ['kwartel']],
      ['lantaarn rivier mosterd gieter', []],
      ['Correct-Horse-Battery-Staple', []],
      ['paars.olifant.zingt.luid', []],
      ['Ol1f@nt zingt luid 2024', []],
      ['Tr0ub4dor&3', []],
      ['xK9#mP2$vL7!qR4@', []],
      ['kort', []],
      ['constructor12345', []],
      ['__proto__constructor', ['constructor']],
      ['İstanbul İzmir İnönü', []],
      ['ümlautÜberGrößeß', []],
      ['🔐🔐🔐passphrase🔐', []],
      ['annadevries2024', ['Anna de Vries', 'Team Noord']],
      ['teamnoord!2024', ['Anna', 'Team Noord']],
      ['Annabella Vermeulen', ['Annabella Vermeulen']],
      ['a very long user input here', ['a very long user input here that is longer than any dictionary word']],
      [`kwartel fiets ochtend zeventig ${'x'.repeat(200)}`, []],
      ['P@$$w0rd'.repeat(32), ['Anna']],
    ];
    for (const [text, userInputs] of cases) {
      expect({ text, ...assessPassphraseNow(text, userInputs) }).toEqual({ text, ...(await assessPassphraseWithoutIndex(text, userInputs)) });
    }
  });
});
