import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../electron/main/app-url';
import { guardWebContents, type GuardedContents } from '../../electron/main/security';

const dev = { devServerUrl: 'http://localhost:5173/' };

describe('isAppUrl', () => {
  it.each([APP_ENTRY_URL, 'app://dyade/', 'app://dyade/assets/index-abc.js', 'app://DYADE/index.html#/cases'])('accepts the app page %s', (url) =>
    expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    'app://dyade.evil.com/index.html',
    'app://dyade@evil/index.html',
    'app://evil@dyade/index.html',
    'app://dyade:1234/index.html',
    'app://evil/index.html',
    'app:dyade/index.html',
    'https://dyade/index.html',
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'file://dyade/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://dyade/3f1c',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/index.html',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));

  it('refuses non-strings', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl({ toString: () => APP_ENTRY_URL })).toBe(false);
  });

  it('accepts the loopback dev server in development, by origin and not by prefix', () => {
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173.evil.com/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:51730/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173@evil.com/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false);
  });

  it('ignores a dev server URL that is not on loopback', () => {
    expect(isAppUrl('http://evil.com:5173/', { devServerUrl: 'http://evil.com:5173/' })).toBe(false);
    expect(isAppUrl('https://localhost:5173/', { devServerUrl: 'https://localhost:5173/' })).toBe(false);
  });
});

class FakeContents extends EventEmitter {
  openHandler: (() => { action: string }) | null = null;
  setWindowOpenHandler(handler: () => { action: string }): void {
    this.openHandler = handler;
  }
}

function navigate(contents: FakeContents, event: string, url: string): boolean {
  let prevented = false;
  contents.emit(event, { url, preventDefault: () => (prevented = true) });
  return prevented;
}

describe('guardWebContents', () => {
  const contents = new FakeContents();
  guardWebContents(contents as unknown as GuardedContents);

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('stops %s away from the app', (event) => {
    expect(navigate(contents, event, 'https://example.com/')).toBe(true);
    expect(navigate(contents, event, 'app://dyade.evil.com/')).toBe(true);
    expect(navigate(contents, event, 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, event, APP_ENTRY_URL)).toBe(false);
  });

  it('denies every new window, external links included', () => {
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
  });

  it('never lets a <webview> attach', () => {
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });
});
