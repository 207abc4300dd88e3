import { describe, expect, it } from 'vitest';
import { fold } from '../../shared/domain/text';

describe('fold', () => {
  it('drops accents and case', () => {
    expect(fold('Één')).toBe('een');
    expect(fold('café')).toBe('cafe');
    expect(fold('Zoë')).toBe('zoe');
    expect(fold('ÇA VA')).toBe('ca va');
  });

  it('unfolds ligatures and width variants', () => {
    expect(fold('ﬁets')).toBe('fiets');
    expect(fold('ＡＢＣ')).toBe('abc');
  });

  it('leaves plain lower-case text as it is', () => {
    expect(fold('nieuwe casus 12')).toBe('nieuwe casus 12');
  });
});
