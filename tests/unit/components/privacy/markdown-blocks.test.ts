import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Block,
  type Inline,
  readInline,
  readMarkdown,
} from '../../../../components/privacy/markdown-blocks';

const text = (runs: Inline[]) =>
  runs
    .map((run) =>
      run.style === 'bold'
        ? `**${run.text}**`
        : run.style === 'code'
          ? `\`${run.text}\``
          : run.text,
    )
    .join('');

/** A block as one line, so a failing test reads like the document. */
function outline(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${text(block.text)}`;
    case 'paragraph':
      return `¶ ${text(block.text)}`;
    case 'list':
      return block.items.map((item) => `• ${text(item)}`).join(' ');
    case 'table':
      return `table ${block.head.map(text).join(' | ')} (${block.rows.length} rows)`;
  }
}

describe('readInline', () => {
  it('splits bold and code out of plain text', () => {
    expect(readInline('kept in `storage.local` and **never** sent')).toEqual([
      { text: 'kept in ', style: 'plain' },
      { text: 'storage.local', style: 'code' },
      { text: ' and ', style: 'plain' },
      { text: 'never', style: 'bold' },
      { text: ' sent', style: 'plain' },
    ]);
  });
});

describe('readMarkdown', () => {
  it('reads headings, joined paragraphs, list items over several lines and a table', () => {
    const markdown = [
      '# Title',
      '',
      'One paragraph',
      'over two lines.',
      '',
      '## Part',
      '',
      '| what | where |',
      '|---|---|',
      '| **Settings** | `storage.local` |',
      '',
      '- **Export**: a file,',
      '  and a CSV.',
      '- Delete.',
    ].join('\n');
    expect(readMarkdown(markdown).map(outline)).toEqual([
      '# Title',
      '¶ One paragraph over two lines.',
      '## Part',
      'table what | where (1 rows)',
      '• **Export**: a file, and a CSV. • Delete.',
    ]);
  });

  it('reads all of PRIVACY.md, so the privacy page shows every part of it', () => {
    const privacy = readFileSync(resolve(import.meta.dirname, '../../../../PRIVACY.md'), 'utf8');
    const blocks = readMarkdown(privacy);
    expect(blocks.filter((block) => block.kind === 'heading').map(outline)).toEqual([
      '# Hip Pain Guide — privacy',
      '## What it stores, and where',
      '## What it reads on web pages',
      '## Your control',
      '## Health information',
      '## Changes',
    ]);
    // No Markdown is left unread as text (a stray table bar, list dash or heading hash).
    const words = blocks.map(outline).join('\n');
    expect(words).not.toMatch(/^¶ (\||- |#)/m);
  });
});
