/** Everything on a case in time order (built with the journal feature). */
export function CaseTimeline(_props: { caseId: string }) {
  return null;
}
