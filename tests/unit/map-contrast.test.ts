// WCAG 2.2 AA on the relational map: every text and glyph colour the map draws, on what it is drawn on.
// The colours come from their one home (features/map/mapColours.ts); ui/tokens.css must repeat them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrastRatio, MAP_CONTRAST, MAP_INK, SECTOR_COLOURS } from '../../renderer/src/features/map/mapColours';

const tokens = readFileSync(fileURLToPath(new URL('../../renderer/src/ui/tokens.css', import.meta.url)), 'utf8');
const sectors = Object.keys(SECTOR_COLOURS) as Array<keyof typeof SECTOR_COLOURS>;

describe('the contrast ratio', () => {
  it('is computed as WCAG defines it', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // The values measured in the issue for the old glyph colours.
    expect(contrastRatio('#ffffff', '#5b7db1')).toBeCloseTo(4.19, 2);
    expect(contrastRatio('#ffffff', '#d0694e')).toBeCloseTo(3.61, 2);
    expect(contrastRatio('#6f9a6a', '#e9f1e4')).toBeCloseTo(2.79, 2);
  });
});

describe('the map’s colours', () => {
  it('list every sector’s title, numbers, glyphs, labels and marks', () => {
    for (const sector of sectors) {
      const pairs = MAP_CONTRAST.filter((p) => p.what.startsWith(`${sector}:`));
      expect(pairs.map((p) => p.foreground)).toEqual(
        expect.arrayContaining([SECTOR_COLOURS[sector].ink, SECTOR_COLOURS[sector].glyph, MAP_INK.white, MAP_INK.label, MAP_INK.selected]),
      );
    }
    // Every ink the map draws with is checked against something.
    const checked = new Set(MAP_CONTRAST.map((p) => p.foreground));
    for (const ink of Object.values(MAP_INK)) expect(checked, ink).toContain(ink);
  });

  it.each(MAP_CONTRAST.map((p) => [p.what, p] as const))('%s: at least AA', (_what, pair) => {
    const ratio = contrastRatio(pair.foreground, pair.background);
    expect(ratio, `${pair.foreground} on ${pair.background} is ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(pair.minimum);
  });

  it('are the same in ui/tokens.css', () => {
    for (const sector of sectors) {
      for (const part of ['fill', 'ink', 'glyph'] as const) {
        const match = tokens.match(new RegExp(`--color-map-${sector}-${part}:\\s*(#[0-9a-f]{6})`, 'i'));
        expect(match?.[1]?.toLowerCase(), `--color-map-${sector}-${part}`).toBe(SECTOR_COLOURS[sector][part]);
      }
    }
  });

  it('leave no colour literal in the map components', () => {
    for (const file of ['RelationalMap.tsx', 'MapWorkspace.tsx', 'CumulativePanel.tsx']) {
      const source = readFileSync(fileURLToPath(new URL(`../../renderer/src/features/map/${file}`, import.meta.url)), 'utf8');
      expect(source.match(/#[0-9a-f]{3,6}\b/gi), file).toBeNull();
    }
  });
});
