import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodOutput, Result } from '../../shared/contract';
import { createCore } from '../../electron/core';

/**
 * The real `dyade` command, spawned as an admin would run it (node electron/cli/bin.mjs …), with
 * passphrases on standard input. The vault is made with the real KDF (the CLI never lowers it), so
 * the tests share one vault and run the cheap cases side by side.
 */

const BIN = resolve(__dirname, '../../electron/cli/bin.mjs');
const PASSPHRASE = 'kwartel fiets ochtend zeventig';
const NEW_PASSPHRASE = 'lantaarn rivier mosterd gieter';
const RECOVERY_CODE = /^Recovery code: +((?:[0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5})$/m;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let root: string;
/** TMPDIR of the spawned CLI, to check it leaves no settings folder behind. */
let cliTemp: string;

function dyade(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: root,
      // No LANG/LC_*: English unless a test asks otherwise.
      env: { PATH: process.env.PATH ?? '', HOME: root, TMPDIR: cliTemp, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolveRun({ status, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

const lines = (...values: string[]): string => values.map((value) => `${value}\n`).join('');

beforeAll(async () => {
  root = await fs.mkdtemp(join(tmpdir(), 'dyade-cli-test-'));
  cliTemp = join(root, 'tmp');
  await fs.mkdir(cliTemp);
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe('dyade vault (spawned CLI)', () => {
  let vault: string;

  it('creates a vault and prints the folder and the recovery code', async () => {
    const run = await dyade(['vault', 'create', 'team-noord', '--label', 'Team Noord', '--member', 'Anna', '--passphrase-stdin'], {
      input: lines(PASSPHRASE),
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    vault = join(root, 'team-noord');
    expect(run.stdout).toContain(`Vault created in: ${vault}\n`);
    expect(run.stdout).toMatch(RECOVERY_CODE);
    expect(run.stdout).not.toContain(PASSPHRASE);
    expect((await fs.readdir(vault)).sort()).toEqual(expect.arrayContaining(['vault.db', 'vault.json']));
    // The temp app-settings folder is gone; the desktop app's settings (under HOME) were never made.
    expect((await fs.readdir(cliTemp)).filter((name) => name.startsWith('dyade-cli-'))).toEqual([]);
    expect((await fs.readdir(root)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('shows the header without a passphrase', async () => {
    const run = await dyade(['vault', 'info', vault]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Label:           Team Noord\n');
    expect(run.stdout).toContain('Format version:  2\n');
    expect(run.stdout).toContain('Members:         Anna\n');
    expect(run.stdout).toContain('Recovery code:   set\n');
    expect(run.stdout).toMatch(/^Vault id: +[0-9a-f-]{36}$/m);
    expect(run.stdout).toContain(`Newest backup:   ${join(vault, 'backups')}`);
  });

  it('verifies, matching the member name ignoring case, and locks again', async () => {
    const run = await dyade(['vault', 'verify', vault, '--member', 'anna', '--passphrase-stdin'], { input: lines(PASSPHRASE) });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^The vault in .* is intact: \d+ pages checked\.$/m);
    expect(run.status).toBe(0);
  });

  it('makes a backup, restores it into a new folder, and the copy opens with the same passphrase', async () => {
    const backup = await dyade(['vault', 'backup', vault, 'backups-out', '--member', 'Anna', '--passphrase-stdin'], { input: lines(PASSPHRASE) });
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    const backupPath = /^Backup written to: (.*) \(\d+(\.\d)? (bytes|KiB|MiB)\)$/m.exec(backup.stdout)?.[1] ?? '';
    expect(backupPath.startsWith(join(root, 'backups-out', 'Team Noord-backup-'))).toBe(true);

    const restored = await dyade(['vault', 'restore', backupPath, 'restored']);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain(`Restored 'Team Noord' into: ${join(root, 'restored')}`);

    const [verify, again, parent] = await Promise.all([
      dyade(['vault', 'verify', 'restored', '--member', 'Anna', '--passphrase-stdin'], { input: lines(PASSPHRASE) }),
      // never over an existing folder
      dyade(['vault', 'restore', backupPath, 'restored']),
      // the folder given to `vault backup` is not itself the backup: say which ones it holds
      dyade(['vault', 'restore', 'backups-out', 'elsewhere']),
    ]);
    expect(verify.status).toBe(0);
    expect(verify.stdout).toContain('is intact');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('is not empty');
    expect(parent.status).toBe(3);
    expect(parent.stderr).toContain('but it holds backups: Team Noord-backup-');
  });

  it('changes a passphrase: the old one stops working, the new one works', async () => {
    const passwd = await dyade(['vault', 'passwd', vault, '--member', 'Anna', '--passphrase-stdin'], { input: lines(PASSPHRASE, NEW_PASSPHRASE) });
    expect(passwd.stderr).toBe('');
    expect(passwd.stdout).toBe('Passphrase changed for member Anna.\n');
    expect(passwd.status).toBe(0);

    const [withOld, withNew, withOldInDutch] = await Promise.all([
      dyade(['vault', 'verify', vault, '--member', 'Anna', '--passphrase-stdin'], { input: lines(PASSPHRASE) }),
      dyade(['vault', 'verify', vault, '--member', 'Anna', '--passphrase-stdin'], { input: lines(NEW_PASSPHRASE) }),
      dyade(['vault', 'verify', vault, '--member', 'ANNA', '--passphrase-stdin'], { input: lines(PASSPHRASE), env: { LANG: 'nl_NL.UTF-8' } }),
    ]);
    expect(withOld.status).toBe(2);
    expect(withOld.stderr).toBe('dyade: Wrong passphrase for member Anna.\n');
    expect(withOld.stdout).toBe('');
    expect(withNew.status).toBe(0);
    expect(withOldInDutch.status).toBe(2);
    expect(withOldInDutch.stderr).toBe('dyade: Onjuiste wachtzin voor lid Anna.\n');
  });

  it('refuses a vault that is open in another process with status 5, and leaves it working', async () => {
    const settings = await fs.mkdtemp(join(root, 'other-process-'));
    const other = createCore({
      app: { name: 'Dyade', version: 'test', platform: process.platform, systemLocale: 'en' },
      settingsFile: join(settings, 'settings.json'),
      host: { pickFolder: async () => vault, emit: () => undefined },
    });
    try {
      const chosen = (await other.dispatch('dialog.pickFolder', { purpose: 'openVault' })) as Result<MethodOutput<'dialog.pickFolder'>>;
      if (!chosen.ok || !chosen.value.token) throw new Error('no folder chosen');
      await other.dispatch('vaults.add', { folder: chosen.value.token });
      const inspected = (await other.dispatch('vaults.inspect', { path: vault })) as Result<MethodOutput<'vaults.inspect'>>;
      if (!inspected.ok) throw new Error(inspected.error.message);
      const memberId = inspected.value.members[0]?.id;
      const unlocked = await other.dispatch('vault.unlock', { path: vault, memberId, passphrase: NEW_PASSPHRASE });
      expect(unlocked.ok).toBe(true);

      const [english, dutch] = await Promise.all([
        dyade(['vault', 'verify', vault, '--member', 'Anna', '--passphrase-stdin'], { input: lines(NEW_PASSPHRASE) }),
        dyade(['vault', 'backup', vault, 'backups-out', '--member', 'Anna', '--passphrase-stdin'], {
          input: lines(NEW_PASSPHRASE),
          env: { LC_ALL: 'nl_NL.UTF-8' },
        }),
      ]);
      expect(english.status).toBe(5);
      expect(english.stderr).toBe(
        `dyade: The vault in ${vault} is open in another process (the Dyade app or another dyade command). Lock it there and try again.\n`,
      );
      expect(dutch.status).toBe(5);
      expect(dutch.stderr).toContain('is geopend in een ander proces');
      expect((await other.dispatch('vault.verify', {})).ok).toBe(true);
    } finally {
      await other.shutdown();
    }
  });

  it('reports damaged, foreign and newer vaults with statuses 3 and 4', async () => {
    const empty = join(root, 'not-a-vault');
    await fs.mkdir(empty);
    const newer = join(root, 'newer');
    await fs.mkdir(newer);
    const header = JSON.parse(await fs.readFile(join(vault, 'vault.json'), 'utf8')) as Record<string, unknown>;
    await fs.writeFile(join(newer, 'vault.json'), JSON.stringify({ ...header, formatVersion: 99 }));
    await fs.copyFile(join(vault, 'vault.db'), join(newer, 'vault.db'));
    const tampered = join(root, 'tampered');
    await fs.mkdir(tampered);
    await fs.writeFile(join(tampered, 'vault.json'), JSON.stringify({ ...header, label: 'Edited' }, null, 2));
    await fs.copyFile(join(vault, 'vault.db'), join(tampered, 'vault.db'));
    const newerBefore = await fs.readFile(join(newer, 'vault.json'), 'utf8');

    const [notVault, notVaultVerify, newerInfo, newerVerify, tamperedVerify, slotDamaged, truncated] = await Promise.all([
      dyade(['vault', 'info', empty]),
      dyade(['vault', 'verify', empty, '--member', 'Anna', '--passphrase-stdin'], { input: lines(NEW_PASSPHRASE) }),
      dyade(['vault', 'info', newer]),
      dyade(['vault', 'verify', newer, '--member', 'Anna', '--passphrase-stdin'], { input: lines(NEW_PASSPHRASE), env: { LANG: 'nl_NL.UTF-8' } }),
      dyade(['vault', 'verify', tampered, '--member', 'Anna', '--passphrase-stdin'], { input: lines(NEW_PASSPHRASE) }),
      (async () => {
        // One slot's wrapped key cut short: damage, not a wrong passphrase (status 3, not 2).
        const damaged = join(root, 'slot-damaged');
        await fs.mkdir(damaged);
        const slots = (header.slots as Array<{ wrap: { ct: string } }>).map((slot, index) =>
          index === 0 ? { ...slot, wrap: { ...slot.wrap, ct: slot.wrap.ct.slice(0, 20) } } : slot,
        );
        await fs.writeFile(join(damaged, 'vault.json'), JSON.stringify({ ...header, slots }));
        await fs.copyFile(join(vault, 'vault.db'), join(damaged, 'vault.db'));
        return dyade(['vault', 'verify', damaged, '--member', 'Anna', '--passphrase-stdin'], { input: lines(NEW_PASSPHRASE) });
      })(),
      (async () => {
        const cut = join(root, 'truncated');
        await fs.mkdir(cut);
        await fs.writeFile(join(cut, 'vault.json'), JSON.stringify(header).slice(0, 40));
        return dyade(['vault', 'info', cut]);
      })(),
    ]);
    expect(notVault).toMatchObject({ status: 3, stdout: '', stderr: `dyade: No Dyade vault at ${empty}: there is no vault.json.\n` });
    expect(notVaultVerify.status).toBe(3);
    expect(newerInfo.status).toBe(4);
    expect(newerInfo.stderr).toContain('was made by a newer version of Dyade');
    expect(newerVerify.status).toBe(4);
    expect(newerVerify.stderr).toContain('is gemaakt door een nieuwere versie van Dyade');
    expect(await fs.readFile(join(newer, 'vault.json'), 'utf8')).toBe(newerBefore);
    expect(tamperedVerify.status).toBe(3);
    expect(tamperedVerify.stderr).toContain('was changed outside Dyade');
    expect(slotDamaged.status).toBe(3);
    expect(slotDamaged.stderr).toContain('A key slot in the vault header');
    expect(truncated.status).toBe(3);
    expect(truncated.stderr).toContain('cut short');
  });

  it('refuses weak passphrases and bad usage with status 1', async () => {
    const [weak, weakDutch, secretArg, missingMember, unknownMember, noTerminal, missingLine, unknownCommand, folderIsVault] = await Promise.all([
      dyade(['vault', 'create', 'weak', '--label', 'Team Zuid', '--member', 'Bo', '--passphrase-stdin'], { input: lines('welkom123') }),
      dyade(['vault', 'create', 'weak', '--label', 'Team Zuid', '--member', 'Bo', '--passphrase-stdin'], {
        input: lines('password'),
        env: { LANG: 'nl_NL.UTF-8' },
      }),
      dyade(['vault', 'verify', vault, '--member', 'Anna', `--passphrase=${NEW_PASSPHRASE}`]),
      dyade(['vault', 'verify', vault, '--passphrase-stdin'], { input: lines(NEW_PASSPHRASE) }),
      dyade(['vault', 'verify', vault, '--member', 'Bob', '--passphrase-stdin'], { input: lines(NEW_PASSPHRASE) }),
      dyade(['vault', 'verify', vault, '--member', 'Anna']),
      dyade(['vault', 'passwd', vault, '--member', 'Anna', '--passphrase-stdin'], { input: lines(NEW_PASSPHRASE) }),
      dyade(['vault', 'explode', vault]),
      dyade(['vault', 'create', vault, '--label', 'Again', '--member', 'Bo', '--passphrase-stdin'], { input: lines(NEW_PASSPHRASE) }),
    ]);
    expect(weak).toMatchObject({ status: 1, stdout: '' });
    expect(weak.stderr).toContain('The passphrase is too short');
    expect(weakDutch.status).toBe(1);
    expect(weakDutch.stderr).toContain('De wachtzin is te kort');
    await expect(fs.stat(join(root, 'weak'))).rejects.toThrow();
    expect(secretArg.status).toBe(1);
    expect(secretArg.stderr).toContain("Option '--passphrase' is refused");
    expect(secretArg.stderr).not.toContain(NEW_PASSPHRASE);
    expect(missingMember.status).toBe(1);
    expect(missingMember.stderr).toContain('Missing option --member.');
    expect(missingMember.stderr).toContain('Usage: dyade vault verify <dir> --member <name>');
    expect(unknownMember.status).toBe(1);
    expect(unknownMember.stderr).toContain("has no member named 'Bob'. Members: Anna.");
    expect(noTerminal.status).toBe(1);
    expect(noTerminal.stderr).toContain('--passphrase-stdin');
    expect(missingLine.status).toBe(1);
    expect(missingLine.stderr).toContain('Standard input ended before line 2 (the new passphrase).');
    expect(unknownCommand.status).toBe(1);
    expect(unknownCommand.stderr).toContain("Unknown vault command 'explode'");
    expect(folderIsVault.status).toBe(1);
    expect(folderIsVault.stderr).toContain('already holds a vault');
  });

  it('prints help to stdout, in Dutch with LANG=nl*', async () => {
    const [english, dutch, perCommand] = await Promise.all([
      dyade(['--help']),
      dyade(['help'], { env: { LANG: 'nl_NL.UTF-8' } }),
      dyade(['vault', 'restore', '--help']),
    ]);
    expect(english).toMatchObject({ status: 0, stderr: '' });
    expect(english.stdout).toContain('Usage: dyade vault <command> [options]');
    expect(english.stdout).toContain('5    the vault is in use by another process');
    expect(dutch.status).toBe(0);
    expect(dutch.stdout).toContain('Gebruik: dyade vault <opdracht> [opties]');
    expect(perCommand.stdout).toContain('Usage: dyade vault restore <backup-dir> <new-dir>');
  });
});
