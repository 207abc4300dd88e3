import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../shared/domain/case';
import { autoPlacements, CENTRE, placementToPoint, pointToPlacement, polar, RADIUS, sectorAt } from '../../renderer/src/features/map/geometry';

describe('the map geometry', () => {
  it('puts each sector where the map draws it: external on top, child right, professionals below, parent left', () => {
    const middle = (RADIUS.sectorInner + RADIUS.sectorOuter) / 2;
    expect(sectorAt(polar(middle, -90))).toBe('external');
    expect(sectorAt(polar(middle, 0))).toBe('child');
    expect(sectorAt(polar(middle, 90))).toBe('professional');
    expect(sectorAt(polar(middle, 180))).toBe('parent');
    expect(sectorAt(polar((RADIUS.bufferInner + RADIUS.bufferOuter) / 2, 37))).toBe('buffer');
    expect(sectorAt(CENTRE)).toBeNull();
    expect(sectorAt({ x: 2, y: 2 })).toBeNull();
  });

  it('turns a placement into a point and back, for every sector', () => {
    for (const sector of SECTORS) {
      for (const placement of [
        { radial: 0, along: 0 },
        { radial: 0.5, along: 0.5 },
        { radial: 1, along: 1 },
        { radial: 0.3, along: 0.8 },
      ]) {
        const back = pointToPlacement(sector, placementToPoint(sector, placement));
        expect(back.radial).toBeCloseTo(placement.radial, 6);
        expect(back.along).toBeCloseTo(placement.along, 6);
        expect(sectorAt(placementToPoint(sector, placement))).toBe(sector);
      }
    }
  });

  it('keeps a dragged point inside its own sector', () => {
    const outside = pointToPlacement('child', { x: 0, y: 0 });
    expect(outside.radial).toBeGreaterThanOrEqual(0);
    expect(outside.radial).toBeLessThanOrEqual(1);
    expect(outside.along).toBeGreaterThanOrEqual(0);
    expect(outside.along).toBeLessThanOrEqual(1);
  });

  it('spreads factors without a placement over distinct spots inside the sector', () => {
    for (const count of [1, 2, 6, 15, 40]) {
      for (const sector of SECTORS) {
        const placements = autoPlacements(count, sector);
        expect(placements).toHaveLength(count);
        const keys = new Set(placements.map((p) => `${p.radial.toFixed(3)}:${p.along.toFixed(3)}`));
        expect(keys.size).toBe(count);
        for (const p of placements) {
          expect(sectorAt(placementToPoint(sector, p))).toBe(sector);
        }
      }
    }
  });
});
