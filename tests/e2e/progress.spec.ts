import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { axeViolations, closeBrowser, launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

describe('progress of the core’s long operations in Chromium', () => {
  it('shows a labelled bar while an operation runs, keeps the window usable, and drops it when done', async () => {
    app = await launchApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Je kluizen' }).waitFor();
    await app.emit('core.progress', { id: 'backup-1', operation: 'backup', fraction: 0.1, done: false });
    await app.emit('core.progress', { id: 'reindex-1', operation: 'reindex', fraction: 0.5, done: false });
    await app.emit('core.progress', { id: 'backup-1', operation: 'backup', fraction: 0.42, done: false });

    const backup = page.getByRole('progressbar', { name: 'Back-up maken…' });
    await backup.waitFor();
    expect(await backup.getAttribute('aria-valuenow')).toBe('42');
    expect(await page.getByRole('progressbar', { name: 'Zoekindex opbouwen…' }).getAttribute('aria-valuenow')).toBe('50');
    expect(await axeViolations(page)).toEqual([]);
    await app.screenshot('progress-nl');

    // The window stays usable while bars show.
    await page.getByRole('radio', { name: 'English' }).click();
    await page.getByRole('progressbar', { name: 'Making a backup…' }).waitFor();

    await app.emit('core.progress', { id: 'backup-1', operation: 'backup', fraction: 1, done: true });
    await expect.poll(() => page.getByRole('progressbar').count()).toBe(1);
    await app.emit('core.progress', { id: 'reindex-1', operation: 'reindex', fraction: 0.7, done: true });
    await expect.poll(() => page.getByTestId('core-progress').count()).toBe(0);
  });
});
