/**
 * Focus rules: focus never drops to <body>. After a route change it goes to the page's heading;
 * when a dialog closes it goes back to what opened it, or to a named place when that is gone.
 */

/** Is the element still in the page and something a user can see and focus? */
export function isFocusable(element: Element | null | undefined): element is HTMLElement | SVGElement {
  if (!element || !element.isConnected) return false;
  if (!(element instanceof HTMLElement || element instanceof SVGElement)) return false;
  if (element === document.body || element === document.documentElement) return false;
  if ((element as HTMLButtonElement).disabled) return false;
  if (element.closest('[inert], [hidden], [aria-hidden="true"]')) return false;
  const rects = element.getClientRects();
  return rects.length > 0;
}

/** Focus an element without scrolling the page oddly; returns whether focus arrived. */
export function focusElement(element: Element | null | undefined, options?: FocusOptions): boolean {
  if (!isFocusable(element)) return false;
  element.focus(options);
  return document.activeElement === element;
}

/** The page's own focus target: an element marked data-route-focus, else the main landmark's h1. */
export function pageHeading(): HTMLElement | null {
  const main = document.querySelector('main');
  const root: ParentNode = main ?? document;
  const target = root.querySelector<HTMLElement>('[data-route-focus]') ?? root.querySelector<HTMLElement>('h1');
  if (target && !target.hasAttribute('tabindex') && !target.matches('a, button, input, select, textarea')) target.tabIndex = -1;
  return target;
}

/** Move focus to the page's heading; falls back to the main landmark. */
export function focusPageHeading(options?: FocusOptions): boolean {
  if (focusElement(pageHeading(), options)) return true;
  const main = document.querySelector<HTMLElement>('main');
  return focusElement(main, options);
}

/** Focus the first element that works from a list of candidates (elements or selectors), else the page heading. */
export function restoreFocus(...candidates: Array<Element | string | null | undefined>): void {
  for (const candidate of candidates) {
    const element = typeof candidate === 'string' ? document.querySelector(candidate) : candidate;
    if (focusElement(element)) return;
  }
  focusPageHeading();
}

/** True when focus has been lost: on <body>, nowhere, or on an element that left the page. */
export function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

/**
 * Run fn once the page has rendered what it is waiting for: on each animation frame until it returns true
 * or the time is up (data for a page may still be loading when its route changes).
 */
export function whenReady(fn: () => boolean, timeoutMs = 3000, onTimeout?: () => void): () => void {
  const started = performance.now();
  let frame = 0;
  const tick = () => {
    if (fn()) return;
    if (performance.now() - started > timeoutMs) {
      onTimeout?.();
      return;
    }
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}
