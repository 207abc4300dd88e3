import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { slotDataKey } from '../../electron/core/vault/slotKeys';
import { readHeader } from '../../electron/core/vault/header';
import { translations } from '../../shared/i18n';
import { axeViolations, closeBrowser, launchApp, outsideRequests, type LaunchedApp } from './harness';

const ANNA = 'stille rivier draagt oude boten';
const BRAM = 'groene lantaarn boven natte klinkers';

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

async function createVault(page: Page, t: (typeof translations)['nl'], label: string, shoot: (name: string) => Promise<unknown>) {
  await page.getByRole('button', { name: t.start.newVault }).first().click();
  const dialog = page.getByRole('dialog', { name: t.create.title });
  await dialog.getByLabel(t.create.label).fill(label);
  await dialog.getByRole('button', { name: t.common.choose }).click();
  await expect.poll(() => dialog.getByLabel(t.create.folder).inputValue()).not.toBe('');
  await shoot('create-vault');
  await dialog.getByRole('button', { name: t.common.next }).click();

  await dialog.getByLabel(t.create.memberName).fill('Anna');
  await dialog.getByLabel(t.create.passphrase, { exact: true }).fill('welkom123');
  await dialog.getByRole('button', { name: t.create.create }).click();
  // A weak passphrase is refused with its reason before anything is created.
  await dialog.getByText(t.strength.tooShort).first().waitFor();
  await dialog.getByLabel(t.create.passphrase, { exact: true }).fill(ANNA);
  await dialog.getByLabel(t.create.passphraseRepeat).fill(ANNA);
  await shoot('create-member');
  await dialog.getByRole('button', { name: t.create.create }).click();

  await dialog.getByRole('heading', { name: t.create.recoveryTitle }).waitFor();
  const groups = await dialog.getByTestId('recovery-code').locator('.recovery-group').allTextContents();
  expect(groups).toHaveLength(8);
  // The copy goes through main, which takes it off the clipboard again after a minute (and at lock).
  await dialog.getByRole('button', { name: t.common.copy }).click();
  await dialog.getByRole('button', { name: t.common.copiedClears_one.replace('{{count}}', '1') }).waitFor();
  expect(app?.copied.at(-1)).toEqual({ text: groups.join('-'), clearAfterMs: 60_000 });
  await shoot('create-recovery');
  await dialog.getByLabel(t.create.recoveryStored).check();
  await dialog.getByRole('button', { name: t.common.next }).click();

  const instruction = await dialog.getByTestId('confirm-instruction').textContent();
  const [a, b] = (instruction?.match(/\d+/g) ?? []).map(Number);
  if (!a || !b) throw new Error(`no group numbers in "${instruction}"`);
  await dialog.getByLabel(t.create.confirmGroup.replace('{{n}}', String(a))).fill('WRONG');
  await dialog.getByLabel(t.create.confirmGroup.replace('{{n}}', String(b))).fill(groups[b - 1] ?? '');
  await dialog.getByRole('button', { name: t.create.finish }).click();
  await dialog.getByText(t.create.confirmWrong).waitFor();
  await dialog.getByLabel(t.create.confirmGroup.replace('{{n}}', String(a))).fill((groups[a - 1] ?? '').toLowerCase());
  await shoot('create-confirm');
  await dialog.getByRole('button', { name: t.create.finish }).click();
  return groups.join('-');
}

async function unlock(page: Page, t: (typeof translations)['nl'], member: string, passphrase: string) {
  await page.getByRole('button', { name: t.start.unlock }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: member }).click();
  await dialog.getByLabel(t.unlock.passphrase, { exact: true }).fill(passphrase);
  await dialog.getByRole('button', { name: t.unlock.submit, exact: true }).click();
}

