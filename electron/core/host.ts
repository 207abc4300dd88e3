import type { TextFileWriter } from './fs/atomic';
import type { SqliteHandle } from './db/database';
import type { EventName, EventPayload, Locale, MethodInput } from '../../shared/contract';

/** What the core needs from whoever runs it: the Electron main process, the e2e harness, a test. */
export interface CoreHost {
  /** A native folder picker; `null` when the user cancels. */
  pickFolder(purpose: MethodInput<'dialog.pickFolder'>['purpose']): Promise<string | null>;
  /** Push an event to the renderer. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** A native "save as" dialog; `null` when the user cancels. Absent where there is no such dialog. */
  pickSaveFile?(purpose: MethodInput<'dialog.pickSaveFile'>['purpose'], suggestedName: string): Promise<string | null>;
  /** A native "open file" dialog for an exchange file; `null` when cancelled. */
  pickOpenFile?(purpose: MethodInput<'dialog.pickOpenFile'>['purpose']): Promise<string | null>;
  /** Versions and the newest lines of main's local log; absent outside the app. */
  diagnostics?(): Promise<string>;
  /** Put text on the system clipboard and take it off again after `clearAfterMs` (and at lock); absent outside the app. */
  copyText?(text: string, clearAfterMs: number): Promise<void>;
  /** Render an app route (the print view) to PDF bytes (Electron's printToPDF); absent outside the app. */
  printToPdf?(route: string): Promise<Uint8Array>;
  /**
   * Open the presentation of a session (the route `#/sessions/<id>/present`) in its own window, on the
   * second display when there is one, without taking the focus; a second call for the same session
   * brings that window forward. Absent where there are no windows (the CLI).
   */
  openPresenter?(sessionId: string): Promise<void>;
  /** Close that window; false when none was open. */
  closePresenter?(sessionId: string): Promise<boolean>;
  /** Called after the interface language changed (main rebuilds its menu). */
  onLocaleChanged?(locale: Locale): void;
}

export interface CoreOptions {
  app: { name: string; version: string; platform: string; systemLocale: string };
  /** Path of the app-settings JSON file (outside any vault). */
  settingsFile: string;
  host: CoreHost;
  /** Injected clock, so tests can move time. */
  now?: () => Date;
  /** Path to a better-sqlite3 native binding built for the current runtime (Electron vs Node). */
  nativeBinding?: string;
  logError?: (context: string, error: unknown) => void;
}

/** What only tests pass, as createCore's second argument; the app never does. */
export interface CoreTesting {
  /** Lower KDF cost; never exposed through the contract. */
  kdf?: { N: number; r: number; p: number };
  /** Fault injection (full disk, broken writes). */
  faults?: VaultFaults;
}

/** Test-only fault injection. */
export interface VaultFaults {
  /** Replaces the atomic header writer (e.g. to fail with ENOSPC). */
  writeHeader?: TextFileWriter;
  /** Sees each freshly opened vault database (e.g. to lower max_page_count). */
  onDatabaseOpened?: (db: SqliteHandle) => void;
  /** Key rotation: runs once the new header is staged, before the database is rekeyed (throw = a crash before). */
  beforeRekey?: () => void;
  /** Key rotation: runs after the rekey, before the staged header moves into place (throw = a crash between). */
  afterRekey?: () => void;
}
