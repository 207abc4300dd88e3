/** Contract methods of the journal, prompts, the case timeline and search (merged into shared/contract.ts). */
export const journalMethods = {} as const;
