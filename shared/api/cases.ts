/** The cases API: the case list and record, the people around the dyad, and the case read whole (detail, timeline). */
import { z } from 'zod';
import {
  AgeBand,
  Case,
  CaseDetail,
  CasePhase,
  CaseStatus,
  CaseSummary,
  FreeText,
  ParentVoice,
  Person,
  PersonRole,
  PregnancyWeek,
  Pseudonym,
} from '../domain/case';
import { IsoWeek } from '../domain/thousand-days';
import { Id } from '../domain/ids';
import { TimelineItem, TimelineKind } from '../domain/journal';
import { Nothing, method } from './define';

export const casesApi = {
  'cases.list': method(
    z
      .object({
        status: z.union([CaseStatus, z.literal('all')]).default('all'),
        phase: CasePhase.optional(),
        mine: z.boolean().default(false),
        query: z.string().max(80).default(''),
        sort: z.enum(['lastActivity', 'pseudonym', 'phase']).default('lastActivity'),
      })
      .strict(),
    z.array(CaseSummary),
  ),
  'cases.get': method(z.object({ id: Id }).strict(), CaseDetail),
  'cases.create': method(
    z
      .object({
        pseudonym: Pseudonym,
        /** The phase by hand; with a due week the phase follows it instead. */
        phase: CasePhase,
        /** The expected due week ("2027-W12"). */
        dueWeek: IsoWeek.nullable().default(null),
        /** The week of pregnancy today, in the pregnancy phase: the core turns it into a due week. */
        pregnancyWeek: PregnancyWeek.nullable().default(null),
        holderId: Id.nullable().default(null),
        contextNote: FreeText.default(''),
      })
      .strict(),
    Case,
  ),
  'cases.update': method(
    z
      .object({
        id: Id,
        pseudonym: Pseudonym.optional(),
        /** A phase by hand that the due week does not give clears the due week. */
        phase: CasePhase.optional(),
        dueWeek: IsoWeek.nullable().optional(),
        pregnancyWeek: PregnancyWeek.nullable().optional(),
        holderId: Id.nullable().optional(),
        contextNote: FreeText.optional(),
        /** The parent's own voice; only the fields given change. */
        parentVoice: ParentVoice.partial().strict().optional(),
      })
      .strict(),
    Case,
  ),
  'cases.setStatus': method(z.object({ id: Id, status: CaseStatus }).strict(), Case),
  /** Removes everything of the case; the pseudonym must be typed again as confirmation. */
  'cases.delete': method(z.object({ id: Id, confirmPseudonym: z.string().max(200) }).strict(), Nothing),
  /** Noted once per case per unlock when its page opens. */
  'cases.noteOpened': method(z.object({ id: Id }).strict(), z.null()),

  /** Create (no id, or an id not yet used: undo of a removal) or update a person. */
  'people.save': method(
    z
      .object({
        caseId: Id,
        id: Id.optional(),
        role: PersonRole,
        pseudonym: Pseudonym,
        ageBand: AgeBand.nullable().default(null),
        note: FreeText.default(''),
      })
      .strict(),
    Person,
  ),
  'people.remove': method(z.object({ id: Id }).strict(), Nothing),

  /** Everything on a case in time order, newest first, in one call. */
  'timeline.get': method(z.object({ caseId: Id, kinds: z.array(TimelineKind).max(20).optional() }).strict(), z.object({ items: z.array(TimelineItem) })),
} as const;
