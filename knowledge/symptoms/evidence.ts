/**
 * The evidence model behind the symptom lookup and the sidebar checker: every sign a runner can
 * pick or describe, the phrases that mean it in free text, and how strongly it points to each
 * condition. Pure data; `lookup.ts` does the reasoning.
 *
 * Weights are evidence points: 4-5 = typical and telling, 2-3 = typical, 1 = fits, 0.5 = weak.
 * A sign the runner rules out ("it never clicks") counts half its weight against. The links
 * follow the source article (Inside Running, "Hip Pain After Running") and NHS / AAOS / Mayo
 * Clinic pages on trochanteric bursitis, femoral stress fractures, labral tears, ITBS and hip
 * flexor tendinitis.
 *
 * Phrases use the notation in `text-normalise.ts`: `a|b` alternatives, `[x]` optional,
 * `~N` up to N other words, `#` a number, `word*` any ending, `word=` exactly. Plain words match
 * their simple inflections ("click" also matches "clicks", "clicking").
 */

import { NUMBER_WORDS } from '../text-patterns';
import type { ConditionId, RedFlagId, ZoneId } from '../types';
import { ANY_WORD } from './text-reading';

/** Evidence points a sign gives each condition (absent = 0). */
export type EvidenceWeights = Readonly<Partial<Record<ConditionId, number>>>;

/** What the pain feels like, as the checker offers it. */
export const FEELING_IDS = [
  'dull-ache',
  'burning',
  'sharp',
  'throbbing',
  'clicking',
  'tightness',
  'stiffness',
] as const;
export type FeelingId = (typeof FEELING_IDS)[number];

/** What brings the pain on, as the checker offers it. */
export const TRIGGER_IDS = [
  'during-runs',
  'after-runs',
  'rest-or-night',
  'lying-on-side',
  'lifting-knee',
  'stairs',
  'downhill',
  'getting-up',
  'weight-bearing',
  'longer-runs-worse',
  'same-point-each-run',
  'uphill-or-sprinting',
  'sitting-long',
  'twisting',
] as const;
export type TriggerId = (typeof TRIGGER_IDS)[number];

/** How it started, as the checker offers it (one choice). */
export const ONSET_IDS = ['gradual', 'mileage-jump', 'fall-or-twist', 'old-injury'] as const;
export type OnsetId = (typeof ONSET_IDS)[number];

/** Telling details only free text carries: surfaces, shoes, named conditions, risk factors. */
const CLUE_IDS = [
  'tender-to-touch',
  'hard-surfaces',
  'long-runs',
  'track-or-camber',
  'old-or-tight-shoes',
  'snapping',
  'giving-way',
  'limp',
  'low-energy',
  'female-runner',
  'previous-stress-fracture',
  'earlier-each-run',
  'cannot-bear-weight',
  'named-bursitis',
  'named-stress-fracture',
  'named-cartilage-tear',
  'named-it-band',
  'named-hip-flexor',
] as const;
type ClueId = (typeof CLUE_IDS)[number];

/** Signs that score nothing themselves but raise red flags or decide what a mention means. */
const CONTEXT_IDS = [
  'hip-mentioned',
  'hip-is-fine',
  'leg-mentioned',
  'other-body-part',
  'relief',
  'running-at-night',
  'fever',
  'feeling-unwell',
  'hot-red-swollen',
  'severe-pain',
  'cannot-move-leg',
  'deformity',
  'numbness-tingling',
  'leg-weakness',
  'pain-word',
] as const;
type ContextId = (typeof CONTEXT_IDS)[number];

/** Every sign the lookup can find. */
export type SignId = ZoneId | FeelingId | TriggerId | OnsetId | ClueId | ContextId;

/** A sign: how to recognise it in text and what it means. */
export interface Sign<Id extends SignId = SignId> {
  id: Id;
  /** A reason line when present: "Pain on the outside of the hip". */
  why: string;
  /** A "does not fit" line when ruled out: "No clicking, catching or locking". */
  absent: string;
  phrases: readonly string[];
  weights: EvidenceWeights;
  /** A mention does not count in a clause that also has one of these ("fine at rest"). */
  unlessClauseHas?: readonly SignId[];
  /** …or in a sentence that has one of these ("at night, lying on that side"). */
  unlessSentenceHas?: readonly SignId[];
}

/** A sign the sidebar checker offers as a choice. */
export interface CheckerOption<Id extends SignId> extends Sign<Id> {
  /** The short choice label: "Outer hip". */
  label: string;
}

const SIDE = '[left|right|l|r]';
const THIGH = 'thigh|thighs|leg|legs|quad';
const MY = '[my|the|your|both|his|her|a]';

