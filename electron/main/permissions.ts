/**
 * Permission policy: Dyade needs no camera, microphone, location, notifications, clipboard reads,
 * devices, or anything else a web page can ask for, so every request and every check is denied.
 * Copy and paste keep working through the Edit menu's native roles, which need no permission.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

export function isPermissionGranted(permission: string): boolean {
  return GRANTED_PERMISSIONS.has(permission);
}
