/**
 * Rows from a vault before migration 0012, made to fit this one as that migration would have made
 * them, so an exchange file from a team that has not updated yet still imports and nothing is lost:
 * a case's typed week of pregnancy becomes its due week (an ISO week, counted from the local day the
 * case was created, only in the pregnancy phase), a person's exact due date gives the case its due
 * week when the case has none (the earliest date wins), and both old columns are dropped.
 */
import { localDayOf } from '../../../shared/domain/dates';
import { dueWeekFromPregnancyWeek, isoWeekOf } from '../../../shared/domain/thousand-days';

type Value = string | number | null;
type Row = Record<string, Value>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function upgradeLegacyRows(tables: Record<string, Row[]>): void {
  const earliestDue = new Map<string, string>();
  for (const person of tables['people'] ?? []) {
    if (!('due_date' in person)) continue;
    const due = person['due_date'];
    const caseId = person['case_id'];
    if (typeof due === 'string' && DAY.test(due) && typeof caseId === 'string') {
      const known = earliestDue.get(caseId);
      if (!known || due < known) earliestDue.set(caseId, due);
    }
    delete person['due_date'];
  }
  for (const row of tables['cases'] ?? []) {
    if (!('pregnancy_week' in row) && !earliestDue.has(String(row['id']))) continue;
    const week = row['pregnancy_week'];
    delete row['pregnancy_week'];
    if (typeof row['due_week'] === 'string') continue;
    const due = earliestDue.get(String(row['id']));
    const created = localDayOf(typeof row['created_at'] === 'string' ? row['created_at'] : null);
    if (due) row['due_week'] = isoWeekOf(due);
    else if (typeof week === 'number' && Number.isInteger(week) && week >= 1 && week <= 44 && row['phase'] === 'pregnancy' && created !== '—')
      row['due_week'] = dueWeekFromPregnancyWeek(week, created);
  }
}
