import { useEffect, useRef } from 'react';

/**
 * The app's one polite live region is fed from here: phase changes, map moves, saves and nudges.
 * Screens call announce(); the shell renders the region (ui/LiveRegion) and shows the latest message.
 */
type Listener = (message: string) => void;

const listeners = new Set<Listener>();

export function announce(message: string): void {
  const text = message.trim();
  if (!text) return;
  for (const listener of listeners) listener(text);
}

export function onAnnounce(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tell the live region once each time a save-as-you-type form reaches "saved". */
export function useAnnounceSaved(state: string, message: string): void {
  const previous = useRef(state);
  useEffect(() => {
    if (state === 'saved' && previous.current !== 'saved') announce(message);
    previous.current = state;
  }, [state, message]);
}
