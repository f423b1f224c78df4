/** Relief and prevention habits, each with the conditions it helps and its sources. */
import type { JSX } from 'preact';
import { conditionById } from '../../knowledge/guide/conditions';
import { HABITS } from '../../knowledge/guide/habits';
import { hrefOf } from '../../knowledge/routes';
import type { Habit } from '../../knowledge/types';
import { BackLink } from './BackLink';
import { Disclaimer } from './Disclaimer';
import { SourceList } from './SourceList';

function HabitItem({ habit }: { habit: Habit }) {
  return (
    <article
      class="habit"
      id={`item-${habit.id}`}
      tabIndex={-1}
      aria-labelledby={`habit-${habit.id}`}
    >
      <h3 id={`habit-${habit.id}`}>{habit.title}</h3>
      <p>{habit.text}</p>
      <p class="helps">
        Helps with:{' '}
        {habit.helps.map((id, i) => (
          <span key={id}>
            {i > 0 && ', '}
            <a href={hrefOf({ view: 'condition', id })}>{conditionById(id).name}</a>
          </span>
        ))}
      </p>
      <details class="habit-sources">
        <summary>Sources</summary>
        <SourceList sources={habit.sources} />
      </details>
    </article>
  );
}

/** The habits view. */
export function HabitsView(): JSX.Element {
  return (
    <>
      <BackLink />
      <h1 tabIndex={-1}>Relief and prevention</h1>
      <p class="lead">Small habits that ease a sore hip and help keep the pain from coming back.</p>
      <section aria-labelledby="relief-title">
        <h2 id="relief-title">Easing the pain</h2>
        {HABITS.filter((habit) => habit.kind === 'relief').map((habit) => (
          <HabitItem key={habit.id} habit={habit} />
        ))}
      </section>
      <section aria-labelledby="prevention-title">
        <h2 id="prevention-title">Keeping it away</h2>
        {HABITS.filter((habit) => habit.kind === 'prevention').map((habit) => (
          <HabitItem key={habit.id} habit={habit} />
        ))}
      </section>
      <Disclaimer />
    </>
  );
}
