/** Where the guide's facts come from: links that open in a new tab, without a referrer. */
import type { JSX } from 'preact';
import type { Source } from '../../knowledge/types';

/** The sources as a list; a source without an address is named without a link. */
export function SourceList({ sources }: { sources: readonly Source[] }): JSX.Element {
  return (
    <ul class="sources">
      {sources.map((source) => (
        <li key={`${source.site}:${source.title}`}>
          {source.url ? (
            <a href={source.url} target="_blank" rel="noreferrer">
              {source.title}
              <span class="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            <cite>{source.title}</cite>
          )}{' '}
          <span class="muted">· {source.site}</span>
        </li>
      ))}
    </ul>
  );
}
