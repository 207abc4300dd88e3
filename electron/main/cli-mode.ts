/**
 * The installed app runs the admin commands too (`Dyade --cli vault info <dir>`, or `Dyade vault …`):
 * which arguments, if any, are a command line for the CLI instead of a reason to open a window.
 * Pure, so the choice is tested without Electron.
 */

export interface CliModeInput {
  /** process.argv of the main process. */
  argv: readonly string[];
  /** process.defaultApp: true when run as `electron <app-dir> …`, whose argv[1] is the app folder. */
  defaultApp: boolean;
}

/** The flag that makes the rest of the command line the CLI's (`--cli --version`, `--cli vault help`). */
export const CLI_FLAG = '--cli';

/**
 * The CLI's arguments (what `dyade` would get after its name), or null to start the app as usual.
 * `--cli` anywhere hands everything after it to the CLI; without it, the first argument that is not a
 * switch must be `vault`. Switches before it (Chromium's `--no-sandbox`, a desktop file's `%U`) are
 * not the CLI's; a file or URL the desktop passes to open is never a command.
 */
export function cliArguments({ argv, defaultApp }: CliModeInput): string[] | null {
  const args = argv.slice(defaultApp ? 2 : 1);
  const flag = args.indexOf(CLI_FLAG);
  if (flag !== -1) return args.slice(flag + 1);
  const first = args.findIndex((arg) => !arg.startsWith('-'));
  if (first !== -1 && args[first] === 'vault') return args.slice(first);
  return null;
}
