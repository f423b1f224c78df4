/**
 * "Other things it could be": less common causes the guide has no page for, each with when to
 * get it checked and its sources, folded so that a worried reader sees the names first.
 */
import type { JSX } from 'preact';
import type { OtherCause } from '../../knowledge/types';
import { SourceList } from './SourceList';
import { URGENCY_LABELS } from './urgency';

/** The causes as a list of folded items; the heading level suits where the list sits. */
export function OtherCauseList({ causes }: { causes: readonly OtherCause[] }): JSX.Element {
  return (
    <ul class="term-list other-causes">
      {causes.map((cause) => (
        <li
          key={cause.id}
          data-other-cause={cause.id}
          class={`urgency-${cause.seeAProfessional.urgency}`}
        >
          <details>
            <summary>{cause.name}</summary>
            <p>{cause.text}</p>
            <p class="urgency-label">{URGENCY_LABELS[cause.seeAProfessional.urgency]}</p>
            <p>{cause.seeAProfessional.advice}</p>
            <SourceList sources={cause.sources} />
          </details>
        </li>
      ))}
    </ul>
  );
}