/** Where it hurts. The checker's hip map uses the same ids. */
export const ZONES: readonly CheckerOption<ZoneId>[] = [
  {
    id: 'outer-hip',
    label: 'Outer hip',
    why: 'Pain on the outside of the hip',
    absent: 'Not on the outside of the hip',
    phrases: [
      `outer|outside|lateral|side [side|part|edge|bit|aspect] [of] ${MY} ${SIDE} hip|hips`,
      `side= of ${MY} ${SIDE} hip|hips|glute|glutes|buttock|pelvis`,
      'hip|hips ~3 on|at|along|down the outside|outer|side=',
      'outer|outside ~2 hip|hips',
      'hip bone ~3 side|outside',
      'bony bit|point|part|bump|knob|lump ~4 side|outside|hip',
      `point of ${MY} hip`,
      'trochanter*',
      'hip= bone|bones',
      'side= hip',
    ],
    weights: { 'hip-bursitis': 4, 'it-band-syndrome': 1.5 },
  },
  {
    id: 'groin',
    label: 'Groin / inner hip',
    why: 'Pain in the groin or inner hip',
    absent: 'Not in the groin or inner hip',
    phrases: [
      'groin',
      `inner|inside [part|side|bit] [of] ${MY} ${SIDE} hip|hips`,
      'hip|hips ~3 on|at the inside|inner_side',
      'deep ~3 hip|hips|joint|pelvis',
      'hip= joint|socket',
      `inner|inside [of] ${MY} [upper] thigh|thighs`,
      'adductor*',
      'pubic|pubis',
      'ball ~2 socket',
    ],
    weights: { 'stress-fracture': 3, 'cartilage-tear': 3, 'hip-flexor-tendinitis': 2 },
  },
  {
    id: 'front-hip',
    label: 'Front of hip',
    why: 'Pain at the front of the hip',
    absent: 'Not at the front of the hip',
    phrases: [
      `front [part|side|bit] [of] ${MY} ${SIDE} hip|hips|pelvis`,
      'hip|hips ~3 at|in|on|to the front',
      'hip|groin crease',
      'crease ~3 hip|groin|leg|thigh',
      'where ~2 leg|thigh|legs|thighs ~1 meet|join|attach|connect ~3 body|pelvis|torso|hip|trunk',
      'anterior hip',
      'hip flexor*',
      'psoas|iliopsoas|iliacus',
      `top|front [part] [of] ${MY} [upper] thigh|thighs`,
      `top of ${MY} leg|legs`,
    ],
    weights: { 'hip-flexor-tendinitis': 4, 'cartilage-tear': 1.5, 'stress-fracture': 1 },
  },
  {
    id: 'outer-thigh',
    label: 'Outer thigh to knee',
    why: 'Pain down the outer thigh towards the knee',
    absent: 'Not down the outer thigh or outer knee',
    phrases: [
      `outer|outside|lateral|side= [part|side|edge] [of] ${MY} ${SIDE} [upper] ${THIGH}`,
      'thigh|thighs|leg|legs ~3 on|at|along|down the outside|outer|side=',
      `outer|outside|lateral|side= [part|side|edge] [of] ${MY} ${SIDE} knee|knees`,
      'knee|knees ~3 on|at the outside|outer',
      'hip|hips ~3 down|to|into|towards ~3 knee|knees',
    ],
    weights: { 'it-band-syndrome': 4.5, 'hip-bursitis': 1.5 },
  },
  {
    id: 'buttock',
    label: 'Buttock',
    why: 'Pain in the buttock',
    absent: 'Not in the buttock',
    phrases: [
      'buttock*',
      'glute|glutes|gluteal|gluteus',
      `back of ${MY} ${SIDE} hip|hips|pelvis`,
      `behind ${MY} hip|hips`,
      'sit|sitting|sitz bone|bones',
      'piriformis',
      'backside',
    ],
    weights: { 'hip-bursitis': 1, 'cartilage-tear': 1, 'stress-fracture': 0.5 },
  },
];

/** What the pain feels like. */
export const FEELINGS: readonly CheckerOption<FeelingId>[] = [
  {
    id: 'dull-ache',
    label: 'Dull ache',
    why: 'A dull ache',
    absent: 'Not a dull ache',
    phrases: ['dull', 'ache', 'achy', 'nag', 'nagging'],
    weights: {
      'hip-bursitis': 2,
      'stress-fracture': 0.5,
      'hip-flexor-tendinitis': 0.5,
      'cartilage-tear': 0.5,
    },
  },
  {
    id: 'burning',
    label: 'Burning',
    why: 'A burning feeling',
    absent: 'No burning feeling',
    phrases: ['burn', 'burnt', 'on fire', 'fiery'],
    weights: { 'hip-bursitis': 2, 'it-band-syndrome': 2 },
  },
  {
    id: 'sharp',
    label: 'Sharp or stabbing',
    why: 'A sharp pain',
    absent: 'Not a sharp pain',
    phrases: ['sharp', 'stab', 'knife', 'knives', 'shooting', 'jab', 'pinch'],
    weights: { 'it-band-syndrome': 1.5, 'cartilage-tear': 1.5, 'hip-flexor-tendinitis': 1 },
  },
  {
    id: 'throbbing',
    label: 'Throbbing',
    why: 'A throbbing pain',
    absent: 'Not throbbing',
    phrases: ['throb', 'pulsing', 'pulsating', 'pounding pain'],
    weights: { 'stress-fracture': 3, 'hip-bursitis': 0.5 },
  },
  {
    id: 'clicking',
    label: 'Clicking, catching or locking',
    why: 'Clicking, catching or locking',
    absent: 'No clicking, catching or locking',
    phrases: [
      'click',
      'clunk',
      'catch',
      'lock',
      'get|gets|getting|feels|feel|is|was|got ~1 stuck',
      'grind',
      'crunch',
      'creak*',
    ],
    weights: { 'cartilage-tear': 4.5, 'hip-flexor-tendinitis': 0.5 },
  },
  {
    id: 'tightness',
    label: 'Tightness',
    why: 'A feeling of tightness',
    absent: 'No tightness',
    phrases: [
      '/tight(?:ness|ening|en|ens|er)?(?! (?:old |new |running )?(?:shoe|shoes|trainers|sneakers))',
    ],
    weights: { 'hip-flexor-tendinitis': 1.5, 'it-band-syndrome': 1.5, 'hip-bursitis': 0.5 },
  },
  {
    id: 'stiffness',
    label: 'Stiffness',
    why: 'Stiffness',
    absent: 'No stiffness',
    phrases: [
      'stiff',
      'stiffen*',
      'seize ~1 up',
      'limited|reduced|less|lost|poor|restricted ~3 range|movement|mobility',
    ],
    weights: { 'cartilage-tear': 2, 'hip-flexor-tendinitis': 1, 'hip-bursitis': 0.5 },
  },
];

