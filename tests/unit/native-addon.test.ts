import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { mapDatabaseError } from '../../electron/core/db/database';
import { NATIVE_MODULE_REASON, checkNativeAddon, isAddonLoadError } from '../../electron/core/db/native-addon';
import { AppError } from '../../electron/core/errors';

/** What Node says when an Electron build is loaded into Node 20 (and the mirror image in Electron). */
function abiMismatch(): Error {
  const error = new Error(
    "The module '/work/dyade/node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node'\n" +
      'was compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\nNODE_MODULE_VERSION 146.',
  );
  return Object.assign(error, { code: 'ERR_DLOPEN_FAILED' });
}

/** A file that is no shared library at all: dlopen refuses it for real. */
function bogusAddon(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dyade-addon-')), 'better_sqlite3.node');
  writeFileSync(file, 'not a shared library');
  return file;
}

describe('the SQLite addon check', () => {
  it('tells a load failure of the addon from what SQLite reports', () => {
    expect(isAddonLoadError(abiMismatch())).toBe(true);
    expect(isAddonLoadError(new Error('Could not locate the bindings file. Tried: …'))).toBe(true);
    expect(isAddonLoadError(Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' }))).toBe(false);
    expect(isAddonLoadError('NODE_MODULE_VERSION')).toBe(false);
  });

  it('turns an ABI mismatch into INTERNAL with the reason the renderer explains', () => {
    const error = (() => {
      try {
        checkNativeAddon('/mismatched/better_sqlite3.node', () => {
          throw abiMismatch();
        });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).toShape()).toMatchObject({ code: 'INTERNAL', details: { reason: NATIVE_MODULE_REASON } });
    expect((error as AppError).message).toMatch(/NODE_MODULE_VERSION 115/);
  });

  it('loads a real file through dlopen and reports one that is not an addon', () => {
    expect(() => checkNativeAddon(bogusAddon())).toThrow(expect.objectContaining({ code: 'INTERNAL', details: { reason: NATIVE_MODULE_REASON } }));
  });

  it("passes with this runtime's own build, and leaves other failures alone", () => {
    expect(() => checkNativeAddon(undefined)).not.toThrow();
    const other = new Error('out of memory');
    expect(() =>
      checkNativeAddon('/other/better_sqlite3.node', () => {
        throw other;
      }),
    ).toThrow(other);
  });

  it('maps a load failure met while opening a database the same way', () => {
    expect(mapDatabaseError(abiMismatch(), 'open')).toMatchObject({ code: 'INTERNAL', details: { reason: NATIVE_MODULE_REASON } });
  });

  it('answers vault.create and vault.unlock with it before any key derivation or file work', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyade-addon-core-'));
    // A vault this device knows, so vault.unlock reaches the addon check.
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ version: 1, vaults: [{ path: dir, label: 'Team', lastOpenedAt: null }] }));
    const core = createCore({
      app: { name: 'Dyade', version: '0.0.0-test', platform: process.platform, systemLocale: 'en-US' },
      settingsFile: join(dir, 'settings.json'),
      nativeBinding: bogusAddon(),
      host: { pickFolder: async () => dir, emit: () => undefined },
    });
    const chosen = (await core.dispatch('dialog.pickFolder', { purpose: 'newVault' })) as { ok: true; value: { token: string } };
    const created = await core.dispatch('vault.create', {
      folder: chosen.value.token,
      label: 'Team',
      memberName: 'Anna',
      passphrase: 'kwartel fiets ochtend zeventig',
    });
    expect(created).toMatchObject({ ok: false, error: { code: 'INTERNAL', details: { reason: NATIVE_MODULE_REASON } } });
    const unlocked = await core.dispatch('vault.unlock', {
      path: dir,
      memberId: '8b0e4a51-3f0c-4d77-8f62-3c3d0b2f9e10',
      passphrase: 'kwartel fiets ochtend zeventig',
    });
    expect(unlocked).toMatchObject({ ok: false, error: { code: 'INTERNAL', details: { reason: NATIVE_MODULE_REASON } } });
    await core.shutdown();
  });
});
