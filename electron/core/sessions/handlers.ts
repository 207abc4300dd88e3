import type { sessionsApi } from '../../../shared/api/sessions';
import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { listActions, removeAction, saveAction } from './actions';
import { removeContribution, revealContributions, saveContribution } from './contributions';
import { listMethods, removeMethod, saveMethod } from './methods';
import { announced, announcedBefore, sessionOfAction, sessionOfContribution } from '../session-events';
import { saveOutcome } from './outcome';
import { controlSession, createSession, deleteSession, getSession, listSessions, noteSessionOpened, updateSession } from './sessions';

export type SessionMethodName = keyof typeof sessionsApi;

/**
 * Intervision sessions: methods, sessions, their contributions and outcome, and action points. Every
 * write to a session announces `sessions.changed` once it committed, so the runner and the beamer follow.
 */
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
    'sessions.create': write(announced(createSession, (_input, session) => session.id)),
    'sessions.update': write(announced(updateSession, (input) => input.id)),
    'sessions.control': write(announced(controlSession, (input) => input.id)),
    'sessions.delete': write(announced(deleteSession, (input) => input.id)),
    'contributions.save': write(announced(saveContribution, (input) => input.sessionId)),
    'contributions.remove': write(announcedBefore(removeContribution, sessionOfContribution)),
    'contributions.reveal': write(announced(revealContributions, (input) => input.sessionId)),
    'sessions.saveOutcome': write(announced(saveOutcome, (input) => input.id)),
    'actions.list': read(listActions),
    'actions.save': write(announced(saveAction, (_input, action) => action.sessionId)),
    'actions.remove': write(announcedBefore(removeAction, sessionOfAction)),
  };
}
