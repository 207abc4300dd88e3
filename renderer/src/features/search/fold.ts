/** Lower case without diacritics, so "nieuwe" finds "Nieuwe" and "cafe" finds "café" among the commands. */
export function foldForMatch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
