import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, mimeTypeFor, resolveAppFile, serveAppRequest } from '../../electron/main/app-protocol';
import { contentSecurityPolicy } from '../../electron/main/csp';

const root = resolve('/srv/dyade/out/renderer');

describe('resolveAppFile', () => {
  it('maps the root to index.html and files to paths under the renderer folder', () => {
    expect(resolveAppFile('app://dyade/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://dyade', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://dyade/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://dyade/assets/index-Bx1.js?v=1#top', root)).toBe(join(root, 'assets', 'index-Bx1.js'));
    expect(resolveAppFile('app://dyade/assets/Inter%20Var.woff2', root)).toBe(join(root, 'assets', 'Inter Var.woff2'));
  });

  it.each([
    'app://dyade/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://dyade/assets/%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://dyade/..%2f..%2fsecret',
    'app://dyade/assets%2f..%2f..%2fsecret',
    'app://dyade/..%5c..%5csecret',
    'app://dyade/assets\\..\\..\\secret',
    'app://dyade//etc/passwd',
    'app://dyade/%2Fetc%2Fpasswd',
    'app://dyade/C:%5CWindows%5Cwin.ini',
    'app://dyade/c:/windows/win.ini',
    'app://dyade/index.html%00.png',
    'app://dyade/assets/',
    'app://dyade/%E0%A4%A',
    'app://dyade.evil.com/index.html',
    'app://dyade@evil/index.html',
    'file:///etc/passwd',
    'https://dyade/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('keeps plain dot segments inside the folder (the URL parser resolves them first)', () => {
    const resolved = resolveAppFile('app://dyade/../../etc/passwd', root);
    expect(resolved).toBe(join(root, 'etc', 'passwd'));
  });
});

describe('mimeTypeFor', () => {
  it('names the types a built renderer uses and falls back to bytes', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});

describe('serveAppRequest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyade-app-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Dyade</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'dyade-secret.txt'), 'secret');
  const csp = contentSecurityPolicy();
  const serve = (url: string, method = 'GET') => serveAppRequest({ url, method }, { rootDir: dir, csp, readFile });

  it('serves index.html with the CSP and nosniff headers', async () => {
    const response = await serve('app://dyade/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Dyade</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await serve('app://dyade/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for missing files and traversal, never the file outside', async () => {
    expect((await serve('app://dyade/missing.js')).status).toBe(404);
    const escape = await serve('app://dyade/%2e%2e%2fdyade-secret.txt');
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('secret');
    expect(escape.headers.get('content-security-policy')).toBe(csp);
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await serve('app://dyade/', 'POST')).status).toBe(405);
    const head = await serve('app://dyade/', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('app scheme privileges', () => {
  it('is a standard, secure scheme with fetch and nothing that bypasses the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });
});