const RUN = 'run|runs|running|jog|jogs|jogging|ran';
const AT_REST = 'rest|resting|night|sleep|lying|sitting';
const SEAT = 'chair|seat|sofa|couch|sitting|desk|seated';
const NUMBER = `(?:\\d+(?:p\\d+)?|${NUMBER_WORDS})`;
const DISTANCE = '(?:miles?|kms?|kilomet(?:re|er)s?|minutes|mins?)';
/** A distance or time into a run: "5 miles", "ten minutes", "10k", "3km". */
const AMOUNT = `(?:${NUMBER} ${DISTANCE}|\\d+(?:p\\d+)?(?:k|km|kms|mi|mins?))`;

/** What brings it on. */
export const TRIGGERS: readonly CheckerOption<TriggerId>[] = [
  {
    id: 'during-runs',
    label: 'During runs',
    why: 'Hurts during runs',
    absent: 'Does not hurt during runs',
    phrases: [
      `during|mid|midway|whilst [a|my|the|long|every|each] ${RUN}`,
      `when|while|whilst|as [i] [am] ${RUN}`,
      `on|in [my|a|the|long|every|each] run|runs`,
      `hurt|hurts|painful|pain|sore ~1 to ${RUN}`,
      'in the middle of [a|my|the] run',
      `${RUN} ~2 hurt|hurts|painful|aggravate*|make|makes ~2 worse`,
    ],
    weights: {
      'it-band-syndrome': 1.5,
      'stress-fracture': 1.5,
      'hip-flexor-tendinitis': 1,
      'hip-bursitis': 0.5,
    },
  },
  {
    id: 'after-runs',
    label: 'After runs',
    why: 'Hurts after runs',
    absent: 'Does not hurt after runs',
    phrases: [
      `after|post ~3 ${RUN}`,
      'after= i finish|stop',
      'afterwards|afterward',
      'day|morning after',
      'next day|morning',
      'once|when i stop|finish [running]',
      'cool ~1 down',
    ],
    weights: {
      'hip-bursitis': 1.5,
      'hip-flexor-tendinitis': 1,
      'stress-fracture': 0.5,
      'it-band-syndrome': 0.5,
      'cartilage-tear': 0.5,
    },
  },
  {
    id: 'rest-or-night',
    label: 'At rest or waking me at night',
    why: 'Hurts at rest or at night',
    absent: 'Does not hurt at rest or at night',
    phrases: [
      'at rest',
      'even when|while|at|with rest|resting',
      'when|while [i] [am] resting',
      'rest|resting pain',
      'when|while [i] [am] sitting|lying|standing still',
      'doing nothing',
      'constant*',
      'all [the] time',
      'all day ~2 night',
      '24 7',
      'not|never ~2 go|goes|going away',
      `not|never ~2 ease|settle|subside|improve|calm|better|stop ~3 ${AT_REST}`,
      'not|never ~1 stop hurting|aching|throbbing',
      'not|never let up',
      'rest|resting ~2 not|never ~2 help|difference',
      'at night|nighttime',
      'all night',
      'through the night',
      'middle of the night',
      'every|most night|nights',
      // "Hurts at 3am", "awake at 2am with it": small hours, not an early run ("my 5am run").
      `/(?:hurt|hurts|hurting|pain|painful|ache|aches|aching|throb|throbs|throbbing|sore)(?: ${ANY_WORD}){0,3} [1-4] ?am`,
      `/[1-4] ?am(?: ${ANY_WORD}){0,3} (?:hurt|hurts|hurting|pain|painful|ache|aches|aching|throb|throbs|throbbing|sore)`,
      `/awake(?: ${ANY_WORD}){0,2} [1-4] ?am`,
      'even [when|while] [i] [am] rest|resting|sitting|sat|lying|sit|lie|sleeping|asleep|still',
      'during|in the night',
      'at nighttime',
      'night time|pain',
      'overnight',
      'wake|woke|woken me',
      'wake|woke|waking up ~3 pain|because|due',
      'keep|kept me up|awake',
      'cannot sleep',
      'cannot get [back] to sleep',
      'sleepless',
      'lose|losing|lost sleep',
      'disturb* ~2 sleep',
    ],
    weights: { 'stress-fracture': 2, 'hip-bursitis': 1 },
    // "Fine at rest", "I run at night", and bursitis's "worse at night lying on that side"
    // (which is not a red flag) do not count.
    unlessClauseHas: ['relief', 'running-at-night'],
    unlessSentenceHas: ['lying-on-side'],
  },
  {
    id: 'lying-on-side',
    label: 'Lying on that side',
    why: 'Worse lying on that side',
    absent: 'Lying on that side does not hurt',
    phrases: [
      'lie|lying|lay|laid|sleep|slept|rest ~1 on|onto ~2 side|sides|hip|hips|it',
      'side= sleep*|lying|lie',
      'roll ~2 onto|on|over ~3 side|it|hip',
      'roll over',
      'pressure ~3 bed|mattress',
      'bed on ~2 side',
      'on ~2 side ~2 night|bed|sleep|sleeping',
    ],
    weights: { 'hip-bursitis': 4.5 },
  },
  {
    id: 'lifting-knee',
    label: 'Lifting the knee',
    why: 'Hurts when you lift the knee',
    absent: 'Lifting the knee does not hurt',
    phrases: [
      'lift|raise|bring|pull|drive|swing ~3 knee|knees|leg|legs|thigh',
      'knee|knees up',
      'knee= raise|raises|lift|lifts|drive|drives',
      'knee|knees ~1 to [my|the] chest',
      'high knees',
      'knee drive',
      'get|getting|got ~1 in|into|out ~3 car',
      'put|putting ~2 on ~2 socks|shoes|trousers|pants',
      'march',
    ],
    weights: { 'hip-flexor-tendinitis': 4, 'cartilage-tear': 1 },
  },
  {
    id: 'stairs',
    label: 'Stairs',
    why: 'Hurts on stairs',
    absent: 'Stairs do not hurt',
    phrases: [
      'stair*',
      'upstairs',
      'downstairs',
      'step= up|down',
      'up|down ~1 steps=',
      'kerb|curb',
    ],
    weights: { 'hip-flexor-tendinitis': 2, 'hip-bursitis': 2, 'cartilage-tear': 0.5 },
  },
  {
    id: 'downhill',
    label: 'Running downhill',
    why: 'Hurts running downhill',
    absent: 'Downhill running does not hurt',
    phrases: ['downhill*', 'down ~2 hill|hills|slope|slopes|descent', 'descent*', 'descend*'],
    weights: { 'it-band-syndrome': 3.5, 'stress-fracture': 0.5 },
  },
  {
    id: 'getting-up',
    label: 'Getting up from a chair',
    why: 'Hurts getting up from a chair',
    absent: 'Getting up from a chair does not hurt',
    phrases: [
      `get|getting|got|stand|standing|stood|rise|rising|push ~1 up ~3 ${SEAT}`,
      'stand|standing|stood up',
      'sit to stand',
      'out of [a|the|my] chair|seat|sofa|couch',
      'from sitting',
    ],
    weights: { 'hip-bursitis': 2.5, 'cartilage-tear': 1, 'hip-flexor-tendinitis': 1 },
  },
  {
    id: 'weight-bearing',
    // Worded as standing, never as hopping: a runner must not hop to test a possible stress
    // fracture (the bone-stress advice says so), and a checker option must not suggest it.
    label: 'Standing or putting weight on that leg',
    why: 'Hurts to stand or put weight on that leg',
    absent: 'Standing on that leg does not hurt',
    phrases: [
      'hop',
      'jumping',
      'jump=',
      'jumps=',
      'single|one leg|foot',
      'stand|standing|balance|balancing ~2 on one|that|the|my|affected|bad ~1 leg|foot|side',
      'put|putting|bear|bearing|take|taking ~3 weight',
      'weight ~1 bearing|bear',
      'every|each step|stride|footstrike',
      'hurt|hurts|painful|pain|sore|ache ~2 walk|walking|stand|standing',
    ],
    weights: { 'stress-fracture': 4, 'cartilage-tear': 0.5 },
    // "I can put weight on it fine"; "can't put weight on it" is counted once, as the red flag.
    unlessClauseHas: ['relief', 'cannot-bear-weight'],
  },
  {
    id: 'longer-runs-worse',
    label: 'Worse the longer I run',
    why: 'Gets worse the longer you run',
    absent: 'Does not build during a run',
    phrases: [
      'the longer|further|farther|more [that] [i|you] run|running|go|jog|keep',
      'worse|worsen|intensif* ~4 longer|further|farther|distance|as_i_go|as_i_run',
      'worse|worsen|intensif* ~4 keep_running|keep_going|goes_on|go_on',
      'worse and worse',
      'worse with [each|every] mile|step|km',
    ],
    weights: { 'stress-fracture': 3, 'it-band-syndrome': 1 },
  },
  {
    id: 'same-point-each-run',
    label: 'Starts at the same point in each run',
    why: 'Starts at a predictable point in each run',
    absent: 'Does not start at a set point in runs',
    phrases: [
      // "After 5 miles", but not "about 30 miles a week".
      `/(?:after|at|around|about|by|past)(?: ${ANY_WORD}){0,2} ${NUMBER} ${DISTANCE}` +
        '(?! (?:a|per|each|every) week| weekly| a month)',
      `/${NUMBER} ${DISTANCE} in(?:to)?`,
      `/(?:after|at|around|about|by|past)(?: ${ANY_WORD}){0,2} \\d+(?:k|km|mi)(?! (?:a|per) week)`,
      'mile|km= #',
      'same|certain|predictable|set ~2 point|distance|mile|km|mark',
      'predictabl*',
      'like clockwork',
      'into my|the|a|every|each run|runs',
    ],
    weights: { 'it-band-syndrome': 3.5 },
    // "It used to start at 8 miles, now at 2": the distances mark a moving point, not a set one.
    unlessSentenceHas: ['earlier-each-run'],
  },
  {
    id: 'uphill-or-sprinting',
    label: 'Uphill, sprinting or kicking',
    why: 'Hurts running uphill, sprinting or kicking',
    absent: 'Uphill, sprinting or kicking does not hurt',
    phrases: [
      'uphill*',
      'up ~2 hill|hills|slope|incline',
      'incline',
      'climb',
      'hill repeat|repeats|sprint|sprints|reps|workout|workouts',
      'sprint*',
      'strides',
      'speed work',
      'speedwork|intervals',
      '/kick(?:s|ing|ed)?(?! in)',
      'football|soccer',
      'accelerat*',
    ],
    weights: { 'hip-flexor-tendinitis': 3, 'stress-fracture': 0.5 },
  },
  {
    id: 'sitting-long',
    label: 'Sitting for a long time',
    why: 'Hurts after sitting for a long time',
    absent: 'Sitting does not hurt',
    phrases: [
      'sit|sitting|sat|seated ~3 long|hours|ages|desk|drive|drives|driving|flight|office|day|while',
      'long ~1 drive|drives|flight|flights|car',
      'prolonged sitting',
      'desk job',
      'after sitting',
      'sitting ~2 hurt|hurts|painful|sore|aggravate*',
    ],
    weights: { 'cartilage-tear': 2.5, 'hip-flexor-tendinitis': 1 },
  },
  {
    id: 'twisting',
    label: 'Twisting or pivoting',
    why: 'Hurts when you twist or pivot',
    absent: 'Twisting does not hurt',
    phrases: [
      'pivot*',
      'twisting',
      'twist= my body',
      'twist= when|to',
      'turn|turning ~2 direction|directions|corners|sharply|quickly|around|round',
      'change|changing ~1 direction|directions',
      'rotat*',
      'cross ~2 leg|legs',
      'cross legged',
      'swivel*',
    ],
    weights: { 'cartilage-tear': 3.5 },
  },
];

