import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsConfig {
  /** Development only: allows DevTools. Packaged builds never open them. */
  dev?: boolean;
}

/** What a window may choose for itself: size, title, visibility. Never its web preferences. */
export type WindowShape = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/** The app window's shape: the facilitator's main window. */
export const APP_WINDOW_SHAPE: WindowShape = {
  title: 'Dyade',
  width: 1280,
  height: 820,
  minWidth: 960,
  minHeight: 640,
  show: false,
  backgroundColor: '#f7f5f2',
};

/**
 * The one way the app opens a window: an isolated, sandboxed renderer without Node, with web
 * security on and every optional capability (webview, spellcheck, drag-drop navigation) off.
 * The web preferences are written out literally at the `new BrowserWindow` so that the security
 * scanner (electronegativity, `npm run scan`) sees them; a shape can never override them.
 */
export function createAppWindow(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => ElectronBrowserWindow,
  preloadPath: string,
  config: WindowOptionsConfig = {},
  shape: WindowShape = APP_WINDOW_SHAPE,
): ElectronBrowserWindow {
  const { webPreferences: _ignored, ...safeShape } = shape as BrowserWindowConstructorOptions;
  return new BrowserWindow({
    ...safeShape,
    webPreferences: {
      // The scanner asks for a review of every preload. Reviewed: ours (electron/preload) exposes only
      // invoke of the contract's one channel and listening to contract events, never ipcRenderer.
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click must not open windows; the window-open handler denies them anyway.
      disableBlinkFeatures: 'Auxclick',
      devTools: config.dev === true,
    },
  });
}
