/**
 * What the print view can show: a session summary, a case overview, the one-page case sheet, or a
 * case's meldcode record. Plain constants (no zod), so the router can read them without pulling the
 * schemas into the first screen; shared/domain/exchange.ts builds the schema from them.
 */
export const PRINT_KINDS = ['session', 'case', 'sheet', 'meldcode'] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];
