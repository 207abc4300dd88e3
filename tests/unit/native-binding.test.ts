import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingPath } from '../../electron/main/native-binding';

const resourcesPath = join('/opt', 'Dyade', 'resources');
const expected = join(resourcesPath, 'app.asar.unpacked', 'node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node');

describe('nativeBindingPath', () => {
  it('points a packaged app at the unpacked Electron build of the addon', () => {
    expect(nativeBindingPath({ isPackaged: true, resourcesPath, exists: (path) => path === expected })).toBe(expected);
  });

  it('leaves the choice to better-sqlite3 when the file is missing', () => {
    expect(nativeBindingPath({ isPackaged: true, resourcesPath, exists: () => false })).toBeUndefined();
  });

  it('leaves the choice to better-sqlite3 in development', () => {
    expect(nativeBindingPath({ isPackaged: false, resourcesPath, exists: () => true })).toBeUndefined();
  });
});