const VOLUME = 'mileage|miles|distance|volume|km|kilometres|training|long_run';

/** How it started. */
export const ONSETS: readonly CheckerOption<OnsetId>[] = [
  {
    id: 'gradual',
    label: 'Gradually over weeks',
    why: 'Came on gradually',
    absent: 'Did not come on gradually',
    phrases: [
      'gradual*',
      'slowly|steadily ~3 worse|built|build|came|crept|got|increased|developed',
      'crept|creeping|snuck up',
      'over [the] [last|past] [few|couple|several|#] [of] weeks|months',
      'for [a] [few|couple|several|#] [of] weeks|months',
      'little by little',
    ],
    weights: {
      'hip-bursitis': 1,
      'stress-fracture': 1,
      'it-band-syndrome': 1,
      'hip-flexor-tendinitis': 1,
    },
  },
  {
    id: 'mileage-jump',
    label: 'After a jump in mileage',
    why: 'Started after a jump in mileage',
    absent: 'No recent jump in mileage',
    phrases: [
      `increase|upped|up=|ramp|bump|jumped|boost|doubled|raised|added|more ~3 ${VOLUME}`,
      `build|built ~3 ${VOLUME}`,
      'mileage ~2 jump|increase|spike|went_up|up',
      'too much too soon',
      'marathon ~2 training|block|build|plan',
      'training ~1 for ~3 marathon|half|ultra',
      'from # to # miles|km|k=',
      'extra miles',
    ],
    weights: {
      'stress-fracture': 3,
      'it-band-syndrome': 1.5,
      'hip-bursitis': 1,
      'hip-flexor-tendinitis': 0.5,
    },
  },
  {
    id: 'fall-or-twist',
    label: 'After a fall or twist',
    why: 'Started after a fall or twist',
    absent: 'No fall or twist',
    phrases: [
      '/(?<!(?:this|last|next|early|late) )(?:fall|falls|falling|fallen|fell)(?! asleep)',
      'slip',
      'tripped|tripping',
      'twisted',
      'twist= my|it|the',
      'after [a|an] twist|twisting',
      'stumble',
      'crash',
      'went down hard|awkward*',
      'went over on',
      'wipe|wiped out',
      // "Came off my bike", "knocked off my bike", "thrown from a horse".
      'came|come|coming off ~2 bike|bicycle|motorbike|scooter|horse|board|skateboard|ladder|wall',
      'knocked|thrown off|over|down|from',
      'hit the deck|ground',
      'tumble',
      'landed ~2 on ~2 hip|side|awkward*',
      'awkward* ~2 landing|step|twist|movement',
      'collision|collided',
      'hit by',
      'accident',
    ],
    weights: { 'cartilage-tear': 5, 'hip-bursitis': 0.5 },
  },
  {
    id: 'old-injury',
    label: 'Returning from an old injury',
    why: 'Linked to an old injury',
    absent: 'No old injury',
    phrases: [
      'old|previous|past|prior|earlier|former ~2 injury|injuries|surgery|operation|sprain|strain',
      'come|came|coming|return|returning|back ~3 from ~3 injury|surgery|layoff|time_off|break',
      'after [a|an|my] ~2 injury',
      'injured ~3 before|last_year|years_ago|previously|past',
      'history of ~2 injury|injuries|problems',
      'injury ~3 last_year|years_ago|past|before',
    ],
    weights: { 'hip-flexor-tendinitis': 3.5, 'cartilage-tear': 0.5 },
  },
];

