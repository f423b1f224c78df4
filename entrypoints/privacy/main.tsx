/** The privacy page: PRIVACY.md in the sidebar's theme. */
import { render } from 'preact';
import { PrivacyView } from '../../components/privacy/PrivacyView';
import { followThemeSetting } from '../../components/shell/standalone-page';
import '../../components/sidebar.css';
import '../../components/shell/standalone-page.css';

followThemeSetting('privacy page');
const root = document.getElementById('app');
if (root) render(<PrivacyView />, root);
