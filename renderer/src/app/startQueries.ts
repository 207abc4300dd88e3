import type { QueryClient } from '@tanstack/react-query';
import { call } from '../lib/api';
import { queryKey } from '../lib/queryKeys';

/** What the shell asks the core before it can show any page: the app's facts and whether a vault is open. */
export const appInfoQuery = { queryKey: queryKey('app.info'), queryFn: () => call('app.info', {}), staleTime: Infinity } as const;
export const vaultStatusQuery = { queryKey: queryKey('vault.status'), queryFn: () => call('vault.status', {}) } as const;

/** Ask both before React's first render, so the core's answers travel while the page renders its shell. */
export function prefetchStartQueries(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(appInfoQuery);
  void queryClient.prefetchQuery(vaultStatusQuery);
}
