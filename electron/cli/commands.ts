import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MemberRef, VaultHeaderInfo } from '../../shared/contract';
import { assessPassphrase } from '../../shared/domain/passphrase';
import type { VaultCommand } from './args';
import type { CoreSession } from './core-session';
import { CliFailure, CoreFailure } from './failures';
import { EXIT, type ExitStatus } from './exit-codes';
import { formatBytes } from './format';
import type { MessageKey, MessageParams, Translate } from './messages';
import { promptHidden, readLines, type LineInput, type TerminalInput, type TextOutput } from './passphrase-input';
import { resolveMember } from './resolve-member';

export interface CommandContext {
  t: Translate;
  cwd: string;
  stdin: TerminalInput & LineInput;
  stdout: TextOutput;
  stderr: TextOutput;
  /** Creates the core on first use; the caller closes (locks) it whatever happens. */
  session(): Promise<CoreSession>;
}

/** Where passphrases come from for one command run. */
interface PassphraseSource {
  /** A passphrase that exists already (to unlock). */
  existing(promptKey: 'prompt.passphrase' | 'prompt.currentPassphrase', member: string): Promise<string>;
  /** A new passphrase; on a terminal asked twice, and checked for strength before the repeat. */
  fresh(member: string, userInputs: string[]): Promise<string>;
}

const WEAK_TRIES_ON_TERMINAL = 3;

function weakMessage(reason: string | null): MessageKey {
  if (reason === 'tooShort') return 'error.WEAK_PASSPHRASE.tooShort';
  if (reason === 'tooCommon') return 'error.WEAK_PASSPHRASE.tooCommon';
  return 'error.WEAK_PASSPHRASE.tooPredictable';
}

function terminalPassphrases(ctx: CommandContext): PassphraseSource {
  const ask = async (prompt: string): Promise<string> => {
    const typed = await promptHidden(prompt, ctx.stdin, ctx.stderr);
    if (typed === null) throw new CliFailure(EXIT.cancelled, 'status.cancelled');
    if (typed === '') throw new CliFailure(EXIT.usage, 'passphrase.empty');
    return typed;
  };
  return {
    existing: (promptKey, member) => ask(ctx.t(promptKey, { member })),
    fresh: async (member, userInputs) => {
      for (let attempt = 1; ; attempt += 1) {
        const first = await ask(ctx.t('prompt.newPassphrase', { member }));
        // The core enforces the same policy; checking here spares typing a weak one twice.
        const assessment = await assessPassphrase(first, userInputs);
        if (!assessment.acceptable) {
          const key = weakMessage(assessment.reason);
          if (attempt >= WEAK_TRIES_ON_TERMINAL) throw new CliFailure(EXIT.usage, key);
          ctx.stderr.write(`${ctx.t(key)} ${ctx.t('prompt.tryAgain')}\n`);
          continue;
        }
        const repeated = await ask(ctx.t('prompt.repeatPassphrase'));
        if (repeated !== first) throw new CliFailure(EXIT.usage, 'passphrase.mismatch');
        return first;
      }
    },
  };
}

/** Lines read up front, so a missing line is reported before any slow key derivation. */
async function stdinPassphrases(ctx: CommandContext, what: ('passphrase' | 'current' | 'new')[]): Promise<PassphraseSource> {
  const lines = await readLines(ctx.stdin, what.length);
  what.forEach((kind, index) => {
    const text = lines[index];
    if (text === undefined) throw new CliFailure(EXIT.usage, 'passphrase.stdinMissing', { line: index + 1, what: ctx.t(`passphrase.what.${kind}`) });
    if (text === '') throw new CliFailure(EXIT.usage, 'passphrase.empty');
  });
  // Every line was checked above; they are handed out in order.
  const take = async (): Promise<string> => lines.shift() ?? '';
  return { existing: take, fresh: take };
}

async function passphraseSource(ctx: CommandContext, fromStdin: boolean, what: ('passphrase' | 'current' | 'new')[]): Promise<PassphraseSource> {
  if (fromStdin) {
    if (ctx.stdin.isTTY) throw new CliFailure(EXIT.usage, 'usage.stdinIsTerminal');
    return stdinPassphrases(ctx, what);
  }
  if (!ctx.stdin.isTTY || !ctx.stdin.setRawMode) throw new CliFailure(EXIT.usage, 'usage.noTerminal');
  return terminalPassphrases(ctx);
}

/** Read the header and find the member by name (ignoring case); unknown names list the members. */
async function findMember(session: CoreSession, folder: string, name: string): Promise<{ info: VaultHeaderInfo; member: MemberRef }> {
  const info = await session.call('vaults.inspect', { path: await session.openVault(folder, { folder }) }, { folder });
  const match = resolveMember(info.members, name);
  if (match.kind === 'found') return { info, member: match.member };
  const members = (match.kind === 'ambiguous' ? match.candidates : info.members).map((member) => member.displayName).join(', ');
  throw new CliFailure(EXIT.usage, match.kind === 'ambiguous' ? 'usage.ambiguousMember' : 'usage.unknownMember', { folder, member: name, members });
}

async function unlock(session: CoreSession, folder: string, member: MemberRef, passphrase: string): Promise<void> {
  await session.call('vault.unlock', { path: folder, memberId: member.id, passphrase }, { folder, member: member.displayName });
}

/** Names of subfolders that hold a vault header (backups made by `vault backup` into this folder). */
async function backupsInside(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const hasHeader = await fs.stat(join(folder, entry.name, 'vault.json')).then(
      (stat) => stat.isFile(),
      () => false,
    );
    if (hasHeader) found.push(entry.name);
  }
  return found.sort();
}

