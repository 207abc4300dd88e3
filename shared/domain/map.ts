/**
 * Pure rules of the relational map: the kind of stress a factor describes, the cumulative view, and
 * what changed between two snapshots. They describe the stress, never the family.
 */
import { CATEGORY_CATALOG, type Buffering, type ChainPartner, type Duration, type Factor, type FactorFields, type MapState, type Sector } from './case';

/** The sectors of family stress: the professionals' sector is the relationship with them, counted apart. */
export const FAMILY_STRESS_SECTORS = ['external', 'child', 'parent'] as const satisfies readonly Sector[];
export type FamilyStressSector = (typeof FAMILY_STRESS_SECTORS)[number];

export const STRESS_KINDS = ['positive', 'tolerable', 'toxic', 'traumatic'] as const;
export type StressKind = (typeof STRESS_KINDS)[number];

/**
 * Shonkoff / NSCDC, as the seed uses them: brief → positive; prolonged without protective
 * relationships → toxic; serious but temporary, or prolonged yet (partly) buffered → tolerable.
 * Null when the factor does not say enough (a buffer, duration unknown, or prolonged with buffering
 * unknown: toxic and tolerable differ only in the protective relationships).
 */
export function deriveStressKind(duration: Duration | null, buffered: Buffering | null): StressKind | null {
  if (duration === null) return null;
  if (duration === 'brief') return 'positive';
  if (duration === 'prolonged' && buffered === null) return null;
  if (duration === 'prolonged' && buffered === 'no') return 'toxic';
  return 'tolerable';
}

/**
 * A stressor's kind (null for buffers and for the professionals' sector, which has its own words,
 * see WORKING_RELATIONS): traumatic when the team marked it so (the continuum's third column, beyond
 * what duration and buffering say), otherwise derived as above.
 */
export function stressKindOf(factor: Pick<Factor, 'sector' | 'duration' | 'buffered'> & Partial<Pick<Factor, 'traumatic'>>): StressKind | null {
  if (factor.sector === 'buffer' || factor.sector === 'professional') return null;
  if (factor.traumatic) return 'traumatic';
  return deriveStressKind(factor.duration, factor.buffered);
}

/** The fields of a factor the rules below read and rewrite (the editor's draft and the contract's input). */
type FactorShape = Pick<
  FactorFields,
  | 'sector'
  | 'category'
  | 'otherLabel'
  | 'text'
  | 'voice'
  | 'chainPartnerId'
  | 'pressure'
  | 'duration'
  | 'buffered'
  | 'tags'
  | 'traumatic'
  | 'experienceOf'
  | 'workingRelation'
>;

/** A field the factor still needs, and why: the form marks it, the contract refuses without it. */
export interface FactorRequirement {
  field: 'category' | 'otherLabel' | 'chainPartnerId';
  reason: 'notInSector' | 'required';
}

/**
 * What a factor must hold to be kept: a category of its own sector, an own description for "other",
 * a chain partner when a chain partner speaks. The contract's refine and the factor editor both ask here.
 */
export function factorRequirements(factor: Pick<FactorShape, 'sector' | 'category' | 'otherLabel' | 'voice' | 'chainPartnerId'>): FactorRequirement[] {
  const missing: FactorRequirement[] = [];
  if (!(CATEGORY_CATALOG[factor.sector] as readonly string[]).includes(factor.category)) missing.push({ field: 'category', reason: 'notInSector' });
  if (factor.category === 'other' && !factor.otherLabel?.trim()) missing.push({ field: 'otherLabel', reason: 'required' });
  if (factor.voice === 'chain' && !factor.chainPartnerId) missing.push({ field: 'chainPartnerId', reason: 'required' });
  return missing;
}

/** The editor saves a factor once it says something and meets the requirements above. */
export function factorReadyToSave(factor: Pick<FactorShape, 'sector' | 'category' | 'otherLabel' | 'text' | 'voice' | 'chainPartnerId'>): boolean {
  return factor.text.trim() !== '' && factorRequirements(factor).length === 0;
}

/**
 * One factor as it is kept: a buffer has no pressure, duration, buffering or traumatic mark; the
 * professionals' sector has no duration, buffering or traumatic mark but its working relation (only
 * there); pressure stays a described attribute of stressors; the chain
 * partner goes only with the chain voice; the own description only with "other" (trimmed); each tag
 * once; whose experience the tags describe only while there are tags.
 */
export function normaliseFactor<F extends FactorShape>(factor: F): F {
  const isBuffer = factor.sector === 'buffer';
  const isProfessional = factor.sector === 'professional';
  return {
    ...factor,
    otherLabel: factor.category === 'other' ? (factor.otherLabel?.trim() ?? null) : null,
    chainPartnerId: factor.voice === 'chain' ? factor.chainPartnerId : null,
    pressure: isBuffer || isProfessional ? null : factor.pressure,
    duration: isBuffer || isProfessional ? null : factor.duration,
    buffered: isBuffer || isProfessional ? null : factor.buffered,
    tags: [...new Set(factor.tags)],
    traumatic: isBuffer || isProfessional ? false : (factor.traumatic ?? false),
    workingRelation: isProfessional ? (factor.workingRelation ?? null) : null,
    experienceOf: factor.tags.length > 0 ? (factor.experienceOf ?? null) : null,
  };
}

