import type { MethodName } from '../../../shared/contract';

/**
 * The cache key of a contract method's answer: the method name, then what narrows it (an id or the input).
 * `queryKey('cases.list')` alone matches every cases.list answer when invalidating.
 */
export function queryKey<M extends MethodName>(method: M, ...scope: [] | [unknown]): readonly [M, ...unknown[]] {
  return [method, ...scope];
}
