/**
 * Preloaded into the electronegativity run by scan-electron.mjs: the scanner works offline.
 *
 * Left alone it fetches translations and Electron's release list from GitHub (with `got`). Where the
 * network hangs instead of failing, got's retry timer throws after the promise settled and the whole
 * run dies (seen in CI). Dyade's tooling doesn't reach out either, so every `got` call here rejects
 * at once: the scanner then uses its bundled en-US texts and skips the "newer Electron release"
 * hint, which this script doesn't judge anyway (the version is pinned in package.json).
 */
import Module from 'node:module';

function offline() {
  return Promise.reject(new Error('offline: the scan does not use the network'));
}
const stub = Object.assign(offline, { head: offline, get: offline, extend: () => stub });
stub.default = stub;

const load = Module._load;
Module._load = function loadOffline(request, parent, isMain) {
  if (request === 'got') return stub;
  return load.call(this, request, parent, isMain);
};
