import { APP_SCHEME, isAppUrl, loopbackDevServer, parseUrl, type OriginOptions } from './app-url';

export type NetworkDecision = 'allow' | 'cancel';

/** Schemes whose content lives in the renderer's memory; nothing leaves the device. */
const IN_MEMORY_SCHEMES = new Set(['data:', 'blob:']);

/**
 * What `session.webRequest.onBeforeRequest` does with a request: only the app's own protocol and
 * in-memory data are allowed; in development also the loopback dev server (http and its HMR
 * websocket) and DevTools' own pages. Everything else, including every remote host, is cancelled.
 */
export function networkDecision(url: string, options: OriginOptions = {}): NetworkDecision {
  const parsed = parseUrl(url);
  if (!parsed) return 'cancel';
  if (parsed.protocol === `${APP_SCHEME}:`) return isAppUrl(url) ? 'allow' : 'cancel';
  if (IN_MEMORY_SCHEMES.has(parsed.protocol)) return 'allow';

  const devServer = loopbackDevServer(options.devServerUrl);
  if (devServer === null) return 'cancel';
  if (parsed.protocol === 'devtools:') return 'allow';
  const sameHost = parsed.host.toLowerCase() === devServer.host.toLowerCase();
  const noCredentials = parsed.username === '' && parsed.password === '';
  if (sameHost && noCredentials && (parsed.protocol === 'http:' || parsed.protocol === 'ws:')) return 'allow';
  return 'cancel';
}
