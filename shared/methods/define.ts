import type { z } from 'zod';

/** One contract method: the zod schema of its input and of its output. */
export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}
