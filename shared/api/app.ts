/** The app shell's API: app info and locale, the native pickers, and the shell's events. */
import { z } from 'zod';
import { SavePurpose } from '../domain/exchange';
import { Empty, method } from './define';

export const LOCALES = ['nl', 'en'] as const;
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

export const appApi = {
  'app.info': method(Empty, z.object({ name: z.string(), version: z.string(), locale: Locale, platform: z.string() })),
  'app.setLocale': method(z.object({ locale: Locale }).strict(), z.object({ locale: Locale })),

  /** Native folder picker in the app; a stub in the browser harness. `null` when cancelled. */
  'dialog.pickFolder': method(
    z.object({ purpose: z.enum(['newVault', 'openVault', 'backupTarget', 'restoreSource', 'restoreTarget']) }).strict(),
    z.object({ path: z.string().nullable() }),
  ),
  /** Native "save as" dialog in the app; the harness answers from a queue. `null` when cancelled. */
  'dialog.pickSaveFile': method(
    z.object({ purpose: SavePurpose, suggestedName: z.string().min(1).max(200) }).strict(),
    z.object({ path: z.string().nullable() }),
  ),
  /** Native "open file" dialog for an exchange file. */
  'dialog.pickOpenFile': method(z.object({ purpose: z.literal('exchange') }).strict(), z.object({ path: z.string().nullable() })),
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
