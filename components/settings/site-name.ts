/** Reads a site a person typed ("https://www.FellRunner.org.uk/forum") as a bare site name. */

const SITE_PATTERN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** The site name (`fellrunner.org.uk`), or null when the text is not a web address. */
export function siteFromInput(text: string): string | null {
  let host = text.trim().toLowerCase();
  if (host === '') return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(host)) host = `https://${host}`;
  try {
    const url = new URL(host);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
  return SITE_PATTERN.test(host) ? host : null;
}
