import type { AppErrorShape, DyadeBridge, EventName, EventPayload, MethodInput, MethodName, MethodOutput, Result } from '../../../shared/contract';

declare global {
  interface Window {
    dyade?: DyadeBridge;
  }
}

/** A failed contract call; `code` is stable and translated by the UI (errors.<code>). */
export class ApiError extends Error {
  readonly code: AppErrorShape['code'];
  readonly details: AppErrorShape['details'];

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.details = shape.details;
  }
}

function bridge(): DyadeBridge {
  if (!window.dyade) throw new ApiError({ code: 'INTERNAL', message: 'The Dyade bridge is missing.' });
  return window.dyade;
}

/** Call a contract method; resolves with its typed output or throws an ApiError. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = (await bridge().invoke(method, input)) as Result<MethodOutput<M>>;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** Listen to an event pushed by the main process; returns the unsubscribe function. */
export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return bridge().on(event, (payload) => listener(payload as EventPayload<E>));
}

export function errorCode(error: unknown): AppErrorShape['code'] {
  return error instanceof ApiError ? error.code : 'INTERNAL';
}
