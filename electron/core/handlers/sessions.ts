import type { sessionsApi } from '../../../shared/api/sessions';
import { ActionsService } from '../services/actions';
import { MethodsService } from '../services/methods';
import { SessionsService } from '../services/sessions';
import type { HandlerContext, HandlersFor } from './context';

export type SessionMethodName = keyof typeof sessionsApi;

/** Intervision sessions: contract method → service. */
export function sessionHandlers(context: HandlerContext): HandlersFor<SessionMethodName> {
  const { vault, serial } = context;
  const methods = new MethodsService(vault);
  const sessions = new SessionsService(vault);
  const actions = new ActionsService(vault);
  return {
    'methods.list': serial<'methods.list'>(() => methods.list()),
    'methods.save': serial<'methods.save'>((input) => methods.save(input)),
    'methods.remove': serial<'methods.remove'>(({ id }) => methods.remove(id)),
    'sessions.list': serial<'sessions.list'>((input) => sessions.list(input)),
    'sessions.get': serial<'sessions.get'>(({ id }) => sessions.get(id)),
    'sessions.create': serial<'sessions.create'>((input) => sessions.create(input)),
    'sessions.update': serial<'sessions.update'>((input) => sessions.update(input)),
    'sessions.control': serial<'sessions.control'>((input) => sessions.control(input)),
    'sessions.delete': serial<'sessions.delete'>(({ id }) => sessions.delete(id)),
    'contributions.save': serial<'contributions.save'>((input) => sessions.saveContribution(input)),
    'contributions.remove': serial<'contributions.remove'>(({ id }) => sessions.removeContribution(id)),
    'contributions.reveal': serial<'contributions.reveal'>((input) => sessions.reveal(input)),
    'sessions.saveOutcome': serial<'sessions.saveOutcome'>((input) => sessions.saveOutcome(input)),
    'actions.list': serial<'actions.list'>((input) => actions.list(input)),
    'actions.save': serial<'actions.save'>((input) => actions.save(input)),
    'actions.remove': serial<'actions.remove'>(({ id }) => actions.remove(id)),
  };
}
