import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { ErrorCode } from '../../shared/contract';
import { AppError } from '../core/errors';

/** How long the print view may take to render its data before the PDF is refused. */
const READY_TIMEOUT_MS = 15_000;
const POLL_MS = 100;

/**
 * What the print view says about itself (renderer/src/features/reports/printStatus.ts): the
 * `data-print-state` and `data-print-error` of its content, or null while the view is not there yet.
 */
export const READ_PRINT_STATUS = `(() => {
  const node = document.querySelector('[data-testid="print-view"] [data-print-state]');
  return node ? { state: node.getAttribute('data-print-state'), code: node.getAttribute('data-print-error') } : null;
})()`;

export type PrintViewStatus = { state: string | null; code: string | null } | null;

/** Ready to print (true), keep waiting (false), or the view's own failure, with its code when it is one of the contract's. */
export function judgePrintStatus(status: PrintViewStatus): boolean {
  if (status === null || status.state === 'loading') return false;
  if (status.state === 'ready') return true;
  if (status.state === 'error') {
    const code = ErrorCode.safeParse(status.code);
    throw new AppError(code.success ? code.data : 'INTERNAL', `The print view reported ${status.code ?? 'an error'}.`);
  }
  return false;
}

/**
 * Print an app route (the print view) to PDF: a hidden window with the app's own hardened options
 * loads the route, waits until the view says every query has settled and rendered, prints, and
 * closes. A view that fails says so at once, with its error code. The window reaches the core
 * through the same preload and ipc host as the app window.
 */
export async function printRouteToPdf(
  makeWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow,
  options: BrowserWindowConstructorOptions,
  entryUrl: string,
  route: string,
  timing: { timeoutMs?: number; pollMs?: number } = {},
): Promise<Uint8Array> {
  const timeoutMs = timing.timeoutMs ?? READY_TIMEOUT_MS;
  const window = makeWindow({ ...options, show: false });
  try {
    await window.loadURL(`${entryUrl}${route}`);
    const started = Date.now();
    while (!judgePrintStatus((await window.webContents.executeJavaScript(READ_PRINT_STATUS, true)) as PrintViewStatus)) {
      if (Date.now() - started > timeoutMs) throw new Error('The print view did not render in time.');
      await new Promise((resolve) => setTimeout(resolve, timing.pollMs ?? POLL_MS));
    }
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    window.destroy();
  }
}
