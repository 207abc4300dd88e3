import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { translations } from '../../shared/i18n';
import { axeViolations, closeBrowser, launchApp, outsideRequests, SCREENSHOT_DIR, type LaunchedApp } from './harness';

const ANNA = 'stille rivier draagt oude boten';
const BRAM = 'groene lantaarn boven natte klinkers';
const TEAM = 'zeven blauwe reigers boven de polder';
const QUESTION = 'Hoe steun ik moeder zonder het over te nemen?';
const ACTIONS = ['Huisbezoek plannen met de verloskundige', 'Consultatiebureau bellen over het ritme'];

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

async function dispatch<T = { id: string }>(a: LaunchedApp, method: string, input: unknown): Promise<T> {
  const result = await a.core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

function factor(caseId: string, text: string, id?: string) {
  return {
    caseId,
    ...(id ? { id } : {}),
    sector: 'external',
    category: 'housing',
    otherLabel: null,
    text,
    kind: 'observation',
    voice: 'professional',
    chainPartnerId: null,
    pressure: 'moderate',
    duration: 'prolonged',
    buffered: 'partly',
    tags: [],
    status: 'current',
  };
}

/** Vault A with two cases (one holding a BSN and a phone number) and a finished session with actions. */
async function seedVaultA(a: LaunchedApp) {
  const created = await dispatch<{ session: { member: { id: string } } }>(a, 'vault.create', {
    folder: await a.chooseFolder('newVault', join(a.vaultDir, 'a')),
    label: 'Team Noord',
    memberName: 'Anna',
    passphrase: ANNA,
  });
  const eik = await dispatch(a, 'cases.create', { pseudonym: 'Gezin Eik', phase: '0-6m', contextNote: 'BSN 123456782 stond in de verwijzing' });
  await dispatch(a, 'people.save', { caseId: eik.id, role: 'parent', pseudonym: 'Moeder E', note: 'Bereikbaar op 06-12345678' });
  const housing = await dispatch(a, 'factors.save', factor(eik.id, 'Woont met vier in een kamer'));
  const beuk = await dispatch(a, 'cases.create', { pseudonym: 'Gezin Beuk', phase: 'pregnancy', pregnancyWeek: 30 });
  await dispatch(a, 'factors.save', factor(beuk.id, 'Verhuizing gepland voor de bevalling'));
  const session = await dispatch(a, 'sessions.create', {
    caseId: eik.id,
    methodId: 'what-and-why',
    question: QUESTION,
    participants: [{ memberId: created.session.member.id }, { guestInitials: 'kv' }],
    roles: { caseHolder: 0, facilitator: 1, timekeeper: null, scribe: null },
  });
  await dispatch(a, 'sessions.saveOutcome', { id: session.id, judgment: { intensity: 'ordinary', reasons: 'De buffers zijn sterk' }, takeAway: 'Ritme helpt' });
  for (const text of ACTIONS) await dispatch(a, 'actions.save', { caseId: eik.id, sessionId: session.id, text, ownerName: 'AB' });
  return { memberA: created.session.member.id, eik: eik.id, beuk: beuk.id, housing: housing.id, session: session.id };
}

async function visibleCase(a: LaunchedApp, id: string) {
  const detail = await dispatch<{ case: Record<string, unknown>; people: unknown[]; factors: Array<Record<string, unknown>>; chain: unknown[] }>(
    a,
    'cases.get',
    { id },
  );
  return {
    pseudonym: detail.case.pseudonym,
    contextNote: detail.case.contextNote,
    people: detail.people,
    factors: detail.factors.map((f) => ({ id: f.id, text: f.text, sector: f.sector })),
    chain: detail.chain,
  };
}

async function countCases(a: LaunchedApp): Promise<number> {
  return (await dispatch<unknown[]>(a, 'cases.list', {})).length;
}

describe.each(['nl', 'en'] as const)('sharing without a server, reports and privacy (%s)', (locale) => {
  const t = translations[locale];
  const x = t.exchange;

  it('exports two cases after the privacy check, imports them into another vault, keeps a conflict, refuses bad files, and prints a session PDF', async () => {
    app = await launchApp({ locale, viewport: { width: 1400, height: 950 } });
    const { page } = app;
    const shoot = (name: string) => app!.screenshot(`exchange-${name}-${locale}`);
    const ids = await seedVaultA(app);
    const exchangeFile = join(app.root, 'team.dyade');
    await page.reload();

    // The strength checker's dictionaries (a chunk of their own) arrive only after both passphrase
    // fields are filled, as on a busy machine or with a pasted passphrase: the save button must follow
    // them, not stay disabled. zxcvbn's common-password list is how its chunk is told apart.
    const held: (() => Promise<void>)[] = [];
    let released = false;
    await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (!released && body.includes('trustno1')) held.push(() => route.fulfill({ response, body }));
      else await route.fulfill({ response, body });
    });

    // Export through the UI: choose both cases, the privacy check catches the BSN and the phone number.
    await page.goto(`${app.baseUrl}#/cases`);
    await page.getByRole('button', { name: x.exportButton }).click();
    const exportDialog = page.getByRole('dialog', { name: x.export.title });
    await exportDialog.getByRole('checkbox', { name: x.export.selectAll }).check();
    await exportDialog.getByRole('button', { name: x.export.check }).click();
    const findings = exportDialog.getByTestId('privacy-findings');
    await findings.waitFor();
    // The rows themselves, so a failure shows what an extra finding was.
    await expect.poll(() => findings.locator('tbody tr').allTextContents()).toHaveLength(2);
    expect(await findings.textContent()).toContain('123456782');
    expect(await findings.textContent()).toContain('06-12345678');
    expect(await findings.textContent()).toContain(x.identifiers.bsn);
    expect(await findings.textContent()).toContain(x.identifiers.phone);
    await shoot('export-privacy');
    expect(await axeViolations(page)).toEqual([]);
    await exportDialog.getByRole('button', { name: x.privacy.goOn }).click();
    await exportDialog.getByLabel(x.export.passphrase, { exact: true }).fill(TEAM);
    await exportDialog.getByLabel(x.export.repeat, { exact: true }).fill(TEAM);
    await expect.poll(() => held.length).toBeGreaterThan(0);
    const save = exportDialog.getByRole('button', { name: x.export.save });
    expect(await save.isDisabled()).toBe(true);
    released = true;
    await Promise.all(held.map((release) => release()));
    await expect.poll(() => save.isEnabled()).toBe(true);
    await page.unrouteAll({ behavior: 'wait' });
    await shoot('export-passphrase');
    app.fileAnswers.push(exchangeFile);
    await save.click();
    await exportDialog.getByText(x.export.done_other.split('{{')[0]!.trim(), { exact: false }).waitFor();
    const inA = { eik: await visibleCase(app, ids.eik), beuk: await visibleCase(app, ids.beuk) };

    // The session summary as a PDF of the print view; its text holds the question and the actions.
    await page.goto(`${app.baseUrl}#/print/session/${ids.session}`);
    // The view says when every query has settled (what the PDF printer in main waits for) …
    await page.locator('[data-testid="print-view"] [data-print-state="ready"]').waitFor();
    await page.getByTestId('print-question').waitFor();
    await page.getByTestId('print-actions').waitFor();
    await shoot('report-print-view');
    expect(await axeViolations(page)).toEqual([]);
    const pdfPath = join(SCREENSHOT_DIR, `exchange-session-summary-${locale}.pdf`);
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdfText).toContain(QUESTION);
    for (const action of ACTIONS) expect(pdfText).toContain(action);
    expect(pdfText).toContain(t.sessions.actions.title);
    // … and when it cannot show what was asked, with the error code, at once.
    await page.goto(`${app.baseUrl}#/print/case/${randomUUID()}`);
    await page.locator('[data-testid="print-view"] [data-print-state="error"][data-print-error="NOT_FOUND"]').waitFor({ timeout: 5_000 });

    // Vault B on the same device: lock A, create B, import through the UI with a preview first.
    await dispatch(app, 'vault.lock', {});
    const createdB = await dispatch<{ session: { member: { id: string } } }>(app, 'vault.create', {
      folder: await app.chooseFolder('newVault', join(app.vaultDir, 'b')),
      label: 'Team Zuid',
      memberName: 'Bram',
      passphrase: BRAM,
    });
    await page.goto(`${app.baseUrl}#/cases`);
    await page.reload();
    const openImport = async () => {
      await page.getByRole('button', { name: x.importButton }).click();
      const dialog = page.getByRole('dialog', { name: x.import.title });
      await dialog.waitFor();
      return dialog;
    };
    const chooseFile = async (dialog: ReturnType<typeof page.getByRole>, path: string, passphrase: string) => {
      app!.fileAnswers.push(path);
      await dialog.getByRole('button', { name: x.import.choose }).click();
      await dialog.getByTestId('import-file').getByText(path).waitFor();
      await dialog.getByLabel(x.import.passphrase, { exact: true }).fill(passphrase);
      await dialog.getByRole('button', { name: x.import.preview }).click();
    };

    // A wrong passphrase and a tampered file: a clear message, nothing imported.
    let dialog = await openImport();
    await chooseFile(dialog, exchangeFile, 'een heel ander wachtwoord dan dit');
    await dialog.getByText(x.wrongPassphrase).waitFor();
    const tampered = join(app.root, 'tampered.dyade');
    const bytes = await fs.readFile(exchangeFile);
    bytes[bytes.length - 50]! ^= 0x01;
    await fs.writeFile(tampered, bytes);
    await chooseFile(dialog, tampered, TEAM);
    await dialog.getByText(x.fileProblems.tampered).waitFor();
    await shoot('import-tampered');
    expect(await countCases(app)).toBe(0);

    await chooseFile(dialog, exchangeFile, TEAM);
    const preview = dialog.getByTestId('import-preview');
    await preview.waitFor();
    expect(await preview.locator('tbody tr').count()).toBe(2);
    expect(await preview.textContent()).toContain('Gezin Eik');
    expect(await preview.textContent()).toContain(x.import.new);
    await shoot('import-preview');
    expect(await axeViolations(page)).toEqual([]);
    expect(await countCases(app)).toBe(0);
    await dialog.getByRole('button', { name: x.import.confirm, exact: true }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: x.import.done_other.split(' ')[0]! })
      .waitFor();
    await dialog.getByRole('button', { name: x.export.close, exact: true }).last().click();
    await page.locator('main').getByText('Gezin Eik').first().waitFor();
    expect({ eik: await visibleCase(app, ids.eik), beuk: await visibleCase(app, ids.beuk) }).toEqual(inA);

    // Both sides change the same factor; A exports again; B's import keeps both versions.
    await dispatch(app, 'factors.save', factor(ids.eik, 'Woont nog steeds krap (Zuid)', ids.housing));
    await dispatch(app, 'vault.lock', {});
    await dispatch(app, 'vault.unlock', { path: join(app.vaultDir, 'a'), memberId: ids.memberA, passphrase: ANNA });
    await dispatch(app, 'factors.save', factor(ids.eik, 'Woont inmiddels ruimer (Noord)', ids.housing));
    await dispatch(app, 'exchange.export', { caseIds: [ids.eik, ids.beuk], passphrase: TEAM, file: await app.chooseSaveFile('exchange', exchangeFile) });
    await dispatch(app, 'vault.lock', {});
    await dispatch(app, 'vault.unlock', { path: join(app.vaultDir, 'b'), memberId: createdB.session.member.id, passphrase: BRAM });
    await page.goto(`${app.baseUrl}#/cases`);
    await page.reload();
    dialog = await openImport();
    await chooseFile(dialog, exchangeFile, TEAM);
    await dialog.getByTestId('import-conflicts').waitFor();
    expect(await dialog.getByTestId('import-conflicts').textContent()).toContain('Woont inmiddels ruimer (Noord)');
    await shoot('import-conflict');
    await dialog.getByRole('button', { name: x.import.confirm, exact: true }).click();
    await dialog.getByRole('button', { name: x.export.close, exact: true }).last().click();
    expect((await visibleCase(app, ids.eik)).factors.find((f) => f.id === ids.housing)?.text).toBe('Woont nog steeds krap (Zuid)');
    await page.goto(`${app.baseUrl}#/settings/privacy`);
    const conflicts = page.getByTestId('conflict-list');
    await conflicts.getByText('Woont inmiddels ruimer (Noord)').waitFor();
    await conflicts.getByText('Woont nog steeds krap (Zuid)').waitFor();
    await shoot('privacy-tab');
    expect(await axeViolations(page)).toEqual([]);

    // The audit log holds the import; the query of a search is never in it.
    const audit = await dispatch<{ entries: Array<{ action: string }> }>(app, 'audit.search', { limit: 100 });
    expect(audit.entries.map((e) => e.action)).toContain('import.done');
    expect(outsideRequests(app.requests)).toEqual([]);
  });
});
