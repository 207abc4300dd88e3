import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, SYNOPSIS, parseCommandLine } from '../../electron/cli/args';

describe('parseCommandLine', () => {
  it('parses every command into its typed form', () => {
    expect(parseCommandLine(['vault', 'create', 'dir', '--label', 'Team Noord', '--member', 'Anna'])).toEqual({
      kind: 'run',
      command: { name: 'create', dir: 'dir', label: 'Team Noord', member: 'Anna', passphraseStdin: false },
    });
    expect(parseCommandLine(['vault', 'info', 'dir'])).toEqual({ kind: 'run', command: { name: 'info', dir: 'dir' } });
    expect(parseCommandLine(['vault', 'verify', 'dir', '--member=Anna', '--passphrase-stdin'])).toEqual({
      kind: 'run',
      command: { name: 'verify', dir: 'dir', member: 'Anna', passphraseStdin: true },
    });
    expect(parseCommandLine(['vault', 'backup', '--member', 'Anna', 'dir', 'dest'])).toEqual({
      kind: 'run',
      command: { name: 'backup', dir: 'dir', destDir: 'dest', member: 'Anna', passphraseStdin: false },
    });
    expect(parseCommandLine(['vault', 'restore', 'bk', 'new'])).toEqual({ kind: 'run', command: { name: 'restore', backupDir: 'bk', newDir: 'new' } });
    expect(parseCommandLine(['vault', 'passwd', 'dir', '--member', 'Anna', '--passphrase-stdin'])).toEqual({
      kind: 'run',
      command: { name: 'passwd', dir: 'dir', member: 'Anna', passphraseStdin: true },
    });
  });

  it('takes arguments after -- literally, even when they look like options', () => {
    expect(parseCommandLine(['vault', 'info', '--', '--odd-folder'])).toEqual({ kind: 'run', command: { name: 'info', dir: '--odd-folder' } });
    expect(parseCommandLine(['vault', 'info', '--', '--passphrase=x'])).toEqual({ kind: 'run', command: { name: 'info', dir: '--passphrase=x' } });
  });

  it('answers help in every form, with the command as topic when there is one', () => {
    expect(parseCommandLine(['--help'])).toEqual({ kind: 'help', topic: null });
    expect(parseCommandLine(['-h'])).toEqual({ kind: 'help', topic: null });
    expect(parseCommandLine(['help'])).toEqual({ kind: 'help', topic: null });
    expect(parseCommandLine(['help', 'vault', 'backup'])).toEqual({ kind: 'help', topic: 'backup' });
    expect(parseCommandLine(['help', 'restore'])).toEqual({ kind: 'help', topic: 'restore' });
    expect(parseCommandLine(['vault', 'create', '--help'])).toEqual({ kind: 'help', topic: 'create' });
    // help wins over other problems on the same line
    expect(parseCommandLine(['vault', 'verify', '--bogus', '-h'])).toEqual({ kind: 'help', topic: 'verify' });
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' });
    expect(parseCommandLine(['-V'])).toEqual({ kind: 'version' });
  });

  it('refuses passphrases in arguments, saying why', () => {
    for (const arg of ['--passphrase=secret', '--passphrase', '--password=x', '--PASSWORD', '--recovery-code=ABCDE']) {
      const parsed = parseCommandLine(['vault', 'verify', 'dir', '--member', 'Anna', arg]);
      expect(parsed).toMatchObject({ kind: 'usage-error', problem: { key: 'usage.secretInArguments' } });
      if (parsed.kind === 'usage-error') expect(String(parsed.problem.params?.option)).not.toContain('secret');
    }
  });

  it.each([
    [[], 'usage.missingCommand', null],
    [['vaults'], 'usage.unknownCommand', null],
    [['vault'], 'usage.missingSubcommand', null],
    [['vault', 'destroy'], 'usage.unknownSubcommand', null],
    [['vault', 'info'], 'usage.missingArgument', 'info'],
    [['vault', 'info', 'a', 'b'], 'usage.extraArgument', 'info'],
    [['vault', 'restore', 'a'], 'usage.missingArgument', 'restore'],
    [['vault', 'info', 'a', '--frob'], 'usage.unknownOption', 'info'],
    [['vault', 'info', 'a', '-x'], 'usage.unknownOption', 'info'],
    [['vault', 'info', 'a', '--member', 'Anna'], 'usage.optionNotForCommand', 'info'],
    [['vault', 'restore', 'a', 'b', '--passphrase-stdin'], 'usage.optionNotForCommand', 'restore'],
    [['vault', 'create', 'a', '--member', 'Anna'], 'usage.missingOption', 'create'],
    [['vault', 'verify', 'a'], 'usage.missingOption', 'verify'],
    [['vault', 'create', 'a', '--member', 'Anna', '--label'], 'usage.optionNeedsValue', 'create'],
    [['vault', 'create', 'a', '--label', '--member', 'Anna'], 'usage.optionNeedsValue', 'create'],
    [['vault', 'create', 'a', '--label', '  ', '--member', 'Anna'], 'usage.emptyValue', 'create'],
    [['vault', 'verify', 'a', '--member', 'A', '--member', 'B'], 'usage.optionRepeated', 'verify'],
    [['vault', 'verify', 'a', '--member', 'A', '--passphrase-stdin=yes'], 'usage.optionTakesNoValue', 'verify'],
  ] as const)('%j is a usage error %s', (argv, key, topic) => {
    expect(parseCommandLine(argv)).toMatchObject({ kind: 'usage-error', problem: { key }, topic });
  });

  it('names the missing argument and the offending option', () => {
    expect(parseCommandLine(['vault', 'backup', 'a', '--member', 'Anna'])).toMatchObject({ problem: { params: { argument: '<dest-dir>' } } });
    expect(parseCommandLine(['vault', 'info', 'a', '--frob=1'])).toMatchObject({ problem: { params: { option: '--frob' } } });
    expect(parseCommandLine(['vault', 'info', 'a', 'b'])).toMatchObject({ problem: { params: { value: 'b' } } });
  });

  it('accepts a label that starts with a dash when written inline', () => {
    expect(parseCommandLine(['vault', 'create', 'a', '--label=-Noord-', '--member', 'Anna'])).toMatchObject({ kind: 'run', command: { label: '-Noord-' } });
  });

  it('has a synopsis for every command', () => {
    for (const name of COMMAND_NAMES) expect(SYNOPSIS[name]).toMatch(new RegExp(`^dyade vault ${name} `));
  });
});
