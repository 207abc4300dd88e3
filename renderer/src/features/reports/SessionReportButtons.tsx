import { useTranslation } from 'react-i18next';
import { ExchangeErrorText } from '../exchange';
import { ReportCheckDialog } from './ReportCheckDialog';
import { useReportSaver } from './useReportSaver';

/** Markdown and PDF of a session summary, and the clean print view. */
export function SessionReportButtons({ id }: { id: string }) {
  const { t } = useTranslation();
  const report = useReportSaver('session', id);
  return (
    <>
      <a className="button secondary" href={`#/print/session/${id}`}>
        {t('reports.print.print')}
      </a>
      <button type="button" className="button secondary" onClick={() => void report.save('markdown')}>
        {t('reports.summaryMarkdown')}
      </button>
      <button type="button" className="button secondary" onClick={() => void report.save('pdf')}>
        {t('reports.summaryPdf')}
      </button>
      {report.saved ? (
        <p className="notice success small" role="status">
          {t('reports.saved', { path: report.saved })}
        </p>
      ) : null}
      <ExchangeErrorText error={report.error} />
      {report.pending ? <ReportCheckDialog hits={report.pending.hits} onGoOn={() => void report.pending?.proceed()} onClose={report.cancel} /> : null}
    </>
  );
}
