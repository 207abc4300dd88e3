/**
 * What a session phase asks for, derived from the method's own phase definitions: the kind of
 * contribution the scribe starts from, and the reflection questions the phase shows. Pure, so the
 * runner, the tests and a team's own methods all get the same answer.
 */
import type { CasePhase } from './case';
import type { Prompt } from './journal';
import type { ContributionKind, MethodPhase, PhaseMode } from './session';

/** The kind each way of working stands for, when the phase invites it (a question phase asks questions). */
const KIND_OF_MODE: Partial<Record<PhaseMode, ContributionKind>> = {
  question: 'question',
  silent: 'observation',
  why: 'hypothesis',
  options: 'idea',
  takeaway: 'reflection',
  process: 'reflection',
};

/**
 * The kind preselected in "Bijdrage toevoegen": the mode's own kind when the phase invites it, else
 * the first kind the phase invites, else the mode's kind, else an observation (what was seen or heard).
 */
export function preselectedKind(phase: Pick<MethodPhase, 'mode' | 'invites'>): ContributionKind {
  const ofMode = KIND_OF_MODE[phase.mode];
  if (ofMode && phase.invites.includes(ofMode)) return ofMode;
  return phase.invites[0] ?? ofMode ?? 'observation';
}

/**
 * The reflection questions a phase shows: the prompts whose "in intervisie" contexts name the phase's
 * mode, that this member has not hidden, and that fit the case's phase (a prompt tied to pregnancy only
 * shows for a case in pregnancy). The library's order is kept.
 */
export function promptsForPhase<P extends Pick<Prompt, 'hidden' | 'contexts'>>(
  prompts: readonly P[],
  phase: Pick<MethodPhase, 'mode'>,
  casePhase: CasePhase | null,
): P[] {
  return prompts.filter(
    (p) =>
      !p.hidden &&
      p.contexts.sessionModes.includes(phase.mode) &&
      (p.contexts.casePhases.length === 0 || (casePhase !== null && p.contexts.casePhases.includes(casePhase))),
  );
}
