import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

/** How long the print view may take to render its data before the PDF is refused. */
const READY_TIMEOUT_MS = 15_000;

/**
 * Print an app route (the print view) to PDF: a hidden window with the app's own hardened options
 * loads the route, waits until the view has rendered its content, prints, and closes. The window
 * reaches the core through the same preload and ipc host as the app window.
 */
export async function printRouteToPdf(
  makeWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow,
  options: BrowserWindowConstructorOptions,
  entryUrl: string,
  route: string,
): Promise<Uint8Array> {
  const window = makeWindow({ ...options, show: false });
  try {
    await window.loadURL(`${entryUrl}${route}`);
    const started = Date.now();
    // The view fetches its data after load; the heading appears once it has.
    while (!(await window.webContents.executeJavaScript(`Boolean(document.querySelector('[data-testid="print-view"] h1'))`, true))) {
      if (Date.now() - started > READY_TIMEOUT_MS) throw new Error('The print view did not render in time.');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    window.destroy();
  }
}
