/** The care options API: the team's catalogue of care options shown at the intensity step. */
import { z } from 'zod';
import { CareOption, CareOptionFields, CareOptionId } from '../domain/care-options';
import { method } from './define';

export const careApi = {
  /** The shipped entries (with the team's changes) and the team's own, hidden ones included; in the catalogue's fixed order. */
  'careOptions.list': method(z.object({}).strict(), z.array(CareOption)),
  /** Change a shipped entry's text, change an own entry, or add one (no id, or a new uuid). Audited as a settings change. */
  'careOptions.save': method(z.object({ id: CareOptionId.optional(), fields: CareOptionFields }).strict(), CareOption),
  /** Hide an entry from the intensity step (or show it again); sessions that weighed it keep their record. */
  'careOptions.setHidden': method(z.object({ id: CareOptionId, hidden: z.boolean() }).strict(), CareOption),
  /** A shipped entry back as shipped: its own text, shown again. */
  'careOptions.restore': method(z.object({ id: CareOptionId }).strict(), CareOption),
} as const;
