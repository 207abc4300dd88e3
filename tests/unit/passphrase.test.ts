import { describe, expect, it } from 'vitest';
import { assessPassphrase } from '../../shared/domain/passphrase';

describe('passphrase policy', () => {
  it('accepts long, unpredictable passphrases', () => {
    const result = assessPassphrase('kwartel fiets ochtend zeventig');
    expect(result).toMatchObject({ acceptable: true, reason: null });
    expect(result.score).toBeGreaterThanOrEqual(3);
  });

  it('refuses short ones, even when complex', () => {
    expect(assessPassphrase('X#9v!q2L')).toMatchObject({ acceptable: false, reason: 'tooShort' });
  });

  it('refuses common and predictable ones with feedback keys', () => {
    const common = assessPassphrase('password1234');
    expect(common).toMatchObject({ acceptable: false, reason: 'tooCommon' });
    expect(common.feedback.warning).toBe('similarToCommon');
    expect(assessPassphrase('abcdefghijklmnop')).toMatchObject({ acceptable: false, reason: 'tooPredictable' });
    expect(assessPassphrase('aaaaaaaaaaaaaaaa')).toMatchObject({ acceptable: false, reason: 'tooPredictable' });
  });

  it('knows Dutch: "wachtwoord2024!" is refused like "password2024!", Dutch passphrases pass', () => {
    expect(assessPassphrase('password2024!')).toMatchObject({ acceptable: false, reason: 'tooCommon' });
    expect(assessPassphrase('wachtwoord2024!')).toMatchObject({ acceptable: false, reason: 'tooCommon' });
    expect(assessPassphrase('Welkom!Welkom!2025')).toMatchObject({ acceptable: false });
    expect(assessPassphrase('lantaarn rivier mosterd gieter')).toMatchObject({ acceptable: true });
  });

  it('judges at most the first 64 characters: a long weak start is still weak, a long passphrase is not slow', () => {
    expect(assessPassphrase('a'.repeat(300)).acceptable).toBe(false);
    expect(assessPassphrase(`kwartel fiets ochtend zeventig ${'x'.repeat(200)}`).acceptable).toBe(true);
  });

  it('uses the user inputs (name, label) as words an attacker knows', () => {
    expect(assessPassphrase('Annabella Vermeulen', ['Annabella Vermeulen']).acceptable).toBe(false);
  });
});
