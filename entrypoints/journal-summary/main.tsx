/** The printable clinician summary page: follows the sidebar's theme setting, mounts the page. */
import { render } from 'preact';
import { SummaryPage } from '../../components/journal/SummaryPage';
import { loggedAs } from '../../platform/log';
import { loadSettings } from '../../platform/settings';

// Unreadable settings leave the page in the system's theme, which is still readable and prints.
loadSettings()
  .then((settings) => {
    if (settings.theme !== 'auto') document.documentElement.dataset.theme = settings.theme;
  })
  .catch(loggedAs('summary page: load the theme setting'));

const root = document.getElementById('app');
if (root) render(<SummaryPage />, root);
