/**
 * Reads the small part of Markdown that PRIVACY.md uses (headings, paragraphs, lists, one table,
 * **bold** and `code`) into blocks a view renders. PRIVACY.md stays the one source: the store
 * links to it, and the extension shows the same text on its privacy page.
 */

/** A run of text, plain, bold or code. */
export interface Inline {
  text: string;
  style: 'plain' | 'bold' | 'code';
}

export type Block =
  | { kind: 'heading'; level: 1 | 2; text: Inline[] }
  | { kind: 'paragraph'; text: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'table'; head: Inline[][]; rows: Inline[][][] };

/** Splits `text` into plain, **bold** and `code` runs. */
export function readInline(text: string): Inline[] {
  const runs: Inline[] = [];
  for (const part of text.split(/(\*\*[^*]+\*\*|`[^`]+`)/)) {
    if (!part) continue;
    if (part.startsWith('**') && part.endsWith('**')) {
      runs.push({ text: part.slice(2, -2), style: 'bold' });
    } else if (part.startsWith('`') && part.endsWith('`')) {
      runs.push({ text: part.slice(1, -1), style: 'code' });
    } else {
      runs.push({ text: part, style: 'plain' });
    }
  }
  return runs;
}

const cells = (row: string): Inline[][] =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => readInline(cell.trim()));

/** The blocks of `markdown`, in order. Lines of one paragraph or list item are joined. */
export function readMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  // Blank lines separate blocks; a block's kind comes from its first line.
  for (const chunk of markdown.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    const first = lines[0];
    if (first === undefined) continue;
    const heading = /^(#{1,2}) (.*)$/.exec(first);
    if (heading) {
      blocks.push({
        kind: 'heading',
        level: heading[1] === '#' ? 1 : 2,
        text: readInline(heading[2] ?? ''),
      });
      const rest = lines.slice(1).join(' ');
      if (rest) blocks.push({ kind: 'paragraph', text: readInline(rest) });
    } else if (first.startsWith('|')) {
      const [head = '', , ...rows] = lines;
      blocks.push({ kind: 'table', head: cells(head), rows: rows.map(cells) });
    } else if (first.startsWith('- ')) {
      const items: string[] = [];
      for (const line of lines) {
        if (line.startsWith('- ')) items.push(line.slice(2));
        else items[items.length - 1] += ` ${line.trim()}`;
      }
      blocks.push({ kind: 'list', items: items.map(readInline) });
    } else {
      blocks.push({ kind: 'paragraph', text: readInline(lines.map((l) => l.trim()).join(' ')) });
    }
  }
  return blocks;
}
