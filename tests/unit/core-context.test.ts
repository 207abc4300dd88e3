import { describe, expect, it } from 'vitest';
import type { ReadableDb, WritableDb } from '../../electron/core/db/transaction';

describe('the vault db brands', () => {
  it('let a write be read, but never a read write (checked by tsc)', () => {
    const check = (read: ReadableDb, write: WritableDb): unknown[] => {
      const widened: ReadableDb = write;
      // @ts-expect-error a read has no insert builder
      const insert: unknown = read.insertInto;
      // @ts-expect-error a read connection does not pass for a write one
      const narrowed: WritableDb = read;
      return [widened, insert, narrowed];
    };
    expect(typeof check).toBe('function');
  });
});
