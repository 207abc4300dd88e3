import type { Sector } from '../../../../shared/domain/case';

/**
 * Every colour the relational map draws with, in one place. The map is SVG (attributes, and exported
 * as SVG/PNG), so it keeps literals; ui/tokens.css repeats the sector colours as --color-map-* for CSS.
 * MAP_CONTRAST lists every pair drawn on top of each other; a unit test holds each to WCAG 2.2 AA
 * (text 4.5:1, meaningful graphics 3:1). The sectors' pale fills are not in it on purpose: a sector is
 * told apart by its title, and the fills only tint the ground.
 */
export const SECTOR_COLOURS: Record<Sector, { fill: string; ink: string; glyph: string }> = {
  external: { fill: '#e6edf6', ink: '#2f4f7a', glyph: '#4a6ea3' },
  child: { fill: '#fbe9e3', ink: '#8a3b26', glyph: '#b04f36' },
  parent: { fill: '#efe8f5', ink: '#5a3d78', glyph: '#7a559e' },
  professional: { fill: '#e3efed', ink: '#0a4441', glyph: '#24706a' },
  buffer: { fill: '#e9f1e4', ink: '#3c5e34', glyph: '#4d7a48' },
};

/** The map's other inks: the white of filled glyphs' numbers and hollow glyphs, labels, the centre, marks. */
export const MAP_INK = {
  white: '#ffffff',
  label: '#1c2727',
  legend: '#5a6665',
  centreRing: '#0f5e5a',
  centreText: '#0a4441',
  parentDot: '#0f5e5a',
  childDot: '#b04f36',
  partnerDot: '#7a559e',
  chain: '#0a4441',
  selected: '#1b6fd1',
  added: '#1f6b3a',
  removed: '#a8281c',
  changed: '#9a6212',
} as const;

export interface ContrastPair {
  what: string;
  foreground: string;
  background: string;
  /** 4.5 for text, 3 for a graphic that carries meaning. */
  minimum: 4.5 | 3;
}

const SECTORS: Sector[] = ['external', 'child', 'parent', 'professional', 'buffer'];

/** Every text and glyph colour the map puts on another colour. */
export const MAP_CONTRAST: ContrastPair[] = [
  ...SECTORS.flatMap((sector): ContrastPair[] => {
    const { fill, ink, glyph } = SECTOR_COLOURS[sector];
    return [
      { what: `${sector}: sector title on its sector`, foreground: ink, background: fill, minimum: 4.5 },
      { what: `${sector}: number on a filled glyph`, foreground: MAP_INK.white, background: glyph, minimum: 4.5 },
      { what: `${sector}: number or ? in a hollow glyph`, foreground: glyph, background: MAP_INK.white, minimum: 4.5 },
      { what: `${sector}: glyph on its sector`, foreground: glyph, background: fill, minimum: 3 },
      // Factors of every sector may be drawn close to the centre, over the buffer ring.
      { what: `${sector}: glyph on the buffer ring`, foreground: glyph, background: SECTOR_COLOURS.buffer.fill, minimum: 3 },
      { what: `${sector}: factor label on its sector`, foreground: MAP_INK.label, background: fill, minimum: 4.5 },
      { what: `${sector}: selection ring on its sector`, foreground: MAP_INK.selected, background: fill, minimum: 3 },
      { what: `${sector}: added mark on its sector`, foreground: MAP_INK.added, background: fill, minimum: 3 },
      { what: `${sector}: removed mark on its sector`, foreground: MAP_INK.removed, background: fill, minimum: 3 },
      { what: `${sector}: changed mark on its sector`, foreground: MAP_INK.changed, background: fill, minimum: 3 },
    ];
  }),
  { what: 'centre: its name on the buffer ring', foreground: MAP_INK.centreText, background: SECTOR_COLOURS.buffer.fill, minimum: 4.5 },
  { what: 'centre: its ring on the buffer ring', foreground: MAP_INK.centreRing, background: SECTOR_COLOURS.buffer.fill, minimum: 3 },
  { what: 'centre: parent dot in the centre', foreground: MAP_INK.parentDot, background: MAP_INK.white, minimum: 3 },
  { what: 'centre: child dot in the centre', foreground: MAP_INK.childDot, background: MAP_INK.white, minimum: 3 },
  { what: 'centre: partner dot in the centre', foreground: MAP_INK.partnerDot, background: MAP_INK.white, minimum: 3 },
  { what: 'chain partner label on the professionals', foreground: MAP_INK.chain, background: SECTOR_COLOURS.professional.fill, minimum: 4.5 },
  { what: 'chain partner diamond on the professionals', foreground: MAP_INK.chain, background: SECTOR_COLOURS.professional.fill, minimum: 3 },
  { what: 'legend glyph on the page', foreground: MAP_INK.legend, background: MAP_INK.white, minimum: 3 },
  { what: 'legend mark in a filled legend glyph', foreground: MAP_INK.white, background: MAP_INK.legend, minimum: 4.5 },
];

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const value = hex.replace('#', '');
  const channels = [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
