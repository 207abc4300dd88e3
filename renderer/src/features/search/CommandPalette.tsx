import type { SessionInfo } from '../../../../shared/contract';

/** Ctrl/Cmd+K from anywhere: search results and commands (built with the search feature). */
export function CommandPalette(_props: { session: SessionInfo | null; onLock(): void }) {
  return null;
}