/** Details only free text carries. */
const CLUES: readonly Sign<ClueId>[] = [
  {
    id: 'tender-to-touch',
    why: 'Tender to touch',
    absent: 'Not tender to touch',
    phrases: [
      'tender*',
      'touch|press|pressing|pressed|poke|push|pushing ~4 hurt|hurts|pain|painful|sore|ouch',
      'hurt|hurts|pain|painful|sore ~2 to [the] touch|press',
      'bruise*',
      'sore spot',
    ],
    weights: { 'hip-bursitis': 2.5, 'stress-fracture': 0.5 },
  },
  {
    id: 'hard-surfaces',
    why: 'Runs on concrete, asphalt or roads',
    absent: 'Not on hard surfaces',
    phrases: [
      'concrete',
      'asphalt',
      'pavement*',
      'tarmac',
      'sidewalk*',
      'road',
      'hard surface|ground',
    ],
    weights: { 'stress-fracture': 2, 'it-band-syndrome': 1 },
  },
  {
    id: 'long-runs',
    why: 'Long runs',
    absent: 'No long runs',
    phrases: ['long run|runs|distance|distances', 'marathon*', 'ultra*', 'long slow'],
    weights: { 'stress-fracture': 1.5, 'it-band-syndrome': 1 },
  },
  {
    id: 'track-or-camber',
    why: 'Track running or cambered roads',
    absent: 'No track or cambered roads',
    phrases: [
      'track= ~3 run|running|workout|workouts|session|sessions|lap|laps|direction|turns|bends',
      'on [the|a] track',
      'laps',
      'same ~1 direction',
      'one direction',
      'counter* clockwise',
      'counterclockwise|anticlockwise|clockwise',
      'anti clockwise',
      'camber*',
      'banked',
      'slanted|sloped road',
      'side of the road',
    ],
    weights: { 'it-band-syndrome': 3 },
  },
  {
    id: 'old-or-tight-shoes',
    why: 'Old or tight shoes',
    absent: 'Shoes are fine',
    phrases: [
      'old|worn|tight|dead|flat|cheap|new|broken|wrong ~2 shoe|shoes|trainers|sneakers|runners',
      'shoe|shoes|trainers|sneakers ~3 worn|old|tight|dead|flat|broken|small',
      '# miles|km on ~2 shoe|shoes|trainers',
      'new pair',
      'change|changed|switched|switch ~2 shoes',
    ],
    weights: { 'it-band-syndrome': 2.5 },
  },
  {
    id: 'snapping',
    why: 'Snapping or popping',
    absent: 'No snapping or popping',
    phrases: ['snap', 'pop', 'flick', 'twang*'],
    weights: {
      'it-band-syndrome': 1.5,
      'hip-bursitis': 1.5,
      'hip-flexor-tendinitis': 1,
      'cartilage-tear': 1,
    },
  },
  {
    id: 'giving-way',
    why: 'The hip gives way',
    absent: 'Does not give way',
    phrases: [
      'give|gives|gave|giving way',
      'buckl*',
      'unstable',
      'instability',
      'wobbly',
      'unsteady',
    ],
    weights: { 'cartilage-tear': 3 },
  },
  {
    id: 'limp',
    why: 'A limp',
    absent: 'No limp',
    phrases: [
      'limp*',
      'hobbl*',
      'walk|walking ~2 funny|weird|strange|awkward*|differently|lopsided',
      'favour|favor ~2 leg|side',
    ],
    weights: { 'stress-fracture': 3 },
  },
  {
    id: 'low-energy',
    why: 'Low energy, missed periods or low bone density',
    absent: 'No low energy or missed periods',
    phrases: [
      'female= athlete',
      'missed|missing|lost|stopped|irregular|absent|skipped ~1 period|periods|cycle|cycles',
      'no period|periods',
      'not ~2 had ~1 period',
      'amenorrh*',
      'reds',
      'relative energy',
      'low energy',
      'not eating enough',
      'under eat*|fuel*',
      'undereat*|underfuel*',
      'eating disorder',
      'anorexi*|bulimi*',
      'osteopor*|osteopen*',
      'bone density',
      'vitamin d',
      'triad',
      'calorie deficit',
      'restrict* ~2 calories|food|eating',
    ],
    weights: { 'stress-fracture': 3.5 },
  },
  {
    id: 'female-runner',
    why: 'Female runner',
    absent: 'Not a female runner',
    phrases: [
      'i am [a] female|woman|girl',
      'female|woman|women ~1 runner|runners|athlete',
      'as a woman|female|girl',
      '/\\d\\d ?f',
    ],
    weights: { 'stress-fracture': 1 },
  },
  {
    id: 'previous-stress-fracture',
    why: 'A previous stress fracture',
    absent: 'No previous stress fracture',
    phrases: [
      'previous|past|prior|old|earlier|another|history ~3 stress fracture|reaction',
      'had ~3 stress fracture|reaction ~3 before|last_year|years_ago|past',
      'stress fracture|reaction ~3 before|last_year|years_ago|past',
    ],
    weights: { 'stress-fracture': 3.5 },
  },
  {
    id: 'earlier-each-run',
    why: 'Pain comes on earlier in each run',
    absent: 'Does not come on earlier each run',
    phrases: [
      'earlier|sooner|quicker ~4 each|every|than_before|than_last',
      'earlier and earlier',
      'sooner and sooner',
      'come|comes|start|starts|kick|kicks|begin|begins|appear|appears ~2 earlier|sooner|quicker',
      'fewer|less|shorter ~3 miles|km|minutes|distance ~3 before|each|every',
      'shorter and shorter',
      // "Kicks in after 2 km now, it used to be 8 km" ("10k" as one word too).
      // The two halves may sit in two clauses: "it used to start at 8 miles, now at 2".
      `/now(?:[ \\n]${ANY_WORD}){0,4}[ \\n]used to(?: ${ANY_WORD}){0,3} ${AMOUNT}(?! (?:a|per) week)`,
      `/used to(?: ${ANY_WORD}){0,4} ${AMOUNT}(?! (?:a|per) week)(?:[ \\n]${ANY_WORD}){0,4}[ \\n]now`,
    ],
    weights: { 'stress-fracture': 3 },
  },
  {
    id: 'cannot-bear-weight',
    why: 'Cannot put weight on the leg',
    absent: 'Can put weight on the leg',
    phrases: [
      '/cannot (?:even |really |properly |fully |actually |barely |hardly )?' +
        `(?:put|bear|take|place|carry|hold)(?: ${ANY_WORD}){0,3} weight`,
      '/cannot (?:even |really |actually |properly )?(?:walk|stand|step|weight bear)' +
        '(?! (?:without|properly|normally|far|fast|long|much|very|up|down|for|more|upstairs|' +
        'downstairs|straight|right|the|it|this|that|being|sitting|running|too|as|like|quickly|' +
        'briskly|uphill|downhill|well|comfortably|around))',
      'barely|hardly ~1 walk|stand|put_weight|bear_weight',
      'non|not weight ~1 bearing',
      'crutch*',
      'wheelchair',
      'leg|hip ~2 collaps*',
      'weight ~3 on it ~2 impossible|agony|unbearable|excruciating',
      'walk|walking|stand|standing ~2 impossible',
      'too painful|sore|much ~2 to walk|stand',
    ],
    weights: { 'stress-fracture': 2 },
  },
  {
    id: 'named-bursitis',
    why: 'You mentioned bursitis',
    absent: 'Bursitis ruled out',
    phrases: [
      'bursitis',
      'bursa|bursae',
      'trochanteric',
      'gtps',
      'glute|gluteal|gluteus ~1 tendinitis|medius|minimus',
    ],
    weights: { 'hip-bursitis': 6 },
  },
  {
    id: 'named-stress-fracture',
    why: 'You mentioned a stress fracture',
    absent: 'Stress fracture ruled out',
    phrases: [
      'fracture',
      'stress reaction|injury',
      'bone stress',
      'femoral neck',
      'bsi',
      'broken|broke ~2 hip|femur',
    ],
    weights: { 'stress-fracture': 6 },
    // "Had a stress fracture in my foot before" is history, counted as such, not a name for now.
    unlessClauseHas: ['previous-stress-fracture'],
  },
  {
    id: 'named-cartilage-tear',
    why: 'You mentioned a cartilage or labral tear',
    absent: 'Cartilage tear ruled out',
    phrases: [
      'cartilage',
      'labral|labrum',
      'fai',
      'impingement',
      'femoroacetabular',
      'acetabul*',
      'loose body|bodies',
      'torn|tore|tear ~2 hip',
    ],
    weights: { 'cartilage-tear': 6 },
  },
  {
    id: 'named-it-band',
    why: 'You mentioned the IT band',
    absent: 'IT band ruled out',
    phrases: ['itb', 'itbs', 'itband', 'it= band', 'iliotibial', 'ilio tibial'],
    weights: { 'it-band-syndrome': 6 },
  },
  {
    id: 'named-hip-flexor',
    why: 'You mentioned the hip flexor',
    absent: 'Hip flexor ruled out',
    phrases: [
      'hip flexor*',
      'flexor*',
      'psoas|iliopsoas|iliacus',
      '/(?<!(?:glute|gluteal|gluteus|medius|minimus|achilles|patellar|hamstring|knee) )tendinitis',
      'rectus femoris',
    ],
    weights: { 'hip-flexor-tendinitis': 5 },
  },
];

