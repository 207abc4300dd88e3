/**
 * The beamer: a second window (on the second display when there is one) that follows the session
 * runner through events while the facilitator keeps working in the main window.
 */
import { z } from 'zod';
import { Id } from '../domain/ids';
import { Presentation } from '../domain/presentation';
import { method } from './define';

export const presenterApi = {
  /**
   * Open the presentation of a session in its own window (main opens it without taking the focus; a
   * second request for the same session brings that window forward). The harness opens a second page.
   */
  'app.openPresenter': method(z.object({ sessionId: Id }).strict(), z.object({ open: z.literal(true) })),
  /** Close a session's presentation window; `closed` is false when none was open. */
  'app.closePresenter': method(z.object({ sessionId: Id }).strict(), z.object({ closed: z.boolean() })),
  /** What the shared screen may show: visible contributions without authors, a silent round's notes only as counts. */
  'sessions.presentation': method(z.object({ id: Id }).strict(), Presentation),
} as const;

export const presenterEvents = {
  /** A session (its phase, clock, contributions, outcome) was written: screens showing it read it again. */
  'sessions.changed': z.object({ sessionId: Id }),
  /** A presentation window opened or closed (also when closed with Esc or by the lock). */
  'presenter.changed': z.object({ sessionId: Id, open: z.boolean() }),
} as const;
