/** Contract methods of exchange files, reports, access export, retention and erasure (merged into shared/contract.ts). */
export const exchangeMethods = {} as const;
