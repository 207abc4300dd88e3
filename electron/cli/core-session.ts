import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppErrorShape, FolderPurpose, MethodInput, MethodName, MethodOutput, Result } from '../../shared/contract';
import type { Core } from '../core';
import { startCoreWorker } from '../core/worker/client';
import type { ErrorContext } from './describe-error';
import { CoreFailure } from './failures';

export interface CoreSessionOptions {
  appVersion: string;
  systemLocale: string;
  /** Unexpected errors inside the core (with their context), e.g. a failed automatic backup on lock. */
  logError: (context: string, error: unknown) => void;
  /** The core worker's built entry (out/cli or out/main core-worker.js); by default the TypeScript source. */
  workerFile?: string;
  /** The SQLite addon built for this runtime (the app's Electron build when the app runs the commands). */
  nativeBinding?: string;
}

/**
 * The core as the CLI uses it: the same core, in its worker thread, and contract as the app. The core keeps a
 * list of known vaults in an app-settings file; the CLI gives it a file in a fresh temp folder, so
 * the desktop app's settings are never read or changed, and removes the folder on close.
 */
export class CoreSession {
  private closing: Promise<void> | null = null;

  private constructor(
    private readonly core: Core,
    private readonly settingsFolder: string,
    private readonly picker: { next: string | null },
  ) {}

  static async open(options: CoreSessionOptions): Promise<CoreSession> {
    const settingsFolder = await fs.mkdtemp(join(tmpdir(), 'dyade-cli-'));
    // The CLI's arguments are its folder dialog: the core asks the host, as in the app, and gets the folder named on the command line.
    const picker: { next: string | null } = { next: null };
    const core = startCoreWorker({
      ...(options.workerFile ? { workerFile: options.workerFile } : {}),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      app: { name: 'Dyade', version: options.appVersion, platform: process.platform, systemLocale: options.systemLocale },
      settingsFile: join(settingsFolder, 'app-settings.json'),
      host: {
        pickFolder: async () => {
          const folder = picker.next;
          picker.next = null;
          return folder;
        },
        emit: () => undefined,
      },
      logError: options.logError,
    });
    return new CoreSession(core, settingsFolder, picker);
  }

  /** A folder from the command line, handed to the core through the host's picker: the one-time token the contract takes for it. */
  async choose(purpose: FolderPurpose, folder: string, context: ErrorContext): Promise<string> {
    this.picker.next = folder;
    const { token } = await this.call('dialog.pickFolder', { purpose }, context);
    if (!token) throw new Error('The folder from the command line did not reach the core.');
    return token;
  }

  /** The vault in a folder from the command line, made known to this run's core (as "Kluismap openen…" does); its resolved path. */
  async openVault(folder: string, context: ErrorContext): Promise<string> {
    return (await this.call('vaults.add', { folder: await this.choose('openVault', folder, context) }, context)).path;
  }

  /** Dispatch through the contract; a failure becomes a CoreFailure carrying `context`. */
  async call<M extends MethodName>(
    method: M,
    input: MethodInput<M>,
    context: ErrorContext | ((error: AppErrorShape) => ErrorContext),
  ): Promise<MethodOutput<M>> {
    const result = (await this.core.dispatch(method, input)) as Result<MethodOutput<M>>;
    if (result.ok) return result.value;
    throw new CoreFailure(result.error, typeof context === 'function' ? context(result.error) : context);
  }

  /**
   * Lock the vault (waiting for a running operation to finish first: the core runs them one at a
   * time) and remove the temp settings folder. Safe to call more than once, e.g. from a signal.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      try {
        await this.core.shutdown();
      } finally {
        await fs.rm(this.settingsFolder, { recursive: true, force: true });
      }
    })();
    return this.closing;
  }
}
