import type { journalApi } from '../../../shared/api/journal';
import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { createEntry, deleteEntry, getEntry, listEntries, listTags, updateEntry } from './entries';
import { listPrompts, removePrompt, savePrompt, setPromptHidden } from './prompts';

/** The member's own journal entries and their tags, and the reflection prompts. */
export function journalHandlers({ read, write }: HandlerKit): HandlersFor<keyof typeof journalApi> {
  return {
    'journal.list': read(listEntries),
    'journal.get': read(getEntry),
    'journal.create': write(createEntry),
    'journal.update': write(updateEntry),
    'journal.delete': write(deleteEntry),
    'journal.tags': read(listTags),
    'prompts.list': read(listPrompts),
    'prompts.save': write(savePrompt),
    'prompts.remove': write(removePrompt),
    'prompts.setHidden': write(setPromptHidden),
  };
}
