// The relational map's public face: the workspace and its writes for cases and sessions, the drawing
// and a factor's one-line summary for sessions and reports.
export { factorLine } from './factorLine';
export { HistoryView } from './HistoryView';
export { useMapActions, type MapActions } from './mapActions';
export { MapWorkspace } from './MapWorkspace';
export { RelationalMap } from './RelationalMap';
