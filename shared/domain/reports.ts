/**
 * Reports as Markdown: a session summary, a case overview and the readable access export. Pure:
 * the caller passes the translate function of the interface language, so the same text comes out
 * in the app, in tests and in any later CLI.
 */
import { INDICATIONS, isEmptyCareRecord, splitConsidered } from './care-options';
import { formatIsoWeek } from './thousand-days';
import type { CaseDetail, Factor } from './case';
import { formatDay, formatMomentDay, localDayOf } from './dates';
import { isAdviceNudgeDue } from './nudges';
import type { AccessExport } from './exchange';
import { meldcodeDossierText } from './meldcode';
import type { ActionPoint, SessionDetail } from './session';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Text inside Markdown: characters that would start markup are escaped, line breaks kept as breaks. */
export function mdText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([*_`[\]<>#|~])/g, '\\$1')
    .replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3')
    .replace(/\r?\n/g, '  \n');
}

/** One table cell: no line breaks or pipes may break the row. */
function cell(text: string): string {
  return mdText(text.replace(/\s*\r?\n\s*/g, ' ')) || '—';
}

function table(headers: string[], rows: string[][]): string {
  return [`| ${headers.map(cell).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join(
    '\n',
  );
}

function localized(text: { nl: string; en: string }, locale: string): string {
  return locale === 'en' ? text.en || text.nl : text.nl || text.en;
}

const day = localDayOf;

/** The false-positives caveat that goes with every count of risk factors: on every report and print. */
function caveatLine(t: Translate): string {
  return `> ${mdText(t('map.cumulative.caveat'))}`;
}

function factorLabel(factor: Factor, t: Translate): string {
  return factor.category === 'other' && factor.otherLabel ? factor.otherLabel : t(`map.categories.${factor.category}`);
}

function actionsTable(actions: readonly ActionPoint[], t: Translate, ownerName: (a: ActionPoint) => string, locale: string): string {
  if (actions.length === 0) return t('sessions.actions.none');
  return table(
    [t('sessions.actions.text'), t('sessions.actions.owner'), t('sessions.actions.due'), t('sessions.actions.status')],
    actions.map((a) => [a.text, ownerName(a), a.dueDate ? formatDay(a.dueDate, locale) : '—', t(`sessions.actions.statuses.${a.status}`)]),
  );
}

function judgmentBlock(detail: SessionDetail, t: Translate): string {
  const j = detail.outcome.judgment;
  if (!j.intensity) return t('sessions.summary.noJudgment');
  return [
    `- **${mdText(t('sessions.outcome.intensity'))}** ${mdText(t(`sessions.outcome.intensities.${j.intensity}`))}`,
    `- **${mdText(t('sessions.outcome.forWhom'))}** ${mdText(j.forWhom || '—')}`,
    `- **${mdText(t('sessions.outcome.context'))}** ${mdText(j.context || '—')}`,
    `- **${mdText(t('sessions.outcome.reasons'))}** ${mdText(j.reasons || '—')}`,
  ].join('\n');
}

/** The intensity step's record: indications, what the parent wants, the options chosen and considered with reasons. */
function careBlock(detail: SessionDetail, t: Translate): string {
  const record = detail.outcome.care;
  if (isEmptyCareRecord(record)) return mdText(t('care.summary.none'));
  const lines: string[] = [];
  for (const key of INDICATIONS) {
    const answer = record.indications[key];
    if (answer) lines.push(`- **${mdText(t(`care.intensity.indications.${key}`))}** ${mdText(t(`care.intensity.answers.${answer}`))}`);
  }
  if (record.indicationNote) lines.push(`- **${mdText(t('care.intensity.indicationNote'))}** ${mdText(record.indicationNote)}`);
  if (record.parentWants) lines.push(`- **${mdText(t('care.summary.parentWants'))}** ${mdText(record.parentWants)}`);
  const { chosen, notChosen } = splitConsidered(record);
  const item = (o: (typeof chosen)[number]) => `  - ${mdText(o.name)} — ${mdText(o.reasons || t('care.summary.noReasons'))}`;
  lines.push(`- **${mdText(t('care.summary.chosen'))}**${chosen.length === 0 ? ` ${mdText(t('care.summary.noChoice'))}` : ''}`, ...chosen.map(item));
  if (notChosen.length > 0) lines.push(`- **${mdText(t('care.summary.notChosen'))}**`, ...notChosen.map(item));
  return lines.join('\n');
}

export interface SessionReportInput {
  detail: SessionDetail;
  /** The case's current factors, for the map changes made in the session. */
  factors: readonly Factor[];
  memberNames: ReadonlyMap<string, string>;
  locale: string;
}

export function sessionSummaryMarkdown({ detail, factors, memberNames, locale }: SessionReportInput, t: Translate): string {
  const { session, outcome } = detail;
  const name = (id: string | null) => session.participants.find((p) => p.id === id)?.name ?? t('sessions.contribution.anonymous');
  const out: string[] = [];
  out.push(`# ${mdText(t('sessions.summary.title'))}: ${mdText(detail.casePseudonym)}`);
  out.push(
    `${mdText(t('sessions.summary.method'))}: ${mdText(localized(session.method.name, locale))}  \n${mdText(t('sessions.summary.date'))}: ${formatMomentDay(session.startedAt ?? session.createdAt, locale)}`,
  );
  out.push(`## ${mdText(t('sessions.run.question'))}\n\n${mdText(session.question || t('sessions.run.noQuestion'))}`);
  out.push(
    `## ${mdText(t('sessions.summary.participants'))}\n\n${session.participants
      .map((p) => {
        const roles = (['caseHolder', 'facilitator', 'timekeeper', 'scribe'] as const)
          .filter((role) => session.roles[role] === p.id)
          .map((role) => t(`sessions.planDialog.${role}`));
        return `- ${mdText(p.name)}${p.memberId ? '' : ` (${mdText(t('sessions.summary.guest'))})`}${roles.length > 0 ? ` — ${mdText(roles.join(', '))}` : ''}`;
      })
      .join('\n')}`,
  );
  const phases: string[] = [];
  for (const phase of session.method.phases) {
    const items = detail.contributions.filter((c) => c.phaseKey === phase.key && !c.hidden);
    if (items.length === 0) continue;
    phases.push(
      `### ${mdText(localized(phase.name, locale))}\n\n${items
        .map((c) => {
          const perspective = c.perspective
            ? ` (${mdText(t('sessions.summary.fromPerspective', { perspective: t(`sessions.contribution.perspectives.${c.perspective}`) }))})`
            : '';
          const early = isAdviceNudgeDue(phase, c.text) ? ` **[${mdText(t('sessions.summary.adviceEarly'))}]**` : '';
          const mind = c.changeMyMind ? `  \n  ${mdText(t('sessions.contribution.changeMyMind'))} ${mdText(c.changeMyMind)}` : '';
          return `- **${mdText(t(`sessions.contribution.kinds.${c.kind}`))}**${perspective} ${mdText(c.text)} _(${mdText(name(c.authorId))})_${early}${mind}`;
        })
        .join('\n')}`,
    );
  }
  if (phases.length > 0) out.push(`## ${mdText(t('sessions.summary.phases'))}\n\n${phases.join('\n\n')}`);
  const added = factors.filter((f) => detail.factorIds.includes(f.id));
  out.push(
    `## ${mdText(t('sessions.summary.mapChanges'))}\n\n${
      added.length === 0
        ? mdText(t('sessions.summary.noMapChanges'))
        : added.map((f) => `- ${mdText(t(`map.sectors.${f.sector}`))}: ${mdText(factorLabel(f, t))} — ${mdText(f.text)}`).join('\n')
    }\n\n${caveatLine(t)}`,
  );
  out.push(`## ${mdText(t('sessions.summary.judgment'))}\n\n${judgmentBlock(detail, t)}`);
  out.push(`## ${mdText(t('care.summary.title'))}\n\n${careBlock(detail, t)}`);
  out.push(
    `## ${mdText(t('sessions.actions.title'))}\n\n${actionsTable(detail.actions, t, (a) => (a.ownerMemberId ? memberNames.get(a.ownerMemberId) : undefined) ?? a.ownerName, locale)}`,
  );
  out.push(`## ${mdText(t('sessions.summary.takeAway'))}\n\n${mdText(outcome.takeAway || '—')}`);
  return `${out.join('\n\n')}\n`;
}

export interface CaseReportInput {
  detail: CaseDetail;
  sessions: readonly SessionDetail[];
  actions: readonly ActionPoint[];
  memberNames: ReadonlyMap<string, string>;
  locale: string;
}

/** The case overview: people, the relationship, the map with its table, the chain, timeline highlights, actions and judgments. */
export function caseOverviewMarkdown({ detail, sessions, actions, memberNames, locale }: CaseReportInput, t: Translate): string {
  const c = detail.case;
  const out: string[] = [];
  out.push(`# ${mdText(c.pseudonym)}`);
  const due = c.dueWeek ? ` · ${mdText(t('thousandDays.dueWeek'))}: ${mdText(formatIsoWeek(c.dueWeek, locale))}` : '';
  out.push(`${mdText(t(`cases.phases.${c.phase}`))}${due} · ${mdText(t(`cases.statuses.${c.status}`))}${c.contextNote ? `\n\n${mdText(c.contextNote)}` : ''}`);
  out.push(
    `## ${mdText(t('people.title'))}\n\n${
      detail.people.length === 0
        ? mdText(t('people.empty'))
        : detail.people.map((p) => `- ${mdText(p.pseudonym)} (${mdText(t(`people.roles.${p.role}`))})${p.note ? ` — ${mdText(p.note)}` : ''}`).join('\n')
    }`,
  );
  const r = c.relationship;
  out.push(
    `## ${mdText(t('map.relationship.title'))}\n\n- **${mdText(t('map.relationship.now'))}** ${mdText(r.now || '—')}\n- **${mdText(t('map.relationship.goesWell'))}** ${mdText(r.goesWell || '—')}\n- **${mdText(t('map.relationship.worries'))}** ${mdText(r.worries || '—')}`,
  );
  // The parent's own words, when there are any (issue 12: "wat zegt en wil de ouder zelf").
  const v = c.parentVoice;
  if (v.worries || v.goesWell || v.asks) {
    const line = (key: 'worries' | 'goesWell' | 'asks') => `- **${mdText(t(`parentVoice.${key}`))}** ${mdText(v[key] || '—')}`;
    out.push(`## ${mdText(t('parentVoice.title'))}\n\n${[line('worries'), line('goesWell'), line('asks')].join('\n')}`);
  }
  const current = detail.factors.filter((f) => f.status === 'current');
  out.push(
    `## ${mdText(t('map.title'))}\n\n${
      current.length === 0
        ? mdText(t('map.noFactors'))
        : table(
            [t('map.factor.sector'), t('map.factor.category'), t('map.factor.text'), t('map.factor.kind'), t('map.factor.voice')],
            current.map((f) => [t(`map.sectors.${f.sector}`), factorLabel(f, t), f.text, t(`map.kinds.${f.kind}`), t(`map.voices.${f.voice}`)]),
          )
    }\n\n${caveatLine(t)}`,
  );
  if (detail.chain.length > 0) {
    out.push(
      `## ${mdText(t('map.chain.title'))}\n\n${detail.chain.map((p) => `- ${mdText(t(`map.chain.types.${p.type}`))}${p.label ? ` (${mdText(p.label)})` : ''}${p.alreadyAsked ? ` — ${mdText(p.alreadyAsked)}` : ''}`).join('\n')}`,
    );
  }
  const moments = [
    ...detail.snapshots.map((s) => ({ at: s.takenAt, text: `${t('map.history.taken')}${s.label ? `: ${s.label}` : ''}` })),
    ...sessions.map((s) => ({
      at: s.session.startedAt ?? s.session.createdAt,
      text: `${t('sessions.summary.title')}: ${s.session.question || t('sessions.run.noQuestion')}`,
    })),
  ].sort((x, y) => x.at.localeCompare(y.at));
  if (moments.length > 0)
    out.push(`## ${mdText(t('map.history.title'))}\n\n${moments.map((m) => `- ${formatMomentDay(m.at, locale)} — ${mdText(m.text)}`).join('\n')}`);
  out.push(
    `## ${mdText(t('sessions.actions.title'))}\n\n${actionsTable(actions, t, (a) => (a.ownerMemberId ? memberNames.get(a.ownerMemberId) : undefined) ?? a.ownerName, locale)}`,
  );
  const judged = sessions.filter((s) => s.outcome.judgment.intensity);
  if (judged.length > 0) {
    out.push(
      `## ${mdText(t('sessions.summary.judgment'))}\n\n${judged.map((s) => `### ${formatMomentDay(s.session.startedAt ?? s.session.createdAt, locale)} · ${mdText(localized(s.session.method.name, locale))}\n\n${judgmentBlock(s, t)}`).join('\n\n')}`,
    );
  }
  return `${out.join('\n\n')}\n`;
}

/** The readable version of the access export: the case overview followed by every session and journal entry in full. */
export function accessExportMarkdown(data: AccessExport, t: Translate, locale: string): string {
  const overview = caseOverviewMarkdown(
    {
      detail: {
        case: data.case,
        people: data.people,
        factors: data.factors,
        chain: data.chain,
        snapshots: data.snapshots.map(({ state: _state, ...meta }) => meta),
      },
      sessions: data.sessions,
      actions: data.actions,
      memberNames: new Map(),
      locale,
    },
    t,
  );
  const sessions = data.sessions.map((s) =>
    sessionSummaryMarkdown({ detail: s, factors: data.factors, memberNames: new Map(), locale }, t).replace(/^#/gm, '##'),
  );
  const journal = data.journal.map(
    (e) =>
      `### ${day(e.createdAt)}${e.title ? ` · ${mdText(e.title)}` : ''}\n\n${mdText(e.body)}${e.sections.map((s) => (s.text ? `\n\n${mdText(s.text)}` : '')).join('')}`,
  );
  // The meldcode record as its dossier text, line breaks kept.
  const meldcode = data.meldcode ? `## ${mdText(t('meldcode.title'))}\n\n${mdText(meldcodeDossierText(data.meldcode, data.case.pseudonym, t, locale))}` : '';
  return [
    `_${mdText(t('privacy.access.generated', { date: day(data.exportedAt) }))}_`,
    overview,
    ...sessions,
    meldcode,
    journal.length > 0 ? `## ${mdText(t('privacy.access.journal'))}\n\n${journal.join('\n\n')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}
