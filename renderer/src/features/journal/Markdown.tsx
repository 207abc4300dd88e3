import { Fragment, type ReactNode } from 'react';
import { parseMarkdown, type Inline } from './markdown';

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, index) => {
    if (node.type === 'text') return <Fragment key={index}>{node.text}</Fragment>;
    if (node.type === 'break') return <br key={index} />;
    if (node.type === 'strong') return <strong key={index}>{renderInline(node.children)}</strong>;
    return <em key={index}>{renderInline(node.children)}</em>;
  });
}

/** Journal text with its light formatting, as React elements (never as HTML). Headings start below the page's own. */
export function Markdown({ source, headingBase = 3 }: { source: string; headingBase?: 2 | 3 | 4 }) {
  const blocks = parseMarkdown(source);
  return (
    <div className="markdown">
      {blocks.map((block, index) => {
        if (block.type === 'heading') {
          const level = Math.min(6, headingBase + block.level - 1);
          const Tag = `h${level}` as 'h3';
          return <Tag key={index}>{renderInline(block.children)}</Tag>;
        }
        if (block.type === 'list') {
          const items = block.items.map((item, i) => <li key={i}>{renderInline(item)}</li>);
          return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
        }
        return <p key={index}>{renderInline(block.children)}</p>;
      })}
    </div>
  );
}
