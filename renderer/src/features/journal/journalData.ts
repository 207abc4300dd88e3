import { useQuery } from '@tanstack/react-query';
import type { Locale } from '../../../../shared/contract';
import type { Prompt } from '../../../../shared/domain/journal';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';

/** Every case (open and closed), for the journal's case pickers and filters. */
export function useAllCases() {
  return useQuery({
    queryKey: queryKey('cases.list', { status: 'all', sort: 'pseudonym' }),
    queryFn: () => call('cases.list', { status: 'all', sort: 'pseudonym' }),
  });
}

export function usePrompts() {
  return useQuery({ queryKey: queryKey('prompts.list'), queryFn: () => call('prompts.list', {}) });
}

export function promptText(prompt: Pick<Prompt, 'text'>, language: string): string {
  const locale: Locale = language === 'en' ? 'en' : 'nl';
  return prompt.text[locale] || prompt.text.nl || prompt.text.en;
}

/** Query keys every journal write makes stale: lists, the timeline and search. */
export const JOURNAL_STALE_KEYS = [queryKey('journal.list'), queryKey('journal.tags'), queryKey('timeline.get'), queryKey('search.query')] as const;

/** What an entry is called: its title, else the prompt it answers, else its model. */
export function entryDisplayTitle(
  entry: { title: string; promptId: string | null; template: string | null },
  prompts: readonly Prompt[] | undefined,
  language: string,
  t: (key: string) => string,
): string {
  if (entry.title.trim()) return entry.title;
  const prompt = entry.promptId ? prompts?.find((p) => p.id === entry.promptId) : undefined;
  if (prompt) return promptText(prompt, language);
  return entry.template ? t(`journal.templates.${entry.template}.name`) : t('journal.untitled');
}
