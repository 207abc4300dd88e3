// Care options' public face: the continuum card, the intensity step's record and its summary, the Zorgaanbod screen.
export { AceExplanation, ContinuumCard } from './ContinuumCard';
export { CareCaution, CareRecordForm } from './CareRecordForm';
export { CareRecordSummary } from './CareRecordSummary';
export { CareOptionsTab } from './CareOptionsTab';