describe.each(['nl', 'en'] as const)('the vault, used as a user would (%s)', (locale) => {
  const t = translations[locale];
  const greeting = (name: string) => t.home.greeting.replace('{{name}}', name);

  it('create, see the recovery code, lock, wrong passphrase, unlock, add a member, unlock as them, read the audit log', async () => {
    app = await launchApp({ locale });
    const { page } = app;
    const shoot = (name: string) => app!.screenshot(`vault-${name}-${locale}`);
    await page.getByRole('heading', { name: t.start.title }).waitFor();

    await createVault(page, t, 'Team Noord', shoot);
    await page.getByRole('heading', { name: greeting('Anna') }).waitFor();
    await shoot('home');
    expect(await axeViolations(page)).toEqual([]);

    // Lock with the button; the start screen lists the vault.
    await page.getByRole('button', { name: t.shell.lock }).click();
    await page.getByRole('heading', { name: t.start.title }).waitFor();
    await page.getByText(t.shell.lockedNotice.user).waitFor();
    await shoot('locked');

    // A wrong passphrase: a clear message, and the vault files unchanged.
    const vaultFolder = (await app.core.dispatch('vaults.list', {})) as { ok: true; value: Array<{ path: string }> };
    const folder = vaultFolder.value[0]?.path ?? '';
    const before = await fs.readFile(join(folder, 'vault.db'));
    await unlock(page, t, 'Anna', 'dit is niet de goede wachtzin');
    await page.getByRole('alert').filter({ hasText: t.errors.WRONG_PASSPHRASE }).waitFor();
    await shoot('unlock-wrong');
    // Focus is back in the emptied field (the button, pressed, is disabled until something is typed).
    const passphraseField = page.getByRole('dialog').getByLabel(t.unlock.passphrase, { exact: true });
    await expect.poll(() => passphraseField.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(Buffer.compare(before, await fs.readFile(join(folder, 'vault.db')))).toBe(0);
    await page.getByRole('dialog').getByLabel(t.unlock.passphrase, { exact: true }).fill(ANNA);
    await page.getByRole('dialog').getByRole('button', { name: t.unlock.submit, exact: true }).click();
    await page.getByRole('heading', { name: greeting('Anna') }).waitFor();

    // Add a second member in Settings → Members.
    await page.getByRole('link', { name: t.nav.settings }).click();
    await page.getByRole('tab', { name: t.settings.tabs.members }).click();
    await page.getByRole('button', { name: t.settings.members.add }).click();
    const add = page.getByRole('dialog', { name: t.settings.members.addTitle });
    await add.getByLabel(t.create.memberName).fill('Bram');
    await add.getByLabel(t.create.passphrase, { exact: true }).fill(BRAM);
    await add.getByLabel(t.create.passphraseRepeat).fill(BRAM);
    await add.getByRole('button', { name: t.settings.members.add }).click();
    await page.getByRole('list', { name: t.settings.tabs.members }).getByText('Bram').waitFor();
    await shoot('members');
    expect(await axeViolations(page)).toEqual([]);

    // Lock with the keyboard shortcut, unlock as Bram.
    await page.keyboard.press('Control+l');
    await page.getByRole('heading', { name: t.start.title }).waitFor();
    await page.getByRole('button', { name: t.start.unlock }).first().click();
    await shoot('unlock-dialog');
    await page.keyboard.press('Escape');
    await unlock(page, t, 'Bram', BRAM);
    await page.getByRole('heading', { name: greeting('Bram') }).waitFor();

    // The audit log shows what happened, with who did it.
    await page.getByRole('link', { name: t.nav.settings }).click();
    await page.getByRole('tab', { name: t.settings.tabs.audit }).click();
    const table = page.getByTestId('audit-table');
    await table.waitFor();
    const text = await table.textContent();
    for (const action of ['vault.created', 'vault.unlock_failed', 'vault.unlocked', 'member.added', 'vault.locked'] as const) {
      expect(text).toContain(t.settings.audit.actions[action]);
    }
    expect(text).toContain('Bram');
    await shoot('audit');
    expect(await axeViolations(page)).toEqual([]);

    // The data key never reached the page.
    const header = await readHeader(folder);
    const slot = header.slots.find((s) => s.displayName === 'Bram');
    if (!slot) throw new Error('no slot for Bram');
    const key = await slotDataKey(header, slot, BRAM);
    expect(key).not.toBeNull();
    const pageState = await page.evaluate(() => document.documentElement.outerHTML + JSON.stringify(localStorage) + JSON.stringify(sessionStorage));
    for (const encoding of ['hex', 'base64', 'base64url'] as const) expect(pageState).not.toContain(key!.toString(encoding));
    expect(outsideRequests(app.requests)).toEqual([]);
  });
});

describe('recovery, backups and verification', () => {
  it('unlocks with the recovery code, sets a new passphrase, and verifies and backs up the vault', async () => {
    app = await launchApp();
    const { page } = app;
    const t = translations.nl;
    const code = await createVault(page, t, 'Team Oost', async () => undefined);
    await page.getByRole('heading', { name: t.home.greeting.replace('{{name}}', 'Anna') }).waitFor();
    await page.getByRole('button', { name: t.shell.lock }).click();

    await page.getByRole('button', { name: t.start.unlock }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: t.unlock.useRecovery }).click();
    await dialog.getByLabel(t.unlock.recoveryCode).fill(code.toLowerCase().replaceAll('-', ' '));
    await dialog.getByRole('button', { name: t.unlock.submit, exact: true }).click();

    const reset = page.getByRole('dialog', { name: t.reset.title });
    await reset.waitFor();
    await app.screenshot('vault-reset-nl');
    const next = 'zeven wolken boven de haven';
    await reset.getByLabel(t.settings.security.next, { exact: true }).fill(next);
    await reset.getByLabel(t.settings.security.repeat).fill(next);
    await reset.getByRole('button', { name: t.reset.submit }).click();
    await reset.waitFor({ state: 'detached' });

    await page.getByRole('link', { name: t.nav.settings }).click();
    await page.getByRole('tab', { name: t.settings.tabs.backups }).click();
    await page.getByRole('button', { name: t.settings.backups.verify }).click();
    await page.getByText(t.settings.backups.verifyOk.split('(')[0]?.trim() ?? '').waitFor();
    const backupTarget = join(app.root, 'usb-stick');
    await fs.mkdir(backupTarget);
    app.folderAnswers.push(backupTarget);
    await page.getByRole('button', { name: t.settings.backups.makeNow }).click();
    await page.getByText(t.settings.backups.made.split('{{path}}')[0] ?? '').waitFor();
    await app.screenshot('vault-backups-nl');
    expect((await fs.readdir(backupTarget)).length).toBe(1);

    await page.getByRole('tab', { name: t.settings.tabs.security }).click();
    await app.screenshot('vault-security-nl');
    await page.getByRole('tab', { name: t.settings.tabs.audit }).click();
    const audit = await page.getByTestId('audit-table').textContent();
    for (const action of ['vault.recovered', 'passphrase.changed', 'vault.verified', 'backup.made'] as const) {
      expect(audit).toContain(t.settings.audit.actions[action]);
    }
    await app.screenshot('vault-audit-details-nl');

    // The old passphrase no longer opens the vault; the new one does.
    await page.getByRole('button', { name: t.shell.lock }).click();
    await unlock(page, t, 'Anna', ANNA);
    await page.getByRole('alert').filter({ hasText: t.errors.WRONG_PASSPHRASE }).waitFor();
    await page.getByRole('dialog').getByLabel(t.unlock.passphrase, { exact: true }).fill(next);
    await page.getByRole('dialog').getByRole('button', { name: t.unlock.submit, exact: true }).click();
    await page.getByRole('heading', { name: t.home.greeting.replace('{{name}}', 'Anna') }).waitFor();
  });
});

