import { useEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * Save as you type: keeps the typed value locally and calls `save` once typing pauses, and on unmount,
 * so nothing typed is lost when the user moves on or the vault locks.
 */
export function useAutosave<T>(initial: T, save: (value: T) => Promise<void>, delayMs = 500) {
  const [value, setValue] = useState(initial);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<unknown>(null);
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<number | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = async () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    pending.current = null;
    if (!next) return;
    setState('saving');
    try {
      await saveRef.current(next.value);
      setError(null);
      setState('saved');
    } catch (err) {
      setError(err);
      setState('error');
    }
  };

  const change = (next: T) => {
    setValue(next);
    pending.current = { value: next };
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), delayMs);
  };

  useEffect(
    () => () => {
      void flush();
    },
    [],
  );

  return { value, change, flush, state, error, reset: setValue };
}
