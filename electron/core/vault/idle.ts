/** The idle-lock rule: lock once the app has seen no activity for `idleLockMinutes` or more. */
export function isIdleExpired(lastActivity: Date, now: Date, idleLockMinutes: number): boolean {
  return now.getTime() - lastActivity.getTime() >= idleLockMinutes * 60_000;
}
