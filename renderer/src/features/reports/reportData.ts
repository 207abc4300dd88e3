import type { QueryClient } from '@tanstack/react-query';
import type { PrivacyHit } from '../../../../shared/domain/exchange';
import { findIdentifiers } from '../../../../shared/domain/privacy';
import { caseOverviewMarkdown, sessionSummaryMarkdown, type Translate } from '../../../../shared/domain/reports';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';

async function memberNames(queryClient: QueryClient): Promise<Map<string, string>> {
  const members = await queryClient.fetchQuery({ queryKey: queryKey('members.list'), queryFn: () => call('members.list', {}) });
  return new Map(members.map((m) => [m.id, m.displayName]));
}

export async function sessionMarkdown(
  queryClient: QueryClient,
  id: string,
  t: Translate,
  locale: string,
): Promise<{ text: string; caseId: string; pseudonym: string }> {
  const detail = await call('sessions.get', { id });
  const caseDetail = await call('cases.get', { id: detail.session.caseId });
  const text = sessionSummaryMarkdown({ detail, factors: caseDetail.factors, memberNames: await memberNames(queryClient), locale }, t);
  return { text, caseId: detail.session.caseId, pseudonym: detail.casePseudonym };
}

export async function caseMarkdown(
  queryClient: QueryClient,
  id: string,
  t: Translate,
  locale: string,
): Promise<{ text: string; caseId: string; pseudonym: string }> {
  const detail = await call('cases.get', { id });
  const list = await call('sessions.list', { caseId: id });
  const sessions = await Promise.all(list.map((s) => call('sessions.get', { id: s.id })));
  const actions = await call('actions.list', { caseId: id });
  const text = caseOverviewMarkdown({ detail, sessions, actions, memberNames: await memberNames(queryClient), locale }, t);
  return { text, caseId: id, pseudonym: detail.case.pseudonym };
}

/** The privacy check over a report's text, in the shape the findings list shows. */
export function reportHits(text: string, caseId: string, pseudonym: string, kind: 'session' | 'case'): PrivacyHit[] {
  return findIdentifiers(text).map((finding) => {
    const from = Math.max(0, finding.start - 30);
    const to = Math.min(text.length, finding.end + 30);
    return {
      caseId,
      casePseudonym: pseudonym,
      kind,
      field: 'report',
      identifier: finding.kind,
      found: finding.text,
      snippet: `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`,
    };
  });
}
