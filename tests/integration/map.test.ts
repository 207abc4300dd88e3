import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_CATALOG, FACTOR_KINDS, STRESS_SECTORS, type Factor } from '../../shared/domain/case';
import { cumulativeView, diffMaps, stressKindOf } from '../../shared/domain/map';
import { factorInput, issuePaths, newCase } from './support/caseFixture';
import { createTestCore, createTestVault, type TestCore } from './support/vaultFixture';

async function vaultWithCase(pseudonym = 'Familie Noord') {
  const t = await createTestCore();
  await createTestVault(t);
  return { t, made: await newCase(t, pseudonym) };
}

function nextDay(t: TestCore, hour = 9): void {
  const next = new Date(t.clock.now.getTime() + 24 * 60 * 60 * 1000);
  next.setUTCHours(hour, 0, 0, 0);
  t.clock.now = next;
}

async function snapshotReasons(t: TestCore, caseId: string): Promise<string[]> {
  return (await t.call('cases.get', { id: caseId })).snapshots.map((s) => s.reason);
}

describe('the relational map', () => {
  it('holds factors in all four sectors, of every kind, and buffers of every category', async () => {
    const { t, made } = await vaultWithCase();
    const saved: Factor[] = [];
    for (const [index, sector] of STRESS_SECTORS.entries()) {
      for (const kind of FACTOR_KINDS) {
        const category = CATEGORY_CATALOG[sector][index % (CATEGORY_CATALOG[sector].length - 1)] ?? 'other';
        saved.push(
          await t.call(
            'factors.save',
            factorInput(made.id, { sector, category, kind, text: `${sector} ${kind}`, voice: kind === 'parent-words' ? 'parent' : 'professional' }),
          ),
        );
      }
    }
    for (const category of CATEGORY_CATALOG.buffer) {
      // A buffer says nothing about pressure, duration or buffering, even when a form sends them.
      const buffer = await t.call(
        'factors.save',
        factorInput(made.id, {
          sector: 'buffer',
          category,
          otherLabel: category === 'other' ? 'Geloofsgemeenschap' : null,
          kind: 'observation',
          pressure: 'heavy',
          duration: 'prolonged',
          buffered: 'no',
        }),
      );
      expect(buffer).toMatchObject({ pressure: null, duration: null, buffered: null });
      expect(stressKindOf(buffer)).toBeNull();
      saved.push(buffer);
    }
    const detail = await t.call('cases.get', { id: made.id });
    expect(detail.factors).toEqual(saved);
    expect(new Set(detail.factors.map((f) => f.sector))).toEqual(new Set(['external', 'child', 'parent', 'professional', 'buffer']));
    expect(new Set(detail.factors.map((f) => f.kind))).toEqual(new Set(FACTOR_KINDS));
    expect(detail.factors.find((f) => f.category === 'other')?.otherLabel).toBe('Geloofsgemeenschap');
    // prolonged and partly buffered (the default input): tolerable, described on the factor, never on the family
    expect(stressKindOf(saved[0] as Factor)).toBe('tolerable');
    expect((await t.call('cases.list', {}))[0]?.factorCount).toBe(saved.length);
  });

  it("the professionals' sector keeps its working relation, never a stress kind, through snapshots, export and import", async () => {
    const { t, made } = await vaultWithCase('Familie Linde');
    // A form that sends stress fields for the professionals' sector: they are dropped, the working relation kept.
    const strained = await t.call(
      'factors.save',
      factorInput(made.id, {
        sector: 'professional',
        category: 'trust',
        text: 'Moeder zegt dat ze niet meer gelooft dat wij helpen',
        kind: 'parent-words',
        voice: 'parent',
        pressure: 'heavy',
        duration: 'prolonged',
        buffered: 'no',
        traumatic: true,
        workingRelation: 'strained',
      }),
    );
    expect(strained).toMatchObject({ workingRelation: 'strained', pressure: null, duration: null, buffered: null });
    expect(strained.traumatic ?? false).toBe(false);
    expect(stressKindOf(strained)).toBeNull();
    // Another sector never carries one.
    const housing = await t.call('factors.save', factorInput(made.id, { workingRelation: 'broken' }));
    expect(housing).not.toHaveProperty('workingRelation');
    const view = cumulativeView((await t.call('cases.get', { id: made.id })).factors);
    expect(view).toMatchObject({ stressors: 1, groups: ['external'], professional: { total: 1, strained: 1 } });

    const meta = await t.call('snapshots.take', { caseId: made.id });
    const snapshot = await t.call('snapshots.get', { id: meta.id });
    expect(snapshot.state.factors.find((f) => f.id === strained.id)).toMatchObject({ workingRelation: 'strained' });

    const b = await createTestCore();
    await createTestVault(b, 'vault-b', 'Bram');
    const file = join(t.root, 'linde.dyade');
    const passphrase = 'zeven blauwe reigers boven de polder';
    await t.call('exchange.export', { caseIds: [made.id], passphrase, file: await t.chooseSaveFile('exchange', file) });
    await b.call('exchange.import', { file: await b.chooseOpenFile(file), passphrase });
    const theirs = (await b.call('cases.get', { id: made.id })).factors.find((f) => f.id === strained.id);
    expect(theirs).toMatchObject({ workingRelation: 'strained', pressure: null });
  });

  it('refuses a category outside its sector, other without a label, a chain voice without its partner', async () => {
    const { t, made } = await vaultWithCase();
    const error = await t.fail('factors.save', factorInput(made.id, { sector: 'child', category: 'housing' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(issuePaths(error)).toEqual(['category']);
    expect(issuePaths(await t.fail('factors.save', factorInput(made.id, { category: 'other', otherLabel: '  ' })))).toEqual(['otherLabel']);
    expect(issuePaths(await t.fail('factors.save', factorInput(made.id, { voice: 'chain' })))).toEqual(['chainPartnerId']);
    expect(issuePaths(await t.fail('factors.save', factorInput(made.id, { text: 'x'.repeat(20_001) })))).toEqual(['text']);
    expect(issuePaths(await t.fail('factors.save', factorInput(made.id, { tags: ['high-risk'] as never })))).toEqual(['tags.0']);
    // A chain partner of another case is not a voice in this one.
    const other = await newCase(t, 'Ander');
    const elsewhere = await t.call('chain.save', { caseId: other.id, type: 'gp' });
    const foreign = await t.fail('factors.save', factorInput(made.id, { voice: 'chain', chainPartnerId: elsewhere.id }));
    expect(foreign.code).toBe('INVALID_INPUT');
    expect(issuePaths(foreign)).toEqual(['chainPartnerId']);
    expect((await t.fail('factors.save', factorInput(randomUUID()))).code).toBe('NOT_FOUND');
    expect((await t.call('cases.get', { id: made.id })).factors).toEqual([]);
  });

  it('edits, places, removes and re-creates a factor with its id (undo); normalises what does not apply', async () => {
    const { t, made } = await vaultWithCase();
    const other = await newCase(t, 'Ander');
    const sessionId = randomUUID();
    const first = await t.call(
      'factors.save',
      factorInput(made.id, { tags: ['els-poverty', 'els-poverty', 'ace-household-addiction'], placement: { radial: 0.2, along: 0.4 }, sessionId }),
    );
    expect(first.tags).toEqual(['els-poverty', 'ace-household-addiction']);
    expect(first).toMatchObject({ placement: { radial: 0.2, along: 0.4 }, sessionId, otherLabel: null });

    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    // The session it was added in stays; a label without 'other' is dropped; the placement is as sent.
    const edited = await t.call(
      'factors.save',
      factorInput(made.id, {
        id: first.id,
        text: 'Huur achterstand',
        otherLabel: 'stray',
        duration: 'brief',
        status: 'resolved',
        placement: first.placement,
        sessionId: null,
      }),
    );
    expect(edited).toMatchObject({
      id: first.id,
      text: 'Huur achterstand',
      otherLabel: null,
      placement: { radial: 0.2, along: 0.4 },
      sessionId,
      status: 'resolved',
      createdAt: first.createdAt,
      updatedAt: t.clock.now.toISOString(),
    });
    // No placement: laid out automatically again (a new sector, or undoing the first drag).
    expect(
      (
        await t.call('factors.save', {
          ...factorInput(made.id, { id: first.id, text: 'Huur achterstand', duration: 'brief', status: 'resolved' }),
          placement: null,
        })
      ).placement,
    ).toBeNull();
    await t.call('factors.place', { id: first.id, placement: { radial: 0.2, along: 0.4 } });
    expect(stressKindOf(edited)).toBe('positive');
    expect((await t.fail('factors.save', factorInput(other.id, { id: first.id }))).code).toBe('NOT_FOUND');

    const placed = await t.call('factors.place', { id: first.id, placement: { radial: 1, along: 0 } });
    expect(placed).toEqual({ ...edited, placement: { radial: 1, along: 0 }, updatedAt: placed.updatedAt });
    expect(issuePaths(await t.fail('factors.place', { id: first.id, placement: { radial: 1.5, along: 0 } }))).toEqual(['placement.radial']);
    expect((await t.fail('factors.place', { id: randomUUID(), placement: { radial: 0, along: 0 } })).code).toBe('NOT_FOUND');

    await t.call('factors.remove', { id: first.id });
    expect((await t.call('cases.get', { id: made.id })).factors).toEqual([]);
    expect((await t.fail('factors.remove', { id: first.id })).code).toBe('NOT_FOUND');
    const restored = await t.call('factors.save', {
      ...factorInput(made.id, { text: 'Huur achterstand', duration: 'brief', status: 'resolved', tags: placed.tags }),
      id: first.id,
      placement: placed.placement,
      sessionId,
    });
    expect(restored).toMatchObject({ id: first.id, text: 'Huur achterstand', placement: placed.placement, sessionId });
    expect((await t.call('cases.get', { id: made.id })).factors.map((f) => f.id)).toEqual([first.id]);
  });

  it('chain partners: saved, edited, refused across cases; removing one moves its words to the professional voice', async () => {
    const { t, made } = await vaultWithCase();
    const other = await newCase(t, 'Ander');
    const midwife = await t.call('chain.save', {
      caseId: made.id,
      type: 'midwife',
      label: ' Verloskundigenpraktijk Oost ',
      relationship: 'Vertrouwd, ziet moeder wekelijks',
      alreadyAsked: 'Vroeg naar slaap',
      lastContact: '2025-02-27',
    });
    expect(midwife).toMatchObject({ label: 'Verloskundigenpraktijk Oost', type: 'midwife', lastContact: '2025-02-27' });
    const youthCare = await t.call('chain.save', { caseId: made.id, type: 'youth-care' });
    expect(youthCare).toMatchObject({ label: '', relationship: '', alreadyAsked: '', lastContact: null });
    const edited = await t.call('chain.save', { caseId: made.id, id: youthCare.id, type: 'youth-care', relationship: 'Nog geen contact' });
    expect(edited).toMatchObject({ id: youthCare.id, relationship: 'Nog geen contact', createdAt: youthCare.createdAt });
    expect((await t.fail('chain.save', { caseId: other.id, id: midwife.id, type: 'gp' })).code).toBe('NOT_FOUND');
    expect(issuePaths(await t.fail('chain.save', { caseId: made.id, type: 'police' }))).toEqual(['type']);
    expect(issuePaths(await t.fail('chain.save', { caseId: made.id, type: 'gp', lastContact: 'gisteren' }))).toEqual(['lastContact']);

    const spoken = await t.call(
      'factors.save',
      factorInput(made.id, { sector: 'professional', category: 'trust', voice: 'chain', chainPartnerId: midwife.id, text: 'Moeder vertelt haar meer dan ons' }),
    );
    const untouched = await t.call('factors.save', factorInput(made.id, { voice: 'chain', chainPartnerId: youthCare.id }));
    // A chain partner only means something with the chain voice.
    expect((await t.call('factors.save', factorInput(made.id, { voice: 'parent', chainPartnerId: midwife.id }))).chainPartnerId).toBeNull();

    await t.call('chain.remove', { id: midwife.id });
    const detail = await t.call('cases.get', { id: made.id });
    expect(detail.chain.map((c) => c.id)).toEqual([youthCare.id]);
    expect(detail.factors.find((f) => f.id === spoken.id)).toMatchObject({
      voice: 'professional',
      chainPartnerId: null,
      text: 'Moeder vertelt haar meer dan ons',
    });
    expect(detail.factors.find((f) => f.id === untouched.id)).toMatchObject({ voice: 'chain', chainPartnerId: youthCare.id });
    expect((await t.fail('chain.remove', { id: midwife.id })).code).toBe('NOT_FOUND');
    // Undo of the removal: the partner comes back with its id and can be named again.
    await t.call('chain.save', { caseId: made.id, id: midwife.id, type: 'midwife' });
    expect(
      (
        await t.call(
          'factors.save',
          factorInput(made.id, { id: spoken.id, sector: 'professional', category: 'trust', voice: 'chain', chainPartnerId: midwife.id }),
        )
      ).voice,
    ).toBe('chain');
  });

  it('snapshots: taken by hand, listed without state, read back whole, compared', async () => {
    const { t, made } = await vaultWithCase();
    const gp = await t.call('chain.save', { caseId: made.id, type: 'gp' });
    const kept = await t.call('factors.save', factorInput(made.id));
    const changed = await t.call('factors.save', factorInput(made.id, { sector: 'parent', category: 'psychological-problems', kind: 'hypothesis' }));
    const removed = await t.call('factors.save', factorInput(made.id, { sector: 'buffer', category: 'partner' }));
    await t.call('factors.save', factorInput(made.id, { status: 'resolved' }));
    await t.call('relationship.save', { caseId: made.id, now: 'Zoekt contact' });
    const meta = await t.call('snapshots.take', { caseId: made.id, label: ' Voor de intervisie ' });
    expect(meta).toMatchObject({ caseId: made.id, reason: 'manual', label: 'Voor de intervisie', takenAt: t.clock.now.toISOString(), factorCount: 3 });
    const before = await t.call('cases.get', { id: made.id });
    expect(before.snapshots).toEqual([meta]);
    expect(before.snapshots[0]).not.toHaveProperty('state');

    const snapshot = await t.call('snapshots.get', { id: meta.id });
    expect(snapshot).toEqual({ ...meta, state: { relationship: before.case.relationship, factors: before.factors, chain: before.chain } });
    expect(snapshot.state.chain).toEqual([gp]);

    await t.call('factors.save', factorInput(made.id, { id: changed.id, sector: 'parent', category: 'psychological-problems', kind: 'observation' }));
    await t.call('factors.remove', { id: removed.id });
    const added = await t.call('factors.save', factorInput(made.id, { sector: 'child', category: 'temperament' }));
    await t.call('factors.place', { id: kept.id, placement: { radial: 0.9, along: 0.9 } });
    const later = await t.call('snapshots.take', { caseId: made.id });
    const diff = diffMaps(snapshot.state, (await t.call('snapshots.get', { id: later.id })).state);
    expect(diff.markedFactorIds).toEqual({ added: [added.id], removed: [removed.id], changed: [changed.id] });
    expect(diff.factors.changed[0]?.fields.map((f) => f.field)).toEqual(['kind']);

    expect((await t.fail('snapshots.get', { id: randomUUID() })).code).toBe('NOT_FOUND');
    expect((await t.fail('snapshots.take', { caseId: randomUUID() })).code).toBe('NOT_FOUND');
    expect(issuePaths(await t.fail('snapshots.take', { caseId: made.id, label: 'x'.repeat(121) }))).toEqual(['label']);
  });

  it('keeps the map as it was before the first change of a day, at most once a day, and not when empty', async () => {
    const { t, made } = await vaultWithCase();
    // Day 1: the map starts empty; nothing to keep all day.
    const first = await t.call('factors.save', factorInput(made.id, { text: 'een' }));
    await t.call('factors.save', factorInput(made.id, { text: 'twee' }));
    await t.call('relationship.save', { caseId: made.id, now: 'Rustig' });
    expect(await snapshotReasons(t, made.id)).toEqual([]);

    // Day 2: changes that are not the map (people, the context note, the status) keep nothing.
    nextDay(t);
    await t.call('people.save', { caseId: made.id, role: 'child', pseudonym: 'K' });
    await t.call('cases.update', { id: made.id, contextNote: 'Verhuisd' });
    await t.call('cases.setStatus', { id: made.id, status: 'open' });
    expect(await snapshotReasons(t, made.id)).toEqual([]);
    // The first map change keeps the map as it stood; later ones that day do not.
    const beforeEdit = await t.call('cases.get', { id: made.id });
    await t.call('factors.save', factorInput(made.id, { id: first.id, text: 'een, aangepast' }));
    t.clock.now = new Date(t.clock.now.getTime() + 3 * 60 * 60 * 1000);
    await t.call('factors.remove', { id: first.id });
    await t.call('chain.save', { caseId: made.id, type: 'gp' });
    const day2 = (await t.call('cases.get', { id: made.id })).snapshots;
    expect(day2.map((s) => s.reason)).toEqual(['daily']);
    expect(day2[0]).toMatchObject({ takenAt: '2025-03-02T09:00:00.000Z', factorCount: 2, label: '' });
    const kept = await t.call('snapshots.get', { id: day2[0]?.id });
    expect(kept.state).toEqual({ relationship: beforeEdit.case.relationship, factors: beforeEdit.factors, chain: [] });

    // Day 3: each kind of map change triggers it: here the relationship.
    nextDay(t, 23);
    await t.call('relationship.save', { caseId: made.id, goesWell: 'Lacht naar haar' });
    await t.call('relationship.save', { caseId: made.id, goesWell: 'Lacht vaak naar haar' });
    expect(await snapshotReasons(t, made.id)).toEqual(['daily', 'daily']);
    // Day 4: dragging and the chain count as changes of the map too.
    nextDay(t, 0);
    const chainPartner = (await t.call('cases.get', { id: made.id })).chain[0];
    await t.call('chain.remove', { id: chainPartner?.id });
    expect(await snapshotReasons(t, made.id)).toEqual(['daily', 'daily', 'daily']);

    // Day 5: a snapshot by hand before the first change already shows the day's starting map.
    nextDay(t);
    await t.call('snapshots.take', { caseId: made.id, label: 'start intervisie' });
    await t.call('factors.save', factorInput(made.id, { text: 'drie' }));
    expect(await snapshotReasons(t, made.id)).toEqual(['daily', 'daily', 'daily', 'manual']);

    // Day 6: a map emptied earlier has nothing to keep.
    nextDay(t);
    for (const factor of (await t.call('cases.get', { id: made.id })).factors) await t.call('factors.remove', { id: factor.id });
    await t.call('relationship.save', { caseId: made.id, now: '', goesWell: '', worries: '' });
    nextDay(t);
    await t.call('factors.save', factorInput(made.id, { text: 'opnieuw' }));
    expect(await snapshotReasons(t, made.id)).toEqual(['daily', 'daily', 'daily', 'manual', 'daily']);
  });
});
