import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, Rectangle } from 'electron';
import {
  PresenterWindows,
  presenterKeyAction,
  presenterPlacement,
  presenterRoute,
  presenterShape,
  type DisplayArea,
} from '../../electron/main/presenter-window';
import type { WindowShape } from '../../electron/main/window-options';

const laptop: DisplayArea = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const beamer: DisplayArea = { id: 2, bounds: { x: 1920, y: 0, width: 1024, height: 768 }, workArea: { x: 1920, y: 0, width: 1024, height: 728 } };
const small: DisplayArea = { id: 3, bounds: { x: 0, y: 0, width: 1280, height: 720 }, workArea: { x: 0, y: 24, width: 800, height: 600 } };
const SESSION = '0b0c7f4e-2c8a-4b7e-9d0e-3f4a5b6c7d8e';

describe('presenterPlacement', () => {
  it('goes full screen on the display that does not show the app window', () => {
    expect(presenterPlacement([laptop, beamer], 1, 1)).toEqual({ bounds: beamer.bounds, fullScreen: true, displayId: 2 });
    // The app window was moved to the beamer: the presentation takes the laptop's screen.
    expect(presenterPlacement([laptop, beamer], 1, 2)).toEqual({ bounds: laptop.bounds, fullScreen: true, displayId: 1 });
  });

  it('without the app window, avoids the primary display', () => {
    expect(presenterPlacement([beamer, laptop], 1, null)?.displayId).toBe(2);
  });

  it('with one display: a 1024×768 window in the far corner of the work area, not full screen', () => {
    expect(presenterPlacement([laptop], 1, 1)).toEqual({ bounds: { x: 896, y: 272, width: 1024, height: 768 }, fullScreen: false, displayId: 1 });
  });

  it('shrinks to a work area smaller than a beamer', () => {
    expect(presenterPlacement([small], 3, 3)?.bounds).toEqual({ x: 0, y: 24, width: 800, height: 600 });
  });

  it('answers null when the system lists no display', () => {
    expect(presenterPlacement([], 1, null)).toBeNull();
  });
});

describe('presenterShape', () => {
  it('places the window hidden until it is painted, and never carries web preferences', () => {
    const shape = presenterShape({ bounds: beamer.bounds, fullScreen: true, displayId: 2 }, 'Dyade');
    expect(shape).toMatchObject({ ...beamer.bounds, fullscreen: true, show: false, title: 'Dyade' });
    expect('webPreferences' in shape).toBe(false);
    expect(presenterShape(null, 'Dyade')).toMatchObject({ width: 1024, height: 768 });
    // Never an explicit false: on macOS that would take away the full-screen button.
    expect('fullscreen' in presenterShape({ bounds: laptop.workArea, fullScreen: false, displayId: 1 }, 'Dyade')).toBe(false);
  });
});

describe('presenterKeyAction', () => {
  const key = (over: Partial<Parameters<typeof presenterKeyAction>[0]> = {}) => ({
    type: 'keyDown',
    key: 'Escape',
    isAutoRepeat: false,
    alt: false,
    control: false,
    meta: false,
    shift: false,
    ...over,
  });
  it('Esc leaves full screen first, then closes', () => {
    expect(presenterKeyAction(key(), true)).toBe('leaveFullScreen');
    expect(presenterKeyAction(key(), false)).toBe('close');
  });
  it('ignores other keys, key-up, a held Esc and Esc with a modifier', () => {
    expect(presenterKeyAction(key({ key: 'Enter' }), false)).toBeNull();
    expect(presenterKeyAction(key({ type: 'keyUp' }), false)).toBeNull();
    expect(presenterKeyAction(key({ isAutoRepeat: true }), false)).toBeNull();
    expect(presenterKeyAction(key({ shift: true }), false)).toBeNull();
    expect(presenterKeyAction(key({ control: true }), true)).toBeNull();
  });
});

describe('presenterRoute', () => {
  it('is the session’s present view', () => {
    expect(presenterRoute(SESSION)).toBe(`#/sessions/${SESSION}/present`);
  });
});

