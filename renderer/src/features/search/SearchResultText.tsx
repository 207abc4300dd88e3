import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { HighlightedText, SearchResult } from '../../../../shared/domain/journal';
import { routeHref, type Route } from '../../lib/router';
import { factLine, promptText, usePrompts } from '../journal';
import './SearchResultText.css';

/** Matched words as <mark> elements; the text itself is only ever text, never HTML. */
export function Highlighted({ text }: { text: HighlightedText }) {
  return <>{text.map((segment, index) => (segment.mark ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>))}</>;
}

/** Where a result lives. */
export function resultHref(result: SearchResult): string {
  return routeHref(resultRoute(result));
}

export function resultRoute(result: SearchResult): Route {
  switch (result.kind) {
    case 'journal':
      return { name: 'journal', entryId: result.sourceId };
    case 'session':
      return { name: 'session', id: result.sourceId, view: 'summary' };
    case 'contribution':
    case 'action':
    case 'care':
      if (result.sessionId) return { name: 'session', id: result.sessionId, view: 'summary' };
      return result.caseId ? { name: 'case', id: result.caseId, view: 'timeline' } : { name: 'sessions' };
    case 'person':
      return result.caseId ? { name: 'case', id: result.caseId, view: 'people' } : { name: 'cases' };
    case 'factor':
      return result.caseId ? { name: 'case', id: result.caseId, view: 'map', factorId: result.sourceId } : { name: 'cases' };
    case 'meldcode':
      return result.caseId ? { name: 'case', id: result.caseId, view: 'meldcode' } : { name: 'cases' };
    case 'hypothesis':
      // The hypothesis register is on the case's map view, below the map.
      return result.caseId ? { name: 'case', id: result.caseId, view: 'map', section: 'hypotheses' } : { name: 'cases' };
    default:
      return result.caseId ? { name: 'case', id: result.caseId, view: 'map' } : { name: 'cases' };
  }
}

/** A result's title: its own (highlighted) title, or what it is in words when it has none. */
export function ResultTitle({ result }: { result: SearchResult }) {
  const { t, i18n } = useTranslation();
  const prompts = usePrompts();
  if (result.title.some((segment) => segment.text.trim())) return <Highlighted text={result.title} />;
  const prompt = result.facts.promptId ? prompts.data?.find((p) => p.id === result.facts.promptId) : undefined;
  if (prompt) return <>{promptText(prompt, i18n.language)}</>;
  if (result.kind === 'hypothesis') {
    // A note set with a status at a follow-up, or what would change my mind about a "?" factor.
    const status = result.facts.status;
    // Beside the kind's badge ("Hypothese"): the status the team set, not the kind again.
    return <>{status ? t(`hypotheses.statuses.${status}`, { defaultValue: status }) : t('hypotheses.changeMyMind')}</>;
  }
  // The record's own name, beside the kind's badge ("Meldcode"): which record it is, not the kind again.
  if (result.kind === 'meldcode') return <>{t('meldcode.title')}</>;
  // A care record with no option weighed yet: the step's question, not the kind's badge again.
  if (result.kind === 'care') return <>{t('care.intensity.title')}</>;
  const facts = factLine(t, result.facts);
  return <>{facts.length > 0 ? facts.join(' · ') : result.kind === 'journal' ? t('journal.untitled') : t(`search.kind.${result.kind}`)}</>;
}
