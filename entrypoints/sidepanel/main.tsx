/** The sidebar page: mounts the app. */
import { render } from 'preact';
import { App } from '../../components/App';
import '../../components/sidebar.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
