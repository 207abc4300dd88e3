import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { createCase, deleteCase, getCase, listCases, noteCaseOpened, setCaseStatus, updateCase } from './cases';
import { removeChainPartner, saveChainPartner } from './chain';
import { removePerson, savePerson } from './people';
import { getTimeline } from './timeline';

type CaseMethod =
  | 'cases.list'
  | 'cases.get'
  | 'cases.create'
  | 'cases.update'
  | 'cases.setStatus'
  | 'cases.delete'
  | 'cases.noteOpened'
  | 'people.save'
  | 'people.remove'
  | 'chain.save'
  | 'chain.remove'
  | 'timeline.get';

/** Cases, the people in them, their care chain and their timeline. */
export function caseHandlers({ read, write }: HandlerKit): HandlersFor<CaseMethod> {
  return {
    'cases.list': read(listCases),
    'cases.get': read(getCase),
    'cases.create': write(createCase),
    'cases.update': write(updateCase),
    'cases.setStatus': write(setCaseStatus),
    'cases.delete': write(deleteCase),
    'cases.noteOpened': write(noteCaseOpened),
    'people.save': write(savePerson),
    'people.remove': write(removePerson),
    'chain.save': write(saveChainPartner),
    'chain.remove': write(removeChainPartner),
    'timeline.get': read(getTimeline),
  };
}
