export interface MemberChoice {
  id: string;
  displayName: string;
}

export type MemberMatch<M extends MemberChoice> = { kind: 'found'; member: M } | { kind: 'unknown' } | { kind: 'ambiguous'; candidates: M[] };

function foldCase(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase();
}

/** Find a member by display name, ignoring case; an exact match wins over case-folded ones. */
export function resolveMember<M extends MemberChoice>(members: readonly M[], name: string): MemberMatch<M> {
  const exact = members.filter((member) => member.displayName.normalize('NFC').trim() === name.normalize('NFC').trim());
  if (exact.length === 1 && exact[0]) return { kind: 'found', member: exact[0] };
  const folded = members.filter((member) => foldCase(member.displayName) === foldCase(name));
  if (folded.length === 1 && folded[0]) return { kind: 'found', member: folded[0] };
  if (folded.length > 1) return { kind: 'ambiguous', candidates: folded };
  return { kind: 'unknown' };
}
