/** The printable clinician summary page: follows the sidebar's theme setting, mounts the page. */
import { render } from 'preact';
import { SummaryPage } from '../../components/journal/SummaryPage';
import { loadSettings } from '../../platform/settings';

void loadSettings().then((settings) => {
  if (settings.theme !== 'auto') document.documentElement.dataset.theme = settings.theme;
});

const root = document.getElementById('app');
if (root) render(<SummaryPage />, root);
