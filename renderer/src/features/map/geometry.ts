/**
 * Geometry of the relational map, in a 1000 × 1000 viewBox: the relationship at the centre, a ring of
 * buffers around it, and four stress sectors around that. Pure functions, unit tested.
 */
import type { Factor, Placement, Sector } from '../../../../shared/domain/case';

export const SIZE = 1000;
export const CENTRE = { x: 500, y: 500 };
export const RADIUS = { relationship: 118, bufferInner: 128, bufferOuter: 212, sectorInner: 222, sectorOuter: 488 } as const;

type StressSector = Exclude<Sector, 'buffer'>;

/** Angles in degrees, 0 = east, clockwise (SVG's y points down). External stress sits on top. */
export const SECTOR_ANGLES: Record<StressSector, { start: number; end: number }> = {
  external: { start: -135, end: -45 },
  child: { start: -45, end: 45 },
  professional: { start: 45, end: 135 },
  parent: { start: 135, end: 225 },
};

const GAP_DEGREES = 1.2;

export interface Point {
  x: number;
  y: number;
}

export function polar(radius: number, degrees: number): Point {
  const radians = (degrees * Math.PI) / 180;
  return { x: CENTRE.x + radius * Math.cos(radians), y: CENTRE.y + radius * Math.sin(radians) };
}

/** An annular sector from `inner` to `outer` radius between two angles, as an SVG path. */
export function annularSector(inner: number, outer: number, start: number, end: number): string {
  const large = end - start > 180 ? 1 : 0;
  const a = polar(outer, start);
  const b = polar(outer, end);
  const c = polar(inner, end);
  const d = polar(inner, start);
  return [
    `M ${a.x.toFixed(2)} ${a.y.toFixed(2)}`,
    `A ${outer} ${outer} 0 ${large} 1 ${b.x.toFixed(2)} ${b.y.toFixed(2)}`,
    `L ${c.x.toFixed(2)} ${c.y.toFixed(2)}`,
    `A ${inner} ${inner} 0 ${large} 0 ${d.x.toFixed(2)} ${d.y.toFixed(2)}`,
    'Z',
  ].join(' ');
}

export function sectorPath(sector: Sector): string {
  // The buffer ring is a whole annulus: two half rings, so no seam shows.
  if (sector === 'buffer') {
    return `${annularSector(RADIUS.bufferInner, RADIUS.bufferOuter, -180, 0)} ${annularSector(RADIUS.bufferInner, RADIUS.bufferOuter, 0, 180)}`;
  }
  const { start, end } = SECTOR_ANGLES[sector];
  return annularSector(RADIUS.sectorInner, RADIUS.sectorOuter, start + GAP_DEGREES, end - GAP_DEGREES);
}

/** Band of radii and angles where a sector's factors may sit (margins keep glyphs inside). */
function band(sector: Sector): { inner: number; outer: number; start: number; end: number } {
  // The buffer ring leaves its top free for its title.
  if (sector === 'buffer') return { inner: RADIUS.bufferInner + 30, outer: RADIUS.bufferOuter - 30, start: -62, end: 242 };
  const { start, end } = SECTOR_ANGLES[sector];
  // The professionals' sector keeps an outer row free for the chain partners.
  const outerMargin = sector === 'professional' ? 92 : 66;
  return { inner: RADIUS.sectorInner + 40, outer: RADIUS.sectorOuter - outerMargin, start: start + 9, end: end - 9 };
}

/** Radius of the row of chain partners in the professionals' sector. */
export const CHAIN_RADIUS = RADIUS.sectorOuter - 56;

