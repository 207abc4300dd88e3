/** Contract methods of intervision sessions (merged into shared/contract.ts). */
export const sessionMethods = {} as const;
