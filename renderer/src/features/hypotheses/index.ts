// The hypothesis register's public face: the case page's register, the session's follow-up walk, the status badge.
export { HypothesisFollowUp } from './HypothesisFollowUp';
export { HypothesisRegister } from './HypothesisRegister';
export { StatusBadge } from './StatusBadge';
