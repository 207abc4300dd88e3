import type { exchangeApi } from '../../../shared/api/exchange';
import type { privacyApi } from '../../../shared/api/privacy';
import type { reportsApi } from '../../../shared/api/reports';
import { DEFAULT_SCRYPT } from '../vault/keys';
import { ExchangeService } from '../services/exchange';
import { ReportsService } from '../services/reports';
import { RetentionService } from '../services/retention';
import type { HandlerContext, HandlersFor } from './context';

export type ExchangeMethodName = 
  | keyof typeof exchangeApi
  | keyof typeof reportsApi
  | keyof typeof privacyApi
  | 'dialog.pickSaveFile'
  | 'dialog.pickOpenFile'
  | 'cases.noteOpened'
  | 'audit.search'
  | 'audit.export';

/** Exchange files, reports, access export, retention and erasure: contract method → service. */
export function exchangeHandlers({ host, kdf, vault, cases, map, serial }: HandlerContext): HandlersFor<Exclude<ExchangeMethodName, 'dialog.pickSaveFile' | 'dialog.pickOpenFile' | 'cases.noteOpened' | 'audit.search' | 'audit.export'>> {
  const exchange = new ExchangeService(vault, kdf ?? DEFAULT_SCRYPT);
  const reports = new ReportsService(vault, cases, map, host);
  const retention = new RetentionService(vault);
  return {
    'exchange.check': serial<'exchange.check'>((input) => exchange.check(input)),
    'exchange.export': serial<'exchange.export'>((input) => exchange.export(input)),
    'exchange.preview': serial<'exchange.preview'>((input) => exchange.preview(input)),
    'exchange.import': serial<'exchange.import'>((input) => exchange.import(input)),
    'exchange.conflicts': serial<'exchange.conflicts'>((input) => exchange.conflicts(input)),
    'exchange.resolve': serial<'exchange.resolve'>((input) => exchange.resolve(input)),
    'reports.save': serial<'reports.save'>((input) => reports.save(input)),
    'reports.savePdf': serial<'reports.savePdf'>((input) => reports.savePdf(input)),
    'reports.notePrinted': serial<'reports.notePrinted'>((input) => reports.notePrinted(input)),
    'access.get': serial<'access.get'>(({ caseId }) => reports.accessExport(caseId)),
    'retention.get': serial<'retention.get'>(() => retention.get()),
    'retention.set': serial<'retention.set'>((input) => retention.set(input)),
    'cases.erase': serial<'cases.erase'>((input) => retention.erase(input)),
  };
}
