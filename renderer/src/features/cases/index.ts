// The cases feature's public face: the list and case pages for the shell, the case form for the palette.
export { CaseFormDialog } from './CaseFormDialog';
export { CasePage } from './CasePage';
export { CasesPage } from './CasesPage';
