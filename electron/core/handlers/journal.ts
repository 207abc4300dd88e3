import type { journalApi } from '../../../shared/api/journal';
import { JournalService } from '../services/journal';
import { noteSearchPerformed } from '../reports/audit-notes';
import { SearchService } from '../services/search';
import type { HandlerContext, HandlersFor } from './context';

export type JournalMethodName = keyof typeof journalApi | 'timeline.get' | 'search.query';

/** Journal, prompts and search: contract method → service. */
export function journalHandlers({ vault, serial }: HandlerContext): HandlersFor<Exclude<JournalMethodName, 'timeline.get'>> {
  const journal = new JournalService(vault);
  const search = new SearchService(vault);
  return {
    'journal.list': serial<'journal.list'>((input) => journal.list(input)),
    'journal.get': serial<'journal.get'>(({ id }) => journal.get(id)),
    'journal.create': serial<'journal.create'>((input) => journal.create(input)),
    'journal.update': serial<'journal.update'>((input) => journal.update(input)),
    'journal.delete': serial<'journal.delete'>(({ id }) => journal.delete(id)),
    'journal.tags': serial<'journal.tags'>(() => journal.tags()),
    'prompts.list': serial<'prompts.list'>(() => journal.listPrompts()),
    'prompts.save': serial<'prompts.save'>((input) => journal.savePrompt(input)),
    'prompts.remove': serial<'prompts.remove'>(({ id }) => journal.removePrompt(id)),
    'prompts.setHidden': serial<'prompts.setHidden'>((input) => journal.setPromptHidden(input)),
    'search.query': serial<'search.query'>(async (input) => {
      const found = search.query(input);
      // Only that a search was done is audited, never the query (see noteSearchPerformed).
      if (input.query.trim()) await noteSearchPerformed(vault);
      return found;
    }),
  };
}
