import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/contract';
import { COMMAND_NAMES } from '../../electron/cli/args';
import { EXIT } from '../../electron/cli/exit-codes';
import { MESSAGE_TABLES, formatMessage, isMessageKey, pickCliLocale, translator } from '../../electron/cli/messages';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('CLI message tables', () => {
  it('have the same keys in English and Dutch', () => {
    expect(Object.keys(MESSAGE_TABLES.nl).sort()).toEqual(Object.keys(MESSAGE_TABLES.en).sort());
  });

  it('use the same placeholders in both languages, and no empty texts', () => {
    for (const [key, english] of Object.entries(MESSAGE_TABLES.en)) {
      const dutch = MESSAGE_TABLES.nl[key as keyof typeof MESSAGE_TABLES.nl];
      expect(placeholders(dutch), key).toEqual(placeholders(english));
      expect(english.trim().length, key).toBeGreaterThan(0);
      expect(dutch.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('have a message for every contract error code and help for every command', () => {
    for (const code of ERROR_CODES) expect(isMessageKey(`error.${code}`), code).toBe(true);
    for (const name of COMMAND_NAMES) expect(isMessageKey(`help.${name}`), name).toBe(true);
  });

  it('document every exit status in the help, in both languages', () => {
    for (const locale of ['en', 'nl'] as const) {
      const help = MESSAGE_TABLES[locale]['help.general'];
      for (const status of Object.values(EXIT)) expect(help, `${locale} ${status}`).toMatch(new RegExp(`^  ${status} +\\S`, 'm'));
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(formatMessage('Wrong passphrase for member {member}.', { member: 'Anna' })).toBe('Wrong passphrase for member Anna.');
    expect(formatMessage('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(translator('nl')('error.WRONG_PASSPHRASE', { member: 'Anna' })).toBe('Onjuiste wachtzin voor lid Anna.');
    expect(translator('en')('error.WRONG_PASSPHRASE', { member: 'Anna' })).toBe('Wrong passphrase for member Anna.');
  });
});

describe('pickCliLocale', () => {
  it('chooses Dutch when the first set of LC_ALL, LC_MESSAGES, LANG starts with nl', () => {
    expect(pickCliLocale({ LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(pickCliLocale({ LANG: 'nl_BE' })).toBe('nl');
    expect(pickCliLocale({ LC_MESSAGES: 'nl_NL.UTF-8', LANG: 'en_US.UTF-8' })).toBe('nl');
    expect(pickCliLocale({ LC_ALL: 'en_GB.UTF-8', LANG: 'nl_NL.UTF-8' })).toBe('en');
    expect(pickCliLocale({ LC_ALL: '', LANG: 'nl_NL.UTF-8' })).toBe('nl');
  });

  it('falls back to English', () => {
    expect(pickCliLocale({})).toBe('en');
    expect(pickCliLocale({ LANG: 'C.UTF-8' })).toBe('en');
    expect(pickCliLocale({ LANG: 'de_DE.UTF-8' })).toBe('en');
  });
});
