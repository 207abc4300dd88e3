import { contract, isMethodName, type MethodName, type MethodOutput, type ParsedInput, type Result } from '../../shared/contract';
import { AppError, isAppError } from './errors';

export type Handler<M extends MethodName> = (input: ParsedInput<M>) => Promise<MethodOutput<M>> | MethodOutput<M>;
export type Handlers = { [M in MethodName]: Handler<M> };

export type Dispatch = (method: unknown, input: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Where unexpected errors go (with their stack); never to the renderer. */
  logError?: (method: string, error: unknown) => void;
}

/**
 * Turns the handler table into the one entry point the ipc host and the test harness call:
 * checks the method is in the contract, parses input and output, and wraps every outcome in
 * the `{ ok, value | error }` envelope. Output is parsed too, so nothing outside the schema
 * (a key, a stack, a path the schema does not name) can cross the bridge.
 */
export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown method: ${String(method).slice(0, 80)}` } };
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: `Invalid input for ${method}`,
          details: {
            issues: parsed.error.issues.map((issue) => ({
              path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
              message: issue.message,
              code: issue.code,
              ...(issue.code === 'too_big' ? { maximum: Number(issue.maximum) } : {}),
            })),
          },
        },
      };
    }
    try {
      const handler = handlers[method] as (input: unknown) => Promise<unknown> | unknown;
      const value = await handler(parsed.data);
      return { ok: true, value: spec.output.parse(value) };
    } catch (error) {
      if (isAppError(error)) return { ok: false, error: error.toShape() };
      options.logError?.(method, error);
      return { ok: false, error: new AppError('INTERNAL', 'An unexpected error occurred.').toShape() };
    }
  };
}

/** The handlers of one slice of the contract (one domain's handlers.ts). */
export type HandlersFor<Names extends MethodName> = Pick<Handlers, Names>;