function contextSign(
  id: ContextId,
  phrases: readonly string[],
  unlessClauseHas?: readonly SignId[],
): Sign<ContextId> {
  return { id, why: '', absent: '', phrases, weights: {}, unlessClauseHas };
}

/** Signs that decide what the rest means: off-topic text, red flags, "fine at rest". */
const CONTEXT_SIGNS: readonly Sign<ContextId>[] = [
  contextSign('hip-mentioned', ['hip', 'pelvis', 'pelvic', 'femoral neck'], ['hip-is-fine']),
  contextSign('hip-is-fine', [
    '/hips? (?:is |are |feels? |seems? |has been |have been )(?:totally |completely |perfectly |' +
      'absolutely |actually |all )?(?:fine|ok|okay|good|great|perfect|normal|grand|alright)' +
      '(?! (?:when|while|during|until|at|if|unless|except))',
    'nothing wrong with [my|the] hip|hips',
    'not [my|the] hip|hips',
  ]),
  // The nerve red flag covers the leg and the foot ("back pain and a numb foot").
  contextSign('leg-mentioned', ['leg|legs|thigh|thighs|foot|feet']),
  contextSign(
    'other-body-part',
    [
      'calf|calves|shin|shins|achilles|ankle|heel|plantar|fasciitis|toe|toes|shoulder',
      '/(?<!(?:femoral|femur|hip) )neck',
      'metatarsal*|tibia|tibial|fibula|navicular',
      'finger|fingers',
      'elbow|wrist|chest|stomach|kneecap|patella*|patellofemoral|headache*|migraine*|backache',
      'my|sore|painful ~1 foot|feet|arm|arms|head|hand|hands',
      'foot|feet|head ~2 hurt|hurts|pain|sore|ache|aches',
      'knee|knees ~1 pain|hurt|hurts|ache|aches|sore|problem|injury',
      'runner= knee',
      'front of ~2 knee',
      'lower|upper back',
      'back= pain|ache|aches|hurts|spasm',
      'hamstring|hamstrings|quad|quads|quadriceps',
    ],
    // "A stress fracture in my shin before" is history, not where it hurts now.
    ['previous-stress-fracture', 'old-injury'],
  ),
  contextSign('relief', [
    'fine|ok|okay|alright|better|easier|painless',
    'ease|eases|eased|settle|settles|settled|subside|subsides|improve|improves|fades',
    'calm ~1 down',
    'go|goes|went away',
    'disappear*',
    'no pain',
    'pain free',
    'relief|relieve*',
  ]),
  contextSign('running-at-night', [
    `${RUN}|train|training ~2 at_night|evening`,
    `${RUN}|train|training ~2 every|most|each night|nights|evening|evenings`,
    'night= run|runs|running|shift|shifts',
    'evening run|runs',
  ]),
  contextSign('fever', [
    'fever*',
    'have|had|got|with|running|developed a ~2 temperature|temp',
    'temperature|temp of #',
    'my temperature|temp ~3 high|up|raised',
    'chills=',
    'the chills',
    'shiver*',
    'rigors',
    'sweats=',
    'hot and cold',
  ]),
  contextSign('feeling-unwell', [
    'feel|feeling|felt ~3 unwell|ill|sick|rough|poorly|awful|lousy|feverish',
    'run down',
    'unwell',
    'under the weather',
    'flu ~1 like|symptoms',
    'the flu',
    'malaise',
  ]),
  contextSign('hot-red-swollen', [
    // "Hot" only next to the body: "it was so hot on the run" is the weather.
    'hip|hips|joint|area|skin|spot|bursa|groin|thigh|leg|knee|side|lump|bump ~3 hot=',
    'hot= ~3 hip|hips|joint|skin|touch|area|spot|swollen|swelling|red=|redness',
    'warm ~3 touch',
    'warmth',
    'red=',
    'redness|reddish',
    'swollen',
    'swell',
    'puffy',
    'inflamed',
  ]),
  contextSign('severe-pain', [
    'severe*',
    'excruciating',
    'agony|agonising|agonizing',
    'unbearable',
    'intense pain',
    'worst pain',
    'screaming',
    '10 out of 10',
    'extreme ~2 pain',
    'extremely painful',
    'really bad',
    'terrible|horrendous|crippling|horrible pain',
  ]),
  contextSign('cannot-move-leg', [
    'cannot [even] move|lift ~3 leg|hip|it',
    'leg|hip ~2 will not move',
  ]),
  contextSign('deformity', [
    'shorter than ~2 other',
    'leg|legs ~3 shorter|short=|deform*|crooked',
    'deform*',
    'dislocat*',
    'leg|foot|feet|knee|toes ~3 turned|pointing|rotated|sticks|sticking|points|twisted ~1 out',
    'leg|foot|feet|knee|toes ~3 outward|outwards|sideways',
    'odd|weird|strange|funny|wrong|unnatural angle',
    'out of place|joint|socket',
    'bone ~2 sticking out',
    'misshapen',
  ]),
  contextSign('numbness-tingling', [
    'numb',
    'tingl*',
    'pins and needles',
    'lost|losing|no ~2 feeling|sensation',
    'loss of ~1 feeling|sensation',
    'cannot feel ~3 leg|foot|thigh|skin|toes',
    'saddle area|region',
    'bladder|bowel|incontinen*',
    'electric*',
    'foot drop',
    'drop foot',
  ]),
  contextSign('leg-weakness', [
    'leg|legs|thigh|knee ~3 weak|weakness',
    'weakness ~2 leg|legs|thigh|foot',
    'weak= leg|legs',
    'lost|losing ~1 strength|power',
    'loss of ~1 strength|power',
    'give|gives|gave|giving out',
  ]),

  // Words that say something hurts. Without one (or a place, a feeling or a named condition),
  // "a long run downhill on the track" or "stairs at work" is a training log, not a symptom.
  contextSign('pain-word', [
    'hurt',
    'pain',
    'painful',
    'sore',
    'injur*',
    'niggl*',
    'twinge*',
    'discomfort',
    'uncomfortable',
    'agony',
    'kill|killing|kills me',
    'bother',
    'flare',
    'aggravat*',
    'irritat*',
    'sting',
    'ouch',
    'acting|playing|acts|plays up',
  ]),
];

