import type { sessionMethods } from '../../../shared/methods/sessions';
import type { HandlerContext, HandlersFor } from './context';

export type SessionMethodName = keyof typeof sessionMethods;

/** Intervision sessions: contract method → service. */
export function sessionHandlers(_context: HandlerContext): HandlersFor<SessionMethodName> {
  return {};
}
