import { sectionsFor, type EntrySection, type TemplateId } from '../../../shared/domain/journal';

/** Text rules of the journal: plain excerpts of the light Markdown, tags once each, switching templates, date filters. */

/** Text without the light Markdown marks, on one line: for excerpts and snippets. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/\*\*|__|\*|_(?=\S)|(?<=\S)_/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const EXCERPT_LENGTH = 160;

/** The first words of an entry's body and parts, plain. */
export function excerptOf(body: string, sections: readonly EntrySection[]): string {
  const text = plainText([body, ...sections.map((s) => s.text)].filter(Boolean).join('\n'));
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text;
}

/** Tags once each, compared without case; the first spelling stays. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/**
 * When the template changes, parts with the same key keep their text; text in parts the new template
 * does not have moves into the body, so nothing typed is lost.
 */
export function switchTemplate(template: TemplateId | null, sections: readonly EntrySection[], body: string): { sections: EntrySection[]; body: string } {
  const next = sectionsFor(template).map((part) => ({ key: part.key, text: sections.find((s) => s.key === part.key)?.text ?? '' }));
  const dropped = sections.filter((s) => s.text.trim() && !next.some((n) => n.key === s.key)).map((s) => s.text.trim());
  return { sections: next, body: [body.trimEnd(), ...dropped].filter(Boolean).join('\n\n') };
}
