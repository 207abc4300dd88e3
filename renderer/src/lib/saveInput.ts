/** A stored item as the input that saves it again: the core sets the timestamps itself. */
export function saveInput<T extends { createdAt: string; updatedAt: string }>(item: T): Omit<T, 'createdAt' | 'updatedAt'> {
  const { createdAt: _created, updatedAt: _updated, ...rest } = item;
  return rest;
}
