// Peer consultation's public face: the pages the shell routes to.
export { MethodsPage } from './MethodsPage';
export { PresenterView } from './PresenterView';
export { SessionRunner } from './SessionRunner';
export { SessionsPage } from './SessionsPage';
export { SessionSummary } from './SessionSummary';
export { NextMeeting } from './NextMeeting';
