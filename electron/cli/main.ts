import { SYNOPSIS, parseCommandLine, type CommandName } from './args';
import type { CoreSession } from './core-session';
import { describeError } from './describe-error';
import { EXIT, type ExitStatus } from './exit-codes';
import { CliFailure, CoreFailure } from './failures';
import { pickCliLocale, translator, type CliLocale, type Translate } from './messages';
import type { LineInput, TerminalInput, TextOutput } from './passphrase-input';

export interface CliEnvironment {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdin: TerminalInput & LineInput;
  stdout: TextOutput;
  stderr: TextOutput;
  /** Told when a core session opens, so a signal handler can lock it before the process ends. */
  onSession?: (session: CoreSession) => void;
  /** True once a signal handler is locking and ending the process; later failures are its doing. */
  interrupted?: () => boolean;
  /** Where the commands run: the app's version and, when built, the core worker's entry and addon. */
  runtime: CliRuntime;
}

/** What the process that runs the commands knows about itself; never read from a file at run time. */
export interface CliRuntime {
  /** The app's version: injected at build time (out/cli), read from package.json by the source runner, app.getVersion() in the app. */
  version: string;
  /** The core worker's built entry; by default the TypeScript source (tests, `npm run dyade`). */
  workerFile?: string;
  /** The SQLite addon for this runtime, when it is not the package's default build. */
  nativeBinding?: string;
}

function helpText(t: Translate, topic: CommandName | null): string {
  return t(topic ? `help.${topic}` : 'help.general');
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The whole command line as a function of its environment: parse, run one command against the
 * core, report, and always lock. Returns the exit status; never calls process.exit itself.
 */
export async function runCli(environment: CliEnvironment): Promise<ExitStatus> {
  const locale: CliLocale = pickCliLocale(environment.env);
  const t = translator(locale);
  const out = (text: string): void => void environment.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  const err = (text: string): void => void environment.stderr.write(text.endsWith('\n') ? text : `${text}\n`);

  const parsed = parseCommandLine(environment.argv);
  switch (parsed.kind) {
    case 'help':
      out(helpText(t, parsed.topic));
      return EXIT.ok;
    case 'version':
      out(`dyade ${environment.runtime.version}`);
      return EXIT.ok;
    case 'usage-error':
      err(`dyade: ${t(parsed.problem.key, parsed.problem.params)}`);
      if (parsed.topic) err(`${t('usage.word')}: ${SYNOPSIS[parsed.topic]}`);
      err(t('usage.seeHelp', { topic: parsed.topic ? ` vault ${parsed.topic}` : '' }));
      return EXIT.usage;
    case 'run':
      break;
  }

  // A holder rather than a variable: it is filled inside a callback, which narrowing cannot see.
  const opened: { session: CoreSession | null } = { session: null };
  try {
    // Loaded only to run a command: the core and the passphrase dictionaries take a while to load,
    // and help or a usage error should answer at once.
    const [{ runCommand }, { CoreSession }] = await Promise.all([import('./commands'), import('./core-session')]);
    return await runCommand(parsed.command, {
      t,
      cwd: environment.cwd,
      stdin: environment.stdin,
      stdout: environment.stdout,
      stderr: environment.stderr,
      session: async () => {
        opened.session ??= await CoreSession.open({
          appVersion: environment.runtime.version,
          systemLocale: locale,
          ...(environment.runtime.workerFile ? { workerFile: environment.runtime.workerFile } : {}),
          ...(environment.runtime.nativeBinding ? { nativeBinding: environment.runtime.nativeBinding } : {}),
          logError: (context, error) => err(`dyade: ${t('status.technicalDetail', { detail: `${context}: ${errorMessage(error)}` })}`),
        });
        environment.onSession?.(opened.session);
        return opened.session;
      },
    });
  } catch (error) {
    // After Ctrl+C the vault is locked under the running command, which then fails (VAULT_LOCKED);
    // that is the cancellation the user asked for, not an error to report.
    if (environment.interrupted?.()) return EXIT.cancelled;
    if (error instanceof CliFailure) {
      err(`dyade: ${t(error.key, error.params)}`);
      return error.status;
    }
    if (error instanceof CoreFailure) {
      const described = describeError(t, error.error, error.context);
      err(`dyade: ${described.message}`);
      if (described.detail) err(`dyade: ${t('status.technicalDetail', { detail: described.detail })}`);
      return described.status;
    }
    err(`dyade: ${t('error.INTERNAL')}`);
    err(`dyade: ${t('status.technicalDetail', { detail: errorMessage(error) })}`);
    return EXIT.internal;
  } finally {
    // Lock before exit, whatever happened above.
    if (opened.session) await opened.session.close().catch((error: unknown) => err(`dyade: ${t('status.technicalDetail', { detail: errorMessage(error) })}`));
  }
}

/** Exit status for a signal, as shells report it (128 + signal number). */
const SIGNAL_STATUS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * The process wiring around runCli: streams, signals, exit status. Used by the built entry (bin.ts),
 * the source runner (bin.mjs) and the app's main process (`Dyade --cli vault …`). Resolves with the
 * exit status, or null when a signal handler is already ending the process.
 */
export async function main(runtime: CliRuntime, argv: readonly string[] = process.argv.slice(2)): Promise<ExitStatus | null> {
  const t = translator(pickCliLocale(process.env));
  const opened: { session: CoreSession | null } = { session: null };
  let stopping = false;

  // Ctrl+C while a prompt is open arrives as a key (raw mode); at any other time it is a signal.
  // Either way the vault is locked first: the core finishes the running operation, then locks.
  const onSignal = (signal: keyof typeof SIGNAL_STATUS): void => {
    if (stopping) {
      process.stderr.write(`${t('status.locking')}\n`);
      return;
    }
    stopping = true;
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
    process.stderr.write(`\n${t('status.cancelled')}\n`);
    void (opened.session ? opened.session.close() : Promise.resolve()).catch(() => undefined).finally(() => process.exit(SIGNAL_STATUS[signal]));
  };
  for (const signal of Object.keys(SIGNAL_STATUS) as (keyof typeof SIGNAL_STATUS)[]) process.on(signal, () => onSignal(signal));

  const status = await runCli({
    argv,
    env: process.env,
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    onSession: (session) => {
      opened.session = session;
    },
    interrupted: () => stopping,
    runtime,
  });
  return stopping ? null : status;
}
