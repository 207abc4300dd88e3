/** The relational map's API: factors in the sectors and snapshots of the map. */
import { z } from 'zod';
import { Factor, FactorFields, Placement, Snapshot, SnapshotMeta } from '../domain/case';
import { Id } from '../domain/ids';
import { factorRequirements } from '../domain/map';
import { Nothing, method } from './define';

export const mapApi = {
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

  'snapshots.take': method(z.object({ caseId: Id, label: z.string().max(120).default('') }).strict(), SnapshotMeta),
  'snapshots.get': method(z.object({ id: Id }).strict(), Snapshot),
} as const;
