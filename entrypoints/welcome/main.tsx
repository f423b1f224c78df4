/** The welcome page, opened once on install and again from the settings. */
import { render } from 'preact';
import { followThemeSetting } from '../../components/shell/standalone-page';
import { WelcomeView } from '../../components/welcome/WelcomeView';
import '../../components/sidebar.css';
import '../../components/shell/standalone-page.css';

followThemeSetting('welcome page');
const root = document.getElementById('app');
if (root) render(<WelcomeView />, root);