export interface CumulativeView {
  /** Current family stressors (not buffers, not resolved, not the professionals' sector). */
  stressors: number;
  /** Of those, what was seen or said (observation, the parent's words) and what was thought (interpretation, hypothesis). */
  seenOrSaid: number;
  thought: number;
  bySector: Record<FamilyStressSector, number>;
  /** The family stress groups with at least one current stressor, in the map's order (names, never "n of 3"). */
  groups: FamilyStressSector[];
  buffered: { yes: number; partly: number; no: number; unknown: number };
  buffers: number;
  resolved: number;
  aceOrElsTagged: number;
  /** The relationship with the professionals, its own line: current factors by working relation. */
  professional: { total: number; working: number; strained: number; broken: number; unknown: number };
}

/** Counts for the conversation, never a score: always shown with the false-positives caveat. */
export function cumulativeView(factors: readonly Factor[]): CumulativeView {
  const bySector = { external: 0, child: 0, parent: 0 };
  const buffered = { yes: 0, partly: 0, no: 0, unknown: 0 };
  const professional = { total: 0, working: 0, strained: 0, broken: 0, unknown: 0 };
  let stressors = 0;
  let seenOrSaid = 0;
  let buffers = 0;
  let resolved = 0;
  let aceOrElsTagged = 0;
  for (const factor of factors) {
    if (factor.status === 'resolved') {
      resolved += 1;
      continue;
    }
    if (factor.sector === 'buffer') {
      buffers += 1;
      continue;
    }
    if (factor.sector === 'professional') {
      professional.total += 1;
      professional[factor.workingRelation ?? 'unknown'] += 1;
      continue;
    }
    stressors += 1;
    if (factor.kind === 'observation' || factor.kind === 'parent-words') seenOrSaid += 1;
    bySector[factor.sector] += 1;
    buffered[factor.buffered ?? 'unknown'] += 1;
    if (factor.tags.length > 0) aceOrElsTagged += 1;
  }
  const groups = FAMILY_STRESS_SECTORS.filter((sector) => bySector[sector] > 0);
  return { stressors, seenOrSaid, thought: stressors - seenOrSaid, bySector, groups, buffered, buffers, resolved, aceOrElsTagged, professional };
}

export function factorsBySector(factors: readonly Factor[]): Record<Sector, Factor[]> {
  const grouped: Record<Sector, Factor[]> = { external: [], child: [], parent: [], professional: [], buffer: [] };
  for (const factor of factors) grouped[factor.sector].push(factor);
  return grouped;
}

// ------------------------------------------------------------------------------------------------
// Comparing two states of the map
// ------------------------------------------------------------------------------------------------

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ItemChange<T> {
  before: T;
  after: T;
  fields: FieldChange[];
}

export interface MapDiff {
  factors: { added: Factor[]; removed: Factor[]; changed: Array<ItemChange<Factor>> };
  chain: { added: ChainPartner[]; removed: ChainPartner[]; changed: Array<ItemChange<ChainPartner>> };
  relationship: FieldChange[];
  /** Ids of factors to mark on the map. */
  markedFactorIds: { added: string[]; removed: string[]; changed: string[] };
}

/** Placement and timestamps move without changing what the map says, so they are not compared. */
const IGNORED_FIELDS = new Set(['placement', 'createdAt', 'updatedAt']);

function changedFields<T extends object>(before: T, after: T): FieldChange[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: FieldChange[] = [];
  for (const key of keys) {
    if (IGNORED_FIELDS.has(key)) continue;
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ field: key, before: a, after: b });
  }
  return changes;
}

function diffById<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Map(after.map((item) => [item.id, item]));
  const added = after.filter((item) => !old.has(item.id));
  const removed = before.filter((item) => !now.has(item.id));
  const changed: Array<ItemChange<T>> = [];
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) continue;
    const fields = changedFields(previous, item);
    if (fields.length > 0) changed.push({ before: previous, after: item, fields });
  }
  return { added, removed, changed };
}

export function diffMaps(before: MapState, after: MapState): MapDiff {
  const factors = diffById(before.factors, after.factors);
  const chain = diffById(before.chain, after.chain);
  return {
    factors,
    chain,
    relationship: changedFields(before.relationship, after.relationship),
    markedFactorIds: {
      added: factors.added.map((f) => f.id),
      removed: factors.removed.map((f) => f.id),
      changed: factors.changed.map((c) => c.after.id),
    },
  };
}

export function isEmptyDiff(diff: MapDiff): boolean {
  return (
    diff.relationship.length === 0 &&
    diff.factors.added.length + diff.factors.removed.length + diff.factors.changed.length === 0 &&
    diff.chain.added.length + diff.chain.removed.length + diff.chain.changed.length === 0
  );
}
