/**
 * The beamer: what the shared screen may read of a session, and opening or closing its window through
 * the host (main opens a BrowserWindow, the e2e harness a second page). The core checks the vault is
 * open and the session exists; the window itself is the host's.
 */
import type { ParsedInput } from '../../../shared/contract';
import { presentContributions, type Presentation } from '../../../shared/domain/presentation';
import { requireCase } from '../cases/record';
import type { HandlerKit, WriteContext } from '../context';
import type { HandlersFor } from '../dispatch';
import { AppError } from '../errors';
import type { CoreHost } from '../host';
import { readMapState } from '../map/snapshots';
import { readContributions } from './contributions';
import { requireSession } from './record';
import { sessionFromRow } from './rows';
import { noteSessionOpened } from './sessions';

type PresenterMethod = 'app.openPresenter' | 'app.closePresenter' | 'sessions.presentation';

/** Only what may be shown: visible contributions without authors; a silent round's notes as counts per person. */
export async function getPresentation(ctx: WriteContext, { id }: ParsedInput<'sessions.presentation'>): Promise<Presentation> {
  await noteSessionOpened(ctx, { id });
  const row = await requireSession(ctx.db, id);
  const session = sessionFromRow(row);
  const caseRow = await requireCase(ctx.db, row.case_id);
  const { contributions, hiddenCounts } = presentContributions(await readContributions(ctx.db, id), session.participants);
  return {
    session: { id: session.id, caseId: session.caseId, status: session.status, question: session.question, method: session.method, timer: session.timer },
    casePseudonym: caseRow.pseudonym,
    map: await readMapState(ctx.db, caseRow),
    contributions,
    hiddenCounts,
  };
}

export function presenterHandlers({ read, write }: HandlerKit, host: CoreHost): HandlersFor<PresenterMethod> {
  // VAULT_LOCKED when no vault is open, NOT_FOUND for an unknown session; the window is opened after, outside the queue.
  const requireReadable = read(async ({ db }, { sessionId }: { sessionId: string }) => {
    await requireSession(db, sessionId);
    return null;
  });
  return {
    'sessions.presentation': write(getPresentation),
    'app.openPresenter': async (input) => {
      await requireReadable(input);
      if (!host.openPresenter) throw new AppError('INTERNAL', 'There are no windows here.', { reason: 'presenter-unavailable' });
      await host.openPresenter(input.sessionId);
      return { open: true };
    },
    'app.closePresenter': async ({ sessionId }) => ({ closed: (await host.closePresenter?.(sessionId)) ?? false }),
  };
}
