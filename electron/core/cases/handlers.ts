import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { createCase, deleteCase, listCases, noteCaseOpened, setCaseStatus, updateCase } from './cases';
import { removePerson, savePerson } from './people';

type CaseMethod = 'cases.list' | 'cases.create' | 'cases.update' | 'cases.setStatus' | 'cases.delete' | 'cases.noteOpened' | 'people.save' | 'people.remove';

/** Cases and the people in them; the case read whole is ../casefile, its map and chain ../map. */
export function caseHandlers({ read, write }: HandlerKit): HandlersFor<CaseMethod> {
  return {
    'cases.list': read(listCases),
    'cases.create': write(createCase),
    'cases.update': write(updateCase),
    'cases.setStatus': write(setCaseStatus),
    'cases.delete': write(deleteCase),
    'cases.noteOpened': write(noteCaseOpened),
    'people.save': write(savePerson),
    'people.remove': write(removePerson),
  };
}
