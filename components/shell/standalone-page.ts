/** What the extension's own tab pages (welcome, privacy) share: the theme the reader chose. */
import { loggedAs } from '../../platform/log';
import { loadSettings, watchSettings } from '../../platform/settings';

/** Applies the theme setting to the page now and whenever it changes. */
export function followThemeSetting(pageName: string): void {
  const apply = (theme: string) => {
    if (theme === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  };
  // Unreadable settings leave the page in the system's theme, which is still readable.
  loadSettings()
    .then((settings) => apply(settings.theme))
    .catch(loggedAs(`${pageName}: load the theme setting`));
  watchSettings((settings) => apply(settings.theme));
}
