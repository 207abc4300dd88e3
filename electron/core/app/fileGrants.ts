import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { FileGrantPurpose } from '../../../shared/contract';
import { AppError } from '../errors';

/** How long a choice made in a dialog stays usable: longer than anyone fills in the dialog it belongs to. */
export const GRANT_LIFETIME_MS = 30 * 60 * 1000;
/** The most choices waiting at once; the oldest drops off first (a page that asks and never uses them). */
const MAX_OPEN_GRANTS = 64;

interface Grant {
  purpose: FileGrantPurpose;
  path: string;
  expiresAt: number;
}

/**
 * The renderer never names a file. A native dialog (main) or the command line (its own arguments)
 * chooses a path; the core keeps it here and the page only gets an opaque token, good for one use and
 * one purpose: the report the user chose to save, the folder chosen for a new vault. A page that
 * was taken over can still ask for a dialog, but the user sees it and chooses.
 */
export class FileGrants {
  private readonly grants = new Map<string, Grant>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** A token for `path`, chosen for `purpose`. */
  grant(purpose: FileGrantPurpose, path: string): string {
    this.sweep();
    while (this.grants.size >= MAX_OPEN_GRANTS) {
      const oldest = this.grants.keys().next().value;
      if (oldest === undefined) break;
      this.grants.delete(oldest);
    }
    const token = `ft_${randomBytes(18).toString('base64url')}`;
    this.grants.set(token, { purpose, path: resolve(path), expiresAt: this.clock() + GRANT_LIFETIME_MS });
    return token;
  }

  /**
   * Run `work` on the path behind a token; once it succeeded the token is used up. A failed attempt
   * (a wrong passphrase, a full disk) can be tried again with the same choice.
   */
  async use<T>(token: string, purposes: readonly FileGrantPurpose[], work: (path: string) => Promise<T>): Promise<T> {
    const result = await work(this.peek(token, ...purposes));
    this.grants.delete(token);
    return result;
  }

  /** The path behind a token without using it up (a preview before the import). FILE_CHOICE_EXPIRED when unknown, used, expired or for another purpose. */
  peek(token: string, ...purposes: FileGrantPurpose[]): string {
    this.sweep();
    const grant = this.grants.get(token);
    if (!grant || !purposes.includes(grant.purpose)) {
      throw new AppError('FILE_CHOICE_EXPIRED', 'No file or folder was chosen for this in a dialog, or that choice was used or has expired.', {
        reason: grant ? 'other-purpose' : 'unknown',
      });
    }
    return grant.path;
  }

  private sweep(): void {
    const now = this.clock();
    for (const [token, grant] of this.grants) if (grant.expiresAt <= now) this.grants.delete(token);
  }
}
