import type { Selectable } from 'kysely';
import { ChainPartner, Factor, SnapshotMeta } from '../../../shared/domain/case';
import type { ChainPartnersTable, FactorsTable, MapSnapshotsTable } from '../db/schema';

export type FactorRow = Selectable<FactorsTable>;
export type SnapshotRow = Selectable<MapSnapshotsTable>;
export type ChainPartnerRow = Selectable<ChainPartnersTable>;

function parseJson(text: string | null, fallback: unknown): unknown {
  return text === null ? fallback : JSON.parse(text);
}

/** A factor row as the domain object; parsed, so a damaged row fails here and not in the renderer. */
export function factorFromRow(row: FactorRow): Factor {
  return Factor.parse({
    id: row.id,
    caseId: row.case_id,
    sector: row.sector,
    category: row.category,
    otherLabel: row.other_label,
    text: row.text,
    kind: row.kind,
    voice: row.voice,
    chainPartnerId: row.chain_partner_id,
    pressure: row.pressure,
    duration: row.duration,
    buffered: row.buffered,
    tags: parseJson(row.tags, []),
    // Only when set, so a factor reads (and compares with older snapshots) as it did before these fields existed.
    ...(row.experience_of !== null ? { experienceOf: row.experience_of } : {}),
    ...(row.traumatic === 1 ? { traumatic: true } : {}),
    ...(row.working_relation !== null ? { workingRelation: row.working_relation } : {}),
    status: row.status,
    placement: parseJson(row.placement, null),
    sessionId: row.session_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function snapshotMetaFromRow(row: Omit<SnapshotRow, 'state'>): SnapshotMeta {
  return SnapshotMeta.parse({
    id: row.id,
    caseId: row.case_id,
    takenAt: row.taken_at,
    reason: row.reason,
    label: row.label,
    factorCount: row.factor_count,
  });
}

export function chainPartnerFromRow(row: ChainPartnerRow): ChainPartner {
  return ChainPartner.parse({
    id: row.id,
    caseId: row.case_id,
    type: row.type,
    label: row.label,
    relationship: row.relationship,
    alreadyAsked: row.already_asked,
    lastContact: row.last_contact,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
