/** The part of Electron's clipboard this uses (injected, so the policy is tested without Electron). */
export interface TextClipboard {
  writeText(text: string): void;
  readText(): string;
  clear(): void;
}

interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Text copied out of a sensitive place (the recovery code, the meldcode's step-2 text) leaves the
 * clipboard again by itself: after a while, when the vault locks and when the app quits. Only while
 * the clipboard still holds what Dyade put there: something the user copied since is left alone.
 */
export class SensitiveClipboard {
  private held: { text: string; timer: unknown } | null = null;

  constructor(
    private readonly clipboard: TextClipboard,
    private readonly timers: Timers = {
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
    },
  ) {}

  copy(text: string, clearAfterMs: number): void {
    this.forget();
    this.clipboard.writeText(text);
    const timer = this.timers.setTimeout(() => this.clearNow(), clearAfterMs);
    // A pending clear must not keep the process alive at quit (Node timers have unref).
    (timer as { unref?: () => void } | null)?.unref?.();
    this.held = { text, timer };
  }

  /** Clear now if the clipboard still holds the copied text. */
  clearNow(): void {
    const held = this.held;
    this.forget();
    if (held && this.clipboard.readText() === held.text) this.clipboard.clear();
  }

  private forget(): void {
    if (this.held) this.timers.clearTimeout(this.held.timer);
    this.held = null;
  }
}
