import { isAppUrl, type OriginOptions } from './app-url';

/**
 * Permission policy: Dyade needs no camera, microphone, location, notifications, clipboard reads,
 * devices, or anything else a web page can ask for, so every request and check is denied, with one
 * exception: the app's own page may write text to the clipboard (Chromium asks this for every
 * `navigator.clipboard.writeText`, which the "copy recovery code" button uses; it stays on the device).
 */
export const APP_ONLY_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(permission: string, requestingUrl: string | null | undefined, options: OriginOptions = {}): boolean {
  return APP_ONLY_PERMISSIONS.has(permission) && isAppUrl(requestingUrl, options);
}
