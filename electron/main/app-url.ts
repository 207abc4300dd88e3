/**
 * The app's own origin and the one test every guard uses: is this URL ours?
 * URLs are parsed and compared by protocol and host, never by string prefix, so
 * `app://dyade.evil.com`, `app://dyade@evil` and `http://localhost:5173.evil.com` are strangers.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dyade';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export interface OriginOptions {
  /** The electron-vite dev server (development only); ignored unless it is on loopback. */
  devServerUrl?: string | undefined;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The dev server URL, but only when it is plain http on a loopback host without credentials. */
export function loopbackDevServer(devServerUrl: string | undefined): URL | null {
  const parsed = parseUrl(devServerUrl);
  if (!parsed || parsed.protocol !== 'http:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return LOOPBACK_HOSTS.has(parsed.hostname.toLowerCase()) ? parsed : null;
}

function isOwnAppOrigin(parsed: URL): boolean {
  return (
    parsed.protocol === `${APP_SCHEME}:` && parsed.hostname.toLowerCase() === APP_HOST && parsed.port === '' && parsed.username === '' && parsed.password === ''
  );
}

function isDevServerOrigin(parsed: URL, devServer: URL | null): boolean {
  return (
    devServer !== null &&
    parsed.protocol === devServer.protocol &&
    parsed.host.toLowerCase() === devServer.host.toLowerCase() &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** True only for a page of the app itself: `app://dyade/…`, or the loopback dev server in development. */
export function isAppUrl(url: unknown, options: OriginOptions = {}): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return isOwnAppOrigin(parsed) || isDevServerOrigin(parsed, loopbackDevServer(options.devServerUrl));
}
