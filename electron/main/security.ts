import type { Session, WebContents } from 'electron';
import { isAppUrl, type OriginOptions } from './app-url';
import { networkDecision } from './network-policy';
import { isPermissionGranted } from './permissions';

/** A URL under the reserved `.invalid` domain: the spellchecker could never download a dictionary from it. */
export const NO_DICTIONARY_URL = 'https://spellcheck.invalid/';

/** A navigation the guard decides on: `will-navigate`, `will-redirect`, `will-frame-navigate`. */
interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps a web contents on the app: navigations and redirects to anything else are stopped, new
 * windows are refused (external links are not opened elsewhere either: nothing leaves the device),
 * and <webview> can never attach.
 */
export function guardWebContents(contents: GuardedContents, options: OriginOptions = {}): void {
  const stayOnApp = (event: NavigationEvent) => {
    if (!isAppUrl(event.url, options)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);
  contents.on('will-frame-navigate', stayOnApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export type HardenedSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setSpellCheckerEnabled'
  | 'setSpellCheckerDictionaryDownloadURL'
  | 'on'
> & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

/**
 * Session-wide policy: deny every permission request and check (but the app's own clipboard writes), cancel every request that is not
 * the app's own, no spellchecker downloads, and no downloads to disk (case data must stay in the vault).
 */
export function hardenSession(session: HardenedSession, options: OriginOptions = {}): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isPermissionGranted(permission, details.requestingUrl, options)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin, options));
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_URL);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: networkDecision(details.url, options) === 'cancel' });
  });
  session.on('will-download', (event) => event.preventDefault());
}
