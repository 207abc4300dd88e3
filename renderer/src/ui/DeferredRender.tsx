import { useDeferredValue, type ReactNode } from 'react';

/**
 * Its children, one render later than the rest: the first render leaves them out, and React renders
 * them right after in the background (useDeferredValue's initial value, an interruptible pass that
 * yields to the browser). For what a first look can do without, beside or below the main thing on a
 * screen, so the main thing is on screen sooner: a case's map comes before its panels. Keep the space
 * they take fixed by the layout around them (a grid track, a place below the fold), so nothing moves
 * when they arrive.
 */
export function DeferredRender({ children }: { children: ReactNode }) {
  const ready = useDeferredValue(true, false);
  return ready ? children : null;
}
