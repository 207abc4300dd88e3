/** The app shell's API: app info and locale, the native pickers, and the shell's events. */
import { z } from 'zod';
import { SavePurpose } from '../domain/exchange';
import { LOCALES } from '../domain/locales';
import { Empty, FileChoice, method } from './define';

export { LOCALES };
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const PROGRESS_OPERATIONS = ['backup', 'restore', 'import', 'erase', 'verify', 'reindex'] as const;
export const ProgressOperation = z.enum(PROGRESS_OPERATIONS);
export type ProgressOperation = z.infer<typeof ProgressOperation>;
export const ProgressEvent = z.object({
  /** One id per run of an operation, so two runs never mix. */
  id: z.string().min(1).max(64),
  operation: ProgressOperation,
  fraction: z.number().min(0).max(1),
  done: z.boolean(),
});
export type ProgressEvent = z.infer<typeof ProgressEvent>;

export const FOLDER_PURPOSES = ['newVault', 'openVault', 'backupTarget', 'restoreSource', 'restoreTarget'] as const;
export const FolderPurpose = z.enum(FOLDER_PURPOSES);
export type FolderPurpose = z.infer<typeof FolderPurpose>;
/** What a chosen path may be used for, once: a folder purpose, a kind of file to save, or an exchange file to open. */
export type FileGrantPurpose = FolderPurpose | `save:${SavePurpose}` | 'open:exchange';

export const appApi = {
  'app.info': method(Empty, z.object({ name: z.string(), version: z.string(), locale: Locale, platform: z.string() })),
  'app.setLocale': method(z.object({ locale: Locale }).strict(), z.object({ locale: Locale })),

  /**
   * Native folder picker (main shows it; the harness and the CLI answer for it). The answer is a
   * one-time token for that purpose, and the path only to show. Nulls when cancelled.
   */
  'dialog.pickFolder': method(z.object({ purpose: FolderPurpose }).strict(), FileChoice),
  /** Native "save as" dialog; a one-time token for saving that kind of file. */
  'dialog.pickSaveFile': method(z.object({ purpose: SavePurpose, suggestedName: z.string().min(1).max(200) }).strict(), FileChoice),
  /** Versions and the newest lines of the local error log (codes and stack frames, no case text), for "Copy diagnostics". */
  'app.diagnostics': method(Empty, z.object({ text: z.string() })),
  /**
   * Copy sensitive text (a recovery code, a step-2 record) to the system clipboard; main clears it
   * again after `clearAfterSeconds`, at lock and at quit, unless something else was copied since.
   */
  'clipboard.copy': method(
    z.object({ text: z.string().min(1).max(200_000), clearAfterSeconds: z.number().int().min(10).max(600).default(60) }).strict(),
    z.object({ clearAfterSeconds: z.number().int() }),
  ),
  /** Native "open file" dialog for an exchange file; a token for previewing it and importing it once. */
  'dialog.pickOpenFile': method(z.object({ purpose: z.literal('exchange') }).strict(), FileChoice),
} as const;

export const appEvents = {
  /** The application menu asked the renderer to do something. */
  'menu.command': z.object({ command: z.enum(['lock', 'settings', 'about', 'new-vault', 'open-vault']) }),
  'app.localeChanged': z.object({ locale: Locale }),
  /**
   * How far a long operation of the core has come (backup, restore, import, erasure, verify,
   * re-index), so the window can show a progress bar while it stays usable. `fraction` runs 0 → 1;
   * the last event of an operation has `done: true` (also when it failed).
   */
  'core.progress': ProgressEvent,
} as const;
