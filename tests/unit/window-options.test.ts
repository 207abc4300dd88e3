import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../electron/main/window-options';

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
  });
});
