import { isAppUrl, type OriginOptions } from './app-url';

/**
 * Permission policy: Dyade needs no camera, microphone, location, notifications, clipboard access,
 * devices, or anything else a web page can ask for, so every request and check is denied. The copy
 * buttons (recovery code, step-2 text) go through main (`clipboard.copy`), which also clears what
 * they copied; typing and Ctrl+C/Ctrl+V in fields need no permission.
 */
export const APP_ONLY_PERMISSIONS: ReadonlySet<string> = new Set();

export function isPermissionGranted(permission: string, requestingUrl: string | null | undefined, options: OriginOptions = {}): boolean {
  return APP_ONLY_PERMISSIONS.has(permission) && isAppUrl(requestingUrl, options);
}
