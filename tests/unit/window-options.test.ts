import { describe, expect, it } from 'vitest';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_WINDOW_SHAPE, createAppWindow, type WindowShape } from '../../electron/main/window-options';

/** Opens a window through createAppWindow with a fake BrowserWindow and returns the options it was given. */
function windowOptions(preloadPath: string, config: { dev?: boolean } = {}, shape?: WindowShape): BrowserWindowConstructorOptions {
  let seen: BrowserWindowConstructorOptions | null = null;
  class FakeWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      seen = options;
    }
  }
  createAppWindow(FakeWindow as unknown as new (options: BrowserWindowConstructorOptions) => BrowserWindow, preloadPath, config, shape);
  if (!seen) throw new Error('no window');
  return seen;
}

describe('windowOptions', () => {
  const prefs = windowOptions('/app/out/preload/index.cjs').webPreferences ?? {};

  it('isolates and sandboxes the renderer without Node anywhere', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and every optional capability off', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it('opens DevTools only in development', () => {
    expect(prefs.devTools).toBe(false);
    expect(windowOptions('/p', { dev: true }).webPreferences?.devTools).toBe(true);
  });

  it('waits to show the window until it has painted', () => {
    expect(windowOptions('/p').show).toBe(false);
    expect(APP_WINDOW_SHAPE.show).toBe(false);
  });

  it('never lets a shape override the web preferences', () => {
    const sneaky = { title: 'x', webPreferences: { sandbox: false, nodeIntegration: true } } as WindowShape;
    const options = windowOptions('/p', {}, sneaky);
    expect(options.title).toBe('x');
    expect(options.webPreferences).toMatchObject({ sandbox: true, nodeIntegration: false, contextIsolation: true });
  });
});
