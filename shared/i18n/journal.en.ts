/** English strings of the journal, prompts, the case timeline and search. */
export const journalEn = {
  title: 'Journal',
};
