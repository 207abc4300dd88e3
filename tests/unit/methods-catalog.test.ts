import { describe, expect, it } from 'vitest';
import { BUILT_IN_METHODS, builtInMethod, isBuiltInMethodId } from '../../shared/domain/methods-catalog';
import { DEFAULT_METHOD_ID, MethodDefinition } from '../../shared/domain/session';

describe('the shipped methods', () => {
  it('are the six methods of METHODS.md, each a valid, read-only method definition', () => {
    expect(BUILT_IN_METHODS.map((method) => method.id)).toEqual([
      'what-and-why',
      'incident',
      'consultancy',
      'collegial-consultation',
      'balint',
      'reporting-code',
    ]);
    for (const method of BUILT_IN_METHODS) {
      expect(MethodDefinition.safeParse(method).error?.issues ?? []).toEqual([]);
      expect(method).toMatchObject({ builtIn: true, copiedFrom: null, updatedAt: null });
    }
    expect(builtInMethod(DEFAULT_METHOD_ID)?.name.en).toBe('What and why');
    expect(isBuiltInMethodId('balint')).toBe(true);
    expect(isBuiltInMethodId('6f1c1a52-8a51-4d5e-9a57-1f1e7a7c0a01')).toBe(false);
  });

  it('have unique phase keys and say everything in both languages', () => {
    for (const method of BUILT_IN_METHODS) {
      const keys = method.phases.map((phase) => phase.key);
      expect(new Set(keys).size, method.id).toBe(keys.length);
      const texts = [method.name, method.description, ...method.phases.flatMap((phase) => [phase.name, phase.instruction])];
      for (const text of texts) {
        expect(text.nl.trim(), `${method.id}: ${text.en}`).not.toBe('');
        expect(text.en.trim(), `${method.id}: ${text.nl}`).not.toBe('');
        expect(text.nl, method.id).not.toBe(text.en);
      }
    }
  });

  it('"What and why" has the nine phases of METHODS.md in order, with their minutes and modes', () => {
    const method = builtInMethod('what-and-why');
    expect(method?.phases.map((phase) => [phase.key, phase.minutes, phase.mode])).toEqual([
      ['case-and-question', 5, 'question'],
      ['silent-round', 5, 'silent'],
      ['clarifying-questions', 10, 'discussion'],
      ['map', 10, 'map'],
      ['why', 15, 'why'],
      ['intensity', 5, 'intensity'],
      ['options', 10, 'options'],
      ['take-away', 5, 'takeaway'],
      ['process', 5, 'process'],
    ]);
    const invites = Object.fromEntries(method?.phases.map((phase) => [phase.key, phase.invites]) ?? []);
    expect(invites['clarifying-questions']).toEqual(['clarifying-question']);
    expect(invites.why).toEqual(['hypothesis']);
    expect(invites.options).toEqual(['idea']);
  });

  it('keep advice out of every question phase, and out of Balint reflection altogether', () => {
    for (const method of BUILT_IN_METHODS) {
      for (const phase of method.phases) {
        const invitesQuestions = phase.invites.includes('clarifying-question') || phase.invites.includes('question');
        if ((phase.mode === 'question' || phase.mode === 'discussion') && invitesQuestions) {
          expect(phase.invites, `${method.id}/${phase.key}`).not.toContain('idea');
        }
      }
    }
    expect(builtInMethod('balint')?.phases.flatMap((phase) => phase.invites)).not.toContain('idea');
  });

  it('take about as long as METHODS.md says, and the Dutch speaks the field’s words', () => {
    const minutes = (id: string) => builtInMethod(id)?.phases.reduce((sum, phase) => sum + phase.minutes, 0);
    expect(minutes('incident')).toBe(65);
    expect(minutes('consultancy')).toBe(50);
    expect(minutes('balint')).toBe(45);
    expect(builtInMethod('collegial-consultation')?.phases).toHaveLength(6);
    expect(builtInMethod('reporting-code')?.phases.filter((phase) => phase.mode === 'step2')).toHaveLength(1);
    const dutch = BUILT_IN_METHODS.flatMap((method) => [
      method.name.nl,
      method.description.nl,
      ...method.phases.flatMap((phase) => [phase.name.nl, phase.instruction.nl]),
    ]).join(' ');
    for (const word of ['casusinbrenger', 'gespreksleider', 'kritische collega', 'verhelderende', 'hypothesen', 'Veilig Thuis', 'meldcode']) {
      expect(dutch.toLowerCase()).toContain(word.toLowerCase());
    }
  });
});