/** Every sign, checker options first. */
export const ALL_SIGNS: readonly Sign[] = [
  ...ZONES,
  ...FEELINGS,
  ...TRIGGERS,
  ...ONSETS,
  ...CLUES,
  ...CONTEXT_SIGNS,
];

/** Signs that show the text is about the hip (a zone, a named hip condition, the word "hip"). */
export const HIP_ANCHORS: readonly SignId[] = [
  ...ZONES.map((zone) => zone.id),
  'named-bursitis',
  'named-cartilage-tear',
  'named-it-band',
  'named-hip-flexor',
  'hip-mentioned',
];

/**
 * When and how it hurts, or how it started: in free text these describe pain only next to a
 * word that says something hurts, a place, a feeling or a named condition.
 */
export const CIRCUMSTANCE_SIGNS: readonly SignId[] = [
  ...TRIGGERS.map((trigger) => trigger.id),
  ...ONSETS.map((onset) => onset.id),
];

/**
 * Training and history signs: they change the odds but describe no pain, so on their own
 * ("training for a marathon on roads") they suggest nothing.
 */
export const BACKGROUND_SIGNS: readonly SignId[] = [
  'gradual',
  'mileage-jump',
  'old-injury',
  'hard-surfaces',
  'long-runs',
  'track-or-camber',
  'old-or-tight-shoes',
  'low-energy',
  'female-runner',
  'previous-stress-fracture',
];

