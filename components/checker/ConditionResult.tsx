/** One suggested condition: why it fits, what does not, what to do now, when to see someone. */
import type { JSX } from 'preact';
import { conditionById } from '../../knowledge/guide/conditions';
import { nameInSentence } from '../../knowledge/name-case';
import { hrefOf } from '../../knowledge/routes';
import type { ConditionMatch } from '../../knowledge/symptoms/lookup';
import { URGENCY_LABELS } from '../guide/urgency';

interface ConditionResultProps {
  match: ConditionMatch;
  rank: number;
}

/** A result card; the closest match shows its advice open, the others keep it folded. */
export function ConditionResult({ match, rank }: ConditionResultProps): JSX.Element {
  const condition = conditionById(match.id);
  const titleId = `result-${match.id}`;
  return (
    <article class="result" data-result={match.id} aria-labelledby={titleId}>
      <p class="result-rank">{rank === 1 ? 'Closest match to read about' : 'Also possible'}</p>
      <h3 id={titleId}>{condition.name}</h3>
      <h4>Why it fits</h4>
      <ul class="bullets reasons">
        {match.why.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <h4>What does not fit</h4>
      {match.whyNot.length > 0 ? (
        <ul class="bullets reasons-against">
          {match.whyNot.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">Nothing in your answers goes against it.</p>
      )}
      <details open={rank === 1}>
        <summary>What to do now, and when to see someone</summary>
        <ul class="bullets">
          {condition.doNow.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
        <div class={`see-someone urgency-${condition.seeAProfessional.urgency}`}>
          <p class="urgency-label">{URGENCY_LABELS[condition.seeAProfessional.urgency]}</p>
          <p>{condition.seeAProfessional.advice}</p>
        </div>
      </details>
      <p>
        <a href={hrefOf({ view: 'condition', id: match.id })}>
          Read about {nameInSentence(condition.name)}
        </a>
      </p>
    </article>
  );
}