describe('removing a member ends their access', () => {
  it('removes Bram: a new key, the backups from before named and deleted, and his old header refused with its own message', async () => {
    app = await launchApp();
    const { page } = app;
    const t = translations.nl;
    await createVault(page, t, 'Team Noord', async () => undefined);
    await page.getByRole('heading', { name: t.home.greeting.replace('{{name}}', 'Anna') }).waitFor();
    const added = await app.core.dispatch('members.add', { displayName: 'Bram', passphrase: BRAM });
    expect(added.ok).toBe(true);
    // The lock makes the day's backup; its header still holds Bram's slot.
    await page.getByRole('button', { name: t.shell.lock }).click();
    await page.getByRole('heading', { name: t.start.title }).waitFor();
    const [stamp] = await fs.readdir(join(app.vaultDir, 'backups'));
    const oldHeader = await fs.readFile(join(app.vaultDir, 'backups', stamp ?? '', 'vault.json'), 'utf8');
    await unlock(page, t, 'Anna', ANNA);
    await page.getByRole('heading', { name: t.home.greeting.replace('{{name}}', 'Anna') }).waitFor();

    await page.getByRole('link', { name: t.nav.settings }).click();
    await page.getByRole('tab', { name: t.settings.tabs.members }).click();
    await page.getByRole('listitem').filter({ hasText: 'Bram' }).getByRole('button', { name: t.settings.members.remove }).click();
    const confirm = page.getByRole('alertdialog', { name: t.settings.members.removeTitle.replace('{{name}}', 'Bram') });
    expect(await confirm.textContent()).toContain('nieuwe sleutel');
    await confirm.getByRole('button', { name: t.settings.members.remove }).click();
    await page
      .getByRole('status')
      .filter({ hasText: t.settings.members.removed.replace('{{name}}', 'Bram') })
      .waitFor();
    const notice = page.getByTestId('old-backups');
    await notice.getByText(t.settings.backups.oldBody_one.replace('{{count}}', '1')).waitFor();
    await app.screenshot('vault-member-removed-nl');
    expect(await axeViolations(page, ['minor', 'moderate', 'serious', 'critical'])).toEqual([]);
    await notice.getByRole('button', { name: t.settings.backups.deleteOld }).click();
    await page.getByRole('alertdialog', { name: t.settings.backups.deleteOld }).getByRole('button', { name: t.settings.backups.deleteOld }).click();
    await page
      .getByRole('status')
      .filter({ hasText: t.settings.backups.deletedOld_one.replace('{{count}}', '1') })
      .waitFor();
    // One backup remains, made with the new key first.
    await page.getByRole('tab', { name: t.settings.tabs.backups }).click();
    await expect.poll(() => page.locator('.backup-list li').count()).toBe(1);
    expect(await page.getByText(t.settings.backups.oldKey, { exact: true }).count()).toBe(0);
    await page.getByRole('tab', { name: t.settings.tabs.audit }).click();
    const audit = await page.getByTestId('audit-table').textContent();
    expect(audit).toContain(t.settings.audit.actions['vault.rekeyed']);
    expect(audit).toContain(t.settings.audit.actions['backups.deleted']);

    // Bram puts his old header back beside the current vault: a clear refusal, nothing changed.
    await page.getByRole('button', { name: t.shell.lock }).click();
    await page.getByRole('heading', { name: t.start.title }).waitFor();
    const current = await fs.readFile(join(app.vaultDir, 'vault.json'), 'utf8');
    await fs.writeFile(join(app.vaultDir, 'vault.json'), oldHeader);
    await page.reload();
    await unlock(page, t, 'Bram', BRAM);
    await page.getByRole('alert').filter({ hasText: t.errors.VAULT_KEY_RETIRED }).waitFor();
    await app.screenshot('vault-key-retired-nl');
    await fs.writeFile(join(app.vaultDir, 'vault.json'), current);
  });
});

