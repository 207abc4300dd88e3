/**
 * The one-page case sheet (casusblad) for a meeting: to print or to project. What it holds, and how
 * its legend is numbered: the same way the map numbers its factors (in the order they were put on the
 * map), so "3" on the map is "3" in the legend. A "?" factor is a hypothesis, a “ factor the parent's words.
 */
import { z } from 'zod';
import { Case, ChainPartner, Factor } from './case';
import { HypothesisItem } from './hypotheses';
import { ActionPoint } from './session';

export const CaseSheet = z.object({
  case: Case,
  /** The question of the latest session on the case, else of the latest "prepare a case" journal entry. */
  question: z.string(),
  /** What was already tried, from the member's latest "prepare a case" journal entry on it. */
  alreadyTried: z.string(),
  /** The current factors (resolved ones are not on the sheet's map). */
  factors: z.array(Factor),
  chain: z.array(ChainPartner),
  hypotheses: z.array(HypothesisItem),
  /** Open action points of the case. */
  actions: z.array(ActionPoint),
});
export type CaseSheet = z.infer<typeof CaseSheet>;

/** Each factor's number as the map draws it: 1, 2, 3 … in the order they were put on the map. */
export function factorNumbers(factors: readonly Pick<Factor, 'id' | 'createdAt'>[]): Map<string, number> {
  return new Map([...factors].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((f, i) => [f.id, i + 1]));
}

/** The legend, in the map's numbering order, with the sign the map draws for each: its number, ? or “. */
export function sheetLegend<F extends Pick<Factor, 'id' | 'createdAt' | 'kind'>>(factors: readonly F[]): Array<{ factor: F; number: number; sign: string }> {
  const numbers = factorNumbers(factors);
  return [...factors]
    .sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0))
    .map((factor) => {
      const number = numbers.get(factor.id) ?? 0;
      return { factor, number, sign: factor.kind === 'hypothesis' ? '?' : factor.kind === 'parent-words' ? '“' : String(number) };
    });
}
