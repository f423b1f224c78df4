/** The sidebar app. */
import type { JSX } from 'preact';
import { CONDITIONS } from '../knowledge/conditions';

export function App(): JSX.Element {
  return (
    <main>
      <h1>Hip Pain Guide</h1>
      <ul class="conditions" aria-label="Conditions">
        {CONDITIONS.map((condition) => (
          <li key={condition.id} data-condition={condition.id}>
            <h2>{condition.name}</h2>
            <p>{condition.summary}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
