import { builtInMethod } from '../../shared/domain/methods-catalog';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../shared/contract';
import { openVaultDatabase } from '../../electron/core/db/database';
import { createTestCore, createTestVault, hashFolder, listFiles, OTHER_PASSPHRASE, STRONG_PASSPHRASE, unwrapTestKey } from './support/vaultFixture';

const run = promisify(execFile);
const CHILD = join(import.meta.dirname, 'support', 'unlockChild.ts');

async function hashOutOfProcess(folder: string): Promise<string> {
  const { stdout } = await run('sh', ['-c', 'sha256sum vault.json vault.db*'], { cwd: folder });
  return stdout;
}

describe('fault: damaged header', () => {
  async function lockedVault() {
    const t = await createTestCore();
    const v = await createTestVault(t);
    await t.call('members.add', { displayName: 'Bo', passphrase: OTHER_PASSPHRASE });
    await t.call('vault.lock');
    const headerPath = join(v.folder, 'vault.json');
    return { t, ...v, headerPath, header: await fs.readFile(headerPath, 'utf8') };
  }

  it('missing header → NOT_A_VAULT; truncated or not JSON → VAULT_HEADER_INVALID with the reason; db untouched', async () => {
    const { t, folder, session, headerPath, header } = await lockedVault();
    const dbHash = (await hashFolder(folder))['vault.db'];
    const unlock = () => t.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });

    await fs.writeFile(headerPath, header.slice(0, header.length / 2));
    expect(await unlock()).toMatchObject({ code: 'VAULT_HEADER_INVALID', details: { reason: 'truncated' } });
    expect(await t.fail('vaults.inspect', { path: folder })).toMatchObject({ code: 'VAULT_HEADER_INVALID', details: { reason: 'truncated' } });
    await fs.writeFile(headerPath, '');
    expect(await unlock()).toMatchObject({ code: 'VAULT_HEADER_INVALID', details: { reason: 'truncated' } });
    await fs.writeFile(headerPath, 'PK\u0003\u0004 not json');
    expect(await unlock()).toMatchObject({ code: 'VAULT_HEADER_INVALID', details: { reason: 'not-json' } });
    await fs.writeFile(headerPath, JSON.stringify({ ...JSON.parse(header), slots: 'none' }));
    expect(await unlock()).toMatchObject({ code: 'VAULT_HEADER_INVALID', details: { reason: 'schema' } });
    await fs.writeFile(headerPath, JSON.stringify({ ...JSON.parse(header), formatVersion: 3 }));
    expect(await unlock()).toMatchObject({ code: 'VAULT_TOO_NEW' });
    expect(await t.fail('vaults.inspect', { path: folder })).toMatchObject({ code: 'VAULT_TOO_NEW' });
    await fs.rm(headerPath);
    expect(await unlock()).toMatchObject({ code: 'NOT_A_VAULT', details: { reason: 'missing' } });
    expect((await hashFolder(folder))['vault.db']).toBe(dbHash);
  });

  it('edited label, member name or another slot → VAULT_HEADER_INVALID tampered after unlock; own slot edited → WRONG_PASSPHRASE', async () => {
    const { t, folder, session, headerPath, header } = await lockedVault();
    const before = await hashFolder(folder);
    const unlock = () => t.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    const parsed = JSON.parse(header) as { label: string; slots: { kind: string; memberId?: string; displayName?: string; wrap: { ct: string } }[] };
    const edits: ((h: typeof parsed) => void)[] = [
      (h) => (h.label = 'Renamed'),
      (h) => {
        const bo = h.slots.find((s) => s.displayName === 'Bo');
        if (bo) bo.displayName = 'Mallory';
      },
      (h) => {
        const recovery = h.slots.find((s) => s.kind === 'recovery');
        if (recovery) recovery.wrap.ct = Buffer.alloc(32, 7).toString('base64');
      },
      (h) => (h.slots = h.slots.filter((s) => s.kind !== 'recovery')),
    ];
    for (const edit of edits) {
      const copy = JSON.parse(header) as typeof parsed;
      edit(copy);
      await fs.writeFile(headerPath, JSON.stringify(copy, null, 2));
      expect(await unlock()).toMatchObject({ code: 'VAULT_HEADER_INVALID', details: { reason: 'tampered' } });
    }
    const own = JSON.parse(header) as typeof parsed;
    const slot = own.slots.find((s) => s.memberId === session.member.id);
    if (slot) slot.wrap.ct = Buffer.alloc(32, 1).toString('base64');
    await fs.writeFile(headerPath, JSON.stringify(own));
    expect(await unlock()).toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await fs.writeFile(headerPath, header);
    expect(await hashFolder(folder)).toEqual(before);
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
  });

  it('a damaged key slot is told apart from a wrong passphrase, before any key derivation', async () => {
    const { t, folder, session, headerPath, header } = await lockedVault();
    const parsed = JSON.parse(header) as { slots: Array<{ wrap: { ct: string; iv: string } }> };
    for (const damage of [(ct: string) => ct.slice(0, 20), (ct: string) => `${ct}AAAA`]) {
      const slots = parsed.slots.map((slot) => ({ ...slot, wrap: { ...slot.wrap, ct: damage(slot.wrap.ct) } }));
      await fs.writeFile(headerPath, JSON.stringify({ ...parsed, slots }));
      expect(await t.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE })).toMatchObject({
        code: 'VAULT_HEADER_INVALID',
        details: { reason: 'slot-damaged' },
      });
    }
    // No failed attempt was counted: the passphrase was never tried.
    await fs.writeFile(headerPath, header);
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    expect((await t.call('audit.list', { limit: 10, action: 'vault.unlock_failed' })).entries).toEqual([]);
  });
});

