import { describe, expect, it } from 'vitest';
import { cliArguments } from '../../electron/main/cli-mode';

describe('cliArguments (the app running admin commands)', () => {
  const packaged = (...args: string[]) => cliArguments({ argv: ['/opt/Dyade/dyade', ...args], defaultApp: false });

  it('starts the app as usual without arguments or with switches only', () => {
    expect(packaged()).toBeNull();
    expect(packaged('--no-sandbox')).toBeNull();
    expect(cliArguments({ argv: ['/usr/bin/electron', '/work/dyade'], defaultApp: true })).toBeNull();
  });

  it('hands everything after --cli to the CLI', () => {
    expect(packaged('--cli', 'vault', 'info', '/data/team')).toEqual(['vault', 'info', '/data/team']);
    expect(packaged('--no-sandbox', '--cli', '--version')).toEqual(['--version']);
    expect(packaged('--cli')).toEqual([]);
  });

  it('takes a command line that starts with vault, after any switches', () => {
    expect(packaged('vault', 'verify', '/data/team', '--member', 'Anna')).toEqual(['vault', 'verify', '/data/team', '--member', 'Anna']);
    expect(packaged('--no-sandbox', 'vault', 'info', 'x')).toEqual(['vault', 'info', 'x']);
  });

  it('never reads a file to open or another word as a command', () => {
    expect(packaged('/home/anna/export.dyade')).toBeNull();
    expect(packaged('info', 'vault')).toBeNull();
    expect(packaged('--version')).toBeNull();
  });

  it('skips the app folder of an unpackaged run (electron <dir>)', () => {
    expect(cliArguments({ argv: ['/usr/bin/electron', 'vault', 'vault', 'info', 'x'], defaultApp: true })).toEqual(['vault', 'info', 'x']);
    expect(cliArguments({ argv: ['/usr/bin/electron', '.', '--cli', 'vault', 'help'], defaultApp: true })).toEqual(['vault', 'help']);
  });
});
