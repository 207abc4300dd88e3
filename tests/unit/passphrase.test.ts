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

  it('uses the user inputs (name, label) as words an attacker knows', () => {
    expect(assessPassphrase('Annabella Vermeulen', ['Annabella Vermeulen']).acceptable).toBe(false);
  });
});
