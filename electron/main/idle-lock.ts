import type { PowerMonitor } from 'electron';
import { VaultStatus, type LockReason } from '../../shared/contract';
import type { Core } from '../core/index';

/** How often main asks whether the vault should lock for inactivity. */
export const IDLE_CHECK_INTERVAL_MS = 30_000;
/**
 * How often main asks whether the screen is locked. Linux never emits powerMonitor's `lock-screen`
 * (Electron documents it for macOS and Windows), so the state is polled there and everywhere.
 */
export const SCREEN_LOCK_CHECK_INTERVAL_MS = 5_000;
/** The idle threshold getSystemIdleState needs; only its 'locked' answer matters here. */
export const SCREEN_LOCK_IDLE_THRESHOLD_S = 60;

/** True when the whole computer has been idle at least as long as the open vault's idle-lock setting. */
export function shouldLockForIdle(systemIdleSeconds: number, idleLockMinutes: number | null | undefined): boolean {
  if (idleLockMinutes === null || idleLockMinutes === undefined || !(idleLockMinutes > 0)) return false;
  if (!Number.isFinite(systemIdleSeconds) || systemIdleSeconds < 0) return false;
  return systemIdleSeconds >= idleLockMinutes * 60;
}

/** The core as idle lock sees it; `idleCheck` is optional so this compiles before and after the vault adds it. */
export type IdleLockCore = Pick<Core, 'dispatch' | 'lock'> & { idleCheck?: (now: Date) => unknown };

export interface IdleLockDeps {
  core: IdleLockCore;
  powerMonitor: Pick<PowerMonitor, 'on' | 'off' | 'getSystemIdleTime' | 'getSystemIdleState'>;
  now?: () => Date;
  setInterval?: (callback: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
  logError?: (context: string, error: unknown) => void;
}

/**
 * Locks the vault when the machine sleeps or its screen locks (the event where there is one, and
 * getSystemIdleState() === 'locked' every 5 s, which is how Linux says it), and every 30 s lets the
 * core judge app inactivity and checks the system idle time. Returns a function that stops all of it.
 */
export function startIdleLock(deps: IdleLockDeps): () => void {
  const now = deps.now ?? (() => new Date());
  const schedule = deps.setInterval ?? ((callback, ms) => setInterval(callback, ms));
  const cancel = deps.clearInterval ?? ((handle) => clearInterval(handle as NodeJS.Timeout));
  const lock = (reason: LockReason) => {
    deps.core.lock(reason).catch((error: unknown) => deps.logError?.(`lock.${reason}`, error));
  };
  const onSuspend = () => lock('suspend');
  const onScreenLock = () => lock('screen-lock');
  deps.powerMonitor.on('suspend', onSuspend);
  deps.powerMonitor.on('lock-screen', onScreenLock);

  let checking = false;
  const check = async () => {
    if (checking) return;
    checking = true;
    try {
      await deps.core.idleCheck?.(now());
      const status = await deps.core.dispatch('vault.status', {});
      const parsed = status.ok ? VaultStatus.safeParse(status.value) : null;
      const session = parsed?.success ? parsed.data.session : null;
      if (session && shouldLockForIdle(deps.powerMonitor.getSystemIdleTime(), session.idleLockMinutes)) {
        await deps.core.lock('idle');
      }
    } catch (error) {
      deps.logError?.('lock.idle', error);
    } finally {
      checking = false;
    }
  };
  const handle = schedule(() => void check(), IDLE_CHECK_INTERVAL_MS);

  // Lock once when the screen becomes locked, not again on every poll while it stays locked.
  let screenLocked = false;
  const checkScreen = () => {
    try {
      const locked = deps.powerMonitor.getSystemIdleState(SCREEN_LOCK_IDLE_THRESHOLD_S) === 'locked';
      if (locked && !screenLocked) onScreenLock();
      screenLocked = locked;
    } catch (error) {
      deps.logError?.('lock.screen-state', error);
    }
  };
  const screenHandle = schedule(checkScreen, SCREEN_LOCK_CHECK_INTERVAL_MS);

  return () => {
    cancel(handle);
    cancel(screenHandle);
    deps.powerMonitor.off('suspend', onSuspend);
    deps.powerMonitor.off('lock-screen', onScreenLock);
  };
}

export interface QuitApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/** powerMonitor as the quit handling sees it: its `shutdown` event (macOS and Linux). */
export interface ShutdownSignal {
  on(event: 'shutdown', listener: () => void): unknown;
}

/**
 * On a quit the user asked for (menu, Ctrl+Q, last window closed), hold the quit, lock and close the
 * core once, then quit for real; further quit requests while shutting down are held too, so the vault
 * is never left open.
 *
 * When the system shuts down, restarts or logs out, nothing is held: macOS takes a `preventDefault()`
 * in before-quit as the app refusing, and aborts the logout or shutdown. powerMonitor's `shutdown`
 * arrives first there (and on Linux); the lock starts at once and the quit goes on. The vault's key
 * lives only in this process, so it is gone when the process is, locked in time or not.
 */
export function lockOnQuit(
  app: QuitApp,
  core: Pick<Core, 'shutdown'>,
  logError?: (context: string, error: unknown) => void,
  powerMonitor?: ShutdownSignal,
): void {
  let state: 'running' | 'shutting-down' | 'system-shutdown' | 'done' = 'running';
  const shutdown = () => core.shutdown().catch((error: unknown) => logError?.('shutdown', error));
  powerMonitor?.on('shutdown', () => {
    if (state === 'done' || state === 'system-shutdown') return;
    const wasShuttingDown = state === 'shutting-down';
    state = 'system-shutdown';
    if (!wasShuttingDown) void shutdown();
  });
  app.on('before-quit', (event) => {
    if (state === 'done' || state === 'system-shutdown') return;
    event.preventDefault();
    if (state === 'shutting-down') return;
    state = 'shutting-down';
    void shutdown().finally(() => {
      if (state === 'shutting-down') state = 'done';
      app.quit();
    });
  });
}
