/** The building blocks every API slice uses: `method()` and the small value schemas they share. */
import { z } from 'zod';

/** One contract method: the zod schema of its input and of its output. */
export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

/** The input of a method that takes nothing. */
export const Empty = z.object({}).strict();
/** The output of a method that returns nothing. */
export const Nothing = z.null();
export const IsoTime = z.string().datetime({ offset: true });
/** An absolute file path chosen by the user (a save or open dialog, or the test harness). */
export const FilePath = z.string().min(1).max(4096);
