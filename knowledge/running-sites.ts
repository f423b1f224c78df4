/**
 * Running sites where page explanations are on by default. The manifest's content-script
 * `matches` are built from this list, and the settings screen shows it, so it lives in one place.
 */
export const DEFAULT_RUNNING_SITES: readonly string[] = [
  'runnersworld.com',
  'letsrun.com',
  'strava.com',
  'reddit.com',
  'irunfar.com',
  'marathonhandbook.com',
  'trailrunnermag.com',
  'runningmagazine.ca',
  'womensrunning.com',
  'podiumrunner.com',
];

/** Match patterns for a site and all its subdomains (`www.`, `old.` …), any scheme. */
export function matchPatternsForSite(site: string): string[] {
  return [`*://${site}/*`, `*://*.${site}/*`];
}

/** A bare site name as settings keep it: `fellrunner.org.uk`, lowercase, at least one dot. */
const SITE_NAME = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** True when `text` is a bare site name (`fellrunner.org.uk`). */
export function isSiteName(text: string): boolean {
  return SITE_NAME.test(text);
}

/** `host` lowercased and without a leading `www.`, as site names are kept. */
export function withoutWww(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/** The host part of a URL with `www.` removed, or null for URLs that are not web pages. */
export function siteOfUrl(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return withoutWww(hostname);
  } catch {
    return null;
  }
}

/** True when `host` is `site` or one of its subdomains. */
export function hostBelongsToSite(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}
