/**
 * The beamer's presentation windows: one per session, on the second display when there is one
 * (full screen there), else a window beside the facilitator's. It opens without taking the focus, so
 * the facilitator keeps typing in the main window; Esc leaves full screen first, then closes it.
 * The decisions (which display, where, what a key does) are pure functions; `PresenterWindows` only
 * connects them to Electron.
 */
import type { BrowserWindow, Input, Rectangle, WebContents } from 'electron';
import type { WindowShape } from './window-options';

/** What the placement needs to know of a display (Electron's `Display`). */
export interface DisplayArea {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
}

export interface PresenterPlacement {
  bounds: Rectangle;
  /** Full screen on a display of its own; a window beside the app's on the one display there is. */
  fullScreen: boolean;
  displayId: number;
}

/** The smallest presentation window: a beamer's 1024×768, shrunk to fit a smaller work area. */
const WINDOW_SIZE = { width: 1024, height: 768 };

/**
 * Where the presentation goes: on a display other than the one showing the app window (the primary
 * display's neighbour first, in the system's order), full screen; with one display, a window in the
 * work area's far corner from the app window, not full screen, so the facilitator keeps the runner.
 */
export function presenterPlacement(displays: readonly DisplayArea[], primaryId: number, mainDisplayId: number | null): PresenterPlacement | null {
  if (displays.length === 0) return null;
  const appDisplay = mainDisplayId ?? primaryId;
  const other = displays.find((display) => display.id !== appDisplay);
  if (other) return { bounds: { ...other.bounds }, fullScreen: true, displayId: other.id };
  const only = displays.find((display) => display.id === appDisplay) ?? displays[0]!;
  const area = only.workArea;
  const width = Math.min(WINDOW_SIZE.width, area.width);
  const height = Math.min(WINDOW_SIZE.height, area.height);
  return { bounds: { x: area.x + area.width - width, y: area.y + area.height - height, width, height }, fullScreen: false, displayId: only.id };
}

/** The presentation window's shape: placed, titled, hidden until its first paint. Never web preferences. */
export function presenterShape(placement: PresenterPlacement | null, title: string): WindowShape {
  return {
    title,
    ...(placement ? placement.bounds : WINDOW_SIZE),
    minWidth: 640,
    minHeight: 480,
    show: false,
    // Only ever set to true: an explicit false would hide the full-screen button on macOS (Electron 42 docs).
    ...(placement?.fullScreen ? { fullscreen: true } : {}),
    autoHideMenuBar: true,
    backgroundColor: '#f7f5f2',
  };
}

export type PresenterKeyAction = 'leaveFullScreen' | 'close' | null;

/** Esc (pressed, no modifier, not held down): leave full screen if the window is, else close it. */
export function presenterKeyAction(
  input: Pick<Input, 'type' | 'key' | 'isAutoRepeat' | 'alt' | 'control' | 'meta' | 'shift'>,
  fullScreen: boolean,
): PresenterKeyAction {
  if (input.type !== 'keyDown' || input.key !== 'Escape' || input.isAutoRepeat) return null;
  if (input.alt || input.control || input.meta || input.shift) return null;
  return fullScreen ? 'leaveFullScreen' : 'close';
}

/** The presenter route of a session: the renderer shows only what the shared screen may show. */
export function presenterRoute(sessionId: string): string {
  return `#/sessions/${encodeURIComponent(sessionId)}/present`;
}

export interface ScreenLike {
  getAllDisplays(): DisplayArea[];
  getPrimaryDisplay(): DisplayArea;
  getDisplayMatching(rect: Rectangle): DisplayArea;
}

export interface PresenterWindowsOptions {
  /** Opens a window through `createAppWindow`, so it has the app's hardened web preferences. */
  create(shape: WindowShape): BrowserWindow;
  screen: ScreenLike;
  /** The facilitator's window, to place the presentation away from it; null when there is none. */
  mainWindow(): BrowserWindow | null;
  /** The app's entry URL; the session's presenter route is appended. */
  entryUrl: string;
  title: string;
  /** Tell the renderers a presentation opened or closed (`presenter.changed`). */
  changed(sessionId: string, open: boolean): void;
  logError?: (context: string, error: unknown) => void;
}

/** The open presentation windows, one per session. */
export class PresenterWindows {
  private readonly windows = new Map<string, BrowserWindow>();

  constructor(private readonly options: PresenterWindowsOptions) {}

  /** Opens the session's presentation, or brings the open one forward. */
  async open(sessionId: string): Promise<void> {
    const existing = this.windows.get(sessionId);
    if (existing && !existing.isDestroyed()) {
      if (existing.isMinimized()) existing.restore();
      existing.focus();
      return;
    }
    const { screen, mainWindow } = this.options;
    const main = mainWindow();
    const placement = presenterPlacement(screen.getAllDisplays(), screen.getPrimaryDisplay().id, main ? screen.getDisplayMatching(main.getBounds()).id : null);
    const window = this.options.create(presenterShape(placement, this.options.title));
    this.windows.set(sessionId, window);
    window.once('ready-to-show', () => window.showInactive());
    window.on('closed', () => {
      if (this.windows.get(sessionId) === window) this.windows.delete(sessionId);
      this.options.changed(sessionId, false);
    });
    window.webContents.on('before-input-event', (event, input) => {
      const action = presenterKeyAction(input, window.isFullScreen());
      if (action === null) return;
      event.preventDefault();
      if (action === 'leaveFullScreen') window.setFullScreen(false);
      else window.close();
    });
    this.options.changed(sessionId, true);
    window.loadURL(`${this.options.entryUrl}${presenterRoute(sessionId)}`).catch((error: unknown) => {
      // Closed before it loaded (a lock at once) is no error; a page that cannot load closes again.
      if (window.isDestroyed()) return;
      this.options.logError?.('presenter.load', error);
      window.close();
    });
  }

  /** Closes the session's presentation; false when none was open. */
  close(sessionId: string): boolean {
    const window = this.windows.get(sessionId);
    if (!window || window.isDestroyed()) return false;
    window.close();
    return true;
  }

  /** At lock and when the app window closes: no presentation outlives what it shows. */
  closeAll(): void {
    for (const sessionId of [...this.windows.keys()]) this.close(sessionId);
  }

  /** The presentations' pages, for the events they follow. */
  contents(): WebContents[] {
    return [...this.windows.values()].filter((window) => !window.isDestroyed()).map((window) => window.webContents);
  }
}
