import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../electron/core/app/handlers';
import { localeForSystem } from '../../shared/domain/locales';

describe('the interface language', () => {
  it('follows an English system, and is Dutch for every other system language', () => {
    expect(localeForSystem('en-GB')).toBe('en');
    expect(localeForSystem('en')).toBe('en');
    expect(localeForSystem('EN-us')).toBe('en');
    expect(localeForSystem('nl-NL')).toBe('nl');
    expect(localeForSystem('nl-BE')).toBe('nl');
    expect(localeForSystem('de-DE')).toBe('nl');
    expect(localeForSystem('')).toBe('nl');
  });

  it('is the saved choice when there is one (app.info), the system rule otherwise', () => {
    expect(pickLocale('nl', 'en-US')).toBe('nl');
    expect(pickLocale('en', 'nl-NL')).toBe('en');
    expect(pickLocale(undefined, 'en-US')).toBe('en');
    expect(pickLocale(undefined, 'fr-FR')).toBe('nl');
  });
});
