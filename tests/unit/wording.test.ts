import { describe, expect, it } from 'vitest';
import { translations } from '../../shared/i18n';

/** Every string of a table with its dotted key; arrays are read item by item. */
function strings(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => strings(child, prefix ? `${prefix}.${key}` : key));
}

/**
 * One Dutch word per concept, as in the glossary (DOMAIN.md): journaal, auditlog, wachtzin, bijdrage,
 * beschermende factoren, actiehouder; real plurals through i18next plural keys, never "casus(sen)".
 */
const FORBIDDEN_NL: Array<{ pattern: RegExp; use: string }> = [
  { pattern: /logboek/i, use: 'journaal (the casework journal) or auditlog (the access record)' },
  { pattern: /\blog\b/i, use: 'auditlog' },
  { pattern: /wachtwoord/i, use: 'wachtzin' },
  { pattern: /\binbreng\b/i, use: 'bijdrage' },
  { pattern: /\bbuffers?\b/i, use: 'beschermende factor(en) — the JGZ term' },
  { pattern: /\bverantwoordelijke\b|\beigenaar\b/i, use: 'actiehouder' },
  { pattern: /\w\((?:s|en|sen|n|es)\)/i, use: 'i18next plural keys (_one / _other)' },
  { pattern: /\bblame\b/i, use: 'Zonder schuld' },
  { pattern: /wat zorgen baart/i, use: 'Wat baart zorgen?' },
  { pattern: /fase met opties/i, use: 'the phase by its real name' },
];

const FORBIDDEN_EN: Array<{ pattern: RegExp; use: string }> = [
  { pattern: /\w\((?:s|es)\)/i, use: 'i18next plural keys (_one / _other)' },
  { pattern: /blame check/i, use: 'Without blame' },
  { pattern: /logbook/i, use: 'journal or audit log' },
  { pattern: /password/i, use: 'passphrase' },
];

describe('Dutch wording: one word per concept, real plurals', () => {
  it('the Dutch texts use none of the off-glossary words or plural tricks', () => {
    const found = strings(translations.nl).flatMap(([key, text]) =>
      FORBIDDEN_NL.filter(({ pattern }) => pattern.test(text)).map(({ pattern, use }) => `${key}: "${text}" matches ${String(pattern)}; use ${use}`),
    );
    expect(found).toEqual([]);
  });

  it('the English texts keep the same discipline', () => {
    const found = strings(translations.en).flatMap(([key, text]) =>
      FORBIDDEN_EN.filter(({ pattern }) => pattern.test(text)).map(({ pattern, use }) => `${key}: "${text}" matches ${String(pattern)}; use ${use}`),
    );
    expect(found).toEqual([]);
  });

  it('the glossary words are the ones on screen', () => {
    const all = strings(translations.nl)
      .map(([, text]) => text)
      .join('\n');
    for (const word of [
      'journaal',
      'auditlog',
      'wachtzin',
      'bijdrage',
      'beschermende factoren',
      'actiehouder',
      'casussen',
      'Wat baart zorgen?',
      'Zonder schuld:',
    ]) {
      expect(all.toLowerCase()).toContain(word.toLowerCase());
    }
  });

  it('the patterns catch what they are for', () => {
    const hits = (text: string) => FORBIDDEN_NL.some(({ pattern }) => pattern.test(text));
    for (const bad of [
      '3 casus(sen)',
      '2 conflict(en)',
      'Logboek',
      'Gedeeld wachtwoord',
      'Inbreng',
      'Buffers',
      'Eigenaar',
      'Blame check:',
      'Wat zorgen baart?',
    ]) {
      expect(hits(bad), bad).toBe(true);
    }
    for (const good of ['3 casussen', 'Journaal', 'Auditlog', 'Casusinbrenger', 'Gebufferd: ja', 'duur of buffering onbekend', 'Actiehouder', '(optioneel)']) {
      expect(hits(good), good).toBe(false);
    }
  });
});
