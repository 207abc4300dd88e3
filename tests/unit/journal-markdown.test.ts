import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from '../../renderer/src/features/journal/markdown';
import { highlightText, promptFitsJournal, queryWords, sectionsFitTemplate, sectionsFor, segmentsOf } from '../../shared/domain/journal';
import { BUILT_IN_PROMPTS } from '../../shared/domain/prompts';
import { plainText, switchTemplate } from '../../electron/core/journal/text';

describe('journal Markdown subset', () => {
  it('parses headings, lists, paragraphs with line breaks, strong and emphasis', () => {
    expect(parseMarkdown('# Kop\n\nEen **vette** en *schuine* regel\nnog een\n\n- een\n- twee\n1. eerste')).toEqual([
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'Kop' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Een ' },
          { type: 'strong', children: [{ type: 'text', text: 'vette' }] },
          { type: 'text', text: ' en ' },
          { type: 'em', children: [{ type: 'text', text: 'schuine' }] },
          { type: 'text', text: ' regel' },
          { type: 'break' },
          { type: 'text', text: 'nog een' },
        ],
      },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'een' }], [{ type: 'text', text: 'twee' }]] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'eerste' }]] },
    ]);
  });

  it('keeps HTML and unclosed marks as plain text', () => {
    expect(parseInline('<img src=x onerror=alert(1)> **open')).toEqual([{ type: 'text', text: '<img src=x onerror=alert(1)> **open' }]);
    expect(parseInline('snake_case_name')).toEqual([{ type: 'text', text: 'snake_case_name' }]);
    expect(parseInline('**_beide_**')).toEqual([{ type: 'strong', children: [{ type: 'em', children: [{ type: 'text', text: 'beide' }] }] }]);
  });
});

describe('journal rules', () => {
  it('turns highlight markers into segments', () => {
    expect(segmentsOf('een \u0002moeder\u0003 en')).toEqual([
      { text: 'een ', mark: false },
      { text: 'moeder', mark: true },
      { text: ' en', mark: false },
    ]);
  });

  it('highlights word starts accent-insensitively and cuts a snippet around the matches', () => {
    expect(highlightText('Moeder voelt zich geïsoleerd.', queryWords('geisol MOED'))).toEqual([
      { text: 'Moeder', mark: true },
      { text: ' voelt zich ', mark: false },
      { text: 'geïsoleerd', mark: true },
      { text: '.', mark: false },
    ]);
    const long = `${'een twee drie vier vijf zes zeven acht negen tien '.repeat(3)}slaap hier ${'elf twaalf '.repeat(10)}`;
    const snippet = highlightText(long, queryWords('slaap'), 6);
    expect(snippet[0]?.text).toBe('…');
    expect(snippet.at(-1)?.text).toBe('…');
    expect(snippet.filter((s) => s.mark).map((s) => s.text)).toEqual(['slaap']);
    expect(
      snippet
        .map((s) => s.text)
        .join('')
        .split(/\s+/)
        .filter((w) => /\p{L}/u.test(w)),
    ).toHaveLength(6);
  });

  it('templates have their parts, and switching keeps typed text', () => {
    expect(sectionsFor('gibbs')).toHaveLength(6);
    expect(sectionsFitTemplate('alact', [{ key: 'trial', text: '' }])).toBe(true);
    expect(sectionsFitTemplate('alact', [{ key: 'feelings', text: '' }])).toBe(false);
    expect(sectionsFitTemplate(null, [])).toBe(true);
    const switched = switchTemplate('alact', [{ key: 'feelings', text: 'onrust' }], 'begin');
    expect(switched.body).toBe('begin\n\nonrust');
    expect(switched.sections.map((s) => s.key)).toEqual(['action', 'looking-back', 'awareness', 'alternatives', 'trial']);
  });

  it('offers the prenatal questions only for pregnancy cases', () => {
    const prenatal = BUILT_IN_PROMPTS.filter((p) => p.group === 'prenatal');
    expect(prenatal.every((p) => promptFitsJournal(p, 'pregnancy'))).toBe(true);
    expect(prenatal.some((p) => promptFitsJournal(p, '0-6m') || promptFitsJournal(p, null))).toBe(false);
    expect(new Set(BUILT_IN_PROMPTS.map((p) => p.id)).size).toBe(BUILT_IN_PROMPTS.length);
  });

  it('plain text drops the marks', () => {
    expect(plainText('# Kop\n- **vet** en _schuin_')).toBe('Kop vet en schuin');
  });
});

describe('inline marks on hostile input', () => {
  it('20 kB of unclosed marks stay plain text, in one piece', () => {
    const source = '*a '.repeat(7000);
    expect(parseInline(`${source}klaar`)).toEqual([{ type: 'text', text: `${source}klaar` }]);
    expect(parseInline(`${'_a '.repeat(7000)}`)).toHaveLength(1);
  });
});
