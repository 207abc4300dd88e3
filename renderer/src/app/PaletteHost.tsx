import { useEffect, useState, type ComponentType } from 'react';
import type { SessionInfo } from '../../../shared/contract';
import { withAllStrings } from '../lib/i18n';

const loadSearch = withAllStrings(() => import('../features/search'));

type PaletteProps = { session: SessionInfo | null; onLock(): void; defaultOpen?: boolean };

function isPaletteKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}

/**
 * The command palette (Ctrl/Cmd+K), with search's code in a chunk of its own: it loads once a vault
 * is unlocked, or at the first Ctrl+K on the start screen (and then opens), never with the first screen.
 */
export function PaletteHost({ session, onLock }: { session: SessionInfo | null; onLock(): void }) {
  // Asked for by a Ctrl+K before the palette was there to hear it.
  const [asked, setAsked] = useState(false);
  const [Palette, setPalette] = useState<ComponentType<PaletteProps> | null>(null);
  const wanted = asked || session !== null;
  useEffect(() => {
    if (!wanted || Palette) return undefined;
    let live = true;
    loadSearch().then(
      ({ CommandPalette }) => live && setPalette(() => CommandPalette),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, Palette]);
  // Until the palette is there to listen itself, a Ctrl+K loads it and opens it.
  useEffect(() => {
    if (Palette) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!isPaletteKey(event)) return;
      event.preventDefault();
      setAsked(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [Palette]);
  return Palette ? <Palette session={session} onLock={onLock} defaultOpen={asked} /> : null;
}
