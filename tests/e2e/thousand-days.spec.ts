/**
 * The 1001-day strip and the parent's voice, in Dutch, as a user would: a pregnancy case made with
 * its due week written as people write it shows the strip at the right week (in words too); the
 * parent's answer to a conversation question goes onto the map as "woorden van de ouder".
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../shared/domain/case';
import { localDay } from '../../shared/domain/dates';
import { dueWeekFromPregnancyWeek, formatIsoWeek } from '../../shared/domain/thousand-days';
import { translations } from '../../shared/i18n';
import { axeViolations, closeBrowser, launchApp, type LaunchedApp } from './harness';

const t = translations.nl;
let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

async function dispatch<T>(a: LaunchedApp, method: string, input: unknown): Promise<T> {
  const result = await a.core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

describe('the first 1001 days and the parent’s voice (nl)', () => {
  it('a pregnancy case with a due week shows the strip at its week; the parent’s answer lands on the map in her words', async () => {
    app = await launchApp({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    await dispatch(app, 'vault.create', {
      folder: await app.chooseFolder('newVault', app.vaultDir),
      label: 'Team Noord',
      memberName: 'Anna',
      passphrase: 'stille rivier draagt oude boten',
    });
    await page.reload();
    await page.getByRole('link', { name: t.nav.cases, exact: true }).click();
    await page.getByRole('heading', { name: t.cases.title, level: 1 }).waitFor();

    // The due week as people write it: "31 weken" today; the form says what it read.
    await page.getByRole('button', { name: t.cases.newCase }).click();
    const dialog = page.getByRole('dialog', { name: t.cases.newCase });
    await dialog.getByLabel(t.cases.pseudonym).fill('Gezin Wilg');
    const dueField = dialog.getByLabel(t.thousandDays.dueWeek, { exact: true });
    await dueField.fill('binnenkort');
    await dialog.getByRole('button', { name: t.cases.create }).click();
    await dialog.getByText(t.thousandDays.problems.unreadable).waitFor();
    await dueField.fill('31 weken');
    const dueWeek = dueWeekFromPregnancyWeek(31, localDay());
    const due = formatIsoWeek(dueWeek, 'nl');
    await dialog.getByText(`${due}: zwanger, 31 weken`).waitFor();
    await dialog.getByTestId('phase-follows').getByText(t.cases.phases.pregnancy, { exact: false }).waitFor();
    await app.screenshot('thousand-days-dialog-1280x720');
    await dialog.getByRole('button', { name: t.cases.create }).click();
    await page.getByRole('heading', { name: 'Gezin Wilg', level: 1 }).waitFor();

    // The strip, and the same in words; the phase in the header follows it.
    const strip = page.getByTestId('thousand-days');
    await strip.waitFor();
    expect(await page.getByTestId('thousand-days-text').textContent()).toBe(
      `Zwangerschapsweek 31 van 40; nog ongeveer 9 weken tot de uitgerekende week (${due}).`,
    );
    await page.locator('.case-meta').getByText(`${t.cases.phases.pregnancy}, week 31`).waitFor();
    await app.screenshot('thousand-days-case-map-1280x720');

    // Editing the case shows the due week back as people write it.
    await page.getByRole('button', { name: t.cases.actions }).click();
    await page.getByRole('menuitem', { name: t.cases.edit }).click();
    const edit = page.getByRole('dialog', { name: t.cases.edit });
    expect(await edit.getByLabel(t.thousandDays.dueWeek, { exact: true }).inputValue()).toBe(due);
    await edit.getByRole('button', { name: t.common.cancel }).click();

    // The parent's voice: her own worries, saved as typed.
    await page.getByRole('link', { name: t.cases.views.voice }).click();
    await page.getByRole('heading', { name: t.parentVoice.title }).waitFor();
    await page.getByLabel(t.parentVoice.worries).fill('Ik ben bang dat ik het niet alleen kan');
    await page.getByTestId('parent-voice').getByText(t.cases.saved).waitFor();

    // A conversation question, said to the parent; her answer goes onto the map as a beschermende factor.
    const question = page.locator('.question-item', { hasText: 'Hoe stel je je je baby voor?' });
    await question.getByRole('button', { name: t.parentVoice.conversation.answer }).click();
    await question.getByLabel(t.parentVoice.conversation.answer).fill('Een rustig meisje dat van muziek houdt');
    await question.getByRole('radio', { name: t.parentVoice.conversation.buffer }).check();
    await question.getByLabel(t.parentVoice.conversation.category).selectOption({ label: t.map.categories['parent-strength'] });
    await app.screenshot('thousand-days-voice-1280x720');
    expect(await axeViolations(page, ['minor', 'moderate', 'serious', 'critical'])).toEqual([]);
    await question.getByRole('button', { name: t.parentVoice.conversation.save }).click();
    await page.getByText(`Op de kaart gezet als woorden van de ouder (${t.map.sectors.buffer}, ${t.map.categories['parent-strength']}).`).waitFor();

    // On the map: the factor in her words, marked as the parent's words, nothing pre-filled.
    const cases = await dispatch<Array<{ id: string }>>(app, 'cases.list', {});
    const detail = await dispatch<CaseDetail>(app, 'cases.get', { id: cases[0]!.id });
    expect(detail.case.parentVoice.worries).toBe('Ik ben bang dat ik het niet alleen kan');
    expect(detail.factors).toEqual([
      expect.objectContaining({
        sector: 'buffer',
        category: 'parent-strength',
        text: 'Een rustig meisje dat van muziek houdt',
        kind: 'parent-words',
        voice: 'parent',
        pressure: null,
      }),
    ]);
    await page.getByRole('link', { name: t.cases.views.map }).click();
    const glyph = page.locator(`[data-factor="${detail.factors[0]!.id}"] [aria-label]`).first();
    await glyph.waitFor();
    expect(await glyph.getAttribute('aria-label')).toContain(t.map.kinds['parent-words']);
    expect(await glyph.getAttribute('aria-label')).toContain('Een rustig meisje');
    await app.screenshot('thousand-days-map-with-parent-words-1280x720');

    // At 1024×768 the strip and the voice view fit without sideways scroll.
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const view of ['map', 'voice'] as const) {
      await page.getByRole('link', { name: t.cases.views[view] }).click();
      await page.waitForTimeout(200);
      await app.screenshot(`thousand-days-${view}-1024x768`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, view).toBeLessThanOrEqual(1024);
    }
  });
});
