import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { axeViolations, closeBrowser, launchApp, outsideRequests, type LaunchedApp } from './harness';

let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

describe('the app shell in Chromium', () => {
  it('loads and shows its version from app.info', async () => {
    app = await launchApp();
    const version = (await import('../../package.json', { with: { type: 'json' } })).default.version;
    await expect.poll(() => app?.page.getByTestId('app-version').textContent()).toBe(`versie ${version}`);
    await expect.poll(() => app?.page.getByRole('heading', { level: 1 }).textContent()).toBe('Je kluizen');
  });

  it('switches to English, and the choice survives a reload', async () => {
    app = await launchApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Je kluizen' }).waitFor();
    await page.getByRole('radio', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Your vaults' }).waitFor();
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Your vaults' }).waitFor();
    expect(await page.getByRole('button', { name: 'New vault' }).count()).toBeGreaterThan(0);
  });

  it('starts in English on an English system with no language chosen, without the Dutch screen first', async () => {
    app = await launchApp({ systemLocale: 'en-GB' });
    const { page } = app;
    // Every heading the page ever shows, from the first parsed byte on (a Dutch flash would be caught here).
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __headings: string[] }).__headings = seen;
      new MutationObserver(() => {
        for (const h of document.querySelectorAll('h1')) if (h.textContent && !seen.includes(h.textContent)) seen.push(h.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Your vaults' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __headings: string[] }).__headings)).toEqual(['Your vaults']);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
  });

  it('makes no request outside 127.0.0.1', async () => {
    app = await launchApp();
    await app.page.getByRole('heading', { name: 'Je kluizen' }).waitFor();
    await app.page.waitForLoadState('networkidle');
    expect(app.requests.length).toBeGreaterThan(0);
    expect(outsideRequests(app.requests)).toEqual([]);
  });

  it('has no serious or critical accessibility violation on the start screen, in both languages', async () => {
    for (const locale of ['nl', 'en'] as const) {
      app = await launchApp({ locale });
      await app.page.getByRole('heading', { level: 1 }).waitFor();
      expect(await axeViolations(app.page)).toEqual([]);
      await app.close();
      app = null;
    }
  });

  it('writes screenshots of the start screen in nl and en', async () => {
    for (const locale of ['nl', 'en'] as const) {
      app = await launchApp({ locale });
      await app.page.getByRole('heading', { level: 1 }).waitFor();
      const path = await app.screenshot(`start-${locale}`);
      expect(path).toMatch(/start-(nl|en)\.png$/);
      await app.close();
      app = null;
    }
  });

  it('shows a translated message, not a blank window, when a destination needs an unlocked vault', async () => {
    app = await launchApp();
    await app.page.getByRole('link', { name: 'Casussen' }).click();
    await app.page.getByRole('heading', { name: 'Casussen', level: 1 }).waitFor();
    expect(await app.page.getByText('Beschikbaar na het ontgrendelen van een kluis').count()).toBeGreaterThan(0);
  });
});
