/** Dutch strings of the journal, prompts, the case timeline and search. */
export const journalNl = {
  title: 'Journaal',
};
