import type { ParsedInput } from '../../../shared/contract';
import type { Outcome, Step2Record } from '../../../shared/domain/session';
import { noteCaseActivity } from '../cases/record';
import type { WriteContext } from '../context';
import { hasStep2Phase, invalidAt, requireSession } from './record';
import { outcomeFromRow, sessionFromRow, step2FromRow } from './rows';

/**
 * Merge the parts sent into the stored outcome (and step-2 record). Allowed after the session finished
 * too: the take-away and the process evaluation are often written up afterwards.
 */
export async function saveOutcome(
  { db, now }: WriteContext,
  input: ParsedInput<'sessions.saveOutcome'>,
): Promise<{ outcome: Outcome; step2: Step2Record | null }> {
  const sessionRow = await requireSession(db, input.id);
  const withStep2 = hasStep2Phase(sessionFromRow(sessionRow).method);
  if (input.step2 && !withStep2) throw invalidAt(['step2'], 'This session’s method has no reporting-code step 2.');
  const iso = now.toISOString();
  const before = outcomeFromRow(await db.selectFrom('session_outcomes').selectAll().where('session_id', '=', input.id).executeTakeFirst());
  const outcome: Outcome = {
    judgment: { ...before.judgment, ...input.judgment },
    takeAway: input.takeAway ?? before.takeAway,
    everyVoiceHeard: input.everyVoiceHeard === undefined ? before.everyVoiceHeard : input.everyVoiceHeard,
    doDifferently: input.doDifferently ?? before.doDifferently,
    care: input.care ?? before.care,
  };
  const outcomeRow = {
    intensity: outcome.judgment.intensity,
    for_whom: outcome.judgment.forWhom,
    context: outcome.judgment.context,
    reasons: outcome.judgment.reasons,
    take_away: outcome.takeAway,
    every_voice_heard: outcome.everyVoiceHeard,
    do_differently: outcome.doDifferently,
    care_record: JSON.stringify(outcome.care),
    updated_at: iso,
  };
  await db
    .insertInto('session_outcomes')
    .values({ session_id: input.id, ...outcomeRow })
    .onConflict((oc) => oc.column('session_id').doUpdateSet(outcomeRow))
    .execute();

  let step2: Step2Record | null = null;
  if (withStep2) {
    const stored = step2FromRow(await db.selectFrom('session_step2_records').selectAll().where('session_id', '=', input.id).executeTakeFirst());
    step2 = { ...stored, ...input.step2 };
    if (input.step2) {
      const step2Row = {
        consulted: step2.consulted,
        consulted_role: step2.consultedRole,
        date: step2.date,
        signals: step2.signals,
        outcome: step2.outcome,
        veilig_thuis_consulted: step2.veiligThuisConsulted === null ? null : step2.veiligThuisConsulted ? 1 : 0,
        updated_at: iso,
      };
      await db
        .insertInto('session_step2_records')
        .values({ session_id: input.id, ...step2Row })
        .onConflict((oc) => oc.column('session_id').doUpdateSet(step2Row))
        .execute();
    }
  }
  await noteCaseActivity(db, sessionRow.case_id, now, 'history');
  return { outcome, step2 };
}
