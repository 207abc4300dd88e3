import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyHit } from '../../../../shared/domain/exchange';
import { call } from '../../lib/api';
import { fileNameFor, saveThroughCore } from '../../lib/files';
import { caseMarkdown, reportHits, sessionMarkdown } from './reportData';

export type ReportFormat = 'markdown' | 'pdf';

/**
 * Save a session summary or case overview as Markdown or PDF: build the text, run the privacy check
 * over it (the PDF shows the same content), and save only after the user went on.
 */
export function useReportSaver(kind: 'session' | 'case', id: string) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<{ hits: PrivacyHit[]; proceed: () => Promise<void> } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const save = async (format: ReportFormat) => {
    setError(null);
    setSaved(null);
    try {
      const report = kind === 'session' ? await sessionMarkdown(queryClient, id, t, i18n.language) : await caseMarkdown(queryClient, id, t, i18n.language);
      const base = `${report.pseudonym}-${kind === 'session' ? t('sessions.summary.title') : t('reports.print.caseTitle')}`;
      const proceed = async () => {
        setPending(null);
        try {
          let path: string | null;
          if (format === 'markdown') {
            path = await saveThroughCore('report', fileNameFor(base, 'md'), {
              kind: kind === 'session' ? 'session-markdown' : 'case-markdown',
              caseId: report.caseId,
              text: report.text,
            });
          } else {
            const picked = await call('dialog.pickSaveFile', { purpose: 'pdf', suggestedName: fileNameFor(base, 'pdf') });
            path = picked.token ? (await call('reports.savePdf', { kind, id, file: picked.token })).path : null;
          }
          if (path) setSaved(path);
        } catch (err) {
          setError(err);
        }
      };
      const hits = reportHits(report.text, report.caseId, report.pseudonym, kind);
      if (hits.length > 0) setPending({ hits, proceed });
      else await proceed();
    } catch (err) {
      setError(err);
    }
  };
  return { save, pending, cancel: () => setPending(null), saved, error };
}
