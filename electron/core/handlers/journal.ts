import type { journalMethods } from '../../../shared/methods/journal';
import type { HandlerContext, HandlersFor } from './context';

export type JournalMethodName = keyof typeof journalMethods;

/** Journal, prompts, the case timeline and search: contract method → service. */
export function journalHandlers(_context: HandlerContext): HandlersFor<JournalMethodName> {
  return {};
}
