import { describe, expect, it } from 'vitest';
import { translations } from '../../shared/i18n';
import { EMPTY_CARE_RECORD } from '../../shared/domain/care-options';
import { caseOverviewMarkdown, mdText, sessionSummaryMarkdown, type Translate } from '../../shared/domain/reports';
import type { CaseDetail } from '../../shared/domain/case';
import type { SessionDetail } from '../../shared/domain/session';
import { csvField } from '../../electron/core/vault/auditSearch';
import { dueAt } from '../../electron/core/privacy/retention';

/** A tiny translate over the shipped resources (dot paths, {{name}} interpolation). */
function translator(locale: 'nl' | 'en'): Translate {
  return (key, options = {}) => {
    let value: unknown = translations[locale];
    for (const part of key.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
    const text = typeof value === 'string' ? value : key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name] ?? ''));
  };
}

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const AT = '2025-03-01T09:00:00.000Z';

const caseDetail: CaseDetail = {
  case: {
    id: ID(1),
    pseudonym: 'Gezin *Eik*',
    phase: '0-6m',
    dueWeek: null,
    pregnancyWeek: null,
    status: 'open',
    holderId: null,
    contextNote: 'Eerste kind',
    relationship: { form: 'dyad', now: 'Warm', goesWell: 'Voeden', worries: '' },
    parentVoice: { worries: '', goesWell: '', asks: '' },
    createdAt: AT,
    updatedAt: AT,
    closedAt: null,
    lastActivityAt: AT,
  },
  people: [{ id: ID(2), caseId: ID(1), role: 'parent', pseudonym: 'Moeder', ageBand: null, note: '', createdAt: AT, updatedAt: AT }],
  factors: [
    {
      id: ID(3),
      caseId: ID(1),
      sector: 'external',
      category: 'housing',
      otherLabel: null,
      text: 'Krap | wonen',
      kind: 'observation',
      voice: 'professional',
      chainPartnerId: null,
      pressure: 'moderate',
      duration: 'prolonged',
      buffered: 'partly',
      tags: [],
      status: 'current',
      placement: null,
      sessionId: null,
      createdAt: AT,
      updatedAt: AT,
    },
  ] as CaseDetail['factors'],
  chain: [],
  snapshots: [],
};

describe('reports as Markdown', () => {
  it('escapes markup in free text so a typed pipe or asterisk stays text', () => {
    expect(mdText('a *b* | c # d\n- e')).toBe('a \\*b\\* \\| c \\# d  \n\\- e');
  });

  it('writes a case overview with people, the relationship and the map as a table, in both languages', () => {
    for (const locale of ['nl', 'en'] as const) {
      const t = translator(locale);
      const text = caseOverviewMarkdown({ detail: caseDetail, sessions: [], actions: [], memberNames: new Map(), locale }, t);
      expect(text.startsWith('# Gezin \\*Eik\\*\n')).toBe(true);
      expect(text).toContain(`## ${translations[locale].people.title}`);
      expect(text).toContain('- Moeder (');
      expect(text).toContain(`| ${translations[locale].map.sectors.external} | ${translations[locale].map.categories.housing} | Krap \\| wonen |`);
      expect(text).toContain(translations[locale].sessions.actions.none);
      // The false-positives caveat goes with the map on every report.
      expect(text).toContain(`> ${mdText(translations[locale].map.cumulative.caveat)}`);
    }
  });

  it('names the due week as people write it and gives the parent her own section when she said something', () => {
    const t = translator('nl');
    const plain = caseOverviewMarkdown({ detail: caseDetail, sessions: [], actions: [], memberNames: new Map(), locale: 'nl' }, t);
    expect(plain).not.toContain(translations.nl.parentVoice.title);
    const voiced = {
      ...caseDetail,
      case: {
        ...caseDetail.case,
        phase: 'pregnancy' as const,
        dueWeek: '2027-W12',
        parentVoice: { worries: 'Slapen', goesWell: '', asks: 'Hulp na de bevalling' },
      },
    };
    const text = caseOverviewMarkdown({ detail: voiced, sessions: [], actions: [], memberNames: new Map(), locale: 'nl' }, t);
    expect(text).toContain('Zwangerschap · Uitgerekende week: week 12 van 2027 · Open');
    expect(text).toContain(`## ${translations.nl.parentVoice.title}`);
    expect(text).toContain(`- **${translations.nl.parentVoice.asks}** Hulp na de bevalling`);
    expect(text).toContain(`- **${translations.nl.parentVoice.goesWell}** —`);
  });

  it('writes a session summary with the question, the judgment and the actions table', () => {
    const t = translator('en');
    const detail = {
      session: {
        id: ID(4),
        caseId: ID(1),
        methodId: 'what-and-why',
        method: {
          id: 'what-and-why',
          name: { nl: 'Wat en waarom', en: 'What and why' },
          description: { nl: '', en: '' },
          phases: [],
          shipped: true,
          copiedFrom: null,
        },
        question: 'How do I support mother?',
        participants: [{ id: ID(5), memberId: null, name: 'KV' }],
        roles: {},
        status: 'finished',
        startedAt: AT,
        finishedAt: AT,
        createdAt: AT,
        updatedAt: AT,
      },
      casePseudonym: 'Gezin Eik',
      contributions: [],
      outcome: {
        judgment: { intensity: 'ordinary', forWhom: '', context: '', reasons: 'Strong buffers' },
        takeAway: 'Rhythm helps',
        everyVoiceHeard: null,
        doDifferently: '',
        care: {
          ...EMPTY_CARE_RECORD,
          parentWants: 'Someone who visits at home',
          options: [{ optionId: 'voorzorg', name: 'VoorZorg', chosen: true, reasons: 'First child, wants home visits' }],
        },
      },
      step2: null,
      actions: [
        {
          id: ID(6),
          caseId: ID(1),
          sessionId: ID(4),
          text: 'Plan a home visit',
          ownerMemberId: null,
          ownerName: 'AB',
          dueDate: '2025-03-08',
          status: 'open',
          createdAt: AT,
          updatedAt: AT,
        },
      ],
      factorIds: [],
    } as unknown as SessionDetail;
    const text = sessionSummaryMarkdown({ detail, factors: caseDetail.factors, memberNames: new Map(), locale: 'en' }, t);
    expect(text).toContain('How do I support mother?');
    expect(text).toContain('| Plan a home visit | AB | 8 March 2025 |');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toContain('Strong buffers');
    expect(text).toContain('- KV (');
    expect(text).toContain('## Weighing the options');
    expect(text).toContain('  - VoorZorg — First child, wants home visits');
    expect(text).toContain('Someone who visits at home');
    expect(text).toContain(`> ${mdText(translations.en.map.cumulative.caveat)}`);
  });
});

describe('audit CSV and retention dates', () => {
  it('quotes CSV fields that need it and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
  });

  it('counts retention months from the closing day, clamping to the end of shorter months', () => {
    expect(dueAt('2025-01-31T10:00:00.000Z', 1).toISOString()).toBe('2025-02-28T10:00:00.000Z');
    expect(dueAt('2025-03-01T09:00:00.000Z', 24).toISOString()).toBe('2027-03-01T09:00:00.000Z');
  });
});
