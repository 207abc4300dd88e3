/**
 * The journal's light formatting: a tiny Markdown subset (headings, bullet and numbered lists,
 * **strong**, *emphasis*) parsed into a tree that React renders as elements. Nothing is ever
 * interpreted as HTML: a typed <b> stays the text "<b>".
 */
export type Inline = { type: 'text'; text: string } | { type: 'strong' | 'em'; children: Inline[] } | { type: 'break' };

export type Block =
  { type: 'heading'; level: 1 | 2 | 3; children: Inline[] } | { type: 'paragraph'; children: Inline[] } | { type: 'list'; ordered: boolean; items: Inline[][] };

const HEADING = /^\s{0,3}(#{1,3})\s+(.*)$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

/** Inline marks: the earliest opening wins; an unclosed mark is plain text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  let plain = '';
  const flush = () => {
    if (plain) out.push({ type: 'text', text: plain });
    plain = '';
  };
  while (rest.length > 0) {
    const strong = /^(\*\*|__)(?=\S)([\s\S]*?\S)\1/.exec(rest);
    if (strong) {
      flush();
      out.push({ type: 'strong', children: parseInline(strong[2] ?? '') });
      rest = rest.slice(strong[0].length);
      continue;
    }
    const em = /^(\*|_)(?=\S)([\s\S]*?\S)\1(?!\1)/.exec(rest);
    // An underscore inside a word (snake_case) is not emphasis.
    if (em && !(em[1] === '_' && /[\p{L}\p{N}]$/u.test(plain))) {
      flush();
      out.push({ type: 'em', children: parseInline(em[2] ?? '') });
      rest = rest.slice(em[0].length);
      continue;
    }
    plain += rest[0];
    rest = rest.slice(1);
  }
  flush();
  return out;
}

function withBreaks(lines: string[]): Inline[] {
  const out: Inline[] = [];
  lines.forEach((line, index) => {
    if (index > 0) out.push({ type: 'break' });
    out.push(...parseInline(line.trim()));
  });
  return out;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list = null as { ordered: boolean; items: Inline[][] } | null;
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: withBreaks(paragraph) });
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push({ type: 'list', ...list });
    list = null;
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (!line.trim()) {
      endParagraph();
      endList();
    } else if (heading) {
      endParagraph();
      endList();
      blocks.push({ type: 'heading', level: (heading[1]?.length ?? 1) as 1 | 2 | 3, children: parseInline((heading[2] ?? '').trim()) });
    } else if (bullet || numbered) {
      endParagraph();
      const ordered = Boolean(numbered);
      if (list && list.ordered !== ordered) endList();
      list ??= { ordered, items: [] };
      list.items.push(parseInline(((bullet ?? numbered)?.[1] ?? '').trim()));
    } else {
      endList();
      paragraph.push(line);
    }
  }
  endParagraph();
  endList();
  return blocks;
}
