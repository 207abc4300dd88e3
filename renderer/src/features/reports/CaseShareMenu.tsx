import { DropdownMenu } from 'radix-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { accessExportMarkdown } from '../../../../shared/domain/reports';
import { call } from '../../lib/api';
import { Modal } from '../../ui/Modal';
import { navigate } from '../../lib/router';
import { ReportCheckDialog } from './ReportCheckDialog';
import { useReportSaver } from './useReportSaver';
import { ExchangeErrorText, ExportDialog } from '../exchange';
import { fileNameFor, mapSvgMarkup, saveThroughCore, svgToPng, toBase64 } from '../../lib/files';

function AccessExportDialog({ target, onClose }: { target: Case; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const save = async (format: 'json' | 'markdown') => {
    setError(null);
    try {
      const data = await call('access.get', { caseId: target.id });
      const name = `${target.pseudonym}-${t('privacy.access.title')}`;
      const path =
        format === 'json'
          ? await saveThroughCore('access', fileNameFor(name, 'json'), { kind: 'access-json', caseId: target.id, text: `${JSON.stringify(data, null, 2)}\n` })
          : await saveThroughCore('access', fileNameFor(name, 'md'), {
              kind: 'access-markdown',
              caseId: target.id,
              text: accessExportMarkdown(data, t, i18n.language),
            });
      if (path) setSaved(path);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Modal open onOpenChange={(open) => (open ? undefined : onClose())} title={t('privacy.access.title')} description={t('privacy.access.intro')}>
      <div className="form-actions start">
        <button type="button" className="button secondary" onClick={() => void save('json')}>
          {t('privacy.access.json')}
        </button>
        <button type="button" className="button secondary" onClick={() => void save('markdown')}>
          {t('privacy.access.markdown')}
        </button>
      </div>
      {saved ? (
        <p className="notice success" role="status">
          {t('reports.saved', { path: saved })}
        </p>
      ) : null}
      <ExchangeErrorText error={error} />
    </Modal>
  );
}

/** The case page's "Sharing and reports" menu; also notes in the audit log that the case was opened. */
export function CaseShareMenu({ target }: { target: Case }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'export' | 'access' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const report = useReportSaver('case', target.id);

  // The core notes each case once per unlock, so a remount does not count twice.
  useEffect(() => {
    void call('cases.noteOpened', { id: target.id }).catch(() => undefined);
  }, [target.id]);

  const saveMap = async (format: 'svg' | 'png') => {
    setError(null);
    setMessage(null);
    const svg = document.querySelector<SVGSVGElement>('svg[data-testid="relational-map"]');
    if (!svg) {
      setMessage(t('reports.openMapFirst'));
      return;
    }
    try {
      const markup = mapSvgMarkup(svg);
      const name = `${target.pseudonym}-${t('reports.print.map')}`;
      const path =
        format === 'svg'
          ? await saveThroughCore('map', fileNameFor(name, 'svg'), { kind: 'map-svg', caseId: target.id, text: markup })
          : await saveThroughCore('map', fileNameFor(name, 'png'), { kind: 'map-png', caseId: target.id, base64: toBase64(await svgToPng(markup)) });
      if (path) setMessage(t('reports.saved', { path }));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger className="button secondary">{t('reports.menu')}</DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
            <DropdownMenu.Item className="menu-item" onSelect={() => setOpen('export')}>
              {t('reports.exportCase')}
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="menu-separator" />
            <DropdownMenu.Item className="menu-item" onSelect={() => navigate({ name: 'print', kind: 'case', id: target.id })}>
              {t('reports.printOverview')}
            </DropdownMenu.Item>
            <DropdownMenu.Item className="menu-item" onSelect={() => void report.save('markdown')}>
              {t('reports.overviewMarkdown')}
            </DropdownMenu.Item>
            <DropdownMenu.Item className="menu-item" onSelect={() => void report.save('pdf')}>
              {t('reports.overviewPdf')}
            </DropdownMenu.Item>
            <DropdownMenu.Item className="menu-item" onSelect={() => void saveMap('svg')}>
              {t('reports.mapSvg')}
            </DropdownMenu.Item>
            <DropdownMenu.Item className="menu-item" onSelect={() => void saveMap('png')}>
              {t('reports.mapPng')}
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="menu-separator" />
            <DropdownMenu.Item className="menu-item" onSelect={() => setOpen('access')}>
              {t('reports.accessExport')}
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {message || report.saved ? (
        <p className="notice small" role="status">
          {message ?? t('reports.saved', { path: report.saved })}
        </p>
      ) : null}
      <ExchangeErrorText error={error ?? report.error} />
      {open === 'export' ? <ExportDialog initialCaseIds={[target.id]} onClose={() => setOpen(null)} /> : null}
      {open === 'access' ? <AccessExportDialog target={target} onClose={() => setOpen(null)} /> : null}
      {report.pending ? <ReportCheckDialog hits={report.pending.hits} onGoOn={() => void report.pending?.proceed()} onClose={report.cancel} /> : null}
    </>
  );
}