/** A stand-in BrowserWindow: records what the presenter windows do with it. */
class FakeWindow extends EventEmitter {
  readonly webContents = Object.assign(new EventEmitter(), { send: vi.fn(), isDestroyed: () => this.destroyed });
  destroyed = false;
  fullScreen: boolean;
  loaded: string | null = null;
  readonly calls: string[] = [];
  constructor(readonly shape: WindowShape) {
    super();
    this.fullScreen = shape.fullscreen === true;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  isFullScreen() {
    return this.fullScreen;
  }
  setFullScreen(flag: boolean) {
    this.fullScreen = flag;
    this.calls.push(`setFullScreen ${flag}`);
  }
  showInactive() {
    this.calls.push('showInactive');
  }
  show() {
    this.calls.push('show');
  }
  focus() {
    this.calls.push('focus');
  }
  getBounds(): Rectangle {
    return { x: 100, y: 100, width: 1280, height: 820 };
  }
  close() {
    this.calls.push('close');
    this.destroyed = true;
    this.emit('closed');
  }
  loadURL(url: string) {
    this.loaded = url;
    return Promise.resolve();
  }
}

function setUp(displays: DisplayArea[] = [laptop, beamer]) {
  const created: FakeWindow[] = [];
  const changed = vi.fn();
  const main = new FakeWindow({});
  const presenters = new PresenterWindows({
    create: (shape) => {
      const window = new FakeWindow(shape);
      created.push(window);
      return window as unknown as BrowserWindow;
    },
    screen: { getAllDisplays: () => displays, getPrimaryDisplay: () => displays[0]!, getDisplayMatching: () => displays[0]! },
    mainWindow: () => main as unknown as BrowserWindow,
    entryUrl: 'app://dyade/index.html',
    title: 'Dyade',
    changed,
  });
  return { presenters, created, changed, main };
}

function pressEscape(window: FakeWindow) {
  const event = { preventDefault: vi.fn() };
  window.webContents.emit('before-input-event', event, {
    type: 'keyDown',
    key: 'Escape',
    isAutoRepeat: false,
    alt: false,
    control: false,
    meta: false,
    shift: false,
  });
  return event;
}

describe('PresenterWindows', () => {
  it('opens the presenter route full screen on the second display, shown without taking the focus', async () => {
    const { presenters, created, changed, main } = setUp();
    await presenters.open(SESSION);
    const [window] = created;
    expect(window?.loaded).toBe(`app://dyade/index.html#/sessions/${SESSION}/present`);
    expect(window?.shape).toMatchObject({ ...beamer.bounds, fullscreen: true, show: false });
    window?.emit('ready-to-show');
    expect(window?.calls).toEqual(['showInactive']);
    expect(main.calls).toEqual([]);
    expect(changed).toHaveBeenCalledWith(SESSION, true);
  });

  it('keeps one window per session: a second request brings it forward', async () => {
    const { presenters, created } = setUp();
    await presenters.open(SESSION);
    await presenters.open(SESSION);
    expect(created).toHaveLength(1);
    expect(created[0]?.calls).toContain('focus');
  });

  it('Esc leaves full screen, a second Esc closes, and the renderers hear it closed', async () => {
    const { presenters, created, changed } = setUp();
    await presenters.open(SESSION);
    const window = created[0]!;
    expect(pressEscape(window).preventDefault).toHaveBeenCalled();
    expect(window.calls).toEqual(['setFullScreen false']);
    pressEscape(window);
    expect(window.calls).toContain('close');
    expect(changed).toHaveBeenLastCalledWith(SESSION, false);
    expect(presenters.contents()).toEqual([]);
    expect(presenters.close(SESSION)).toBe(false);
  });

  it('closes on request and all at once (lock, app window closed)', async () => {
    const { presenters, created } = setUp([laptop]);
    await presenters.open(SESSION);
    await presenters.open('6f1c1a52-8a51-4d5e-9a57-1f1e7a7c0a01');
    expect(created[0]?.shape.fullscreen).toBeUndefined();
    expect(presenters.contents()).toHaveLength(2);
    expect(presenters.close(SESSION)).toBe(true);
    presenters.closeAll();
    expect(created.every((window) => window.destroyed)).toBe(true);
  });
});
