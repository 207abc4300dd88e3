import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKysely, migrateVault, schemaState } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openVaultDatabase } from '../../electron/core/db/database';
import { newDataKey } from '../../electron/core/vault/keys';
import { newCase } from './support/caseFixture';
import { createTestCore, createTestVault, makeTempDir, OTHER_PASSPHRASE } from './support/vaultFixture';

const TEAM = 'zeven blauwe reigers boven de polder';

let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env['TZ'];
  process.env['TZ'] = 'Europe/Amsterdam';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = savedTz;
});

/** A vault with Anna (unlocked) and Bo, two cases, and a meeting on Thursday 17 December 2026 at 14:00. */
async function team() {
  const t = await createTestCore();
  const vault = await createTestVault(t);
  const anna = vault.session.member;
  const bo = await t.call('members.add', { displayName: 'Bo', passphrase: OTHER_PASSPHRASE });
  const noord = await newCase(t, 'Familie Noord');
  const zuid = await newCase(t, 'Gezin Zuid');
  const meeting = await t.call('meetings.save', { date: '2026-12-17', startTime: '14:00', title: 'Intervisie team Noord', place: 'Wijkgebouw' });
  return { t, vault, anna, bo, noord, zuid, meeting };
}

function item(meetingId: string, caseId: string, holderId: string, overrides: Record<string, unknown> = {}) {
  return {
    meetingId,
    caseId,
    methodId: 'what-and-why',
    caseHolder: { memberId: holderId },
    question: 'Hoe steun ik moeder zonder het over te nemen?',
    tried: 'Twee huisbezoeken samen met de verloskundige.',
    startTime: '14:00',
    minutes: 45,
    ...overrides,
  };
}

