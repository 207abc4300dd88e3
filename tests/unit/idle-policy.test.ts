import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { LockReason, Result } from '../../shared/contract';
import {
  IDLE_CHECK_INTERVAL_MS,
  SCREEN_LOCK_CHECK_INTERVAL_MS,
  SCREEN_LOCK_IDLE_THRESHOLD_S,
  lockOnQuit,
  shouldLockForIdle,
  startIdleLock,
  type IdleLockCore,
  type QuitApp,
} from '../../electron/main/idle-lock';

describe('shouldLockForIdle', () => {
  it('locks once the system has been idle for the set minutes', () => {
    expect(shouldLockForIdle(600, 10)).toBe(true);
    expect(shouldLockForIdle(601, 10)).toBe(true);
    expect(shouldLockForIdle(599, 10)).toBe(false);
    expect(shouldLockForIdle(60, 1)).toBe(true);
  });

  it('never locks without a setting or on nonsense input', () => {
    expect(shouldLockForIdle(10_000, null)).toBe(false);
    expect(shouldLockForIdle(10_000, undefined)).toBe(false);
    expect(shouldLockForIdle(10_000, 0)).toBe(false);
    expect(shouldLockForIdle(Number.NaN, 10)).toBe(false);
    expect(shouldLockForIdle(-1, 10)).toBe(false);
  });
});

const SESSION = {
  path: '/vaults/team',
  vaultId: '6f1c2f0e-6f4c-4b7a-9a43-2f0f5a7d1c11',
  label: 'Team',
  member: { id: '8b0e4a51-3f0c-4d77-8f62-3c3d0b2f9e10', displayName: 'Anna' },
  viaRecovery: false,
  idleLockMinutes: 5,
};

class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0;
  idleState: 'active' | 'idle' | 'locked' | 'unknown' = 'active';
  thresholds: number[] = [];
  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
  getSystemIdleState(threshold: number): 'active' | 'idle' | 'locked' | 'unknown' {
    this.thresholds.push(threshold);
    return this.idleState;
  }
}

