/**
 * The app's shared polite live region is fed from here: phase changes, map moves, added contributions and nudges
 * (saves are told by each form's own save state, ui/SaveState).
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
