import { describe, expect, it } from 'vitest';
import { networkDecision } from '../../electron/main/network-policy';

const dev = { devServerUrl: 'http://localhost:5173' };

describe('networkDecision', () => {
  it.each(['app://dyade/index.html', 'app://dyade/assets/font.woff2', 'data:image/png;base64,AAAA', 'blob:app://dyade/1c2d'])(
    'allows the app and in-memory data: %s',
    (url) => expect(networkDecision(url)).toBe('allow'),
  );

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'https://redirector.gvt1.com/edgedl/chrome/dict/nl-nl-3-0.bdic',
    'https://spellcheck.invalid/en-US-10-1.bdic',
    'app://dyade.evil.com/x.js',
    'app://dyade@evil/x.js',
    'file:///etc/passwd',
    'ftp://example.com/',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/x.js',
    'chrome://gpu',
    'garbage',
  ])('cancels %s in production', (url) => expect(networkDecision(url)).toBe('cancel'));

  it('allows the loopback dev server, its HMR websocket and DevTools in development', () => {
    expect(networkDecision('http://localhost:5173/src/main.tsx', dev)).toBe('allow');
    expect(networkDecision('ws://localhost:5173/', dev)).toBe('allow');
    expect(networkDecision('devtools://devtools/bundled/inspector.html', dev)).toBe('allow');
  });

  it('still cancels everything else in development', () => {
    expect(networkDecision('http://localhost:5173.evil.com/', dev)).toBe('cancel');
    expect(networkDecision('http://localhost:8080/', dev)).toBe('cancel');
    expect(networkDecision('https://localhost:5173/', dev)).toBe('cancel');
    expect(networkDecision('https://example.com/', dev)).toBe('cancel');
    expect(networkDecision('chrome-extension://abc/x.js', dev)).toBe('cancel');
  });

  it('does not trust a dev server that is not on loopback', () => {
    const remote = { devServerUrl: 'http://evil.example:5173' };
    expect(networkDecision('http://evil.example:5173/', remote)).toBe('cancel');
    expect(networkDecision('devtools://devtools/bundled/inspector.html', remote)).toBe('cancel');
  });
});
