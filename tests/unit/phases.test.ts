import { describe, expect, it } from 'vitest';
import { BUILT_IN_METHODS } from '../../shared/domain/methods-catalog';
import { preselectedKind, promptsForPhase } from '../../shared/domain/phases';
import { BUILT_IN_PROMPTS } from '../../shared/domain/prompts';

const whatAndWhy = BUILT_IN_METHODS.find((m) => m.id === 'what-and-why')!;
const phase = (key: string) => whatAndWhy.phases.find((p) => p.key === key)!;
const prompts = BUILT_IN_PROMPTS.map((p) => ({ ...p, hidden: false }));

describe('the kind preselected for a phase', () => {
  it('follows the phase: a question in the question phase, a hypothesis in the why phase, an idea in options', () => {
    expect(preselectedKind(phase('case-and-question'))).toBe('question');
    expect(preselectedKind(phase('silent-round'))).toBe('observation');
    expect(preselectedKind(phase('clarifying-questions'))).toBe('clarifying-question');
    expect(preselectedKind(phase('why'))).toBe('hypothesis');
    expect(preselectedKind(phase('options'))).toBe('idea');
    expect(preselectedKind(phase('take-away'))).toBe('reflection');
  });

  it("prefers the mode's own kind when the phase invites it, else the first invited, else the mode's", () => {
    expect(preselectedKind({ mode: 'why', invites: ['perspective', 'hypothesis'] })).toBe('hypothesis');
    expect(preselectedKind({ mode: 'discussion', invites: ['concern', 'idea'] })).toBe('concern');
    expect(preselectedKind({ mode: 'question', invites: [] })).toBe('question');
    expect(preselectedKind({ mode: 'discussion', invites: [] })).toBe('observation');
  });

  it('is one of the invited kinds in every phase of every shipped method that invites any', () => {
    for (const method of BUILT_IN_METHODS)
      for (const p of method.phases) if (p.invites.length > 0) expect(p.invites, `${method.id}/${p.key}`).toContain(preselectedKind(p));
  });
});

describe('the reflection questions of a phase', () => {
  it('come from the library\'s "in intervisie" contexts, including the RIOS questions', () => {
    const why = promptsForPhase(prompts, phase('why'), '0-6m').map((p) => p.id);
    expect(why).toEqual(expect.arrayContaining(['parallel-process', 'use-of-self', 'baby-in-mind', 'blame-check']));
    expect(promptsForPhase(prompts, phase('intensity'), null).map((p) => p.id)).toEqual(['right-intensity']);
  });

  it('leave out hidden prompts and those for another phase of the case', () => {
    expect(promptsForPhase(prompts, phase('why'), '4-12y').map((p) => p.id)).not.toContain('baby-in-mind');
    expect(promptsForPhase(prompts, phase('case-and-question'), '0-6m').map((p) => p.id)).not.toContain('prenatal-parent');
    expect(promptsForPhase(prompts, phase('case-and-question'), 'pregnancy').map((p) => p.id)).toContain('prenatal-parent');
    const hidden = prompts.map((p) => (p.id === 'use-of-self' ? { ...p, hidden: true } : p));
    expect(promptsForPhase(hidden, phase('why'), null).map((p) => p.id)).not.toContain('use-of-self');
  });

  it('exist in Dutch and English, and every phase of the default method has at least one', () => {
    for (const p of BUILT_IN_PROMPTS) expect(p.text.nl && p.text.en, p.id).toBeTruthy();
    for (const p of whatAndWhy.phases) expect(promptsForPhase(prompts, p, '0-6m').length, p.key).toBeGreaterThan(0);
  });
});
