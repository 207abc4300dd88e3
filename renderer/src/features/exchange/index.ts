// Exchange files' public face. Its stylesheet also styles the reports' print view and share menu, so it comes with it.
import './exchange.css';

export { ExchangeButtons } from './ExchangeButtons';
export { ExchangeErrorText } from './ExchangeErrorText';
export { ExportDialog } from './ExportDialog';
export { PrivacyFindings } from './PrivacyFindings';
export { PrivacyTab } from './PrivacyTab';
