import { join } from 'node:path';

/**
 * Where Electron's copy of the SQLite addon lives. The addon in node_modules serves Node (the tests
 * and the CLI); `scripts/prepare-electron.ts` puts a copy for Electron into `.native/<folder>/` (never
 * inside node_modules): the package's own Node-API binary, or for an addon built for one ABI a second
 * build against Electron's headers. electron-builder ships that file as `resources/native/better_sqlite3.node`.
 */
export const NATIVE_ROOT = '.native';
export const ADDON_FILE = 'better_sqlite3.node';
/** The folder in the packaged app's resources that holds the addon (electron-builder.yml, extraResources). */
export const PACKAGED_NATIVE_FOLDER = 'native';

/** One folder per platform and architecture; the Electron version it was built for is in its stamp. */
export function electronAddonFolder(platform: string, arch: string): string {
  return `electron-${platform}-${arch}`;
}

export interface NativeBindingFacts {
  isPackaged: boolean;
  /** `process.resourcesPath` (packaged). */
  resourcesPath: string;
  /** `app.getAppPath()`: the project folder in development. */
  appPath: string;
  platform: string;
  arch: string;
  exists: (path: string) => boolean;
}

/**
 * The addon the main process passes to better-sqlite3 as `nativeBinding`: packaged, the one in
 * resources/native; in development, the copy `npm start` built under .native/. Undefined when that
 * file is missing, so better-sqlite3's own lookup finds the Node build and the core's addon check
 * explains what to do (electron/core/db/native-addon.ts).
 */
export function nativeBindingPath(facts: NativeBindingFacts): string | undefined {
  const candidate = facts.isPackaged
    ? join(facts.resourcesPath, PACKAGED_NATIVE_FOLDER, ADDON_FILE)
    : join(facts.appPath, NATIVE_ROOT, electronAddonFolder(facts.platform, facts.arch), ADDON_FILE);
  return facts.exists(candidate) ? candidate : undefined;
}
