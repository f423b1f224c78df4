/** The sidebar page: mounts the app. */
import { render } from 'preact';
import { App } from '../../components/App';
import { warmUpLookup } from '../../knowledge/symptoms/lookup';
import '../../components/sidebar.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
// Compile the symptom lookup's patterns while the runner is still reading, not on their first
// keystroke in search or the checker.
requestIdleCallback(warmUpLookup, { timeout: 5000 });