describe('diagnostics', () => {
  it.each(['nl', 'en'] as const)('copies versions and the latest errors, never case text, from Settings (%s)', async (locale) => {
    const t = translations[locale];
    app = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
    const created = await app.core.dispatch('vault.create', {
      folder: await app.chooseFolder('newVault', app.vaultDir),
      label: 'Team Noord',
      memberName: 'Anna',
      passphrase: ANNA,
    });
    expect(created.ok).toBe(true);
    await app.page.goto(`${app.baseUrl}#/settings/general`);
    await app.page.reload();
    const section = app.page.getByRole('region', { name: t.settings.general.diagnostics });
    await section.getByRole('button', { name: t.settings.general.copyDiagnostics }).click();
    await section.getByRole('button', { name: t.common.copiedClears_other.replace('{{count}}', '10') }).waitFor();
    expect(app.copied.at(-1)?.text).toContain('Dyade');
    expect(app.copied.at(-1)?.clearAfterMs).toBe(600_000);
    expect(await axeViolations(app.page)).toEqual([]);
    await app.screenshot(`settings-diagnostics-${locale}`);
  });
});

describe('the start screen', () => {
  it("opens a vault card's menu pressed before its chunk arrived, and removes the vault from the list", async () => {
    app = await launchApp();
    const { page } = app;
    const t = translations.nl;
    await createVault(page, t, 'Team Oost', async () => undefined);
    await page.getByRole('heading', { name: t.home.greeting.replace('{{name}}', 'Anna') }).waitFor();
    await page.getByRole('button', { name: t.shell.lock }).click();
    await page.getByRole('heading', { name: t.start.title }).waitFor();

    // The menu's chunk is held back, as on a slow disk: its stand-in button takes the press.
    const held: (() => Promise<void>)[] = [];
    let released = false;
    await page.route(/\/assets\/VaultMenu-[^/]+\.js$/, async (route) => {
      if (released) await route.continue();
      else held.push(() => route.continue());
    });
    await page.reload();
    await page.getByRole('heading', { name: t.start.title }).waitFor();
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: t.common.moreActions.replace('{{name}}', 'Team Oost') }).click();
    released = true;
    await Promise.all(held.map((release) => release()));
    await page.getByRole('menuitem', { name: t.start.forget }).click();
    await page.unrouteAll({ behavior: 'wait' });
    await expect.poll(() => page.getByTestId('vault-card').count()).toBe(0);
    // Only the list forgets it: the folder is still there.
    await fs.access(join(app.vaultDir, 'vault.db'));
  });
});

