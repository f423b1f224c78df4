/** The sidebar page: mounts the app. */
import { render } from 'preact';
import { App } from '../../components/App';
import { warmUpLookupStep } from '../../knowledge/symptoms/lookup';
import '../../components/sidebar.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
// Compile the symptom lookup's patterns while the runner is still reading, not on their first
// keystroke in search or the checker: a few in each idle moment, so the sidebar never freezes
// for the seconds all of them take at once.
const warmUp = (deadline: IdleDeadline) => {
  if (!warmUpLookupStep(() => deadline.timeRemaining())) {
    requestIdleCallback(warmUp, { timeout: 5000 });
  }
};
requestIdleCallback(warmUp, { timeout: 5000 });
