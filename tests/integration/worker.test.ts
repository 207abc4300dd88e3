/**
 * The core in its worker thread, as the app runs it: the calling thread stays free during long
 * operations, host callbacks come back to the calling side, errors never carry stacks, and a
 * crashed worker fails its pending calls cleanly and is replaced by a fresh, locked one.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { EventName, Result } from '../../shared/contract';
import { startCoreWorker } from '../../electron/core/worker/client';
import { newCase } from './support/caseFixture';
import { createTestCore, createTestVault, makeTempDir, STRONG_PASSPHRASE, TEST_KDF } from './support/vaultFixture';

const CRASHING_WORKER = join(import.meta.dirname, 'support', 'crashingWorker.mjs');
const INTERNAL = { ok: false, error: { code: 'INTERNAL', message: 'An unexpected error occurred.' } };
const app = { name: 'Dyade', version: '0.0.0-test', platform: process.platform, systemLocale: 'en-US' };

/** Varied words, so the vault holds pages of real text for VACUUM to copy. */
function noteText(seed: number): string {
  const words = ['moeder', 'slaapt', 'slecht', 'baby', 'huilt', 'avond', 'netwerk', 'steun', 'huisbezoek', 'keten', 'vertrouwen', 'financiën'];
  return Array.from({ length: 2500 }, (_, i) => words[(seed * 7 + i * 13 + ((i * i) % 11)) % words.length]).join(' ');
}

/** Runs `look` on every timer callback of the calling thread while `work` runs; returns how many fired. */
async function timerTicksDuring(work: Promise<unknown>, look: () => void = () => undefined): Promise<number> {
  let ticks = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    ticks += 1;
    look();
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  try {
    await work;
  } finally {
    running = false;
  }
  return ticks;
}

/** Sizes of the vault database files one folder below `folder` (a backup, or one being written). */
function databaseCopySizes(folder: string): number[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    try {
      return [statSync(join(folder, name, 'vault.db')).size];
    } catch {
      return [];
    }
  });
}

describe('the core in its worker thread', () => {
  it('timers on the calling thread kept firing during a backup and an erasure (VACUUM)', async () => {
    const t = await createTestCore();
    await createTestVault(t);
    const doomed = await newCase(t, 'Familie Weg');
    for (let i = 0; i < 120; i += 1) await t.call('journal.create', { caseId: doomed.id, body: noteText(i) });

    const target = join(t.root, 'backups-out');
    const seen: number[] = [];
    const duringBackup = await timerTicksDuring(t.call('vault.backup', { folder: await t.chooseFolder('backupTarget', target) }), () =>
      seen.push(...databaseCopySizes(target)),
    );
    const duringErase = await timerTicksDuring(t.call('cases.erase', { id: doomed.id, confirmPseudonym: 'Familie Weg' }));

    expect(duringBackup, 'timers kept firing during the backup').toBeGreaterThan(0);
    expect(duringErase, 'timers kept firing during the erasure').toBeGreaterThan(0);
    // A timer saw the copy part-written: it ran while the worker was inside the (synchronous) VACUUM INTO,
    // which, run in-process, would have held this thread until the copy was complete.
    const [finished] = databaseCopySizes(target);
    expect(
      seen.some((size) => size > 0 && size < (finished ?? 0)),
      'a timer fired while the copy was being written',
    ).toBe(true);
    expect(await t.call('journal.list', {})).toEqual([]);
  });

  it("answers the worker's host calls on the calling side; a failing one is INTERNAL without its message", async () => {
    const root = await makeTempDir();
    const logged: string[] = [];
    const core = startCoreWorker(
      {
        app,
        settingsFile: join(root, 'settings.json'),
        host: {
          pickFolder: async (purpose) => {
            if (purpose === 'restoreSource') throw new Error('dialog broke at /home/anna/geheim');
            return join(root, purpose);
          },
          pickSaveFile: async (_purpose, suggestedName) => join(root, suggestedName),
          emit: () => undefined,
        },
        logError: (context) => logged.push(context),
      },
      { kdf: TEST_KDF },
    );
    onTestFinished(() => core.terminate());

    // The page gets the path to show and a one-time token to pass on; the core keeps what it stands for.
    const token = expect.stringMatching(/^ft_[A-Za-z0-9_-]{24}$/);
    expect(await core.dispatch('dialog.pickFolder', { purpose: 'newVault' })).toEqual({ ok: true, value: { token, path: join(root, 'newVault') } });
    expect(await core.dispatch('dialog.pickSaveFile', { purpose: 'report', suggestedName: 'verslag.md' })).toEqual({
      ok: true,
      value: { token, path: join(root, 'verslag.md') },
    });
    const failed = await core.dispatch('dialog.pickFolder', { purpose: 'restoreSource' });
    expect(failed).toEqual(INTERNAL);
    expect(JSON.stringify(failed)).not.toContain('geheim');
    expect(logged).toContain('host.pickFolder');
    // A value structured cloning refuses never reaches the core.
    expect(await core.dispatch('app.info', { callback: () => undefined })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('a crashed worker answers every pending call INTERNAL, counts as locked, and the next call starts a fresh one', async () => {
    const root = await makeTempDir();
    const events: { event: EventName; payload: unknown }[] = [];
    const logged: string[] = [];
    const core = startCoreWorker(
      {
        workerFile: CRASHING_WORKER,
        app,
        settingsFile: join(root, 'settings.json'),
        host: { pickFolder: async () => join(root, 'vault'), emit: (event, payload) => events.push({ event, payload }) },
        logError: (context) => logged.push(context),
      },
      { kdf: TEST_KDF },
    );
    onTestFinished(() => core.terminate());
    const chosen = (await core.dispatch('dialog.pickFolder', { purpose: 'newVault' })) as Result<{ token: string }>;
    if (!chosen.ok) throw new Error(chosen.error.message);
    const created = (await core.dispatch('vault.create', {
      folder: chosen.value.token,
      label: 'Team Noord',
      memberName: 'Anna',
      passphrase: STRONG_PASSPHRASE,
    })) as Result<{
      session: { path: string; member: { id: string } };
    }>;
    if (!created.ok) throw new Error(created.error.message);
    expect(core.isUnlocked()).toBe(true);

    const [crashed, queued] = await Promise.all([core.dispatch('test.crash', {}), core.dispatch('vault.status', {})]);

    expect(crashed).toEqual(INTERNAL);
    expect(queued).toEqual(INTERNAL);
    expect(core.isUnlocked()).toBe(false);
    expect(events.at(-1)).toEqual({ event: 'vault.locked', payload: { reason: 'shutdown' } });
    expect(logged).toContain('core.worker');
    expect(await core.idleCheck()).toBe(false);
    // A fresh worker: the vault is locked, and the dead one left it free to open again.
    expect(await core.dispatch('vault.status', {})).toEqual({ ok: true, value: { unlocked: false, session: null } });
    const { session } = created.value;
    expect(await core.dispatch('vault.unlock', { path: session.path, memberId: session.member.id, passphrase: STRONG_PASSPHRASE })).toMatchObject({ ok: true });
    expect(core.isUnlocked()).toBe(true);
  });

  it('shutdown locks and ends the worker; a later call gets a fresh, locked core', async () => {
    const t = await createTestCore();
    await createTestVault(t);
    await t.core.shutdown();
    expect(t.core.isUnlocked()).toBe(false);
    expect(t.events.at(-1)).toEqual({ event: 'vault.locked', payload: { reason: 'shutdown' } });
    expect(await t.call('vault.status')).toEqual({ unlocked: false, session: null });
    expect((await t.call('vaults.list')).length).toBe(1);
  });
});
