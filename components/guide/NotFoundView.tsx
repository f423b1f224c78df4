/** Shown for an address the sidebar does not know, with a way back. */
import type { JSX } from 'preact';
import { hrefOf } from '../../knowledge/routes';

/** The not-found view. */
export function NotFoundView({ path }: { path: string }): JSX.Element {
  return (
    <>
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        The guide has no page at <code>{path}</code>. It may have moved in an update.
      </p>
      <p>
        <a href={hrefOf({ view: 'home' })}>Go to the guide</a> or{' '}
        <a href={hrefOf({ view: 'search', query: '' })}>search it</a>.
      </p>
    </>
  );
}
