/**
 * Which terms a reader would want explained where they stand. Pure: the page side hands in the
 * text's language and the words around it.
 *
 * - Text in another language is left alone: on a French news page "FAI" is an internet provider.
 * - Short words and acronyms that mean other things elsewhere ("cadence", "ITB", "quads") are
 *   marked only where other hip or running words corroborate them: a software blog's "release
 *   cadence" is not a runner's cadence.
 */
import type { TermHit, TermMatcher } from './term-matcher';

/**
 * Variants that mean something else off running pages: acronyms that other fields use, and
 * words of engineering, software, business or biology. Each must be a glossary variant
 * (`compileTerms` checks); the build marks their hits `needsContext`.
 */
export const VARIANTS_NEEDING_CONTEXT: readonly string[] = [
  // Acronyms: an internet provider, a tax, a file type, a job title in other pages.
  'fai',
  'itb',
  'itbs',
  'tfl',
  'sij',
  'pfps',
  'gtps',
  'fnsf',
  'red-s',
  // Words with an everyday meaning in other fields.
  'cadence',
  'step rate',
  'camber',
  'quads',
  'clamshell',
  'clam shell',
  'fascia',
  'fasciae',
  'labrum',
  'labra',
  'x-ray',
  'xray',
  'weekly volume',
  'weekly distance',
  'low impact',
  'low-impact',
  'weight bearing',
  'weight-bearing',
  'weightbearing',
  'hard surface',
  'hard surfaces',
  'ball and socket',
  'overtraining',
  'overtrained',
  'cross train',
  'active recovery',
  'keyhole surgery',
];

/**
 * Words that say a text is about running or a sore hip, besides the glossary's own terms. Words
 * other fields use as often ("run", "running", "race", "marathon", "pace", "training", "pain",
 * "miles", "stretch") are left out: a software blog runs services, has race conditions, trains
 * models, goes the extra mile, and has pain points and stretch goals; the news has marathon
 * sessions.
 */
export const RUNNING_WORDS = [
  'hip',
  'hips',
  'runner',
  'runners',
  "runner's",
  'jog',
  'jogging',
  'jogger',
  'ultramarathon',
  'parkrun',
  'stride',
  'strides',
  'striding',
  'footstrike',
  'treadmill',
  '5k',
  '10k',
  'spm',
  'knee',
  'knees',
  'thigh',
  'thighs',
  'groin',
  'buttock',
  'buttocks',
  'injury',
  'injuries',
  'injured',
];

/**
 * A running word as a whole word of lowercased text (a word: letters, digits and apostrophes).
 * One search in the browser's engine, rather than splitting the ~1,200 characters around each
 * ambiguous term into words in script.
 */
const RUNNING_WORD = new RegExp(`(?<![a-z0-9'])(?:${RUNNING_WORDS.join('|')})(?![a-z0-9'])`);

/**
 * True if `languageTag` (the nearest `lang` of the text, or null if there is none) is English or
 * unknown. Pages without a `lang` are mostly English on the sites we run on.
 */
export function isEnglishOrUnknown(languageTag: string | null | undefined): boolean {
  const tag = languageTag?.trim().toLowerCase() ?? '';
  return tag === '' || tag === 'en' || tag.startsWith('en-');
}

/**
 * True if `context` (the words around an ambiguous term, a page's title) is about running or a
 * sore hip: it holds a glossary term that needs no context, or a running word.
 */
export function corroborates(context: string, matcher: TermMatcher): boolean {
  if (RUNNING_WORD.test(context.toLowerCase())) return true;
  return matcher.findTerms(context).some((hit) => !hit.needsContext);
}

/**
 * The hits a reader would want marked in one text: none if its language is not English; the
 * ambiguous ones only if `isCorroborated()` says the words around them are about running (it is
 * asked at most once, and only when an ambiguous hit is there).
 */
export function hitsWorthMarking(
  hits: TermHit[],
  languageTag: string | null,
  isCorroborated: () => boolean,
): TermHit[] {
  if (hits.length === 0) return hits;
  if (!isEnglishOrUnknown(languageTag)) return [];
  if (!hits.some((hit) => hit.needsContext)) return hits;
  if (hits.some((hit) => !hit.needsContext) || isCorroborated()) return hits;
  return [];
}
