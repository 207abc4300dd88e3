import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { NodeLogger } from 'electron-log';

/** Rotated at this size: the current file and one `.old` beside it, so the log never grows past ~2 MiB. */
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_FILE = 'dyade.log';
const MESSAGE_MAX = 300;

/**
 * One log line for an unexpected error: where it happened, its stable code, its type and the stack
 * frames. Never a payload: quoted text in a message (a value, a query's argument) is cut out, and the
 * message is kept short, so no case text, name or passphrase reaches the file.
 */
export function errorRecord(context: string, error: unknown): string {
  const record = error instanceof Error ? error : new Error(String(error));
  const code = (record as { code?: unknown }).code;
  const message = record.message
    .replace(/(["'`“‘«])(?:(?!\1).)*\1/gu, '…')
    .replace(/\s+/g, ' ')
    .slice(0, MESSAGE_MAX);
  const frames = (record.stack ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .slice(0, 12);
  return [`${context} ${typeof code === 'string' ? code : '-'} ${record.name}: ${message}`, ...frames.map((frame) => `    ${frame}`)].join('\n');
}

export interface AppLog {
  error(context: string, error: unknown): void;
  /** What "Copy diagnostics" hands over: versions and the newest lines of the log. */
  diagnostics(facts: Record<string, string>): Promise<string>;
}

/**
 * The app's local log (electron-log's file transport; nothing is sent anywhere): errors only, in
 * `<folder>/dyade.log`, rotated at 1 MiB to `dyade.old.log`, readable by this user only.
 */
export function createAppLog(logger: NodeLogger, folder: string): AppLog {
  const file = join(folder, LOG_FILE);
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = LOG_MAX_BYTES;
  logger.transports.file.level = 'error';
  logger.transports.file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] {text}';
  logger.transports.file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  logger.transports.console.level = false;
  return {
    error: (context, error) => logger.error(errorRecord(context, error)),
    diagnostics: async (facts) => {
      const text = await fs.readFile(file, 'utf8').catch(() => '');
      const tail = text.split('\n').slice(-200).join('\n').trim();
      const lines = Object.entries(facts).map(([key, value]) => `${key}: ${value}`);
      return [...lines, '', tail || '(no errors logged)'].join('\n');
    },
  };
}
