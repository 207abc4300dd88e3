/** The relational map's API: the relationship at its centre, factors in the sectors, the care chain and snapshots of the map. */
import { z } from 'zod';
import { Case, ChainPartner, ChainType, Factor, FactorFields, FreeText, IsoDate, Placement, Relationship, Snapshot, SnapshotMeta } from '../domain/case';
import { Id } from '../domain/ids';
import { factorRequirements } from '../domain/map';
import { Nothing, method } from './define';

export const mapApi = {
  /** Change the relationship at the map's centre; only the fields given change. */
  'relationship.save': method(Relationship.partial().extend({ caseId: Id }).strict(), Case),
  /** Create or update a factor on the map; the category must belong to the sector. */
  'factors.save': method(
    FactorFields.extend({
      caseId: Id,
      id: Id.optional(),
      placement: Placement.nullable().default(null),
      sessionId: Id.nullable().default(null),
    })
      .strict()
      .superRefine((factor, ctx) => {
        for (const { field, reason } of factorRequirements(factor)) ctx.addIssue({ code: 'custom', path: [field], message: reason, params: { reason } });
      }),
    Factor,
  ),
  /** Move a factor within its sector (dragging on the map). */
  'factors.place': method(z.object({ id: Id, placement: Placement }).strict(), Factor),
  'factors.remove': method(z.object({ id: Id }).strict(), Nothing),

  'chain.save': method(
    z
      .object({
        caseId: Id,
        id: Id.optional(),
        type: ChainType,
        label: z.string().max(120).default(''),
        relationship: FreeText.default(''),
        alreadyAsked: FreeText.default(''),
        lastContact: IsoDate.nullable().default(null),
      })
      .strict(),
    ChainPartner,
  ),
  'chain.remove': method(z.object({ id: Id }).strict(), Nothing),

  'snapshots.take': method(z.object({ caseId: Id, label: z.string().max(120).default('') }).strict(), SnapshotMeta),
  'snapshots.get': method(z.object({ id: Id }).strict(), Snapshot),
} as const;
