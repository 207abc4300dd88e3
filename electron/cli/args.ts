import { parseArgs } from 'node:util';
import type { MessageKey, MessageParams } from './messages';

export const COMMAND_NAMES = ['create', 'info', 'verify', 'backup', 'restore', 'passwd'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export type VaultCommand =
  | { name: 'create'; dir: string; label: string; member: string; passphraseStdin: boolean }
  | { name: 'info'; dir: string }
  | { name: 'verify'; dir: string; member: string; passphraseStdin: boolean }
  | { name: 'backup'; dir: string; destDir: string; member: string; passphraseStdin: boolean }
  | { name: 'restore'; backupDir: string; newDir: string }
  | { name: 'passwd'; dir: string; member: string; passphraseStdin: boolean };

export interface UsageProblem {
  key: MessageKey;
  params?: MessageParams;
}

export type CommandLine =
  | { kind: 'help'; topic: CommandName | null }
  | { kind: 'version' }
  | { kind: 'run'; command: VaultCommand }
  | { kind: 'usage-error'; problem: UsageProblem; topic: CommandName | null };

/** One line per command, shown under a usage error (not translated: it is what the admin types). */
export const SYNOPSIS: Record<CommandName, string> = {
  create: 'dyade vault create <dir> --label <text> --member <name> [--passphrase-stdin]',
  info: 'dyade vault info <dir>',
  verify: 'dyade vault verify <dir> --member <name> [--passphrase-stdin]',
  backup: 'dyade vault backup <dir> <dest-dir> --member <name> [--passphrase-stdin]',
  restore: 'dyade vault restore <backup-dir> <new-dir>',
  passwd: 'dyade vault passwd <dir> --member <name> [--passphrase-stdin]',
};

type OptionName = 'label' | 'member' | 'passphrase-stdin';

interface CommandShape {
  positionals: readonly string[];
  options: readonly OptionName[];
  required: readonly OptionName[];
}

const SHAPES: Record<CommandName, CommandShape> = {
  create: { positionals: ['<dir>'], options: ['label', 'member', 'passphrase-stdin'], required: ['label', 'member'] },
  info: { positionals: ['<dir>'], options: [], required: [] },
  verify: { positionals: ['<dir>'], options: ['member', 'passphrase-stdin'], required: ['member'] },
  backup: { positionals: ['<dir>', '<dest-dir>'], options: ['member', 'passphrase-stdin'], required: ['member'] },
  restore: { positionals: ['<backup-dir>', '<new-dir>'], options: [], required: [] },
  passwd: { positionals: ['<dir>'], options: ['member', 'passphrase-stdin'], required: ['member'] },
};

const PARSE_OPTIONS = {
  label: { type: 'string' },
  member: { type: 'string' },
  'passphrase-stdin': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/**
 * Options that would carry a secret on the command line, where `ps`, /proc and the shell history
 * show it. They are refused by name (with the reason), not merely as unknown options.
 */
const SECRET_OPTION = /^--(passphrase|password|passwd|pass|pw|secret|recovery-code|recovery)(=.*)?$/i;

function isCommandName(value: string): value is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(value);
}

function isOptionName(value: string): value is OptionName {
  return value === 'label' || value === 'member' || value === 'passphrase-stdin';
}

function usageError(key: MessageKey, params: MessageParams | undefined, topic: CommandName | null): CommandLine {
  return { kind: 'usage-error', problem: params ? { key, params } : { key }, topic };
}

/** Turn `argv` (without node and script) into what to do. Pure: no I/O, no process state. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const terminator = argv.indexOf('--');
  const beforeTerminator = terminator === -1 ? argv : argv.slice(0, terminator);
  const secret = beforeTerminator.find((arg) => SECRET_OPTION.test(arg));
  if (secret !== undefined) {
    return usageError('usage.secretInArguments', { option: secret.split('=')[0] ?? secret }, null);
  }

  // Non-strict with tokens: we check every option ourselves, so each problem gets its own message
  // in the admin's language instead of Node's English error text.
  const { tokens } = parseArgs({ args: [...argv], options: PARSE_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const positionals: string[] = [];
  const options: { name: string; raw: string; value: string | undefined; inline: boolean }[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    else if (token.kind === 'option') options.push({ name: token.name, raw: token.rawName, value: token.value, inline: token.inlineValue === true });
  }

  const [group, sub, ...rest] = positionals;
  const wantsHelp = options.some((option) => option.name === 'help');

  if (group === 'help') {
    const topicName = sub === 'vault' ? rest[0] : sub;
    return { kind: 'help', topic: topicName !== undefined && isCommandName(topicName) ? topicName : null };
  }
  const topic: CommandName | null = group === 'vault' && sub !== undefined && isCommandName(sub) ? sub : null;
  if (wantsHelp) return { kind: 'help', topic };
  if (options.some((option) => option.name === 'version')) return { kind: 'version' };

  if (group === undefined) return usageError('usage.missingCommand', undefined, null);
  if (group !== 'vault') return usageError('usage.unknownCommand', { command: group }, null);
  const commands = COMMAND_NAMES.join(', ');
  if (sub === undefined) return usageError('usage.missingSubcommand', { commands }, null);
  if (!isCommandName(sub)) return usageError('usage.unknownSubcommand', { command: sub, commands }, null);

  const shape = SHAPES[sub];
  const values: Partial<Record<OptionName, string | true>> = {};
  for (const option of options) {
    const display = option.raw.startsWith('--') ? `--${option.name}` : option.raw;
    if (!isOptionName(option.name)) return usageError('usage.unknownOption', { option: option.raw }, sub);
    if (!shape.options.includes(option.name)) return usageError('usage.optionNotForCommand', { option: display, command: sub }, sub);
    if (values[option.name] !== undefined) return usageError('usage.optionRepeated', { option: display }, sub);
    if (PARSE_OPTIONS[option.name].type === 'boolean') {
      if (option.value !== undefined) return usageError('usage.optionTakesNoValue', { option: display }, sub);
      values[option.name] = true;
      continue;
    }
    // `--label --member x` would otherwise take "--member" as the label.
    if (option.value === undefined || (!option.inline && option.value.startsWith('--'))) {
      return usageError('usage.optionNeedsValue', { option: display }, sub);
    }
    if (option.value.trim() === '') return usageError('usage.emptyValue', { option: display }, sub);
    values[option.name] = option.value;
  }

  const args = rest;
  if (args.length < shape.positionals.length) {
    return usageError('usage.missingArgument', { argument: shape.positionals[args.length] ?? '' }, sub);
  }
  if (args.length > shape.positionals.length) {
    return usageError('usage.extraArgument', { value: args[shape.positionals.length] ?? '' }, sub);
  }
  for (const required of shape.required) {
    if (values[required] === undefined) return usageError('usage.missingOption', { option: `--${required}` }, sub);
  }

  const text = (name: OptionName): string => {
    const value = values[name];
    return typeof value === 'string' ? value : '';
  };
  const passphraseStdin = values['passphrase-stdin'] === true;
  const [first = '', second = ''] = args;
  const command: VaultCommand = (() => {
    switch (sub) {
      case 'create':
        return { name: sub, dir: first, label: text('label'), member: text('member'), passphraseStdin };
      case 'info':
        return { name: sub, dir: first };
      case 'verify':
      case 'passwd':
        return { name: sub, dir: first, member: text('member'), passphraseStdin };
      case 'backup':
        return { name: sub, dir: first, destDir: second, member: text('member'), passphraseStdin };
      case 'restore':
        return { name: sub, backupDir: first, newDir: second };
    }
  })();
  return { kind: 'run', command };
}
