import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract';
import type { Participant, Roles } from '../../../shared/domain/session';
import type { ReadableDb } from '../db/transaction';
import { invalidAt } from './record';

type ParticipantInput = ParsedInput<'sessions.create'>['participants'][number];
type RoleIndexes = ParsedInput<'sessions.create'>['roles'];

/**
 * The participants as stored: members by their display name, guests by their initials in capitals.
 * A participant already in `previous` (the same member, or a guest with the same initials) keeps their
 * id, so contributions and roles keep pointing at them; a member who has since left the team may stay.
 */
export async function resolveParticipants(db: ReadableDb, inputs: readonly ParticipantInput[], previous: readonly Participant[]): Promise<Participant[]> {
  const unused = [...previous];
  const takePrevious = (match: (participant: Participant) => boolean): Participant | undefined => {
    const index = unused.findIndex(match);
    return index === -1 ? undefined : unused.splice(index, 1)[0];
  };
  const memberIds = new Set<string>();
  const participants: Participant[] = [];
  for (const [index, input] of inputs.entries()) {
    if ('memberId' in input) {
      if (memberIds.has(input.memberId)) throw invalidAt(['participants', index, 'memberId'], 'This member is already a participant.');
      memberIds.add(input.memberId);
      const kept = takePrevious((participant) => participant.memberId === input.memberId);
      const member = await db.selectFrom('members').select(['id', 'display_name', 'removed_at']).where('id', '=', input.memberId).executeTakeFirst();
      if (!member || (member.removed_at !== null && !kept))
        throw invalidAt(['participants', index, 'memberId'], 'A participant must be a member of this vault.');
      participants.push({ id: kept?.id ?? randomUUID(), memberId: member.id, name: member.display_name });
    } else {
      const initials = input.guestInitials.toUpperCase();
      const kept = takePrevious((participant) => participant.memberId === null && participant.name === initials);
      participants.push({ id: kept?.id ?? randomUUID(), memberId: null, name: initials });
    }
  }
  return participants;
}

export function rolesFromIndexes(indexes: RoleIndexes, participants: readonly Participant[]): Roles {
  const idAt = (key: keyof RoleIndexes): string | null => {
    const index = indexes[key];
    if (index === null) return null;
    const participant = participants[index];
    if (!participant) throw invalidAt(['roles', key], 'The role must name one of the participants.');
    return participant.id;
  };
  const caseHolder = idAt('caseHolder');
  const facilitator = idAt('facilitator');
  // The schema makes both required; the checks only narrow the type.
  if (caseHolder === null) throw invalidAt(['roles', 'caseHolder'], 'A session needs a case holder.');
  if (facilitator === null) throw invalidAt(['roles', 'facilitator'], 'A session needs a facilitator.');
  return { caseHolder, facilitator, timekeeper: idAt('timekeeper'), scribe: idAt('scribe') };
}

/** Stored roles after the participants changed: an optional role whose participant left is emptied. */
export function rolesForParticipants(roles: Roles, participants: readonly Participant[]): Roles {
  const present = new Set(participants.map((participant) => participant.id));
  for (const key of ['caseHolder', 'facilitator'] as const) {
    if (!present.has(roles[key])) throw invalidAt(['roles', key], 'This participant is no longer in the session; choose someone else for the role.');
  }
  const kept = (id: string | null): string | null => (id !== null && present.has(id) ? id : null);
  return { ...roles, timekeeper: kept(roles.timekeeper), scribe: kept(roles.scribe) };
}
