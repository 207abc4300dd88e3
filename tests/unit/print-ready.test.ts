import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { READ_PRINT_STATUS, judgePrintStatus, printRouteToPdf, type PrintViewStatus } from '../../electron/main/printToPdf';
import { printStatus, printStatusAttributes } from '../../renderer/src/features/reports/printStatus';
import { ApiError } from '../../renderer/src/lib/api';

const pending = { status: 'pending', error: null } as const;
const success = { status: 'success', error: null } as const;

describe('printStatus (the print view)', () => {
  it('is ready only once every query has succeeded, including one not enabled yet', () => {
    expect(printStatus([success, success])).toEqual({ state: 'ready' });
    expect(printStatus([success, pending, success])).toEqual({ state: 'loading' });
    expect(printStatus([])).toEqual({ state: 'ready' });
  });

  it('reports the first failure with its contract code, even while others still load', () => {
    const notFound = new ApiError({ code: 'NOT_FOUND', message: 'no such case' });
    const status = printStatus([pending, { status: 'error', error: notFound }, { status: 'error', error: new Error('x') }]);
    expect(status).toMatchObject({ state: 'error', code: 'NOT_FOUND' });
    expect(printStatusAttributes(status)).toEqual({ 'data-print-state': 'error', 'data-print-error': 'NOT_FOUND' });
    expect(printStatus([{ status: 'error', error: new Error('boom') }])).toMatchObject({ state: 'error', code: 'INTERNAL' });
    expect(printStatusAttributes({ state: 'loading' })).toEqual({ 'data-print-state': 'loading' });
  });
});

/** A hidden window whose page answers the status script with the given answers in turn (the last one repeats). */
function fakeWindow(answers: PrintViewStatus[]) {
  const scripts: string[] = [];
  let index = 0;
  const window = {
    loadURL: vi.fn(async () => undefined),
    destroy: vi.fn(),
    webContents: {
      executeJavaScript: vi.fn(async (script: string) => {
        scripts.push(script);
        return answers[Math.min(index++, answers.length - 1)];
      }),
      printToPDF: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
    },
  };
  const make = vi.fn((options: BrowserWindowConstructorOptions) => {
    expect(options.show).toBe(false);
    return window as unknown as BrowserWindow;
  });
  return { window, make, scripts };
}

describe('printRouteToPdf (main)', () => {
  it('prints once the view says ready, not at its first heading', async () => {
    const { window, make, scripts } = fakeWindow([null, { state: 'loading', code: null }, { state: 'loading', code: null }, { state: 'ready', code: null }]);
    const pdf = await printRouteToPdf(make, {}, 'app://dyade/index.html', '#/print/case/1', { pollMs: 1 });
    expect(pdf).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(window.loadURL).toHaveBeenCalledWith('app://dyade/index.html#/print/case/1');
    expect(scripts).toHaveLength(4);
    expect(scripts.every((script) => script === READ_PRINT_STATUS)).toBe(true);
    expect(window.webContents.printToPDF).toHaveBeenCalledOnce();
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it("passes the view's error code back at once, without printing", async () => {
    const { window, make } = fakeWindow([{ state: 'error', code: 'NOT_FOUND' }]);
    const started = Date.now();
    await expect(printRouteToPdf(make, {}, 'app://dyade/index.html', '#/print/case/1')).rejects.toMatchObject({ name: 'AppError', code: 'NOT_FOUND' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it('gives up after the timeout when the view never settles', async () => {
    const { window, make } = fakeWindow([{ state: 'loading', code: null }]);
    await expect(printRouteToPdf(make, {}, 'app://dyade/index.html', '#/print/case/1', { timeoutMs: 20, pollMs: 1 })).rejects.toThrow(/did not render in time/);
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it('turns a code outside the contract into INTERNAL', () => {
    expect(() => judgePrintStatus({ state: 'error', code: 'SOMETHING_ELSE' })).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
    expect(judgePrintStatus({ state: 'ready', code: null })).toBe(true);
    expect(judgePrintStatus(null)).toBe(false);
  });
});