describe('locking from outside the page', () => {
  it('returns to the start screen with the reason when the vault locks on idle', async () => {
    app = await launchApp();
    const { page } = app;
    const t = translations.nl;
    await createVault(page, t, 'Wijkteam Zuid', async () => undefined);
    await page.getByRole('heading', { name: t.home.greeting.replace('{{name}}', 'Anna') }).waitFor();
    await app.core.lock('idle');
    await page.getByText(t.shell.lockedNotice.idle).waitFor();
    await page.getByRole('heading', { name: t.start.title }).waitFor();
  });

  it('offers a restore from the newest backup when the vault is damaged', async () => {
    app = await launchApp();
    const { page } = app;
    const t = translations.nl;
    await createVault(page, t, 'Team West', async () => undefined);
    await page.getByRole('heading', { name: t.home.greeting.replace('{{name}}', 'Anna') }).waitFor();
    await page.getByRole('button', { name: t.shell.lock }).click(); // makes the day's automatic backup
    await page.getByRole('heading', { name: t.start.title }).waitFor();

    const db = join(app.vaultDir, 'vault.db');
    const bytes = await fs.readFile(db);
    bytes[100] = (bytes[100] ?? 0) ^ 0xff; // inside page 1, behind the salt: every read of it fails its HMAC
    await fs.writeFile(db, bytes);

    await unlock(page, t, 'Anna', ANNA);
    await page.getByRole('alert').filter({ hasText: t.errors.VAULT_CORRUPT }).waitFor();
    await page.getByRole('button', { name: t.start.restoreOffer }).click();
    const restoreDialog = page.getByRole('dialog', { name: t.restore.title });
    expect(await restoreDialog.getByLabel(t.restore.source).inputValue()).toContain('backups');
    const target = join(app.root, 'restored');
    app.folderAnswers.push(target);
    await restoreDialog.getByRole('button', { name: t.common.choose }).nth(1).click();
    await restoreDialog.getByRole('button', { name: t.restore.submit }).click();
    await restoreDialog.getByText(t.restore.done.split('{{path}}')[0] ?? '').waitFor();
    await app.screenshot('vault-restored-nl');
    await restoreDialog.getByRole('button', { name: t.common.done }).click();

    // The restored copy opens with the same passphrase.
    const result = await app.core.dispatch('vaults.inspect', { path: target });
    expect(result.ok).toBe(true);
    const cards = page.getByTestId('vault-card');
    await expect.poll(() => cards.count()).toBe(2);
  });
});
