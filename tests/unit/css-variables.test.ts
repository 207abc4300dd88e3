// Every custom property the renderer reads with var(--…) is defined somewhere (ui/tokens.css or a
// component's sheet): a renamed token must not leave a component silently unstyled.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const renderer = fileURLToPath(new URL('../../renderer/src/', import.meta.url));

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, pattern);
    return pattern.test(entry.name) ? [path] : [];
  });
}

describe('the renderer’s CSS variables', () => {
  const sheets = files(renderer, /\.css$/);
  const defined = new Set(sheets.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])));

  it('are defined before they are used', () => {
    const undefinedUses = files(renderer, /\.(css|tsx?)$/).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/var\((--[\w-]+)/g)]
        .map((m) => m[1])
        .filter((name) => !defined.has(name))
        .map((name) => `${file.slice(renderer.length)}: ${name}`),
    );
    expect(defined.size).toBeGreaterThan(50);
    expect([...new Set(undefinedUses)]).toEqual([]);
  });
});
