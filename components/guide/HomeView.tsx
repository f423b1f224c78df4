/** The guide's front page: the five conditions, when to get help, what helps, and its limits. */
import type { JSX } from 'preact';
import { CONDITIONS } from '../../knowledge/guide/conditions';
import { HABITS } from '../../knowledge/guide/habits';
import { hrefOf } from '../../knowledge/routes';
import type { Habit } from '../../knowledge/types';
import { Disclaimer } from './Disclaimer';
import { GetHelpBox } from './GetHelpBox';

function HabitLinks({ habits }: { habits: readonly Habit[] }) {
  return (
    <ul class="link-list">
      {habits.map((habit) => (
        <li key={habit.id}>
          <a href={hrefOf({ view: 'habits', item: habit.id })}>{habit.title}</a>
        </li>
      ))}
    </ul>
  );
}

/** The home view. */
export function HomeView(): JSX.Element {
  return (
    <>
      <h1 tabIndex={-1}>Hip pain after running</h1>
      <p class="lead">
        Five common reasons a runner's hip hurts, what helps, and when to get checked.
      </p>
      <p>
        <a
          class="button button-primary"
          href={hrefOf({ view: 'check', from: null, saved: null, preset: {} })}
        >
          Check my symptoms
        </a>
      </p>

      <section aria-labelledby="conditions-title">
        <h2 id="conditions-title">Common causes</h2>
        <ul class="condition-cards">
          {CONDITIONS.map((condition) => (
            <li key={condition.id} data-condition={condition.id}>
              <a class="condition-card" href={hrefOf({ view: 'condition', id: condition.id })}>
                <span class="condition-name">{condition.name}</span>
                <span class="condition-where">{condition.whereShort}</span>
                <span class="condition-summary">{condition.summary}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <GetHelpBox />

      <section aria-labelledby="habits-title">
        <h2 id="habits-title">What helps</h2>
        <h3>Easing the pain</h3>
        <HabitLinks habits={HABITS.filter((habit) => habit.kind === 'relief')} />
        <h3>Keeping it away</h3>
        <HabitLinks habits={HABITS.filter((habit) => habit.kind === 'prevention')} />
      </section>

      <Disclaimer />
    </>
  );
}
