import type { exchangeMethods } from '../../../shared/methods/exchange';
import type { HandlerContext, HandlersFor } from './context';

export type ExchangeMethodName = keyof typeof exchangeMethods;

/** Exchange files, reports, access export, retention and erasure: contract method → service. */
export function exchangeHandlers(_context: HandlerContext): HandlersFor<ExchangeMethodName> {
  return {};
}
