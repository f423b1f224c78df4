/**
 * The privacy page inside the extension: PRIVACY.md itself, imported as text at build time, so
 * the store's privacy policy and what the extension says can never differ.
 */
import type { JSX } from 'preact';
import privacyMarkdown from '../../PRIVACY.md?raw';
import { BrandMark } from '../shell/BrandMark';
import { type Block, type Inline, readMarkdown } from './markdown-blocks';

function Text({ runs }: { runs: Inline[] }): JSX.Element {
  return (
    <>
      {runs.map((run, index) =>
        run.style === 'bold' ? (
          <strong key={index}>{run.text}</strong>
        ) : run.style === 'code' ? (
          <code key={index}>{run.text}</code>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

function BlockView({ block }: { block: Block }): JSX.Element {
  switch (block.kind) {
    case 'heading':
      return block.level === 1 ? (
        <h1 class="privacy-title">
          <BrandMark size={32} />
          <span>
            <Text runs={block.text} />
          </span>
        </h1>
      ) : (
        <h2>
          <Text runs={block.text} />
        </h2>
      );
    case 'paragraph':
      return (
        <p>
          <Text runs={block.text} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item) => (
            <li key={item.map((run) => run.text).join('')}>
              <Text runs={item} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                {block.head.map((cell) => (
                  <th key={cell.map((run) => run.text).join('')} scope="col">
                    <Text runs={cell} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row) => (
                <tr key={row.map((cell) => cell.map((run) => run.text).join('')).join('|')}>
                  {row.map((cell, index) => (
                    <td key={index}>
                      <Text runs={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

/** The whole privacy page. */
export function PrivacyView(): JSX.Element {
  return (
    <main class="standalone-page privacy-page">
      {readMarkdown(privacyMarkdown).map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </main>
  );
}