export function placementToPoint(sector: Sector, placement: Placement): Point {
  const b = band(sector);
  return polar(b.inner + placement.radial * (b.outer - b.inner), b.start + placement.along * (b.end - b.start));
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** The placement nearest to a point, kept inside the sector (for dragging and clicking). */
export function pointToPlacement(sector: Sector, point: Point): Placement {
  const b = band(sector);
  const dx = point.x - CENTRE.x;
  const dy = point.y - CENTRE.y;
  const radius = Math.hypot(dx, dy);
  let degrees = (Math.atan2(dy, dx) * 180) / Math.PI;
  // Take the turn of the angle nearest the band's middle (the parent sector and the buffer ring cross 180°).
  const middle = (b.start + b.end) / 2;
  while (degrees < middle - 180) degrees += 360;
  while (degrees > middle + 180) degrees -= 360;
  return {
    radial: clamp01((radius - b.inner) / (b.outer - b.inner)),
    along: clamp01((degrees - b.start) / (b.end - b.start)),
  };
}

/** Which sector a point on the map falls in, or null for the centre and outside. */
export function sectorAt(point: Point): Sector | null {
  const radius = Math.hypot(point.x - CENTRE.x, point.y - CENTRE.y);
  if (radius >= RADIUS.bufferInner && radius <= RADIUS.bufferOuter) return 'buffer';
  if (radius < RADIUS.sectorInner || radius > RADIUS.sectorOuter) return null;
  const degrees = (Math.atan2(point.y - CENTRE.y, point.x - CENTRE.x) * 180) / Math.PI;
  if (degrees >= -135 && degrees < -45) return 'external';
  if (degrees >= -45 && degrees < 45) return 'child';
  if (degrees >= 45 && degrees < 135) return 'professional';
  return 'parent';
}

/**
 * Where factors without a placement of their own go: rows from the outer edge inwards, each row
 * holding a share proportional to its arc length, in a stable order (creation time), so the map
 * does not reshuffle when one factor is added.
 */
export function autoPlacements(count: number, sector: Sector): Placement[] {
  if (count === 0) return [];
  const b = band(sector);
  const rows = sector === 'buffer' ? (count > 16 ? 2 : 1) : Math.max(1, Math.round(Math.sqrt(count / 2.4)));
  const radials = Array.from({ length: rows }, (_, i) => (rows === 1 ? 0.55 : 0.95 - (i * 0.9) / (rows - 1)));
  const weights = radials.map((r) => b.inner + r * (b.outer - b.inner));
  const total = weights.reduce((sum, w) => sum + w, 0);
  // Largest-remainder split of the factors over the rows.
  const exact = weights.map((w) => (w / total) * count);
  const perRow = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((x, y) => y.rest - x.rest);
  for (let k = 0; perRow.reduce((a, n) => a + n, 0) < count; k += 1) perRow[order[k % rows]!.i]! += 1;
  const placements: Placement[] = [];
  perRow.forEach((inRow, row) => {
    const stagger = row % 2 === 1 ? 0.25 : 0;
    for (let column = 0; column < inRow; column += 1) {
      placements.push({ radial: radials[row]!, along: clamp01((column + 0.5 + (inRow > 1 ? stagger : 0)) / (inRow + (inRow > 1 ? 0.5 : 0))) });
    }
  });
  return placements;
}

export function layoutFactors(factors: readonly Factor[]): Map<string, Point> {
  const points = new Map<string, Point>();
  const bySector = new Map<Sector, Factor[]>();
  for (const factor of factors) {
    if (factor.placement) points.set(factor.id, placementToPoint(factor.sector, factor.placement));
    else bySector.set(factor.sector, [...(bySector.get(factor.sector) ?? []), factor]);
  }
  for (const [sector, unplaced] of bySector) {
    const sorted = [...unplaced].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    autoPlacements(sorted.length, sector).forEach((placement, index) => {
      const factor = sorted[index];
      if (factor) points.set(factor.id, placementToPoint(sector, placement));
    });
  }
  return points;
}

/**
 * Every factor is drawn the same size: the map counts, it does not weigh. Pressure stays a described
 * attribute (editor, table, the factor's description), never a visual weight.
 */
export const GLYPH_RADIUS = 22;

/** Where a sector's title sits: just outside its outer edge (buffers: at the top of the ring). */
export function sectorLabelPoint(sector: Sector): Point {
  if (sector === 'buffer') return polar((RADIUS.bufferInner + RADIUS.bufferOuter) / 2, -90);
  const { start, end } = SECTOR_ANGLES[sector];
  return polar(RADIUS.sectorOuter - 22, (start + end) / 2);
}
