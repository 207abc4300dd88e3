/**
 * The first screen's code: what renderer/src/main.tsx reaches through static imports is what the
 * start screen loads. zxcvbn and its dictionaries, the contract's schemas (zod) and the feature pages
 * other than the start screen must be reached only through dynamic import(). Structure only: the
 * sizes and times are measured by `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Specifiers of the value imports and re-exports in `source` (type-only ones left out). */
function staticSpecifiers(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s+'([^']+)'/gm)) {
    const [, typeOnly, clause = '', specifier = ''] = match;
    if (typeOnly) continue;
    const named = /^\{([^}]*)\}$/.exec(clause.trim());
    const names = named?.[1]
      ?.split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    if (names && names.length > 0 && names.every((name) => name.startsWith('type '))) continue;
    found.push(specifier);
  }
  for (const match of source.matchAll(/^import\s+'([^']+)'/gm)) found.push(match[1] ?? '');
  return found;
}

function resolveFile(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && /\.(ts|tsx)$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every file and package the entry reaches through static imports. */
function staticClosure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of staticSpecifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = resolveFile(file, specifier);
        if (target) queue.push(target);
      } else {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier));
      }
    }
  }
  return { files, packages };
}

describe('the first screen loads only what it shows', () => {
  const { files, packages } = staticClosure(join(ROOT, 'renderer/src/main.tsx'));
  const paths = [...files].map((file) => relative(ROOT, file).replaceAll('\\', '/'));

  it('reads import statements as the bundler does (type-only imports are not code)', () => {
    expect(
      staticSpecifiers(
        [
          "import type { A } from './a';",
          "import { type B, type C } from './b';",
          "import { d, type E } from './d';",
          "export { f } from './f';",
          "import './g.css';",
        ].join('\n'),
      ),
    ).toEqual(['./d', './f', './g.css']);
  });

  it('has no zxcvbn or its dictionaries: they load with the first passphrase check', () => {
    expect([...packages].filter((name) => name.startsWith('@zxcvbn-ts/'))).toEqual([]);
    expect(readFileSync(join(ROOT, 'shared/domain/passphrase.ts'), 'utf8')).toMatch(/import\('@zxcvbn-ts\/language-nl-be'\)/);
  });

  it("has neither the contract's schemas nor zod", () => {
    expect(packages.has('zod')).toBe(false);
    expect(paths).not.toContain('shared/contract.ts');
  });

  it('holds the start screen and the shell, not the other pages', () => {
    expect(paths).toContain('renderer/src/features/vaults/StartScreen.tsx');
    for (const feature of ['cases', 'journal', 'map', 'reports', 'search', 'sessions', 'settings', 'exchange']) {
      expect(
        paths.filter((path) => path.startsWith(`renderer/src/features/${feature}/`)),
        feature,
      ).toEqual([]);
    }
    // A new vault's dialog (with its passphrase check) loads when it opens.
    expect(paths).not.toContain('renderer/src/features/vaults/CreateVaultDialog.tsx');
  });
});
