/**
 * The emergency number and the place to go, for the reader's locale: 999 and A&E in the UK
 * (NHS "When to call 999"), 911 and the emergency room in the US and Canada (911.gov), and 112,
 * the number that works across the EU and in most of the world on mobiles (European Commission
 * "112 – the European emergency number"), everywhere else. Pure: the caller passes the locale.
 */

/** The three numbers the guide names. */
export type EmergencyNumber = '999' | '911' | '112';

/** The region of a BCP 47 locale ("en-GB" → "GB"), or null when it names none ("en"). */
function regionOf(locale: string): string | null {
  const region = locale
    .split(/[-_]/)
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$/.test(part));
  return region ? region.toUpperCase() : null;
}

/** The emergency number for a locale such as "en-GB" or "fr-CA". */
export function emergencyNumber(locale: string): EmergencyNumber {
  const region = regionOf(locale);
  if (region === 'GB' || region === 'UK') return '999';
  if (region === 'US' || region === 'CA') return '911';
  return '112';
}

/** What to do in an emergency, action first: "Call 999 or go to A&E now". */
export function emergencyAction(locale: string): string {
  const number = emergencyNumber(locale);
  if (number === '999') return 'Call 999 or go to A&E now';
  if (number === '911') return 'Call 911 or go to the emergency room now';
  return 'Call 112 or go to the emergency department now';
}
