import type { ErrorCode } from '../../shared/contract';

/**
 * Exit statuses of `dyade`. 0–5 are the ones the product brief fixes; 6, 7 and 130 are ours and
 * are listed in `dyade --help`, so scripts can tell "fix the environment and retry" (6) from
 * "report a bug" (7) and "the user stopped it" (130).
 */
export const EXIT = {
  ok: 0,
  /** Bad arguments, and refusals caused by what was asked (weak passphrase, folder not empty …). */
  usage: 1,
  wrongPassphrase: 2,
  /** Not a vault, a damaged or tampered header or database, or a failed integrity check. */
  damaged: 3,
  tooNew: 4,
  inUse: 5,
  /** Reading or writing files failed, or the disk is full: the vault itself is not at fault. */
  io: 6,
  /** Something that should not happen: a bug in Dyade. */
  internal: 7,
  /** Cancelled with Ctrl+C (128 + SIGINT, as shells report it). */
  cancelled: 130,
} as const;
export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

/**
 * One exit status per contract error code. The mapping is total (a new code in the contract fails
 * type checking here), so no failure falls through to a surprising status.
 */
const EXIT_FOR_ERROR: Record<ErrorCode, ExitStatus> = {
  INVALID_INPUT: EXIT.usage,
  WEAK_PASSPHRASE: EXIT.usage,
  FOLDER_NOT_EMPTY: EXIT.usage,
  CONFLICT: EXIT.usage,
  NOT_FOUND: EXIT.usage,
  LAST_MEMBER: EXIT.usage,
  KEY_ROTATION_BLOCKED: EXIT.usage,
  WRONG_PASSPHRASE: EXIT.wrongPassphrase,
  TOO_MANY_ATTEMPTS: EXIT.wrongPassphrase,
  VAULT_KEY_RETIRED: EXIT.wrongPassphrase,
  NOT_A_VAULT: EXIT.damaged,
  VAULT_HEADER_INVALID: EXIT.damaged,
  VAULT_CORRUPT: EXIT.damaged,
  VAULT_TOO_NEW: EXIT.tooNew,
  VAULT_IN_USE: EXIT.inUse,
  IO_ERROR: EXIT.io,
  DISK_FULL: EXIT.io,
  CANCELLED: EXIT.cancelled,
  // The CLI drives the core in a fixed order (unlock, act, lock), so these mean a bug, not a user error.
  INTERNAL: EXIT.internal,
  UNKNOWN_METHOD: EXIT.internal,
  FILE_CHOICE_EXPIRED: EXIT.internal,
  FORBIDDEN: EXIT.internal,
  VAULT_LOCKED: EXIT.internal,
  VAULT_ALREADY_UNLOCKED: EXIT.internal,
};

export function exitStatusFor(code: ErrorCode): ExitStatus {
  return EXIT_FOR_ERROR[code];
}
