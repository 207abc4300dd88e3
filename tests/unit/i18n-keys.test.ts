import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { translations } from '../../shared/i18n';
import { appNl } from '../../shared/i18n/app.nl';
import { careNl } from '../../shared/i18n/care.nl';
import { casesNl } from '../../shared/i18n/cases.nl';
import { errorsNl } from '../../shared/i18n/errors.nl';
import { exchangeNl } from '../../shared/i18n/exchange.nl';
import { journalNl } from '../../shared/i18n/journal.nl';
import { mapNl } from '../../shared/i18n/map.nl';
import { meldcodeNl } from '../../shared/i18n/meldcode.nl';
import { meetingsNl } from '../../shared/i18n/meetings.nl';
import { privacyNl } from '../../shared/i18n/privacy.nl';
import { progressNl } from '../../shared/i18n/progress.nl';
import { hypothesesNl } from '../../shared/i18n/hypotheses.nl';
import { thousandDaysNl } from '../../shared/i18n/thousand-days.nl';
import { reportsNl } from '../../shared/i18n/reports.nl';
import { searchNl } from '../../shared/i18n/search.nl';
import { sessionsNl } from '../../shared/i18n/sessions.nl';
import { vaultNl } from '../../shared/i18n/vault.nl';
import { nlStart } from '../../shared/i18n/nl.start';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every leaf of a table as a dotted key ("cases.sorts.pseudonym"); arrays are leaves. */
function leaves(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

function lookup(table: unknown, key: string): unknown {
  let value: unknown = table;
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A key t() can resolve: a string, or a plural family (key_one, key_other). */
function resolves(table: unknown, key: string): boolean {
  if (typeof lookup(table, key) === 'string' || Array.isArray(lookup(table, key))) return true;
  return typeof lookup(table, `${key}_one`) === 'string' && typeof lookup(table, `${key}_other`) === 'string';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The keys code looks up: t('a.b') with a literal key, and the fixed start of t(`a.${x}`) keys. */
function usedKeys(): { literal: Set<string>; prefixes: Set<string> } {
  const literal = new Set<string>();
  const prefixes = new Set<string>();
  const files = [...sourceFiles(join(root, 'renderer/src')), ...sourceFiles(join(root, 'shared/domain'))];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [, key = ''] of text.matchAll(/\bt\(\s*'([A-Za-z][\w.-]*)'/g)) literal.add(key);
    for (const [, prefix = ''] of text.matchAll(/\bt\(\s*`([A-Za-z][\w.-]*)\.\$\{/g)) prefixes.add(prefix);
  }
  return { literal, prefixes };
}

/** The renderer files the first screen loads: main.tsx and what it imports statically, transitively (an `import()` starts a chunk of its own). */
function firstScreenFiles(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec = ''] of text.matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s'(\.[^']+)'/gms)) {
      const base = resolve(dirname(file), spec);
      const target = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
        (path) => /\.tsx?$/.test(path) && sourceFiles(dirname(path)).includes(path),
      );
      if (target && target.startsWith(join(root, 'renderer/src'))) visit(target);
    }
  };
  visit(join(root, 'renderer/src/main.tsx'));
  return [...seen];
}

describe('the translation tables', () => {
  it('give Dutch and English exactly the same keys', () => {
    expect(leaves(translations.en).sort()).toEqual(leaves(translations.nl).sort());
  });

  it('hold each top-level key in one domain file only', () => {
    const files = [
      appNl,
      errorsNl,
      vaultNl,
      casesNl,
      mapNl,
      sessionsNl,
      journalNl,
      searchNl,
      exchangeNl,
      reportsNl,
      privacyNl,
      progressNl,
      careNl,
      hypothesesNl,
      meldcodeNl,
      thousandDaysNl,
      meetingsNl,
    ];
    const keys = files.flatMap((file) => Object.keys(file));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    expect([...keys].sort()).toEqual(Object.keys(translations.nl).sort());
  });

  it('give the first screen all its Dutch strings in the start part (the rest loads after the first paint)', () => {
    const files = firstScreenFiles();
    expect(files.map((file) => file.slice(root.length))).toEqual(
      expect.arrayContaining(['renderer/src/app/App.tsx', 'renderer/src/features/vaults/StartScreen.tsx']),
    );
    const missing = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*['`]([A-Za-z][\w-]*)[.'`$]/g)]
        .map(([, top = '']) => top)
        .filter((top) => !(top in nlStart))
        .map((top) => `${file.slice(root.length)}: ${top}`),
    );
    expect(missing).toEqual([]);
  });

  const { literal, prefixes } = usedKeys();

  it('find the renderer’s keys (the scan is not empty)', () => {
    expect(literal.size).toBeGreaterThan(300);
    expect(prefixes.size).toBeGreaterThan(20);
  });

  it.each(['nl', 'en'] as const)('have every literal key the code looks up (%s)', (locale) => {
    expect([...literal].filter((key) => !resolves(translations[locale], key))).toEqual([]);
  });

  it.each(['nl', 'en'] as const)('have a group for every key the code builds from a fixed start (%s)', (locale) => {
    const missing = [...prefixes].filter((prefix) => {
      const group = lookup(translations[locale], prefix);
      return group === null || typeof group !== 'object';
    });
    expect(missing).toEqual([]);
  });
});
