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

/** Positions where a mark can close: the delimiter right after a non-space character. */
function closers(text: string, delimiter: string, single: boolean): number[] {
  const out: number[] = [];
  for (let j = text.indexOf(delimiter, 1); j !== -1; j = text.indexOf(delimiter, j + 1)) {
    if (/\s/.test(text[j - 1] ?? ' ')) continue;
    // A single * or _ does not close where it is doubled (that is a strong mark).
    if (single && text[j + 1] === delimiter) continue;
    out.push(j);
  }
  return out;
}

/** The first position in the sorted list at or after `from`, or -1. */
function firstAtOrAfter(sorted: number[], from: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) < from) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length ? (sorted[low] ?? -1) : -1;
}

/**
 * Inline marks: the earliest opening wins; an unclosed mark is plain text. The closing positions of
 * each mark are found once per text, so a long text full of unclosed marks stays linear-ish
 * (a regex per position was quadratic: 20 kB of "*a " took a second).
 */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const close = {
    '**': closers(text, '**', false),
    __: closers(text, '__', false),
    '*': closers(text, '*', true),
    _: closers(text, '_', true),
  };
  let plainStart = 0;
  let i = 0;
  const flush = (end: number) => {
    if (end > plainStart) out.push({ type: 'text', text: text.slice(plainStart, end) });
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '*' || char === '_') {
      const double = text[i + 1] === char ? (char === '*' ? '**' : '__') : null;
      if (double && text[i + 2] !== undefined && !/\s/.test(text[i + 2]!)) {
        const end = firstAtOrAfter(close[double], i + 3);
        if (end !== -1) {
          flush(i);
          out.push({ type: 'strong', children: parseInline(text.slice(i + 2, end)) });
          i = end + 2;
          plainStart = i;
          continue;
        }
      }
      // An underscore inside a word (snake_case) is not emphasis.
      const inWord = char === '_' && i > plainStart && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '');
      if (!inWord && text[i + 1] !== undefined && !/\s/.test(text[i + 1]!)) {
        const end = firstAtOrAfter(close[char], i + 2);
        if (end !== -1) {
          flush(i);
          out.push({ type: 'em', children: parseInline(text.slice(i + 1, end)) });
          i = end + 1;
          plainStart = i;
          continue;
        }
      }
    }
    i += 1;
  }
  flush(text.length);
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
