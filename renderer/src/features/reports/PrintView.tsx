/** The print view of a session summary or a case overview (built with the reports feature). */
export function PrintView(_props: { kind: 'session' | 'case'; id: string }) {
  return null;
}
