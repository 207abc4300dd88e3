import { useCallback, useState } from 'react';

export type UndoWhat =
  'factorAdded' | 'factorChanged' | 'factorRemoved' | 'factorMoved' | 'relationship' | 'chain' | 'chainRemoved' | 'person' | 'personRemoved';

export interface UndoStep {
  what: UndoWhat;
  revert(): Promise<void>;
}

/** One step of undo: the last change on the case, reverted by calling the contract again. */
export function useUndo() {
  const [last, setLast] = useState<UndoStep | null>(null);
  const [undone, setUndone] = useState<UndoWhat | null>(null);
  const record = useCallback((step: UndoStep) => {
    setLast(step);
    setUndone(null);
  }, []);
  const undo = useCallback(async () => {
    if (!last) return;
    const step = last;
    setLast(null);
    await step.revert();
    setUndone(step.what);
  }, [last]);
  return { last, undone, record, undo };
}
