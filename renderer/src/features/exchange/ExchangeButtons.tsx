import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';

/** "Export…" and "Import…" of exchange files, for the case list's header. */
export function ExchangeButtons() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'export' | 'import' | null>(null);
  return (
    <>
      <button type="button" className="button secondary" onClick={() => setOpen('import')}>
        {t('exchange.importButton')}
      </button>
      <button type="button" className="button secondary" onClick={() => setOpen('export')}>
        {t('exchange.exportButton')}
      </button>
      {open === 'export' ? <ExportDialog initialCaseIds={[]} onClose={() => setOpen(null)} /> : null}
      {open === 'import' ? <ImportDialog onClose={() => setOpen(null)} /> : null}
    </>
  );
}
