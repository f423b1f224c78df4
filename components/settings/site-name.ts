/** Reads a site a person typed ("https://www.FellRunner.org.uk/forum") as a bare site name. */
import { isSiteName, withoutWww } from '../../knowledge/running-sites';

/** The site name (`fellrunner.org.uk`), or null when the text is not a web address. */
export function siteFromInput(text: string): string | null {
  let host = text.trim().toLowerCase();
  if (host === '') return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(host)) host = `https://${host}`;
  try {
    const url = new URL(host);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = withoutWww(url.hostname);
  } catch {
    return null;
  }
  return isSiteName(host) ? host : null;
}
