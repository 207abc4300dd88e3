import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronAddonFolder, nativeBindingPath, type NativeBindingFacts } from '../../electron/main/native-binding';

const resourcesPath = join('/opt', 'Dyade', 'resources');
const appPath = join('/home', 'anna', 'dyade');
const packaged = join(resourcesPath, 'native', 'better_sqlite3.node');
const development = join(appPath, '.native', 'electron-linux-x64', 'better_sqlite3.node');

function facts(overrides: Partial<NativeBindingFacts>): NativeBindingFacts {
  return { isPackaged: false, resourcesPath, appPath, platform: 'linux', arch: 'x64', exists: () => true, ...overrides };
}

describe('nativeBindingPath', () => {
  it('points a packaged app at the Electron build in resources/native', () => {
    expect(nativeBindingPath(facts({ isPackaged: true, exists: (path) => path === packaged }))).toBe(packaged);
  });

  it('points development at the copy npm start built under .native/, never into node_modules', () => {
    expect(nativeBindingPath(facts({ exists: (path) => path === development }))).toBe(development);
    expect(nativeBindingPath(facts({}))).not.toMatch(/node_modules/);
  });

  it('picks the folder of this platform and architecture', () => {
    expect(electronAddonFolder('darwin', 'arm64')).toBe('electron-darwin-arm64');
    const mac = join(appPath, '.native', 'electron-darwin-arm64', 'better_sqlite3.node');
    expect(nativeBindingPath(facts({ platform: 'darwin', arch: 'arm64', exists: (path) => path === mac }))).toBe(mac);
  });

  it("leaves the choice to better-sqlite3 when the file is missing (the core's addon check then explains)", () => {
    expect(nativeBindingPath(facts({ isPackaged: true, exists: () => false }))).toBeUndefined();
    expect(nativeBindingPath(facts({ exists: () => false }))).toBeUndefined();
  });
});
