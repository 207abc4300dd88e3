import { TIMELINE_TEXT_LIMIT, type TimelineEvent, TimelineFacts, type TimelineItem, type TimelineKind } from '../../../shared/domain/journal';
import type { ReadContext } from '../context';
import { entrySectionsOf } from '../journal/rows';
import { plainText } from '../journal/text';
import { requireCase } from '../cases/record';

function clip(text: string): string {
  const plain = plainText(text);
  return plain.length > TIMELINE_TEXT_LIMIT ? `${plain.slice(0, TIMELINE_TEXT_LIMIT - 1).trimEnd()}…` : plain;
}

function facts(values: Record<string, string | number | null | undefined>): TimelineFacts {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) if (value !== null && value !== undefined && value !== '') out[key] = String(value);
  return TimelineFacts.parse(out);
}

/**
 * One chronological view of a case, built from the tables themselves (no separate event log to keep
 * in step): each row gives its 'added' moment, and a 'changed' one when it was edited later.
 */
export async function getTimeline({ db, member }: ReadContext, input: { caseId: string; kinds?: TimelineKind[] }): Promise<{ items: TimelineItem[] }> {
  const caseRow = await requireCase(db, input.caseId);
  const wanted = (kind: TimelineKind) => !input.kinds || input.kinds.includes(kind);
  const items: TimelineItem[] = [];
  const push = (
    kind: TimelineKind,
    event: TimelineEvent,
    at: string,
    sourceId: string,
    rest: Partial<Pick<TimelineItem, 'sessionId' | 'title' | 'text' | 'facts'>> = {},
  ) =>
    items.push({
      key: `${kind}:${sourceId}:${event}`,
      kind,
      event,
      at,
      sourceId,
      sessionId: rest.sessionId ?? null,
      title: rest.title ?? '',
      text: rest.text ?? '',
      facts: rest.facts ?? {},
    });
  const addedAndChanged = (kind: TimelineKind, row: { id: string; created_at: string; updated_at: string }, rest: Parameters<typeof push>[4]) => {
    push(kind, 'added', row.created_at, row.id, rest);
    if (row.updated_at !== row.created_at) push(kind, 'changed', row.updated_at, row.id, rest);
  };

  if (wanted('case')) {
    push('case', 'added', caseRow.created_at, caseRow.id, { title: caseRow.pseudonym, text: clip(caseRow.context_note) });
    if (caseRow.closed_at) push('case', 'closed', caseRow.closed_at, caseRow.id, { title: caseRow.pseudonym });
  }
  if (wanted('person')) {
    const rows = await db.selectFrom('people').selectAll().where('case_id', '=', input.caseId).execute();
    for (const row of rows) addedAndChanged('person', row, { title: row.pseudonym, text: clip(row.note), facts: facts({ role: row.role }) });
  }
  if (wanted('factor')) {
    const rows = await db.selectFrom('factors').selectAll().where('case_id', '=', input.caseId).execute();
    for (const row of rows) {
      addedAndChanged('factor', row, {
        sessionId: row.session_id,
        title: row.other_label ?? '',
        text: clip(row.text),
        facts: facts({ sector: row.sector, category: row.category, otherLabel: row.other_label, factorKind: row.kind, status: row.status }),
      });
    }
  }
  if (wanted('chain')) {
    const rows = await db.selectFrom('chain_partners').selectAll().where('case_id', '=', input.caseId).execute();
    for (const row of rows)
      addedAndChanged('chain', row, { title: row.label, text: clip(row.already_asked || row.relationship), facts: facts({ chainType: row.type }) });
  }
  if (wanted('snapshot')) {
    const rows = await db
      .selectFrom('map_snapshots')
      .select(['id', 'taken_at', 'reason', 'label', 'factor_count'])
      .where('case_id', '=', input.caseId)
      .execute();
    for (const row of rows)
      push('snapshot', 'taken', row.taken_at, row.id, { title: row.label, facts: facts({ reason: row.reason, factorCount: row.factor_count }) });
  }
  if (wanted('session')) {
    const rows = await db
      .selectFrom('sessions as s')
      .leftJoin('session_outcomes as o', 'o.session_id', 's.id')
      .select(['s.id', 's.question', 's.status', 's.created_at', 's.started_at', 's.finished_at', 'o.intensity', 'o.reasons', 'o.take_away'])
      .where('s.case_id', '=', input.caseId)
      .execute();
    for (const row of rows) {
      const base = { sessionId: row.id, title: row.question };
      const judged = {
        ...base,
        text: clip(row.take_away ?? ''),
        facts: facts({ intensity: row.intensity, judgmentReasons: row.reasons ? clip(row.reasons) : null, status: row.status }),
      };
      // The team's judgment goes with the session's latest moment.
      const last = row.finished_at ? 'finished' : row.started_at ? 'started' : 'planned';
      push('session', 'planned', row.created_at, row.id, last === 'planned' ? judged : base);
      if (row.started_at) push('session', 'started', row.started_at, row.id, last === 'started' ? judged : base);
      if (row.finished_at) push('session', 'finished', row.finished_at, row.id, judged);
    }
  }
  if (wanted('contribution')) {
    const rows = await db
      .selectFrom('session_contributions as sc')
      .innerJoin('sessions as s', 's.id', 'sc.session_id')
      .select(['sc.id', 'sc.session_id', 'sc.kind', 'sc.text', 'sc.created_at'])
      .where('s.case_id', '=', input.caseId)
      // A silent-round note is not shown anywhere until the notes are revealed together.
      .where('sc.hidden', '=', 0)
      .execute();
    for (const row of rows)
      push('contribution', 'added', row.created_at, row.id, { sessionId: row.session_id, text: clip(row.text), facts: facts({ contributionKind: row.kind }) });
  }
  if (wanted('action')) {
    const rows = await db.selectFrom('action_points').selectAll().where('case_id', '=', input.caseId).execute();
    for (const row of rows) {
      addedAndChanged('action', row, {
        sessionId: row.session_id,
        text: clip(row.text),
        facts: facts({ status: row.status, ownerName: row.owner_name, dueDate: row.due_date }),
      });
    }
  }
  if (wanted('journal')) {
    const rows = await db
      .selectFrom('journal_entries')
      .select(['id', 'title', 'body', 'sections', 'template', 'prompt_id', 'created_at'])
      .where('case_id', '=', input.caseId)
      .where('author_id', '=', member.id)
      .execute();
    for (const row of rows) {
      const sections = entrySectionsOf(row);
      const text = [row.body, ...sections.map((s) => s.text)].filter((t) => t.trim()).join('\n');
      push('journal', 'written', row.created_at, row.id, {
        title: row.title,
        text: clip(text),
        facts: facts({ template: row.template, promptId: row.prompt_id }),
      });
    }
  }
  items.sort((a, b) => (a.at === b.at ? a.key.localeCompare(b.key) : a.at < b.at ? 1 : -1));
  return { items };
}