function line(output: TextOutput, text: string): void {
  output.write(`${text}\n`);
}

/** Run one vault command. Throws CliFailure or CoreFailure; the caller reports them and locks. */
export async function runCommand(command: VaultCommand, ctx: CommandContext): Promise<ExitStatus> {
  const { t } = ctx;
  const out = (key: MessageKey, params?: MessageParams): void => line(ctx.stdout, t(key, params));

  switch (command.name) {
    case 'info': {
      const folder = resolve(ctx.cwd, command.dir);
      const session = await ctx.session();
      const info = await session.call('vaults.inspect', { path: await session.openVault(folder, { folder }) }, { folder });
      out('info.folder', { value: info.path });
      out('info.label', { value: info.label });
      out('info.vaultId', { value: info.vaultId });
      out('info.formatVersion', { value: info.formatVersion });
      out('info.created', { value: info.createdAt });
      out('info.members', { value: info.members.map((member) => member.displayName).join(', ') || t('info.none') });
      out('info.recovery', { value: t(info.hasRecovery ? 'info.yes' : 'info.no') });
      out('info.newestBackup', { value: info.newestBackup ?? t('info.none') });
      return EXIT.ok;
    }

    case 'create': {
      const folder = resolve(ctx.cwd, command.dir);
      const passphrases = await passphraseSource(ctx, command.passphraseStdin, ['passphrase']);
      const passphrase = await passphrases.fresh(command.member, [command.member, command.label]);
      const session = await ctx.session();
      const created = await session.call(
        'vault.create',
        { folder: await session.choose('newVault', folder, { folder }), label: command.label, memberName: command.member, passphrase },
        { folder, member: command.member },
      );
      out('result.created', { folder: created.session.path });
      out('result.recoveryCode', { code: created.recoveryCode });
      out('result.recoveryAdvice');
      return EXIT.ok;
    }

    case 'verify': {
      const folder = resolve(ctx.cwd, command.dir);
      const passphrases = await passphraseSource(ctx, command.passphraseStdin, ['passphrase']);
      const session = await ctx.session();
      const { member } = await findMember(session, folder, command.member);
      await unlock(session, folder, member, await passphrases.existing('prompt.passphrase', member.displayName));
      const report = await session.call('vault.verify', {}, { folder, member: member.displayName });
      if (report.problems.length === 0) out('result.verifyOk', { folder, pages: report.pages });
      else {
        out('result.verifyProblems', { folder, count: report.problems.length });
        for (const problem of report.problems) line(ctx.stdout, `  ${problem}`);
        out('result.verifyAdvice');
      }
      if (report.audit.ok) out('result.auditOk', { entries: report.audit.entries });
      else out('result.auditBroken', { id: report.audit.breakAt ?? 0 });
      return report.ok ? EXIT.ok : EXIT.damaged;
    }

    case 'backup': {
      const folder = resolve(ctx.cwd, command.dir);
      const destination = resolve(ctx.cwd, command.destDir);
      const passphrases = await passphraseSource(ctx, command.passphraseStdin, ['passphrase']);
      const session = await ctx.session();
      const { member } = await findMember(session, folder, command.member);
      await unlock(session, folder, member, await passphrases.existing('prompt.passphrase', member.displayName));
      const context = { folder: destination, member: member.displayName };
      const backup = await session.call('vault.backup', { folder: await session.choose('backupTarget', destination, context) }, context);
      out('result.backup', { path: backup.path, size: formatBytes(backup.bytes) });
      return EXIT.ok;
    }

    case 'restore': {
      const source = resolve(ctx.cwd, command.backupDir);
      const target = resolve(ctx.cwd, command.newDir);
      const session = await ctx.session();
      // Problems with the target folder name the target; everything else is about the backup.
      const input = {
        backup: await session.choose('restoreSource', source, { folder: source }),
        folder: await session.choose('restoreTarget', target, { folder: target }),
      };
      const restored = await session
        .call('vault.restore', input, (error) => ({
          folder: error.code === 'FOLDER_NOT_EMPTY' || error.code === 'CONFLICT' || error.code === 'IO_ERROR' ? target : source,
        }))
        .catch(async (error: unknown) => {
          // `vault backup` writes into a new subfolder of <dest-dir>; passing <dest-dir> itself is an easy slip.
          if (error instanceof CoreFailure && error.error.code === 'NOT_A_VAULT' && error.error.details?.reason === 'missing') {
            const backups = await backupsInside(source);
            if (backups.length > 0) throw new CliFailure(EXIT.damaged, 'error.NOT_A_VAULT.backupsInside', { folder: source, backups: backups.join(', ') });
          }
          throw error;
        });
      out('result.restored', { label: restored.label, folder: restored.path });
      out('result.restoredAdvice');
      return EXIT.ok;
    }

    case 'passwd': {
      const folder = resolve(ctx.cwd, command.dir);
      const passphrases = await passphraseSource(ctx, command.passphraseStdin, ['current', 'new']);
      const session = await ctx.session();
      const { info, member } = await findMember(session, folder, command.member);
      const current = await passphrases.existing('prompt.currentPassphrase', member.displayName);
      // Unlock first, so a wrong current passphrase is reported before the new one is typed.
      await unlock(session, folder, member, current);
      const next = await passphrases.fresh(member.displayName, [member.displayName, info.label]);
      if (next === current) throw new CliFailure(EXIT.usage, 'passphrase.sameAsCurrent');
      await session.call('members.changePassphrase', { current, next }, { folder, member: member.displayName });
      out('result.passwd', { member: member.displayName });
      return EXIT.ok;
    }
  }
}
