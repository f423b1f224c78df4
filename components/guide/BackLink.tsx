/** A quiet link back up to the guide's front page, above a guide entry's title. */
import type { JSX } from 'preact';
import { hrefOf } from '../../knowledge/routes';

/** "← Guide". */
export function BackLink(): JSX.Element {
  return (
    <p class="back-link">
      <a href={hrefOf({ view: 'home' })}>
        <span aria-hidden="true">← </span>Guide
      </a>
    </p>
  );
}
