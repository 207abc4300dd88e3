// The meldcode's public face: the record of steps 1–5 on a case's page.
export { MeldcodePanel } from './MeldcodePanel';
