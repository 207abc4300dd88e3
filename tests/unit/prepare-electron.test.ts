import { describe, expect, it } from 'vitest';
import {
  addonAbi,
  buildEnvironment,
  isNodeApiAddon,
  isUpToDate,
  nodeGypArgs,
  oneLine,
  ownBinaryCandidates,
  type AddonStamp,
} from '../../scripts/prepare-electron';

const wanted: AddonStamp = { electron: '42.11.18', abi: 146, addon: '12.11.1', platform: 'linux', arch: 'x64' };

describe('prepare-electron', () => {
  it('rebuilds only when the addon is missing or its stamp names another build', () => {
    expect(isUpToDate(JSON.stringify(wanted), wanted, true)).toBe(true);
    expect(isUpToDate(JSON.stringify(wanted), wanted, false)).toBe(false);
    expect(isUpToDate(null, wanted, true)).toBe(false);
    expect(isUpToDate('not json', wanted, true)).toBe(false);
    for (const change of [{ electron: '42.11.17' }, { abi: 145 }, { addon: '12.11.0' }, { platform: 'darwin' }, { arch: 'arm64' }]) {
      expect(isUpToDate(JSON.stringify({ ...wanted, ...change }), wanted, true), JSON.stringify(change)).toBe(false);
    }
  });

  it("builds against Electron's headers, for its version and this architecture", () => {
    expect(nodeGypArgs(wanted, '/home/anna/.electron-gyp')).toEqual([
      'rebuild',
      '--release',
      '--runtime=electron',
      '--target=42.11.18',
      '--arch=x64',
      '--dist-url=https://electronjs.org/headers',
      '--devdir=/home/anna/.electron-gyp',
    ]);
  });

  it("keeps npm's nodedir and target settings away from node-gyp, and everything else", () => {
    const env = buildEnvironment({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      npm_config_target: '20.0.0',
      npm_config_runtime: 'node',
      npm_config_cache: '/c',
    });
    expect(env).toEqual({ PATH: '/usr/bin', npm_config_cache: '/c' });
  });

  it('reads the ABI an addon was built for from its register symbol', () => {
    expect(addonAbi(Buffer.from('\u0000junk\u0000node_register_module_v146\u0000more'))).toBe(146);
    expect(addonAbi(Buffer.from('_node_register_module_v115'))).toBe(115);
    expect(addonAbi(Buffer.from('napi_register_module_v1'))).toBeNull();
  });

  it('tells a Node-API addon (one binary for Node and Electron) from one built for a single ABI', () => {
    expect(isNodeApiAddon(Buffer.from('\u0000napi_register_module_v1\u0000'))).toBe(true);
    expect(isNodeApiAddon(Buffer.from('napi_register_module_v1 node_register_module_v146'))).toBe(false);
    expect(isNodeApiAddon(Buffer.from('node_register_module_v137'))).toBe(false);
    expect(isNodeApiAddon(Buffer.from('no symbol at all'))).toBe(false);
  });

  it("looks for the package's own binary: its prebuilt one for this platform, then its local build", () => {
    expect(ownBinaryCandidates('/p/node_modules/addon', 'linux', 'x64')).toEqual([
      '/p/node_modules/addon/prebuilds/linux-x64.node',
      '/p/node_modules/addon/build/Release/better_sqlite3.node',
    ]);
  });

  it('sums up a failure in one line, without a stack', () => {
    const gyp = [
      'gyp http GET https://electronjs.org/headers/v42.11.18/node-v42.11.18-headers.tar.gz',
      'gyp WARN install got an error, rolling back install',
      'gyp ERR! stack Error: This is most likely not a problem with node-gyp or the package itself and',
      'gyp ERR! stack is related to network connectivity.',
      'gyp ERR! stack at go (/x/node-gyp/lib/install.js:244:21)',
    ].join('\n');
    expect(oneLine(gyp)).toBe('no network: could not download https://electronjs.org/headers/v42.11.18/node-v42.11.18-headers.tar.gz');
    expect(oneLine('TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13')).toBe('no network connection');
    expect(oneLine('gyp info ok\ngyp ERR! stack Error: `make` failed with exit code: 2\n    at ChildProcess.<anonymous>')).toBe(
      'Error: `make` failed with exit code: 2',
    );
    expect(oneLine('')).toBe('no output');
  });
});
