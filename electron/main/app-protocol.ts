import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { APP_SCHEME, isAppUrl, parseUrl } from './app-url';

/** Registered as privileged before `ready`: a standard, secure origin that may use fetch for its own files. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an `app://dyade/…` URL to a file under `rootDir`, or null when the URL is not ours or tries
 * to leave the folder (dot segments, encoded dots or slashes, backslashes, drive letters, NUL, `//`).
 */
export function resolveAppFile(url: string, rootDir: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed || !isAppUrl(url)) return null;
  const rawPath = parsed.pathname;
  if (rawPath === '' || rawPath === '/') return join(resolve(rootDir), 'index.html');
  if (rawPath.includes('\\') || /%5c/i.test(rawPath)) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.endsWith('/') || decoded.includes('//')) return null;
  const segments = decoded.slice(1).split('/');
  const unsafe = segments.some((segment) => segment === '' || segment === '.' || segment === '..' || /[\\:\0]/.test(segment));
  if (unsafe) return null;

  const root = resolve(rootDir);
  const filePath = join(root, ...segments);
  const fromRoot = relative(root, filePath);
  if (fromRoot === '' || fromRoot.startsWith(`..${sep}`) || fromRoot === '..' || isAbsolute(fromRoot)) return null;
  return filePath;
}

/** Headers on every app:// response: the CSP, no MIME sniffing, no referrer, own browsing context. */
export function appResponseHeaders(filePath: string, csp: string): Record<string, string> {
  return {
    'Content-Type': mimeTypeFor(filePath),
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

export interface AppRequest {
  url: string;
  method: string;
}

export interface ServeOptions {
  rootDir: string;
  csp: string;
  readFile: (path: string) => Promise<Uint8Array>;
}

function isMissingFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

function plainResponse(status: number, text: string, csp: string): Response {
  return new Response(text, { status, headers: appResponseHeaders('response.txt', csp) });
}

/** The `protocol.handle('app', …)` handler body: GET or HEAD of one file under the renderer folder. */
export async function serveAppRequest(request: AppRequest, options: ServeOptions): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed', options.csp);
  const filePath = resolveAppFile(request.url, options.rootDir);
  if (filePath === null) return plainResponse(404, 'Not found', options.csp);
  try {
    const body = await options.readFile(filePath);
    const headers = appResponseHeaders(filePath, options.csp);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  } catch (error) {
    return isMissingFile(error) ? plainResponse(404, 'Not found', options.csp) : plainResponse(500, 'Could not read file', options.csp);
  }
}
