/**
 * Where to get help, in the reader's own country's words: 999, A&E and NHS 111 in the UK (NHS
 * "When to call 999", "When to use 111"); 911, the emergency room and urgent care in the US and
 * Canada (911.gov); and 112, the number that works across the EU and on mobiles in most of the
 * world (European Commission "112 – the European emergency number"), with the emergency
 * department and an out-of-hours doctor, everywhere else. Pure: the caller passes the locale.
 *
 * Advice is written once with slots (`{number}`, `{emergency-place}`, `{urgent-care}`,
 * `{doctor}`) and filled at the edge, so a reader in Ohio is not told to go to A&E.
 */

/** The three numbers the guide names. */
export type EmergencyNumber = '999' | '911' | '112';

/** The words for getting help in one part of the world. */
export interface LocalCare {
  number: EmergencyNumber;
  /** Where to go in an emergency: "A&E". */
  emergencyPlace: string;
  /** Who sees you today when it cannot wait: "your GP or NHS 111". */
  urgentCare: string;
  /** The doctor you book: "GP". */
  doctor: string;
}

const UK: LocalCare = {
  number: '999',
  emergencyPlace: 'A&E',
  urgentCare: 'your GP or NHS 111',
  doctor: 'GP',
};
const NORTH_AMERICA: LocalCare = {
  number: '911',
  emergencyPlace: 'the emergency room',
  urgentCare: 'your doctor or an urgent care clinic',
  doctor: 'doctor',
};
const ELSEWHERE: LocalCare = {
  number: '112',
  emergencyPlace: 'the emergency department',
  urgentCare: 'your doctor or an out-of-hours doctor',
  doctor: 'doctor',
};

/** The slot each word fills in advice text: "{emergency-place}" → `emergencyPlace`. */
const SLOTS: Readonly<Record<string, keyof LocalCare>> = {
  number: 'number',
  'emergency-place': 'emergencyPlace',
  'urgent-care': 'urgentCare',
  doctor: 'doctor',
};
const SLOT_PATTERN = /\{([a-z-]+)\}/g;

/** The region of a BCP 47 locale ("en-GB" → "GB"), or null when it names none ("en"). */
function regionOf(locale: string): string | null {
  const region = locale
    .split(/[-_]/)
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$/.test(part));
  return region ? region.toUpperCase() : null;
}

/** The words for getting help for a locale such as "en-GB" or "fr-CA". */
export function localCare(locale: string): LocalCare {
  const region = regionOf(locale);
  if (region === 'GB' || region === 'UK') return UK;
  if (region === 'US' || region === 'CA') return NORTH_AMERICA;
  return ELSEWHERE;
}

/** The emergency number for a locale such as "en-GB" or "fr-CA". */
export function emergencyNumber(locale: string): EmergencyNumber {
  return localCare(locale).number;
}

/** Advice with its slots filled for the reader's locale. */
export function inLocalWords(text: string, locale: string): string {
  const care = localCare(locale);
  // A slot we do not know stays as written, so a test (or a reader) sees it rather than a
  // wrong word.
  return text.replace(SLOT_PATTERN, (slot, name: string) => {
    const word = SLOTS[name];
    return word ? care[word] : slot;
  });
}
