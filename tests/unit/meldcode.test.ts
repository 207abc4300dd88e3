import { describe, expect, it } from 'vitest';
import type { AccessExport } from '../../shared/domain/exchange';
import { accessExportMarkdown } from '../../shared/domain/reports';
import { translations } from '../../shared/i18n';
import {
  emptyMeldcodeSteps,
  type MeldcodeRecord,
  meldcodeDossierText,
  stepHasContent,
  WEIGHING_QUESTIONS,
  type MeldcodeTranslate,
} from '../../shared/domain/meldcode';

/** t() over a translation table with {{name}} interpolation, as i18next does it for these keys. */
function translator(locale: 'nl' | 'en'): MeldcodeTranslate {
  return (key, values = {}) => {
    let value: unknown = translations[locale];
    for (const part of key.split('.')) value = (value as Record<string, unknown>)[part];
    if (typeof value !== 'string') throw new Error(`no string at ${key}`);
    return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
  };
}

const CASE_ID = '6f1c2b7e-4d1a-4f3e-9c2b-1a2b3c4d5e6f';

function record(): MeldcodeRecord {
  const steps = emptyMeldcodeSteps();
  return {
    caseId: CASE_ID,
    updatedAt: '2026-12-19T10:00:00.000Z',
    step1: { date: '2026-12-15', signals: 'Blauwe plek op de bovenarm; moeder zegt: gestoten.', kindcheck: 'Eén kind van 4 maanden.' },
    step2: { date: '2026-12-16', consulted: 'de aandachtsfunctionaris', adviceFrom: 'veilig-thuis', adviceBy: 'adviseur', advice: 'Gesprek voeren.' },
    step3: { date: '2026-12-17', withWhom: 'moeder', said: 'Wat ik zag.', reaction: 'Wil hulp bij de nachten.' },
    step4: {
      date: '2026-12-18',
      answers: { ...steps.step4.answers, suspicion: { answer: 'yes', note: 'Signalen blijven.' }, unsafety: { answer: 'no', note: '' } },
    },
    step5: { date: '2026-12-19', reportNeeded: 'yes', reportReasons: 'Besproken met moeder.', helpPossible: 'yes', helpReasons: 'Wekelijks huisbezoek.' },
  };
}

describe('the meldcode dossier text', () => {
  it('reads as sentences with dates as people write them, never ISO dates', () => {
    const text = meldcodeDossierText(record(), 'Familie Ster', translator('nl'), 'nl');
    expect(text).toContain('Casus: Familie Ster');
    expect(text).toContain('Stap 1 – Signalen in kaart brengen (15 december 2026)');
    expect(text).toContain('Signalen: Blauwe plek op de bovenarm; moeder zegt: gestoten.');
    expect(text).toContain('Kindcheck: Eén kind van 4 maanden.');
    expect(text).toContain('Op 16 december 2026 collegiaal overleg met de aandachtsfunctionaris.');
    expect(text).toContain('Advies gevraagd aan Veilig Thuis (adviseur).');
    expect(text).toContain('Op 17 december 2026 gesprek met moeder.');
    expect(text).toContain('Reactie: Wil hulp bij de nachten.');
    expect(text).toContain('1. Heb ik na de stappen 1 tot en met 3 een vermoeden van (dreigend) huiselijk geweld of kindermishandeling? Ja. Signalen blijven.');
    expect(text).toContain('2. Schat ik in dat er sprake is van acute en/of structurele onveiligheid? Nee.');
    expect(text).toContain('3. Kan ik effectieve hulp bieden of organiseren om (verder) geweld of mishandeling af te wenden? Nog niet beantwoord.');
    expect(text).toContain('Melden bij Veilig Thuis noodzakelijk: Ja. Besproken met moeder.');
    expect(text).toContain('Hulp bieden of organiseren (ook) mogelijk: Ja. Wekelijks huisbezoek.');
    expect(text).toContain('Bijgewerkt op 19 december 2026');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('says a step was not recorded rather than listing empty labels', () => {
    const empty: MeldcodeRecord = { caseId: CASE_ID, updatedAt: null, ...emptyMeldcodeSteps() };
    const text = meldcodeDossierText(empty, 'Familie Leeg', translator('nl'), 'nl');
    expect(text.match(/Nog niet vastgelegd\./g)).toHaveLength(5);
    expect(text).not.toContain('Signalen:');
    expect(text).not.toContain('Bijgewerkt');
  });

  it('is complete in English too', () => {
    const text = meldcodeDossierText(record(), 'Family Star', translator('en'), 'en');
    expect(text).toContain('Step 1 – Map the signals (15 December 2026)');
    expect(text).toContain('On 16 December 2026, consulted de aandachtsfunctionaris.');
    expect(text).toContain('Report to Veilig Thuis necessary: Yes.');
  });

  it('repeats the answers as given: a no to every question and a yes to both decisions stand side by side', () => {
    const r = record();
    r.step4.answers = Object.fromEntries(WEIGHING_QUESTIONS.map((q) => [q, { answer: 'no', note: '' }])) as typeof r.step4.answers;
    const text = meldcodeDossierText(r, 'X', translator('nl'), 'nl');
    expect(text.match(/\? Nee\./g)).toHaveLength(5);
    expect(text).toContain('Melden bij Veilig Thuis noodzakelijk: Ja.');
  });

  it('counts a step as recorded when anything in it was written, a date alone included', () => {
    const steps = emptyMeldcodeSteps();
    expect(stepHasContent(steps, 'step4')).toBe(false);
    steps.step4.answers['help-works'].note = 'later opnieuw';
    expect(stepHasContent(steps, 'step4')).toBe(true);
    steps.step3.date = '2026-12-01';
    expect(stepHasContent(steps, 'step3')).toBe(true);
    expect(stepHasContent(steps, 'step5')).toBe(false);
  });

  it('has five afwegingskader questions, each worded in both languages', () => {
    expect(WEIGHING_QUESTIONS).toHaveLength(5);
    for (const q of WEIGHING_QUESTIONS) {
      expect(translations.nl.meldcode.questions[q].text).toMatch(/\?$/);
      expect(translations.en.meldcode.questions[q].text).toMatch(/\?$/);
    }
  });
});

describe('the access export as Markdown', () => {
  it('carries the meldcode record as its dossier text, and leaves it out when there is none', () => {
    const at = '2026-12-19T10:00:00.000Z';
    const data: AccessExport = {
      schema: 'dyade-access-export',
      version: 1,
      exportedAt: at,
      case: {
        id: CASE_ID,
        pseudonym: 'Familie Ster',
        phase: '0-6m',
        dueWeek: null,
        pregnancyWeek: null,
        parentVoice: { worries: '', goesWell: '', asks: '' },
        status: 'open',
        holderId: null,
        contextNote: '',
        relationship: { form: 'dyad', now: '', goesWell: '', worries: '' },
        createdAt: at,
        updatedAt: at,
        closedAt: null,
        lastActivityAt: at,
      },
      people: [],
      factors: [],
      chain: [],
      snapshots: [],
      sessions: [],
      actions: [],
      journal: [],
      meldcode: record(),
    };
    const t = translator('nl');
    const text = accessExportMarkdown(data, (key, options) => t(key, options as Record<string, string>), 'nl');
    expect(text).toContain('## Meldcode huiselijk geweld en kindermishandeling');
    expect(text).toContain('Stap 1 – Signalen in kaart brengen (15 december 2026)');
    expect(accessExportMarkdown({ ...data, meldcode: null }, (key, options) => t(key, options as Record<string, string>), 'nl')).not.toContain('Stap 1');
  });
});
