import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsConfig {
  /** Development only: allows DevTools. Packaged builds never open them. */
  dev?: boolean;
}

/**
 * The one BrowserWindow configuration: an isolated, sandboxed renderer without Node, with web
 * security on and every optional capability (webview, spellcheck, drag-drop navigation) off.
 */
export function windowOptions(preloadPath: string, config: WindowOptionsConfig = {}): BrowserWindowConstructorOptions {
  return {
    title: 'Dyade',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    backgroundColor: '#f7f5f2',
    webPreferences: {
      preload: preloadPath,
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
  };
}