/** A red flag is raised when, for one of its rules, every group has at least one sign present. */
export interface RedFlagRule {
  redFlag: RedFlagId;
  needsOneOfEach: readonly (readonly SignId[])[];
}

/**
 * When to raise each red flag (NHS "hip pain" urgent-care advice; AAOS on femoral neck stress
 * fractures: groin pain with a limp, or pain that comes on earlier in each run, needs a doctor).
 */
export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  { redFlag: 'cannot-bear-weight', needsOneOfEach: [['cannot-bear-weight']] },
  { redFlag: 'fall-injury', needsOneOfEach: [['deformity']] },
  {
    redFlag: 'fall-injury',
    needsOneOfEach: [['fall-or-twist'], ['severe-pain', 'cannot-bear-weight', 'cannot-move-leg']],
  },
  // A fever counts with the hip (or a hot, red or swollen joint), not on its own ("off sick
  // with a fever this week").
  { redFlag: 'infection-signs', needsOneOfEach: [['fever'], [...HIP_ANCHORS, 'hot-red-swollen']] },
  { redFlag: 'infection-signs', needsOneOfEach: [['hot-red-swollen'], ['feeling-unwell']] },
  { redFlag: 'nerve-symptoms', needsOneOfEach: [['numbness-tingling', 'leg-weakness']] },
  { redFlag: 'night-or-rest-pain', needsOneOfEach: [['rest-or-night']] },
  { redFlag: 'bone-stress', needsOneOfEach: [['earlier-each-run']] },
  { redFlag: 'bone-stress', needsOneOfEach: [['groin', 'named-stress-fracture'], ['limp']] },
];
