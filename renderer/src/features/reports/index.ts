// Reports' public face: the print view for the shell, the share menu for a case, the report buttons for a session.
export { CaseShareMenu } from './CaseShareMenu';
export { PrintView } from './PrintView';
export { SessionReportButtons } from './SessionReportButtons';
export { CaseSheetLink } from './CaseSheet';
