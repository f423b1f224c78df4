/**
 * The guide's front page: the warning signs, the conditions, other things it could be, what
 * helps, and the guide's limits.
 */
import type { JSX } from 'preact';
import { CONDITIONS } from '../../knowledge/guide/conditions';
import { HABITS } from '../../knowledge/guide/habits';
import { OTHER_CAUSES } from '../../knowledge/guide/other-causes';
import { hrefOf } from '../../knowledge/routes';
import type { Habit } from '../../knowledge/types';
import { KeyboardRoute } from '../on-this-page/KeyboardRoute';
import { Disclaimer } from './Disclaimer';
import { GetHelpBox } from './GetHelpBox';
import { OtherCauseList } from './OtherCauseList';

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
      <p class="lead">Common reasons a runner's hip hurts, what helps, and when to get checked.</p>
      <p>
        <a
          class="button button-primary"
          href={hrefOf({ view: 'check', from: null, saved: null, preset: {} })}
        >
          Compare your symptoms
        </a>
      </p>

      {/* The warning signs come before the nine causes, so that nobody scrolls past them. */}
      <GetHelpBox />

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

      <section aria-labelledby="other-causes-title">
        <h2 id="other-causes-title">Other things it could be</h2>
        <p>Less common causes that can feel like the ones above, and when to get them checked.</p>
        <OtherCauseList causes={OTHER_CAUSES} />
      </section>

      <section aria-labelledby="habits-title">
        <h2 id="habits-title">What helps</h2>
        <h3>Easing the pain</h3>
        <HabitLinks habits={HABITS.filter((habit) => habit.kind === 'relief')} />
        <h3>Keeping it away</h3>
        <HabitLinks habits={HABITS.filter((habit) => habit.kind === 'prevention')} />
      </section>

      <section aria-labelledby="page-words-title">
        <h2 id="page-words-title">Words on running sites</h2>
        <p>
          On running sites, the guide marks hip-pain words; point at one for a short explanation.
        </p>
        <KeyboardRoute onThisPage={false} />
      </section>

      <Disclaimer />
    </>
  );
}
