import { useSyncExternalStore } from 'react';
import { onEvent } from '../../lib/api';

/**
 * Which sessions have a presentation window open, as main tells it (`presenter.changed`, also when the
 * window was closed with Esc or by a lock), so the runner offers "Presentatie sluiten" only then. Kept
 * in this window's sessionStorage (session ids only), so a reload of the runner still knows.
 */
const STORAGE_KEY = 'dyade.presenting';
const open = new Set<string>(stored());
const listeners = new Set<() => void>();
let listening = false;

function stored(): string[] {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** From the start, not only while a runner is shown: a presentation closed meanwhile (Esc, the lock) is heard too. */
function listen(): void {
  if (listening || !window.dyade) return;
  listening = true;
  onEvent('presenter.changed', ({ sessionId, open: isOpen }) => {
    if (isOpen) open.add(sessionId);
    else open.delete(sessionId);
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...open]));
    } catch {
      // Storage refused: the runner still knows until it reloads.
    }
    for (const notify of listeners) notify();
  });
}
listen();

function subscribe(listener: () => void): () => void {
  listen();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the session's presentation window is open. */
export function usePresenting(sessionId: string): boolean {
  return useSyncExternalStore(subscribe, () => open.has(sessionId));
}
