import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from '../../electron/main/permissions';
import { hardenSession, NO_DICTIONARY_URL, type HardenedSession } from '../../electron/main/security';

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void;
type CheckHandler = (contents: unknown, permission: string, requestingOrigin: string) => boolean;
type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

class FakeSession extends EventEmitter {
  request: RequestHandler | null = null;
  check: CheckHandler | null = null;
  device: (() => boolean) | null = null;
  spellcheck: boolean | null = null;
  dictionaryUrl: string | null = null;
  beforeRequest: BeforeRequest | null = null;
  webRequest = { onBeforeRequest: (listener: BeforeRequest) => void (this.beforeRequest = listener) };
  setPermissionRequestHandler(handler: RequestHandler) {
    this.request = handler;
  }
  setPermissionCheckHandler(handler: CheckHandler) {
    this.check = handler;
  }
  setDevicePermissionHandler(handler: () => boolean) {
    this.device = handler;
  }
  setSpellCheckerEnabled(enabled: boolean) {
    this.spellcheck = enabled;
  }
  setSpellCheckerDictionaryDownloadURL(url: string) {
    this.dictionaryUrl = url;
  }
}

const APP = 'app://dyade/index.html';
const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'midi',
  'midiSysex',
  'pointerLock',
  'fullscreen',
  'openExternal',
  'clipboard-read',
  'display-capture',
  'idle-detection',
  'mediaKeySystem',
  'keyboardLock',
  'window-management',
  'fileSystem',
  'storage-access',
  'top-level-storage-access',
  'hid',
  'serial',
  'usb',
  'unknown',
];

describe('permission policy', () => {
  it.each(PERMISSIONS)('denies %s, even to the app itself', (permission) => {
    expect(isPermissionGranted(permission, APP)).toBe(false);
    expect(isPermissionGranted(permission, 'app://dyade')).toBe(false);
  });

  it("lets no page use the clipboard API, the app's own neither (copies go through main, which clears them)", () => {
    expect(isPermissionGranted('clipboard-sanitized-write', APP)).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://dyade')).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://dyade.evil.com/')).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', '')).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', null)).toBe(false);
  });
});

describe('hardenSession', () => {
  const session = new FakeSession();
  hardenSession(session as unknown as HardenedSession);

  const request = (permission: string, requestingUrl: string) => {
    let answer: boolean | null = null;
    session.request?.({}, permission, (granted) => (answer = granted), { requestingUrl });
    return answer;
  };

  it('answers every permission request with no', () => {
    for (const permission of PERMISSIONS) expect(request(permission, APP)).toBe(false);
    expect(request('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
  });

  it('answers every permission check with no, and every device request', () => {
    for (const permission of PERMISSIONS) expect(session.check?.(null, permission, 'app://dyade')).toBe(false);
    expect(session.check?.(null, 'clipboard-sanitized-write', 'https://example.com')).toBe(false);
    expect(session.device?.()).toBe(false);
  });

  it("refuses the page's own clipboard writes too, by request and by check", () => {
    expect(request('clipboard-sanitized-write', APP)).toBe(false);
    expect(session.check?.(null, 'clipboard-sanitized-write', 'app://dyade')).toBe(false);
  });

  it('turns the spellchecker off and points its dictionary downloads nowhere', () => {
    expect(session.spellcheck).toBe(false);
    expect(new URL(NO_DICTIONARY_URL).hostname.endsWith('.invalid')).toBe(true);
    expect(session.dictionaryUrl).toBe(NO_DICTIONARY_URL);
  });

  it('cancels remote requests and lets the app through', () => {
    const decide = (url: string) => {
      let cancel: boolean | null = null;
      session.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('https://example.com/track.gif')).toBe(true);
    expect(decide('app://dyade/index.html')).toBe(false);
  });

  it('refuses downloads to disk', () => {
    let prevented = false;
    session.emit('will-download', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });
});
