/** The search API: full-text search over the vault. */
import { z } from 'zod';
import { SearchQuery, SearchResult } from '../domain/journal';
import { method } from './define';

export const searchApi = {
  /** Full-text search in the vault; the query itself is never stored. */
  'search.query': method(SearchQuery, z.object({ results: z.array(SearchResult) })),
} as const;
