import type { sessionsApi } from '../../../shared/api/sessions';
import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { listActions, removeAction, saveAction } from './actions';
import { removeContribution, revealContributions, saveContribution } from './contributions';
import { listMethods, removeMethod, saveMethod } from './methods';
import { saveOutcome } from './outcome';
import { controlSession, createSession, deleteSession, getSession, listSessions, noteSessionOpened, updateSession } from './sessions';

export type SessionMethodName = keyof typeof sessionsApi;

/** Intervision sessions: methods, sessions, their contributions and outcome, and action points. */
export function sessionHandlers({ read, write }: HandlerKit): HandlersFor<SessionMethodName> {
  return {
    'methods.list': read(listMethods),
    'methods.save': write(saveMethod),
    'methods.remove': write(removeMethod),
    'sessions.list': read(listSessions),
    // Reading a session (the runner, the presenter view, the summary and its print) is audited by the core.
    'sessions.get': write(async (ctx, input) => {
      await noteSessionOpened(ctx, input);
      return getSession(ctx, input);
    }),
    'sessions.create': write(createSession),
    'sessions.update': write(updateSession),
    'sessions.control': write(controlSession),
    'sessions.delete': write(deleteSession),
    'contributions.save': write(saveContribution),
    'contributions.remove': write(removeContribution),
    'contributions.reveal': write(revealContributions),
    'sessions.saveOutcome': write(saveOutcome),
    'actions.list': read(listActions),
    'actions.save': write(saveAction),
    'actions.remove': write(removeAction),
  };
}
