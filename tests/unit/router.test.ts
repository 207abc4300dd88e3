import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../renderer/src/lib/router';

const CASE = '0b9c2f5e-8f3a-4d7e-9a41-2c6d5e7f8a90';
const FACTOR = '7d1e4a2b-3c5f-4e6a-8b9c-0d1e2f3a4b5c';

describe('the router', () => {
  it('round-trips every case link: a view, a factor on the map, the hypothesis register', () => {
    const routes: Route[] = [
      { name: 'case', id: CASE, view: 'meldcode' },
      { name: 'case', id: CASE, view: 'map' },
      { name: 'case', id: CASE, view: 'map', factorId: FACTOR },
      { name: 'case', id: CASE, view: 'map', section: 'hypotheses' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
    expect(routeHref({ name: 'case', id: CASE, view: 'map', section: 'hypotheses' })).toBe(`#/cases/${CASE}/map/hypotheses`);
  });

  it('ignores what it does not know: a section on another view, a malformed factor id', () => {
    expect(parseRoute(`#/cases/${CASE}/people/hypotheses`)).toEqual({ name: 'case', id: CASE, view: 'people' });
    expect(parseRoute(`#/cases/${CASE}/map/elders`)).toEqual({ name: 'case', id: CASE, view: 'map' });
    expect(parseRoute(`#/cases/${CASE}/timeline/${FACTOR}`)).toEqual({ name: 'case', id: CASE, view: 'timeline' });
  });
});