describe('fault: a flipped byte in vault.db', () => {
  it('reading fails with VAULT_CORRUPT or the check reports it, never wrong data, and inspect still offers the newest backup', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    await t.call('vault.lock'); // makes the automatic backup
    const key = await unwrapTestKey(folder, session.member.id, STRONG_PASSPHRASE);
    const db = openVaultDatabase(join(folder, 'vault.db'), key);
    const insert = db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?)`);
    db.transaction(() => {
      for (let i = 0; i < 2000; i += 1) insert.run(`filler.${i}`, JSON.stringify('y'.repeat(100)));
    })();
    db.close();
    const file = join(folder, 'vault.db');
    const bytes = await fs.readFile(file);
    const pageSize = 4096;
    expect(bytes.length).toBeGreaterThan(pageSize * 20);
    const offset = pageSize * Math.floor(bytes.length / pageSize / 2) + 1000;
    bytes[offset] = (bytes[offset] ?? 0) ^ 0x01;
    await fs.writeFile(file, bytes);

    const unlocked = await t.core.dispatch('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    if (unlocked.ok) {
      // Depending on which page the byte lands in, the check either cannot read it or reports it: never "ok".
      const verify = await t.core.dispatch('vault.verify', {});
      if (verify.ok) {
        expect(verify.value).toMatchObject({ ok: false });
        expect((verify.value as { problems: string[] }).problems.length).toBeGreaterThan(0);
      } else {
        expect(verify.error.code).toBe('VAULT_CORRUPT');
      }
      await t.call('vault.lock');
    } else {
      expect(unlocked.error.code).toBe('VAULT_CORRUPT');
    }
    const info = await t.call('vaults.inspect', { path: folder });
    expect(info.newestBackup).toBe(join(folder, 'backups', '2025-03-01T09-00-00Z'));
    // the backup restores and opens
    const restored = join(t.root, 'restored');
    await t.call('vault.restore', {
      backup: await t.chooseFolder('restoreSource', info.newestBackup ?? ''),
      folder: await t.chooseFolder('restoreTarget', restored),
    });
    await t.call('vault.unlock', { path: restored, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    expect((await t.call('vault.verify')).ok).toBe(true);
  });
});

describe('fault: a second process', () => {
  it('gets VAULT_IN_USE while the vault is open, and nothing is damaged', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    await t.call('members.add', { displayName: 'Bo', passphrase: OTHER_PASSPHRASE });
    // Hash in another process: closing any descriptor of vault.db in this process would drop
    // this process's POSIX locks on it (fcntl semantics), which is exactly what is under test.
    const before = await hashOutOfProcess(folder);
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', CHILD, folder, session.member.id, STRONG_PASSPHRASE, join(t.root, 'child-settings.json')],
      { timeout: 30_000 },
    );
    expect(JSON.parse(stdout)).toEqual({ ok: false, code: 'VAULT_IN_USE' });
    expect(await hashOutOfProcess(folder)).toEqual(before);
    expect((await t.call('members.list')).length).toBe(2);
    expect((await t.call('vault.verify')).ok).toBe(true);
    await t.call('vault.lock');
    const after = await run(process.execPath, ['--import', 'tsx', CHILD, folder, session.member.id, STRONG_PASSPHRASE, join(t.root, 'child-settings.json')], {
      timeout: 30_000,
    });
    expect(JSON.parse(after.stdout)).toEqual({ ok: true });
  });
});

describe('fault: disk full', () => {
  it('SQLITE_FULL during a write → DISK_FULL, the transaction rolls back, earlier data intact', async () => {
    let limitPages = false;
    const t = await createTestCore({
      faults: {
        onDatabaseOpened: (db) => {
          if (limitPages) db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
        },
      },
    });
    const { folder, session } = await createTestVault(t);
    await t.call('vault.lock');
    limitPages = true;
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    let failure: { code: string } | null = null;
    let lastGood = 0;
    for (let i = 0; i < 500 && !failure; i += 1) {
      const minutes = (i % 120) + 1;
      const result = await t.core.dispatch('vault.setIdleLock', { minutes });
      if (result.ok) lastGood = minutes;
      else failure = result.error;
    }
    expect(failure).toMatchObject({ code: 'DISK_FULL' });
    expect((await t.call('vault.status')).session?.idleLockMinutes).toBe(lastGood);
    const entries = (await t.call('audit.list', { limit: 1, action: 'settings.changed' })).entries;
    expect(entries[0]?.detail.value).toBe(lastGood);
    await t.call('vault.lock');
    limitPages = false;
    const reopened = await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    expect(reopened.idleLockMinutes).toBe(lastGood);
    expect((await t.call('vault.verify')).ok).toBe(true);
  });

  it('ENOSPC while writing the header → DISK_FULL, the member is not added, header unchanged', async () => {
    let failWrites = false;
    const { writeFileAtomic } = await import('../../electron/core/fs/atomic');
    const t = await createTestCore({
      faults: {
        writeHeader: async (path, text) => {
          if (failWrites) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write', errno: -28 });
          await writeFileAtomic(path, text);
        },
      },
    });
    const { folder } = await createTestVault(t);
    const header = await fs.readFile(join(folder, 'vault.json'), 'utf8');
    failWrites = true;
    expect(await t.fail('members.add', { displayName: 'Bo', passphrase: OTHER_PASSPHRASE })).toMatchObject({ code: 'DISK_FULL' });
    expect((await t.call('members.list')).map((m) => m.displayName)).toEqual(['Anna']);
    expect((await t.call('audit.list', { limit: 10, action: 'member.added' })).entries).toHaveLength(0);
    expect(await fs.readFile(join(folder, 'vault.json'), 'utf8')).toBe(header);
    failWrites = false;
    await t.call('members.add', { displayName: 'Bo', passphrase: OTHER_PASSPHRASE });
  });
});

describe('fault: secrets stay inside', () => {
  it('a canary written into the vault never appears in the vault folder, backups or temp files', async () => {
    const canary = `CANARY-${Math.random().toString(36).slice(2)}-ZEBRA`;
    const started = Date.now() - 1000;
    let plant = false;
    const t = await createTestCore({
      faults: {
        onDatabaseOpened: (db) => {
          if (plant) db.prepare(`INSERT INTO settings (key, value) VALUES ('canary', ?)`).run(JSON.stringify(canary));
        },
      },
    });
    const { folder, session } = await createTestVault(t);
    await t.call('vault.lock');
    plant = true;
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    plant = false;
    for (let i = 1; i <= 30; i += 1) await t.call('vault.setIdleLock', { minutes: i });
    const backup = await t.call('vault.backup', { folder: await t.chooseFolder('backupTarget', join(t.root, 'backups-out')) });
    t.clock.now = new Date(t.clock.now.getTime() + 2 * 24 * 60 * 60_000);
    // check files while the vault is open (WAL present) and after lock (automatic backup)
    const scan = async (): Promise<string[]> => {
      const hits: string[] = [];
      const files = [...(await listFiles(t.root)), ...(await listFiles(tmpdir()).catch(() => []))];
      for (const file of new Set(files)) {
        const stat = await fs.stat(file).catch(() => null);
        if (!stat || stat.size > 50_000_000) continue;
        if (!file.startsWith(t.root) && stat.mtimeMs < started) continue;
        const bytes = await fs.readFile(file).catch(() => null);
        if (bytes?.includes(canary) || bytes?.includes(Buffer.from(canary, 'utf16le'))) hits.push(file);
      }
      return hits;
    };
    expect(await scan()).toEqual([]);
    await t.call('vault.lock');
    expect((await fs.readdir(join(folder, 'backups'))).length).toBe(2);
    expect(await scan()).toEqual([]);
    expect(backup.path.startsWith(t.root)).toBe(true);
    // and the canary really is in there
    const key = await unwrapTestKey(folder, session.member.id, STRONG_PASSPHRASE);
    const db = openVaultDatabase(join(folder, 'vault.db'), key);
    expect(db.prepare(`SELECT value FROM settings WHERE key = 'canary'`).pluck().get()).toBe(JSON.stringify(canary));
    db.close();
  });

  it('the data key never crosses the contract', async () => {
    const t = await createTestCore();
    const { folder, session, recoveryCode } = await createTestVault(t);
    const key = await unwrapTestKey(folder, session.member.id, STRONG_PASSPHRASE);
    const forms = [key.toString('hex'), key.toString('hex').toUpperCase(), key.toString('base64'), key.toString('base64url')];
    const outputs: unknown[] = [];
    const record = async (method: MethodName, input: unknown = {}) => outputs.push(await t.core.dispatch(method, input));
    const bo = await t.call('members.add', { displayName: 'Bo', passphrase: OTHER_PASSPHRASE });
    const inputs: Partial<Record<MethodName, unknown>> = {
      'app.setLocale': { locale: 'en' },
      'dialog.pickFolder': { purpose: 'openVault' },
      'vaults.inspect': { path: folder },
      'vaults.add': { folder: await t.chooseFolder('openVault', folder) },
      'vault.setIdleLock': { minutes: 5 },
      'vault.backup': { folder: await t.chooseFolder('backupTarget', join(t.root, 'out')) },
      'members.changePassphrase': { current: STRONG_PASSPHRASE, next: 'hooiberg tandwiel paraplu' },
      'members.remove': { memberId: bo.id },
      'members.add': { displayName: 'Dirk', passphrase: 'zonnebloem veerpont klarinet' },
      'audit.list': { limit: 100 },
      ...(await caseInputs(t)),
      ...(await sessionInputs(t, session.member.id)),
    };
    const skip = new Set<MethodName>([
      'recovery.regenerate',
      'vault.lock',
      'vaults.forget',
      'vault.create',
      'vault.unlock',
      'vault.unlockWithRecovery',
      'vault.restore',
      'members.resetPassphrase',
    ]);
    // Methods without inputs here (newer features) are still called: a refusal is fine, a leaked key is not.
    const mustSucceed = new Map<number, MethodName>();
    for (const method of Object.keys(contract) as MethodName[]) {
      if (skip.has(method)) continue;
      if (inputs[method] !== undefined || contract[method].input.safeParse({}).success) mustSucceed.set(outputs.length, method);
      await record(method, inputs[method] ?? {});
    }
    const loopEnd = outputs.length;
    await record('vault.lock');
    await record('vault.unlockWithRecovery', { path: folder, memberId: session.member.id, recoveryCode });
    await record('members.resetPassphrase', { passphrase: STRONG_PASSPHRASE });
    await record('recovery.regenerate');
    await record('vault.verify');
    await record('vault.lock');
    await record('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    await record('vault.lock');
    const automatic = { vault: folder, backup: (await fs.readdir(join(folder, 'backups')))[0] ?? '' };
    await record('vault.restore', { backup: automatic, folder: await t.chooseFolder('restoreTarget', join(t.root, 'r')) });
    await record('vault.create', {
      folder: await t.chooseFolder('newVault', join(t.root, 'new')),
      label: 'N',
      memberName: 'Cas',
      passphrase: STRONG_PASSPHRASE,
    });
    await record('vaults.forget', { path: folder });
    const text = JSON.stringify(outputs);
    const failed = outputs.flatMap((o, index) =>
      (mustSucceed.has(index) || index >= loopEnd) && !(o as { ok: boolean }).ok ? [[mustSucceed.get(index) ?? index, o]] : [],
    );
    expect(failed).toEqual([]);
    for (const form of forms) expect(text).not.toContain(form);
    expect(t.events.length).toBeGreaterThan(0);
    for (const form of forms) expect(JSON.stringify(t.events)).not.toContain(form);
  });
});

/** Inputs for the case and map methods, on cases made beforehand (one of them to be deleted). */
async function caseInputs(t: Awaited<ReturnType<typeof createTestCore>>): Promise<Partial<Record<MethodName, unknown>>> {
  const kept = await t.call('cases.create', { pseudonym: 'Kept', phase: '0-6m' });
  const doomed = await t.call('cases.create', { pseudonym: 'Doomed', phase: '0-6m' });
  const person = await t.call('people.save', { caseId: kept.id, role: 'parent', pseudonym: 'M' });
  const partner = await t.call('chain.save', { caseId: kept.id, type: 'gp' });
  const factorFields = {
    caseId: kept.id,
    sector: 'external',
    category: 'housing',
    otherLabel: null,
    text: 'Lives in one room',
    kind: 'observation',
    voice: 'parent',
    chainPartnerId: null,
    pressure: 'moderate',
    duration: 'prolonged',
    buffered: 'no',
    tags: [],
    status: 'current',
  };
  const factor = await t.call('factors.save', factorFields);
  const snapshot = await t.call('snapshots.take', { caseId: kept.id });
  return {
    'cases.get': { id: kept.id },
    'cases.create': { pseudonym: 'New', phase: 'pregnancy', pregnancyWeek: 20 },
    'cases.update': { id: kept.id, contextNote: 'context' },
    'cases.setStatus': { id: kept.id, status: 'closed' },
    'cases.delete': { id: doomed.id, confirmPseudonym: 'Doomed' },
    'people.save': { caseId: kept.id, role: 'child', pseudonym: 'K' },
    'people.remove': { id: person.id },
    'factors.save': factorFields,
    'factors.place': { id: factor.id, placement: { radial: 0.5, along: 0.5 } },
    'factors.remove': { id: factor.id },
    'chain.save': { caseId: kept.id, type: 'midwife' },
    'chain.remove': { id: partner.id },
    'snapshots.take': { caseId: kept.id },
    'snapshots.get': { id: snapshot.id },
  };
}

/** Inputs for the sessions and action-point methods, on a case and sessions made beforehand. */
async function sessionInputs(t: Awaited<ReturnType<typeof createTestCore>>, memberId: string): Promise<Partial<Record<MethodName, unknown>>> {
  const held = await t.call('cases.create', { pseudonym: 'Held', phase: '0-6m' });
  const phases = builtInMethod('what-and-why')?.phases ?? [];
  const method = await t.call('methods.save', { name: { nl: 'Eigen', en: 'Own' }, description: { nl: '', en: '' }, phases });
  const plan = { caseId: held.id, methodId: 'what-and-why', participants: [{ memberId }, { guestInitials: 'JD' }], roles: { caseHolder: 0, facilitator: 1 } };
  const running = await t.call('sessions.create', plan);
  await t.call('sessions.control', { id: running.id, action: 'begin' });
  const doomed = await t.call('sessions.create', plan);
  const note = await t.call('contributions.save', { sessionId: running.id, phaseKey: 'silent-round', kind: 'observation', text: 'Note', hidden: true });
  const action = await t.call('actions.save', { caseId: held.id, text: 'Call the GP' });
  return {
    'methods.save': { id: method.id, name: { nl: 'Eigen 2', en: 'Own 2' }, description: { nl: '', en: '' }, phases },
    'methods.remove': { id: method.id },
    'sessions.get': { id: running.id },
    'sessions.create': plan,
    'sessions.update': { id: running.id, question: 'What now?' },
    'sessions.control': { id: running.id, action: 'next' },
    'sessions.delete': { id: doomed.id },
    'contributions.save': { sessionId: running.id, phaseKey: 'why', kind: 'hypothesis', text: 'Tired', perspective: 'parent' },
    'contributions.remove': { id: note.id },
    'contributions.reveal': { sessionId: running.id, phaseKey: 'silent-round' },
    'sessions.saveOutcome': { id: running.id, takeAway: 'Ask first' },
    'actions.save': { caseId: held.id, text: 'Visit' },
    'actions.remove': { id: action.id },
  };
}
