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
/**
 * A file or folder the user chose in a dialog, as the opaque one-time token the core handed out for
 * it (`dialog.pick*`). The renderer never sends a path: only the core knows which one a token stands for.
 */
export const FileToken = z.string().regex(/^ft_[A-Za-z0-9_-]{24}$/, 'a token from dialog.pickFolder, pickSaveFile or pickOpenFile');
/** What a dialog answers: the token to pass on, and the path to show (never to send back); both null when cancelled. */
export const FileChoice = z.object({ token: FileToken.nullable(), path: z.string().nullable() });
