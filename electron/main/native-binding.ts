import { join } from 'node:path';

export interface NativeBindingFacts {
  isPackaged: boolean;
  resourcesPath: string;
  exists: (path: string) => boolean;
}

/**
 * In a packaged app, the SQLite addon rebuilt for Electron sits unpacked beside app.asar; pass its
 * path so better-sqlite3 never loads a Node build. In development the package's default lookup is used.
 */
export function nativeBindingPath(facts: NativeBindingFacts): string | undefined {
  if (!facts.isPackaged) return undefined;
  const candidate = join(
    facts.resourcesPath,
    'app.asar.unpacked',
    'node_modules',
    'better-sqlite3-multiple-ciphers',
    'build',
    'Release',
    'better_sqlite3.node',
  );
  return facts.exists(candidate) ? candidate : undefined;
}
