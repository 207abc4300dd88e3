import { useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/contract';
import type { CaseDetail, ChainPartner, Factor, Person, Placement } from '../../../../shared/domain/case';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { saveInput } from '../../lib/saveInput';
import type { UndoStep } from '../../lib/undo';

export type FactorInput = MethodInput<'factors.save'>;

/** The map's writes, each keeping the case's cached detail in step and offering one step of undo. */
export function useMapActions(caseId: string, record: (step: UndoStep) => void) {
  const queryClient = useQueryClient();
  const key = queryKey('cases.get', caseId);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: key });
    await queryClient.invalidateQueries({ queryKey: queryKey('cases.list') });
  };
  const current = () => queryClient.getQueryData<CaseDetail>(key);

  return {
    refresh,
    async saveFactor(input: FactorInput, options: { undo?: 'added' | Factor } = {}) {
      const saved = await call('factors.save', input);
      queryClient.setQueryData<CaseDetail>(key, (old) =>
        old
          ? { ...old, factors: old.factors.some((f) => f.id === saved.id) ? old.factors.map((f) => (f.id === saved.id ? saved : f)) : [...old.factors, saved] }
          : old,
      );
      if (options.undo === 'added') {
        record({
          what: 'factorAdded',
          revert: async () => {
            await call('factors.remove', { id: saved.id });
            await refresh();
          },
        });
      } else if (options.undo) {
        const before = options.undo;
        record({
          what: 'factorChanged',
          revert: async () => {
            await call('factors.save', saveInput(before));
            await refresh();
          },
        });
      }
      return saved;
    },
    async placeFactor(factor: Factor, placement: Placement) {
      queryClient.setQueryData<CaseDetail>(key, (old) =>
        old ? { ...old, factors: old.factors.map((f) => (f.id === factor.id ? { ...f, placement } : f)) } : old,
      );
      await call('factors.place', { id: factor.id, placement });
      const before = factor.placement;
      record({
        what: 'factorMoved',
        revert: async () => {
          if (before) await call('factors.place', { id: factor.id, placement: before });
          else await call('factors.save', { ...saveInput(factor), placement: null });
          await refresh();
        },
      });
    },
    async removeFactor(factor: Factor) {
      await call('factors.remove', { id: factor.id });
      await refresh();
      record({
        what: 'factorRemoved',
        revert: async () => {
          await call('factors.save', saveInput(factor));
          await refresh();
        },
      });
    },
    async saveRelationship(patch: Omit<MethodInput<'relationship.save'>, 'caseId'>) {
      const before = current()?.case.relationship;
      const updated = await call('relationship.save', { ...patch, caseId });
      queryClient.setQueryData<CaseDetail>(key, (old) => (old ? { ...old, case: updated } : old));
      if (before)
        record({
          what: 'relationship',
          revert: async () => {
            await call('relationship.save', { ...before, caseId });
            await refresh();
          },
        });
    },
    async saveChain(input: MethodInput<'chain.save'>, before: ChainPartner | null) {
      const saved = await call('chain.save', input);
      await refresh();
      record({
        what: 'chain',
        revert: async () => {
          if (before) await call('chain.save', saveInput(before));
          else await call('chain.remove', { id: saved.id });
          await refresh();
        },
      });
      return saved;
    },
    async removeChain(partner: ChainPartner) {
      // The core gives factors in this partner's voice the professional's voice; undo gives it back.
      const voiced = (current()?.factors ?? []).filter((f) => f.chainPartnerId === partner.id);
      await call('chain.remove', { id: partner.id });
      await refresh();
      record({
        what: 'chainRemoved',
        revert: async () => {
          await call('chain.save', saveInput(partner));
          for (const factor of voiced) await call('factors.save', saveInput(factor));
          await refresh();
        },
      });
    },
    async savePerson(input: MethodInput<'people.save'>, before: Person | null) {
      const saved = await call('people.save', input);
      await refresh();
      record({
        what: 'person',
        revert: async () => {
          if (before) await call('people.save', saveInput(before));
          else await call('people.remove', { id: saved.id });
          await refresh();
        },
      });
      return saved;
    },
    async removePerson(person: Person) {
      await call('people.remove', { id: person.id });
      await refresh();
      record({
        what: 'personRemoved',
        revert: async () => {
          await call('people.save', saveInput(person));
          await refresh();
        },
      });
    },
  };
}

export type MapActions = ReturnType<typeof useMapActions>;
