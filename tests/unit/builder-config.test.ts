import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ADDON_FILE, NATIVE_ROOT, PACKAGED_NATIVE_FOLDER, electronAddonFolder } from '../../electron/main/native-binding';

const config = parse(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as Record<string, unknown>;
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** Every key path in the config, so a publish or update setting nested anywhere is found. */
function keyPaths(value: unknown, prefix = ''): Array<[string, unknown]> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [[path, child] as [string, unknown], ...keyPaths(child, path)];
  });
}

describe('electron-builder.yml', () => {
  it('names the product and packs the built app only, in asar', () => {
    expect(config).toMatchObject({ productName: 'Dyade', appId: 'nl.dyade.app', asar: true });
    expect((config['files'] as string[]).slice(0, 2)).toEqual(['out/**', 'package.json']);
    expect((config['files'] as string[]).slice(2).every((pattern) => pattern.startsWith('!'))).toBe(true);
    expect(config['directories']).toEqual({ output: 'dist', buildResources: 'resources' });
    expect(config['asarUnpack']).toContain('**/*.node');
  });

  it('never rebuilds node_modules, and ships the Electron build of the SQLite addon from .native/', () => {
    expect(config['npmRebuild']).toBe(false);
    expect(config['nodeGypRebuild']).toBe(false);
    expect(config).not.toHaveProperty('buildDependenciesFromSource');
    expect(config['extraResources']).toEqual([
      { from: `${NATIVE_ROOT}/${electronAddonFolder('${platform}', '${arch}')}`, to: PACKAGED_NATIVE_FOLDER, filter: [ADDON_FILE] },
    ]);
    expect(config['files']).toContain('!**/node_modules/better-sqlite3-multiple-ciphers/{build,deps,prebuilds,src}/**');
    expect(String((packageJson['scripts'] as Record<string, string>)['dist'])).toMatch(/^tsx scripts\/prepare-electron\.ts --for=dist && /);
  });

  it('sets the Electron fuses', () => {
    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('builds AppImage and deb, NSIS and dmg', () => {
    expect(config['linux']).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect((config['linux'] as Record<string, unknown>)['maintainer']).toBeTruthy();
    expect(config['win']).toMatchObject({ target: ['nsis'] });
    expect(config['mac']).toMatchObject({ target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true });
  });

  it('gives the hardened runtime JIT and no library validation (unsigned builds crash at launch without it), nothing else', () => {
    const plist = readFileSync(new URL('../../resources/entitlements.mac.plist', import.meta.url), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((match) => match[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit', 'com.apple.security.cs.disable-library-validation']);
  });

  it('has no publish provider and no update setting anywhere', () => {
    for (const [path, value] of keyPaths(config)) {
      if (/publish/i.test(path)) expect(value, path).toBeNull();
      if (/update/i.test(path) && !/^(detectUpdateChannel|generateUpdatesFilesForAllChannels|dmg\.writeUpdateInfo)$/.test(path)) {
        throw new Error(`update setting found: ${path}`);
      }
    }
    expect(config['detectUpdateChannel']).toBe(false);
    expect(config['generateUpdatesFilesForAllChannels']).toBe(false);
  });

  it('ships as production dependencies exactly what main and the core import at run time; the renderer is bundled', () => {
    const dependencies = new Set(Object.keys(packageJson['dependencies'] as object));
    const imported = new Set<string>();
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const files = [...walk(join(root, 'electron/main')), ...walk(join(root, 'electron/core')), ...walk(join(root, 'shared'))].filter((file) =>
      /\.ts$/.test(file),
    );
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      // Static imports and dynamic ones (zxcvbn loads on the first passphrase check).
      const specifiers = [...source.matchAll(/^import (?!type )[^'"]*?from '([^'.][^']*)'/gm), ...source.matchAll(/\bimport\('([^'.][^']*)'\)/g)];
      for (const [, specifier = ''] of specifiers) {
        if (specifier.startsWith('node:') || specifier === 'electron') continue;
        imported.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier));
      }
    }
    expect([...imported]).toEqual(expect.arrayContaining(['kysely', 'zod', 'better-sqlite3-multiple-ciphers', '@zxcvbn-ts/core']));
    expect([...imported].filter((name) => !dependencies.has(name))).toEqual([]);
    for (const name of [
      'react',
      'react-dom',
      'radix-ui',
      'i18next',
      'react-i18next',
      '@tanstack/react-query',
      '@tanstack/react-virtual',
      'typescript',
      'tsx',
    ]) {
      expect(dependencies.has(name), name).toBe(false);
    }
  });

  it('does not depend on electron-updater and has no publish settings in package.json', () => {
    const dependencies = { ...(packageJson['dependencies'] as object), ...(packageJson['devDependencies'] as object) };
    expect(Object.keys(dependencies)).not.toContain('electron-updater');
    expect(packageJson).not.toHaveProperty('build');
    expect(packageJson).not.toHaveProperty('publish');
  });

  // Loading app-builder-lib and its schema takes well over the default 5 s when the cores are busy.
  it("is valid against electron-builder's own schema", { timeout: 120_000 }, async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = await import('builder-util');
    await expect(validateConfiguration(config as never, new DebugLogger(false))).resolves.toBeUndefined();
  });
});