describe('meetings and their agenda', () => {
  it('plans a meeting with two cases in time slots, reorders them, moves the day along, and starts one on the day', async () => {
    const { t, anna, bo, noord, zuid, meeting } = await team();
    expect(meeting).toMatchObject({ date: '2026-12-17', startTime: '14:00', title: 'Intervisie team Noord', place: 'Wijkgebouw' });

    const first = await t.call('agenda.save', item(meeting.id, noord.id, anna.id));
    const second = await t.call(
      'agenda.save',
      item(meeting.id, zuid.id, bo.id, { question: 'Wat vraagt vader eigenlijk?', tried: '', startTime: '14:45', minutes: 60 }),
    );
    expect(first).toMatchObject({
      casePseudonym: 'Familie Noord',
      caseHolderName: 'Anna',
      caseHolderMemberId: anna.id,
      position: 0,
      status: 'planned',
      minutes: 45,
    });
    expect(second).toMatchObject({ casePseudonym: 'Gezin Zuid', caseHolderName: 'Bo', position: 1, startTime: '14:45' });

    // The agenda item is the planned session: the question and what was tried are typed once.
    const planned = (await t.call('sessions.get', { id: first.sessionId })).session;
    expect(planned).toMatchObject({
      status: 'planned',
      date: '2026-12-17',
      startTime: '14:00',
      meetingId: meeting.id,
      slotMinutes: 45,
      agendaPosition: 0,
      question: 'Hoe steun ik moeder zonder het over te nemen?',
      tried: 'Twee huisbezoeken samen met de verloskundige.',
    });
    expect(planned.participants.map((p) => p.name)).toEqual(['Anna']);
    expect(planned.roles.caseHolder).toBe(planned.participants[0]?.id);
    const listed = await t.call('sessions.list', { caseId: noord.id });
    expect(listed.map((s) => [s.date, s.startTime, s.meetingId])).toEqual([['2026-12-17', '14:00', meeting.id]]);

    // Listing from a day leaves out the meetings before it.
    const earlier = await t.call('meetings.save', { date: '2026-12-03', startTime: '09:30' });
    expect((await t.call('meetings.list', {})).map((m) => m.id)).toEqual([earlier.id, meeting.id]);
    const upcoming = await t.call('meetings.list', { from: '2026-12-10' });
    expect(upcoming.map((m) => [m.id, m.items.map((i) => i.casePseudonym)])).toEqual([[meeting.id, ['Familie Noord', 'Gezin Zuid']]]);

    // Reorder: Zuid first.
    const moved = await t.call('agenda.move', { sessionId: second.sessionId, direction: 'earlier' });
    expect(moved.items.map((i) => [i.casePseudonym, i.position])).toEqual([
      ['Gezin Zuid', 0],
      ['Familie Noord', 1],
    ]);
    // Moving the first one earlier changes nothing.
    expect((await t.call('agenda.move', { sessionId: second.sessionId, direction: 'earlier' })).items.map((i) => i.casePseudonym)).toEqual([
      'Gezin Zuid',
      'Familie Noord',
    ]);

    // Change an item: another case holder, another question; still one participant, the holder.
    const changed = await t.call('agenda.save', { ...item(meeting.id, noord.id, bo.id, { question: 'Wat heeft moeder nodig?' }), sessionId: first.sessionId });
    expect(changed).toMatchObject({ caseHolderName: 'Bo', question: 'Wat heeft moeder nodig?', position: 1 });

    // The meeting moves a week: its planned sessions move along.
    await t.call('meetings.save', { id: meeting.id, date: '2026-12-24', startTime: '14:00', title: 'Intervisie team Noord', place: '' });
    expect((await t.call('sessions.get', { id: first.sessionId })).session.date).toBe('2026-12-24');
    expect(await t.fail('sessions.update', { id: first.sessionId, date: '2026-12-25' })).toMatchObject({ code: 'INVALID_INPUT' });

    // On the day: who takes part is chosen, then the session begins; its item can no longer change.
    await t.call('sessions.update', {
      id: second.sessionId,
      participants: [{ memberId: bo.id }, { memberId: anna.id }, { guestInitials: 'kv' }],
      roles: { caseHolder: 0, facilitator: 1, timekeeper: 2, scribe: null },
    });
    const begun = await t.call('sessions.control', { id: second.sessionId, action: 'begin' });
    expect(begun).toMatchObject({ status: 'running', meetingId: meeting.id, question: 'Wat vraagt vader eigenlijk?' });
    expect((await t.call('meetings.get', { id: meeting.id })).items.map((i) => i.status)).toEqual(['running', 'planned']);
    expect(await t.fail('agenda.save', { ...item(meeting.id, zuid.id, bo.id), sessionId: second.sessionId })).toMatchObject({ code: 'CONFLICT' });

    // Off the agenda: the session stays, planned, on its own.
    expect(await t.fail('meetings.remove', { id: meeting.id })).toMatchObject({ code: 'CONFLICT' });
    await t.call('agenda.remove', { sessionId: first.sessionId });
    expect((await t.call('sessions.get', { id: first.sessionId })).session).toMatchObject({ status: 'planned', meetingId: null, date: '2026-12-24' });
    expect((await t.call('meetings.get', { id: meeting.id })).items.map((i) => i.casePseudonym)).toEqual(['Gezin Zuid']);
    await t.call('meetings.remove', { id: earlier.id });
    expect(await t.fail('meetings.get', { id: earlier.id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses bad input with the field named and keeps the agenda as it was', async () => {
    const { t, anna, noord, meeting } = await team();
    expect(await t.fail('meetings.save', { date: '17-12-2026', startTime: '14:00' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await t.fail('meetings.save', { date: '2026-12-17', startTime: '25:00' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await t.fail('agenda.save', item(meeting.id, noord.id, anna.id, { minutes: 2 }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await t.fail('agenda.save', item(meeting.id, noord.id, anna.id, { methodId: 'nope' }))).toMatchObject({ code: 'INVALID_INPUT' });
    const wrong = await t.fail('agenda.save', item(meeting.id, noord.id, '00000000-0000-4000-8000-000000000000'));
    expect(wrong.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(wrong.details)).toContain('caseHolder');
    expect((await t.call('meetings.get', { id: meeting.id })).items).toEqual([]);
    // A guest can hold a case.
    expect(await t.call('agenda.save', item(meeting.id, noord.id, anna.id, { caseHolder: { guestInitials: 'jd' } }))).toMatchObject({
      caseHolderName: 'JD',
      caseHolderMemberId: null,
    });
  });

  it('a session planned on its own has a day and a start time too', async () => {
    const { t, anna, noord } = await team();
    const own = await t.call('sessions.create', {
      caseId: noord.id,
      methodId: 'what-and-why',
      participants: [{ memberId: anna.id }],
      roles: { caseHolder: 0, facilitator: 0 },
      date: '2026-12-15',
      startTime: '10:30',
      tried: 'Gebeld met de huisarts',
    });
    expect(own).toMatchObject({ date: '2026-12-15', startTime: '10:30', meetingId: null, tried: 'Gebeld met de huisarts' });
    // Without a day: the local day and time of now (the test clock: 1 March 2025, 09:00 UTC = 10:00 in Amsterdam).
    const now = await t.call('sessions.create', {
      caseId: noord.id,
      methodId: 'what-and-why',
      participants: [{ memberId: anna.id }],
      roles: { caseHolder: 0, facilitator: 0 },
    });
    expect(now).toMatchObject({ date: '2025-03-01' });
    expect(now.startTime).toMatch(/^\d{2}:\d{2}$/);
  });

  it('erasing a case takes its agenda items off every meeting; the meeting stays', async () => {
    const { t, anna, noord, zuid, meeting } = await team();
    const gone = await t.call('agenda.save', item(meeting.id, noord.id, anna.id));
    await t.call('agenda.save', item(meeting.id, zuid.id, anna.id, { startTime: '14:45' }));
    await t.call('cases.erase', { id: noord.id, confirmPseudonym: 'Familie Noord' });
    expect((await t.call('meetings.get', { id: meeting.id })).items.map((i) => i.casePseudonym)).toEqual(['Gezin Zuid']);
    expect(await t.fail('sessions.get', { id: gone.sessionId })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('exports a case on an agenda and imports it: the day, time, question and what was tried travel; the meeting does not', async () => {
    const { t: a, anna, noord, meeting } = await team();
    const planned = await a.call('agenda.save', item(meeting.id, noord.id, anna.id));
    const b = await createTestCore();
    await createTestVault(b, 'vault-b', 'Bram');
    const file = join(a.root, 'noord.dyade');
    await a.call('exchange.export', { caseIds: [noord.id], passphrase: TEAM, file: await a.chooseSaveFile('exchange', file) });
    const report = await b.call('exchange.import', { file: await b.chooseOpenFile(file), passphrase: TEAM });
    expect(report.cases[0]).toMatchObject({ isNew: true, conflicts: 0 });
    const there = (await b.call('sessions.get', { id: planned.sessionId })).session;
    expect(there).toMatchObject({
      date: '2026-12-17',
      startTime: '14:00',
      slotMinutes: 45,
      meetingId: null,
      question: 'Hoe steun ik moeder zonder het over te nemen?',
      tried: 'Twee huisbezoeken samen met de verloskundige.',
    });
    expect(await b.call('meetings.list', {})).toEqual([]);

    // Back into the first vault: the meeting is known there, the session stays on its agenda, nothing conflicts.
    const back = join(b.root, 'terug.dyade');
    await b.call('exchange.export', { caseIds: [noord.id], passphrase: TEAM, file: await b.chooseSaveFile('exchange', back) });
    const returned = await a.call('exchange.import', { file: await a.chooseOpenFile(back), passphrase: TEAM });
    expect(returned.cases[0]).toMatchObject({ conflicts: 0 });
    expect((await a.call('meetings.get', { id: meeting.id })).items.map((i) => i.sessionId)).toEqual([planned.sessionId]);
  });
});

describe('0014_meetings', () => {
  it('gives the sessions of a vault at 0009 their local day and start time, and checks the new columns', async () => {
    const db = openVaultDatabase(join(await makeTempDir(), 'vault.db'), newDataKey(), { create: true });
    const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0014')) as Parameters<typeof migrateVault>[2];
    await migrateVault(db, createKysely(db), before);
    const at = '2026-01-01T00:00:00.000Z';
    db.prepare(`INSERT INTO members (id, display_name, added_at) VALUES ('m1', 'Anna', ?)`).run(at);
    db.prepare(
      `INSERT INTO cases (id, pseudonym, pseudonym_folded, phase, holder_id, created_at, updated_at, last_activity_at) VALUES ('c1', 'Zoë', 'zoe', '0-6m', 'm1', ?, ?, ?)`,
    ).run(at, at, at);
    const insert = db.prepare(
      `INSERT INTO sessions (id, case_id, method_id, method, participants, roles, timer, status, started_at, created_at, updated_at) VALUES (?, 'c1', 'what-and-why', '{}', '[]', '{}', '{}', ?, ?, ?, ?)`,
    );
    // Planned at 23:30 UTC on 16 December: 00:30 on the 17th in Amsterdam.
    insert.run('s1', 'planned', null, '2026-12-16T23:30:00.000Z', '2026-12-16T23:30:00.000Z');
    // Planned in May, held on 1 June at 12:00 UTC: 14:00 in summer time.
    insert.run('s2', 'finished', '2026-06-01T12:00:00.000Z', '2026-05-20T08:00:00.000Z', '2026-06-01T13:00:00.000Z');
    db.prepare(
      `INSERT INTO session_contributions (id, session_id, phase_key, kind, text, created_at, updated_at) VALUES ('k1', 's2', 'why', 'idea', 'x', ?, ?)`,
    ).run(at, at);

    await migrateVault(db, createKysely(db));
    expect(schemaState(db)).toEqual({ kind: 'current' });
    expect(db.prepare(`SELECT id, held_on, starts_at, meeting_id, tried FROM sessions ORDER BY id`).all()).toEqual([
      { id: 's1', held_on: '2026-12-17', starts_at: '00:30', meeting_id: null, tried: '' },
      { id: 's2', held_on: '2026-06-01', starts_at: '14:00', meeting_id: null, tried: '' },
    ]);
    expect(db.prepare(`SELECT count(*) FROM session_contributions`).pluck().get()).toBe(1);

    // The new columns refuse what the app would refuse; a meeting removed leaves its sessions standing.
    expect(() => db.prepare(`UPDATE sessions SET held_on = '17-12-2026' WHERE id = 's1'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE sessions SET starts_at = '2pm' WHERE id = 's1'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE sessions SET slot_minutes = 1 WHERE id = 's1'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE sessions SET meeting_id = 'nope' WHERE id = 's1'`).run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`INSERT INTO meetings (id, held_on, starts_at, created_at, updated_at) VALUES ('x', 'morgen', '14:00', ?, ?)`).run(at, at)).toThrow(
      /CHECK/,
    );
    db.prepare(`INSERT INTO meetings (id, held_on, starts_at, created_at, updated_at) VALUES ('g1', '2026-12-17', '14:00', ?, ?)`).run(at, at);
    db.prepare(`UPDATE sessions SET meeting_id = 'g1', agenda_position = 0 WHERE id = 's1'`).run();
    db.prepare(`DELETE FROM meetings WHERE id = 'g1'`).run();
    expect(db.prepare(`SELECT meeting_id FROM sessions WHERE id = 's1'`).pluck().get()).toBeNull();
    db.close();
  });
});