function setup(options: { unlocked?: boolean; idleCheck?: (now: Date) => unknown } = {}) {
  const locks: LockReason[] = [];
  const status: Result<unknown> = {
    ok: true,
    value: options.unlocked === false ? { unlocked: false, session: null } : { unlocked: true, session: SESSION },
  };
  const core: IdleLockCore = {
    dispatch: vi.fn(async () => status),
    lock: vi.fn(async (reason: LockReason) => void locks.push(reason)),
    ...(options.idleCheck ? { idleCheck: options.idleCheck } : {}),
  };
  const powerMonitor = new FakePowerMonitor();
  let tick: (() => void) | null = null;
  let screenTick: (() => void) | null = null;
  const clearInterval = vi.fn();
  const stop = startIdleLock({
    core,
    powerMonitor: powerMonitor as never,
    now: () => new Date('2025-01-01T10:00:00Z'),
    setInterval: (callback, ms) => {
      expect([IDLE_CHECK_INTERVAL_MS, SCREEN_LOCK_CHECK_INTERVAL_MS]).toContain(ms);
      if (ms === IDLE_CHECK_INTERVAL_MS) tick = callback;
      else screenTick = callback;
      return ms;
    },
    clearInterval,
  });
  const runTick = async () => {
    tick?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const runScreenTick = async () => {
    screenTick?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { core, locks, powerMonitor, runTick, runScreenTick, stop, clearInterval };
}

describe('startIdleLock', () => {
  it('locks on suspend and on screen lock', async () => {
    const { locks, powerMonitor } = setup();
    powerMonitor.emit('suspend');
    powerMonitor.emit('lock-screen');
    await Promise.resolve();
    expect(locks).toEqual(['suspend', 'screen-lock']);
  });

  it('locks when the system idle time reaches the vault setting', async () => {
    const { locks, powerMonitor, runTick } = setup();
    powerMonitor.idleSeconds = 4 * 60;
    await runTick();
    expect(locks).toEqual([]);
    powerMonitor.idleSeconds = 5 * 60;
    await runTick();
    expect(locks).toEqual(['idle']);
  });

  it('does nothing while no vault is open', async () => {
    const { locks, powerMonitor, runTick } = setup({ unlocked: false });
    powerMonitor.idleSeconds = 10_000;
    await runTick();
    expect(locks).toEqual([]);
  });

  it("lets the core judge the app's own inactivity when it can", async () => {
    const idleCheck = vi.fn();
    const { runTick } = setup({ idleCheck });
    await runTick();
    expect(idleCheck).toHaveBeenCalledWith(new Date('2025-01-01T10:00:00Z'));
  });

  it('stops listening when stopped', async () => {
    const { locks, powerMonitor, stop, clearInterval } = setup();
    stop();
    powerMonitor.emit('suspend');
    await Promise.resolve();
    expect(locks).toEqual([]);
    expect(clearInterval.mock.calls.map(([handle]) => handle).sort()).toEqual([SCREEN_LOCK_CHECK_INTERVAL_MS, IDLE_CHECK_INTERVAL_MS].sort());
  });

  it('locks when the system says the screen is locked (Linux has no lock-screen event), once per screen lock', async () => {
    const { locks, powerMonitor, runScreenTick } = setup();
    await runScreenTick();
    powerMonitor.idleState = 'idle';
    await runScreenTick();
    expect(locks).toEqual([]);
    powerMonitor.idleState = 'locked';
    await runScreenTick();
    await runScreenTick();
    expect(locks).toEqual(['screen-lock']);
    powerMonitor.idleState = 'active';
    await runScreenTick();
    powerMonitor.idleState = 'locked';
    await runScreenTick();
    expect(locks).toEqual(['screen-lock', 'screen-lock']);
    expect(powerMonitor.thresholds.every((threshold) => threshold === SCREEN_LOCK_IDLE_THRESHOLD_S)).toBe(true);
  });
});

class FakeApp extends EventEmitter implements QuitApp {
  quits = 0;
  quit(): void {
    this.quits += 1;
    this.emit('before-quit', { preventDefault: () => undefined });
  }
}

describe('lockOnQuit', () => {
  it('holds the first quit, shuts the core down once, then quits', async () => {
    const app = new FakeApp();
    let finishShutdown: () => void = () => undefined;
    const shutdown = vi.fn(() => new Promise<void>((resolve) => (finishShutdown = resolve)));
    lockOnQuit(app, { shutdown });

    const first = { preventDefault: vi.fn() };
    app.emit('before-quit', first);
    const second = { preventDefault: vi.fn() };
    app.emit('before-quit', second);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(second.preventDefault).toHaveBeenCalled();
    expect(shutdown).toHaveBeenCalledOnce();
    expect(app.quits).toBe(0);

    finishShutdown();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.quits).toBe(1);
    expect(shutdown).toHaveBeenCalledOnce();
  });

  it('still quits when shutdown fails', async () => {
    const app = new FakeApp();
    const logError = vi.fn();
    lockOnQuit(app, { shutdown: () => Promise.reject(new Error('busy')) }, logError);
    app.emit('before-quit', { preventDefault: () => undefined });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.quits).toBe(1);
    expect(logError).toHaveBeenCalledOnce();
  });
});

describe('lockOnQuit when the system shuts down', () => {
  it('locks at once and never holds the quit (macOS would abort the logout or shutdown)', async () => {
    const app = new FakeApp();
    const powerMonitor = new EventEmitter();
    const shutdown = vi.fn(() => new Promise<void>(() => undefined));
    lockOnQuit(app, { shutdown }, undefined, powerMonitor);
    powerMonitor.emit('shutdown');
    expect(shutdown).toHaveBeenCalledOnce();
    const quit = { preventDefault: vi.fn() };
    app.emit('before-quit', quit);
    expect(quit.preventDefault).not.toHaveBeenCalled();
    powerMonitor.emit('shutdown');
    expect(shutdown).toHaveBeenCalledOnce();
  });

  it('lets a held quit go when the system shuts down meanwhile, and still quits when the lock is done', async () => {
    const app = new FakeApp();
    const powerMonitor = new EventEmitter();
    let finishShutdown: () => void = () => undefined;
    const shutdown = vi.fn(() => new Promise<void>((resolve) => (finishShutdown = resolve)));
    lockOnQuit(app, { shutdown }, undefined, powerMonitor);
    const first = { preventDefault: vi.fn() };
    app.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    powerMonitor.emit('shutdown');
    expect(shutdown).toHaveBeenCalledOnce();
    const second = { preventDefault: vi.fn() };
    app.emit('before-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    finishShutdown();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.quits).toBe(1);
  });
});
