/** The privacy API: the access export of one case, the retention policy, and erasing a case everywhere. */
import { z } from 'zod';
import { AccessExport, RetentionDue, RetentionPolicy } from '../domain/exchange';
import { Id } from '../domain/ids';
import { method } from './define';

export const privacyApi = {
  /** Everything about one case, in the documented access-export schema. */
  'access.get': method(z.object({ caseId: Id }).strict(), AccessExport),

  'retention.get': method(z.object({}).strict(), z.object({ policy: RetentionPolicy, due: z.array(RetentionDue), backups: z.number().int() })),
  'retention.set': method(RetentionPolicy.strict(), RetentionPolicy),
  /** Erase a case everywhere and compact the vault file; the pseudonym must be typed again. */
  'cases.erase': method(z.object({ id: Id, confirmPseudonym: z.string().max(200) }).strict(), z.object({ backupsHoldingIt: z.number().int() })),
} as const;
