import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../errors';

/**
 * The reason the core gives (with INTERNAL) when this runtime cannot load the SQLite addon: built for
 * another Node or Electron (NODE_MODULE_VERSION), another platform, or not there at all. The renderer
 * shows `errors.nativeModule`, which names the fix, instead of the generic "unexpected" message.
 */
export const NATIVE_MODULE_REASON = 'native-module';

/** True for the failures of loading a native addon, as opposed to anything SQLite itself reports. */
export function isAddonLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ERR_DLOPEN_FAILED') return true;
  return /NODE_MODULE_VERSION|Could not locate the bindings file|Module did not self-register|invalid ELF header|wrong ELF class|not a valid Win32 application|mach-o|better_sqlite3\.node/i.test(
    error.message,
  );
}

/** The contract's error for an addon this runtime cannot load; the original message stays for the log. */
export function addonLoadFailure(error: unknown): AppError {
  const detail = error instanceof Error ? error.message.split('\n').join(' ') : String(error);
  return new AppError('INTERNAL', `The SQLite addon cannot be loaded by this runtime (${process.versions.modules}): ${detail}`, {
    reason: NATIVE_MODULE_REASON,
  });
}

export type AddonLoader = (nativeBinding: string | undefined) => void;

/** Opens and closes an in-memory database: that loads the addon, and nothing touches a vault. */
const loadAddon: AddonLoader = (nativeBinding) => {
  new Database(':memory:', nativeBinding ? { nativeBinding } : {}).close();
};

const loaded = new Set<string>();

/**
 * Before a vault is created, unlocked or restored: make sure the addon loads in this runtime, so a
 * mismatch (a Node build in Electron, or the other way round) is reported as such before any key
 * derivation or file work. Remembered once it has loaded.
 */
export function checkNativeAddon(nativeBinding: string | undefined, load: AddonLoader = loadAddon): void {
  const key = nativeBinding ?? '';
  if (loaded.has(key)) return;
  try {
    load(nativeBinding);
  } catch (error) {
    if (isAddonLoadError(error)) throw addonLoadFailure(error);
    throw error;
  }
  loaded.add(key);
}
