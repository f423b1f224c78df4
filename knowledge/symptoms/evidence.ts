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
import { readLongDateSpan } from './date-span';
import { readShrinkingRunPoints } from './run-points';
import { ANY_WORD, type ParsedText, type PhraseHit } from './text-reading';

/**
 * A foot that will not lift: "the foot won't lift properly", "dragging my left foot, it won't
 * lift" (the match ends on the foot, so the clause's "not" denies nothing). Foot drop, and
 * foot drop even late in a run (not tiredness).
 */
const FOOT_WILL_NOT_LIFT: readonly string[] = [
  'foot|toes ~2 will_not|cannot|does_not|not ~1 lift|come_up|pick_up',
  // "My left foot doesn't seem to lift properly".
  'foot|toes ~2 does_not|do_not|will_not ~1 seem|want ~1 to ~1 lift|come_up|pick_up',
  '/(?:foot|toes)(?=\\n(?:it|they) (?:will not|cannot|does not|do not) (?:lift|come up|pick up))',
];

/** The toes catching the ground: "catch my toes", "clip the toe", "trip over my toes". */
const TOES_CATCH =
  '(?:catch|catches|catching|caught|clip|clips|clipping|scuff|scuffs|scuffing|drag|drags|' +
  'dragging|trip|trips|tripping|tripped|stub|stubs|stubbing)(?: on| over)? (?:my |the )?(?:toes?|foot)';
/** "Back's been stiff", "back is really sore": a back said to be stiff (not "back of my hip"). */
const STIFF_BACK_AFTER =
  '/back(?: (?:is|was|been|has|have|gets|got|feels|felt|feeling|getting|so|really|very|a|bit|' +
  'always|quite|pretty|super|gone|went|all|too|being)){0,3} (?:stiff|stiffness|sore|tight|seized|locked)';
/**
 * "Back's been grumbling", "my back is playing up": a back said to be complaining in any of the
 * ways runners say it. The words between are only the small ones of a sentence about the back,
 * so "back to running and my hip hurts" stays out.
 */
const COMPLAINING_BACK =
  '/back(?: (?:is|was|been|has|have|gets|got|feels|felt|feeling|getting|so|really|very|a|bit|' +
  'always|quite|pretty|super|gone|went|all|too|still|also|now|properly|totally|absolutely|' +
  'constantly|started|starting|keeps|kept|goes|going)){1,3} (?:stiff\\w*|sore|tight|seized|locked|' +
  'grumbl\\w*|niggl\\w*|twing\\w*|playing up|acting up|flar\\w*|spasm\\w*|ach\\w*|hurt\\w*|' +
  'pain\\w*|killing|bothering|bad|dodgy|creaky|rough|wrecked|knackered|tweaked|twisted|' +
  'pulled|cranky|unhappy|angry|throb\\w*)';
/** The same, for keeping a stiff back's stiffness away from the hip joint. */
const STIFF_BACK_BEFORE =
  '/stiff(?:ness)?(?:,? (?:and )?(?:sore|achy|aching|painful|tight))?(?: (?:in|of))?(?: my| the)?(?: (?:low|lower))? back(?! of)';

/**
 * A story that has ended, in words both `resolved` and the stricter `story-ended` read: "fully
 * healed", "long healed", "back to normal", "the groin pain went after 4 days of rest".
 */
const ENDED = [
  // (…or "it fully cleared, not had a twinge since".)
  'fully|completely|totally healed|recovered|resolved|settled|cleared',
  // "Old hip flexor thing from 2022 didn't make a peep".
  'not make|made ~1 a ~1 peep|squeak',
  // "Running 35 miles a week injury-free since my hip flexor drama in 2021".
  '/(?:injury|pain|niggle) ?free (?:ever )?since(?![a-z])',
  'all|totally|completely|fully good|fine|ok|okay|sorted now',
  // "Hip flexors were sore after too but those are better now".
  // (Not "it's way better now, can lie on it most nights": the runner's own pain, improving.)
  '/(?:those|they) (?:are|were|have)(?: been)? (?:all |fully )?(?:better|fine|gone|ok|okay|settled|sorted) now(?![a-z])',
  // "Inner thigh cramped at mile 24, hobbled home, massaged it, gone next day".
  // (Not "gone by next morning", the pattern of every run.)
  '/(?<!(?:usually|always|normally|often|but|mostly) )gone (?:the )?next (?:day|morning)(?![a-z])',
  // "Limped the last mile with cramp in my calf, was fine by the next morning" (once, and
  // over; not "hurts from 8 miles, fine by the next morning", the pattern of every run).
  // ("Felt fine by the next morning, nothing now".)
  'was|were|felt fine|ok|okay|better by the next ~1 morning|day',
  'back to normal',
  // "Had a temperature on Friday with a cold, that's gone, just a sore throat": a clause that
  // is only the ending.
  '/(?<=^|\\n)(?:and |but )?(?:that is|thats|it is|its|which is|that has|it has|which has) (?:all |completely |totally |long )?gone(?=\\n|$)',
  // "The tingling down my leg stopped when the sciatica settled in June".
  '/(?:stopped|went|settled|cleared|disappeared|eased off|went away|calmed down) (?:when|once|after) (?:the |my |his |her )?[a-z]+ (?:settled|calmed down|eased|eased off|cleared|cleared up|healed|got better|went)(?![a-z])',
  // "Used to get tingling in my foot when I had sciatica in 2019, that all settled", "…but it
  // went away": a clause that is only the ending (not "it went", which may be the leg giving).
  '/(?<=^|\\n)(?:and |but |so |thankfully |luckily )?(?:that|it|which|they|all that)(?: has| had| have)? (?:all |completely |totally )?(?:went away|settled(?: down)?|cleared(?: up)?|disappeared|stopped|passed|calmed down)(?=\\n|$)',
  // "Stiff for a couple of days after but that's gone now".
  '/(?:that is|thats|it is|its|which is|that has|it has|which has) (?:all |completely |totally )?(?:gone|passed) now(?![a-z])',
  // "The hip flexor that was at me in March is gone, didn't feel a thing."
  'not ~1 feel|felt a_thing',
  'long|all|since healed',
  'long gone',
  // "A slipped growth plate in my late teens, pinned and fine", "not a current thing".
  'pinned|fixed|operated_on|repaired ~1 and ~1 fine|ok|okay|sorted|good',
  'not a current ~1 thing|issue|problem',
  'went|gone|cleared|disappeared|settled ~2 after ~3 days|day|week|weeks|rest|fortnight',
  // "Settled in a fortnight", "cleared within two weeks".
  'went|gone|cleared|disappeared|settled ~2 in|within ~2 days|week|weeks|fortnight',
  // "Settled completely with physio", "it went after a steroid jab".
  'went|gone|cleared|disappeared|settled|resolved ~2 with|after ~3 physio|physiotherapy|treatment|injection|jab|steroid',
  // "The bursitis from last spring sorted itself out", "went away on its own".
  'sorted|cleared|settled|fixed itself ~1 out|up',
  // "A bad week with my outer hip but it sorted itself in a few days".
  'sorted|cleared|settled|fixed itself in|within ~2 days|day|week|weeks|fortnight',
  // "Bursitis a few years back which I got over with strength work".
  'got over ~1 it|with|by|after',
  // ("Went down on its own weeks ago", of a swollen gland.)
  'went|gone away|down ~1 on_its_own|by_itself',
  'settled|cleared|resolved ~1 on_its_own|by_itself|of_its_own_accord',
  // "It settled within a week and the hospital discharged him".
  // ("Bruised, sorted within a week".)
  'settled|cleared|went|gone|sorted|healed within ~2 a|one|two|three ~1 week|weeks|days',
  // "It settled in a couple of weeks", "cleared up in a few days".
  'settled|cleared|went|gone|eased [up|off|away] in|inside|within a|couple|few|two|three ~2 week|weeks|days|fortnight',
  // "Took about 3 months to settle with physio, been fine since".
  'been [completely|totally|absolutely|perfectly] fine|good|ok|okay|great|grand|perfect ~1 since|ever_since',
  // "Old hip flexor strain from years ago, fine since".
  'fine since|ever_since',
  // "Had an injection, gone ever since", "it's settled since".
  'gone|settled|eased|sorted ~1 ever_since|since_then',
  '/(?:gone|settled|eased|sorted) since(?![^ \\n])',
  // "Physio sorted it and not a twinge since".
  'not a twinge|niggle|peep|problem|flicker ~1 since|ever_since',
  'physio|physiotherapy|rest|injection|surgery|op sorted|fixed ~1 it',
  // "The op sorted it and no issues since", "bit of a bruise, no pain since".
  'no issues|problems|trouble|bother|pain ~1 since|ever_since',
  // "Got checked, and he's been fine for months".
  'been fine|good|ok|okay|great|grand|perfect ~1 for ~1 months|years|ages|a_while',
];

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
  'travels-down-leg',
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
  'morning-stiffness',
  'socks-and-shoes',
  'squeezing-legs',
  'bending-forward',
] as const;
export type TriggerId = (typeof TRIGGER_IDS)[number];

/** How it started, as the checker offers it (one choice). */
export const ONSET_IDS = ['gradual', 'mileage-jump', 'fall-or-twist', 'old-injury'] as const;
export type OnsetId = (typeof ONSET_IDS)[number];

/** Telling details only free text carries: surfaces, shoes, named conditions, risk factors. */
const CLUE_IDS = [
  'tender-to-touch',
  'fall-on-outer-hip',
  'hop-pain',
  'back-spreads',
  'hamstring-stretch',
  'changing-direction',
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
  'older-age',
  'sudden-pull',
  'pinching',
  'deep-hip',
  'deep-buttock',
  'single-leg-stance',
  'lost-rotation',
  'c-sign',
  'blocked-deep-bend',
  'grinding',
  'getting-in-car',
  'crossing-legs',
  'named-bursitis',
  'named-stress-fracture',
  'named-cartilage-tear',
  'named-it-band',
  'named-hip-flexor',
  'named-hip-joint',
  'named-adductor',
  'named-hamstring',
  'named-back',
] as const;
type ClueId = (typeof CLUE_IDS)[number];

/** Signs that score nothing themselves but raise red flags or decide what a mention means. */
const CONTEXT_IDS = [
  'hip-mentioned',
  'temperature-normal',
  'hip-is-fine',
  'back-is-fine',
  'fever-back',
  'a-guess',
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
  'foot-drop',
  'foot-drop-clear',
  'pubic-bone',
  'stiff-back',
  'pain-word',
  'in-the-past',
  'long-ago',
  'prevention',
  'tight-shoes',
  'loosening-helps',
  'numb-above-foot',
  'forefoot',
  'performance-stall',
  'still-can',
  'skin-complaint',
  'weather',
  'fatigue',
  'general-soreness',
  'groin-kick',
  'under-18',
  'works-with-children',
  'writer-past-age',
  'knee-or-thigh',
  'hot-skin',
  'swelling',
  'leg-shortened-or-turned',
  'saddle-numbness',
  'bladder-bowel-change',
  'leaked-on-run',
  'old-leak',
  'groin-lump',
  'lump-stuck',
  'vomiting',
  'calf-or-leg-swelling',
  'one-calf-swollen',
  'ankle-swelling',
  'travel-or-surgery',
  'breathless',
  'unexplained-weight-loss',
  'past-cancer',
  'relative-had-cancer',
  'relatives-relative',
  'writers-hip',
  'asks-if-linked',
  'companion-diagnosed',
  'hop-advice',
  'hop-fine',
  'hip-pain-denied',
  'old-guess',
  'checking-for',
  'improving',
  'no-longer',
  'not-a-hernia',
  'no-harm',
  'aged-65-plus',
  'worse-each-run',
  'own-cancer',
  'knows-the-feeling',
  'calf-pain',
  'calf-on-walking',
  'ran-through-it',
  'now-and-then',
  'waiting-to-start',
  'cold-at-finish',
  'loosens-up',
  'cancer-fear',
  'charity',
  'screening-question',
  'someone-else',
  'someone-else-unwell',
  'woken-by-other',
  'sprain',
  'both-sides',
  'menopause',
  'hot-bedroom',
  'night-sweats',
  'not-new',
  'skin-infection',
  'weight-of-a-thing',
  'insect-sting',
  'emotional-idiom',
  'cycling',
  'generally-unwell',
  'long-duration',
  'no-better',
  'joint-injection',
  'hip-will-not-move',
  'any-position',
  'losing-weight',
  'weight-on-purpose',
  'weight-explained',
  'back-said',
  'nothing-else-hurts',
  'heavy-or-growing',
  'eating-normally',
  'thrill-idiom',
  'unlike-before',
  'fever-over',
  'hands-or-face',
  'self-treatment',
  'money-idiom',
  'thigh-knock',
  'saddle-feeling',
  'carpal-tunnel',
  'race-nerves',
  'numb-for-years',
  'bladder-leak',
  'months-ago',
  'ongoing',
  'happening-now',
  'spell-ended',
  'no-side',
  'illness-over',
  'limb-asleep',
  'numbness-passed',
  'asleep-for-days',
  'cause-tried-still-there',
  'toenail-trouble',
  'back-laid-up',
  'came-back',
  'something-left',
  'mid-thigh',
  'not-only-lying',
  'if-not-better',
  'buttock-fold',
  'friend-in-hospital',
  'story-ended',
  'all-muscles-sore',
  'both-legs-sciatica',
  'pain-free',
  'no-pain-said',
  'resolved',
  'bone-drug',
  'hip-replaced',
  'hip-operated',
  'injection-not-yet',
  'both-thighs',
  'thigh-said',
  'clot-ruled-out',
  'toilet-stop',
  'only-other-part-left',
  'both-swollen',
  'sweats-explained',
  'told-as-past',
  'writers-hip-hurts',
  'device-temperature',
  'other-has-condition',
  'partial-weight',
  'in-a-boot',
  'foot-or-shin-fracture',
  'tired-explained',
  'walking-fine',
  'landed-on',
  'cannot-get-up',
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
  /** Where a phrase cannot say it (numbers to compare), code that finds the sign too. */
  alsoRead?: (text: ParsedText) => PhraseHit[];
  weights: EvidenceWeights;
  /** A mention does not count in a clause that also has one of these ("fine at rest"). */
  unlessClauseHas?: readonly SignId[];
  /** …or in a sentence that has one of these ("at night, lying on that side"). */
  unlessSentenceHas?: readonly SignId[];
  /**
   * …or by one of these later in the same sentence: "couldn't put weight on it for a day, all
   * sorted now" is over, but "the cramp got better, but I can't take weight on the leg" is not.
   */
  unlessLaterInSentence?: readonly SignId[];
  /**
   * …or by one of these earlier in the same sentence: "a stress fracture in 2018 - couldn't walk
   * without crutches for 6 weeks" is the old story, but "I can't put weight on it, hopping on my
   * old crutches from 2019" is today.
   */
  unlessEarlierInSentence?: readonly SignId[];
  /** …but the sentence block is lifted where the sentence also has one of these. */
  exceptSentenceHas?: readonly SignId[];
  /** Where the weights come from, for signs that point to the newer conditions. */
  sources?: readonly string[];
}

/** A sign the sidebar checker offers as a choice. */
export interface CheckerOption<Id extends SignId> extends Sign<Id> {
  /** The short choice label: "Outer hip". */
  label: string;
}

// Sources for the newer conditions' evidence (each sign below lists the ones it relies on).
/** NICE NG226: osteoarthritis is diagnosed clinically at 45+ with activity-related joint pain and
 * morning stiffness of 30 minutes or less. */
const NICE_OA = 'https://www.nice.org.uk/guidance/ng226';
/** NHS Osteoarthritis: stiff, painful joints, worse after rest; hip OA makes socks and shoes hard. */
const NHS_OA = 'https://www.nhs.uk/conditions/osteoarthritis/';
/** AAOS FAI: groin pain, worse sitting long, getting in and out of cars, twisting and squatting. */
const AAOS_FAI = 'https://orthoinfo.aaos.org/en/diseases--conditions/femoroacetabular-impingement/';
/** Doha agreement (BJSM 2015): adductor-, iliopsoas-, inguinal-, pubic- and hip-related groin
 * pain; adductor-related = adductor tenderness and pain on resisted adduction (the squeeze). */
const DOHA = 'https://bjsm.bmj.com/content/49/12/768.full';
/** High hamstring tendinopathy: deep buttock pain at the sit bone, worse sitting, uphill, speed. */
const HIGH_HAMSTRING =
  'https://www.sports-health.com/sports-injuries/leg-injuries/symptoms-chronic-high-proximal-hamstring-tendinopathy';
/** NHS Sciatica: pain, tingling or numbness from the lower back and buttock down the leg. */
const NHS_SCIATICA = 'https://www.nhs.uk/conditions/sciatica/';
/** NHS Spinal stenosis: narrowing in the lower back gives buttock and leg pain on walking that
 * eases on sitting or bending forward. */
const NHS_STENOSIS = 'https://www.nhs.uk/conditions/spinal-stenosis/';
/** NHS Back pain: lower back pain, often worse bending, sometimes with buttock or leg pain. */
const NHS_CAUDA_EQUINA = 'https://www.nhs.uk/conditions/cauda-equina-syndrome/';
/**
 * Numbness between the legs or a bladder or bowel change: the emergency flag first, and for the
 * ranking, a squeezed nerve root at the base of the spine.
 */
const CAUDA_EQUINA_EVIDENCE = {
  why: 'Numbness between the legs, or a bladder or bowel change',
  absent: 'No numbness between the legs or bladder change',
  weights: { 'back-referred-pain': 3 },
  sources: [NHS_CAUDA_EQUINA],
};
const NHS_BACK_PAIN = 'https://www.nhs.uk/conditions/back-pain/';
/** GP Reasoning hip pain: the lumbar spine and SI joint refer pain to the buttock and hip. */
const GP_REASONING_HIP = 'https://gpreasoning.uk/tools/algorithms/hip-pain.html';
/** NHS Bursitis and the GTPS leaflets: outer-hip pain, tender over the bone, worse lying on it. */
const GTPS =
  'https://www.dynamichealth.nhs.uk/help-and-advice/hip-pain/greater-trochanteric-pain-syndrome';

/** Where a numb seat comes from sitting: a hard chair, a long drive, a saddle. */
const SEAT_PRESSURE =
  'sitting|sat|sit|driving|drive|drives|chair|chairs|car|bike|saddle|toilet|loo|seat|bench|' +
  'flight|train|bus|cycling|ride|spin';

/** "From sitting on a hard chair", "after the long drive" (not "not from sitting"). */
const SEAT_CAUSE = `(?<!not )(?:from|after|on|in|during) (?:[^ \\n]+ ){0,3}(?:${SEAT_PRESSURE})(?![a-z])`;

/** What explains a leak as the pelvic floor's or an operation's, not the nerves'. */
const LEAK_EXPLAINED =
  'jump|jumps|jumping|sneeze|sneezes|sneezing|cough|coughs|coughing|laugh|laughing|kids|' +
  'children|baby|babies|birth|pregnancy|pregnant|pelvic|prostate|surgery|op|operation|menopause';

// ("The outside of the same knee", "the other hip": which one, as left or right says.)
const SIDE = '[left|right|l|r|same|other]';
/** Grown-ups a runner mentions: "my dad", "my wife". */
/** Older relations, named with an age without "is": "Mum's 79", "grandad 84". */
const OLDER_RELATION =
  'mum|mom|mam|mammy|mama|mamma|mother|dad|father|gran|grandma|granny|grannie|nan|nana|nanna|' +
  'nanny|grandad|grandpa|gramps|grandfather|grandmother|aunt|aunty|auntie|uncle';
/** After an age: not a count of minutes, miles, weeks or times ("she is 70 minutes away"). */
const NOT_A_COUNT =
  '(?! (?:min|mins|minutes|miles|mile|km|k|weeks|days|hours|kg|kgs|lbs|percent|of|out|x|times|runs|marathons)(?![a-z]))';
const ADULT_RELATION =
  'mum|mom|mother|dad|father|sister|brother|aunt|uncle|gran|grandma|grandmother|grandad|' +
  // "Me mam", "my mammy", "mummy" (British and Irish), "mama", "daddy".
  'mam|mammy|mummy|mommy|mama|daddy|' +
  'grandfather|friend|wife|husband|partner|family|colleague|coach|boss|flatmate|housemate|' +
  'auntie|aunty|granny|nan|nana|nanna|grandpa|granddad|grandparent|cousin|' +
  // Grandparents, aunts and uncles in the words of second-language writers: "my abuela".
  'abuela|abuelo|abuelita|tia|tio|nonna|nonno|oma|opa|babcia|dadi|nani|lola|lolo|tita|tito';
/** Adults a runner trains with or lives with, whose injuries are told in passing. */
const ADULT_COMPANIONS =
  'teammate|teammates|friend|mate|partner|wife|husband|clubmate|colleague|buddy|pal|coach|' +
  'neighbour|neighbor';
/** "My running buddy just got diagnosed with…": someone else's diagnosis. */
const COMPANION_DIAGNOSED = `${ADULT_COMPANIONS}|friends|mates ~8 diagnosed`;
/** Swelling words after a limb: "calf is swollen", "leg puffed up". */
const SWOLLEN = '(?:swollen|swelling|swell|swells|swelled|puffy|puffed up|blown up|ballooned)';
/** What else wakes a runner at night. */
const WAKERS =
  'newborn|alarm|alarms|dog|dogs|cat|cats|phone|noise|neighbours|neighbors|snoring|bladder|' +
  'flushes|flashes|sweats|menopause|insomnia|puppy|puppies|kitten|feed|feeds|feeding|feedings|teething';
/** Someone other than the runner, for "my wife has a fever": relations and children. */
const OTHER_PERSON =
  `${ADULT_RELATION}|son|sons|daughter|daughters|kid|kids|child|children|toddler|toddlers|` +
  'baby|babies|boy|boys|girl|girls';
/**
 * "Pain free", but not as a wish: "I'd kill for a pain free run", "hoping for a pain-free race"
 * says it hurts now.
 */
const PAIN_FREE =
  '/(?<!(?:for|want|wanted|wish|dream of|dreaming of|need|needed)(?: a| one| just one| just a)? )pain ?free';
/** "Even when I'm not lying on it", "not just when I lie on it". */
const NOT_ONLY_LYING = [
  'not just|only ~3 lie|lying|lay|sleep|sleeping|roll|rolling|on_it|onto_it|that_side',
  'even ~4 not lying|lie|laying on it',
];
/**
 * After "fine" or "ok", nothing that makes it only sometimes so: "fine when I walk", "ok apart
 * from stairs" ("fine at least", said in passing, still is; "fine at least until mile 6" is not).
 */
const FINE_WITHOUT_A_BUT =
  '(?! (?:when|while|during|until|till|til|at(?! least(?! (?:until|till|til|when|while|for|in the|on)(?![a-z])))|if|unless|except|now and|again|most|apart from|other than|bar|besides|aside from|walking|running|jogging|sitting|standing|on the|on my|on runs|in the|after|for the))';
/** After a pain score, not a distance or a time ("pain is a 10 k thing", "pain level 8 am"). */
const NOT_A_DISTANCE_OR_TIME =
  '(?!(?: [^ \\n]+)? (?:min|mins|minutes|hours|hrs|days|weeks|k|km|kms|mile|miles|am|pm)(?![a-z]))';
/** Words that say something hurts, for phrases that mean pain only next to one. */
const HURTS =
  'hurt|hurts|hurting|pain|painful|paining|ache|aches|aching|throb|throbs|throbbing|sore';
const THIGH = 'thigh|thighs|leg|legs|quad';
const MY = '[my|the|your|both|his|her|a]';
/** A numbness word, as the passing-numbness phrases start (regular expression source). */
/**
 * A calf raise that cannot be done, and what makes it a nerve's weakness: the back or a nerve's
 * signs within the sentence around it, and no local reason just before or after (a sprain, a
 * shin, an Achilles healing, the physio's say-so).
 */
const CALF_RAISE_FAILED =
  'cannot do (?:a |any |one |even one )?(?:[^ \\n]+ ){0,2}(?:calf|heel) (?:raise|raises|rise|rises)(?![a-z])';
const CALF_RAISE_NERVE = '(?:back|sciatica|disc|lumbar|buttock|numb|numbness|weak|weakness|nerve)';
const NOT_LOCAL_CALF_BEFORE =
  '(?<!(?:achilles|calf|tendon|rupture|ruptured|torn|tear|surgery|op|operation|cast|boot|sprain|sprained|ankle|plantar|shin|shins|heel|knee|physio|sore|shoes|partum|birth)(?:[ \\n][^ \\n]+){0,8}[ \\n])';
const NOT_LOCAL_CALF_AFTER =
  '(?!(?:[ \\n][^ \\n]+){0,8}[ \\n](?:achilles|rupture|ruptured|tear|torn|strain|strained|surgery|op|operation|cast|boot|yet|sprain|sprained|ankle|plantar|shin|shins|heel|knee|physio|sore|shoes)(?![a-z]))';
/** What a sore sit bone feels like to sit on: "like sitting on a golf ball", "a marble". */
const SAT_ON_A_LUMP = 'golf_ball|marble|stone|pebble|rock|tennis_ball|lacrosse_ball|knot';
const PASSING_NUMBNESS = '(?:pins and needles|numb|numbness|tingling|tingly|tingles|dead)';
/** Numbness that comes back has not passed: "…then went numb again", "every run". */
const NUMBNESS_RECURS =
  '(?!(?:[ \\n][^ \\n]+){0,14}[ \\n](?:again|every time|each time|every run|each run|comes back|keeps coming back|keeps happening|happening every)(?![a-z]))';
/**
 * A limb asleep that never wakes, across a "but": "gone to sleep but it never wakes up". The
 * waking is only looked ahead to: a match that ended on "never wakes" would read as denied.
 */
const ASLEEP_NOT_WAKING =
  '/(?:asleep|(?:gone|went|goes|going|fallen|fell|falls) to sleep)(?=(?:[ \\n][^ \\n]+){0,7}[ \\n](?:never|not)(?: [^ \\n]+){0,2} (?:wake|wakes|waking|woke|woken|go away|goes away|wear off|wears off)(?![a-z])(?! (?:until|till|til|unless|once)(?![a-z])))';

/** Pets a runner writes about, for ages that are theirs ("our 11 yr old springer spaniel"). */
const ANIMAL_WORDS =
  '(?:dog|dogs|puppy|pup|cat|spaniel|springer|labrador|lab|collie|terrier|retriever|whippet|greyhound|lurcher|poodle|beagle|husky|cockapoo|horse|pony|mare|gelding)';
/** Not a child who is company: "ran with my 10 year old", "carrying my toddler". */
const NOT_DONE_WITH =
  // ("Writing for my 14yo gymnast" is about the gymnast: "for" after asking or writing.)
  '(?<!(?:with|and|(?<!(?:writing|asking|posting|typing|enquiring|inquiring) )for|carry|carrying|carried|push|pushing|pushed|chase|chasing|chased|behind|' +
  'after|watch|watching|take|taking|took|drive|driving|drove|lift|lifting|have|' +
  // ("Hips as bendy as my 10 year old's": a likeness, not the one in pain.)
  'has|had|got|to|showing|teaching|demonstrating|training|as|coach) ' +
  '(?:my |our |the |a |his |her |their )?)';
/**
 * After a school year, an adult's age said within a few words: "Year 13 but I'm 18 already", "in
 * Year 13 but turned 18 in September" (not "his 5k time is 19 minutes now", a time).
 */
const NO_ADULT_AGE_AFTER =
  '(?!(?:[ \\n][^ \\n]+){0,8}[ \\n](?:turned|i am|she is|he is|they are) (?:1[89]|2[0-9])(?![0-9])(?! (?:min|mins|minutes|miles?|km|k|kg|secs?|seconds|weeks?|days?|percent)(?![a-z])))';
/** Nowhere in the text an adult's age: "I'm 48", "age 38", "52M" (for a number opening a post). */
const NO_ADULT_AGE_IN_TEXT =
  '(?![\\s\\S]*(?:(?:i am|im|age|aged|turned|now) (?:1[89]|[2-9][0-9])(?![0-9])(?! ?(?:min|mins|minutes|miles?|km|k|days?|weeks?|kg|kgs|kilos?|lbs?|pounds|stone|percent|m|cm|x)(?![a-z]))|(?<![0-9])(?:1[89]|[2-9][0-9]) ?(?:m|f)(?=\\n|$)|(?<![0-9])(?:1[89]|[2-9][0-9]) ?yo(?![a-z])))';
/** Words that put a freshman or sophomore at college (18 to 20), not high school. */
const COLLEGE_WORDS =
  'college|uni|university|d1|d2|d3|ncaa|state|campus|dorm|lectures?|' +
  '(?:is|son|daughter|aged|age|am|turned) (?:1[89]|2[0-2])(?![0-9])';

/** Perth Children's Hospital's referral guideline for a slipped growth plate (SUFE). */
const PCH_SUFE =
  'https://pch.health.wa.gov.au/For-health-professionals/Referrals-to-PCH/Prereferral-guidelines/Slipped-Upper-Femoral-Epiphysis';

/**
 * The start of a clause that puts right the place the clause before denied, hip or no place
 * named: "not the outside of the hip\nthe front", "not the outside\nit's the front" (the clause
 * break is a line break in the parsed text).
 */
const CORRECTED_FROM = (places: string) =>
  `(?<=(?:^|\\n)(?:(?:hip|its|it is|the pain is|pain is|hip pain|hip pain is) )?(?:not|is not) (?:the |on the |at the )?(?:${places})(?: of (?:my |the )?(?:hip|hips))?\\n)(?:(?:its|it is|more|more like|rather|but|its more|just) )?`;

/** The start of a clause just after one that names the hip: "his hip hurts, on the outside". */
const AFTER_THE_HIP = '(?<=hips?(?:[ \\n][^ \\n]+){0,8}\\n)';

/**
 * "Can't put her full weight on it": some weight, not none (the limp, and the block on "cannot
 * bear weight"). The denial is part of the match, so it is not read as denying the phrase.
 */
const FULL_WEIGHT_DENIED = '/(?:not|never|cannot)(?: [^ \\n]+){0,5} (?:full|whole) weight(?![a-z])';

/** …unless the next clause names another part: "not the outside, the front, around the kneecap". */
const NOT_THEN_ANOTHER_PART =
  '(?!\\n(?:[^\\n]* )?(?:knee|knees|kneecap|kneecaps|shin|shins|ankle|ankles|calf|calves|heel|foot)(?![a-z]))';

const NOT_COMPANY =
  NOT_DONE_WITH +
  // "Coach of the 15 year olds" is company; "one of our 17yo girls" and "parent of a 9yo" (who
  // is limping) name the patient.
  '(?<!(?<!(?:one|parent|mum|mom|mam|dad|mother|father|guardian) )of (?:my |our |the |his |her |their )?)' +
  // "Coach of a 17yo hurdler": one athlete, the patient.
  '(?<!(?<!(?:one|parent|mum|mom|mam|dad|mother|father|guardian|coach|trainer|physio) )of an? )';

/**
 * Parts other than the hip a runner names with a pain or with arthritis: "elbow pain on the
 * inside when I do pull ups", "arthritis in my lower spine".
 */
const OTHER_PARTS =
  'elbow|elbows|knee|knees|ankle|ankles|wrist|wrists|hand|hands|finger|fingers|thumb|thumbs|' +
  'foot|feet|arm|arms|shin|shins|calf|calves|heel|heels|achilles|shoulder|shoulders|toe|toes|' +
  'spine|spinal|back|neck|lumbar';

/**
 * "My 16yo's old shoes" (read as "16yo whose old shoes") is the child's things, not the child in
 * pain; "my 14 year old's hip" still is.
 */
const NOT_THEIR_THINGS =
  '(?! whose (?!(?:left |right |sore |bad |poor |old |dodgy )?(?:hip|hips|knee|knees|leg|legs|thigh|thighs|groin|limp|pain|foot|back|bum|ankle)(?![a-z])))';

/** Where it hurts. The checker's hip map uses the same ids. */
/**
 * Groin pain is the hip joint's own place (Doha: hip-related groin pain; NICE NG226, AAOS FAI)
 * and a femoral neck stress fracture's; adductor strains sit lower, in the inner thigh. A deep
 * ache in the hip is ranked the same way.
 */
const GROIN_WEIGHTS: EvidenceWeights = {
  'stress-fracture': 3,
  'cartilage-tear': 3,
  'hip-joint': 2.5,
  'hip-flexor-tendinitis': 2,
  'adductor-strain': 1,
};

export const ZONES: readonly CheckerOption<ZoneId>[] = [
  {
    id: 'outer-hip',
    label: 'Outer hip',
    why: 'Pain on the outside of the hip',
    absent: 'Not on the outside of the hip',
    phrases: [
      `outer|outside|lateral|side [side|part|edge|bit|aspect] [of] ${MY} ${SIDE} hip|hips`,
      // "Outer thigh near the hip", "the outside of my thigh just below the hip bone".
      'outer|outside [of] [my|her|his|the] thigh near|by|below|just_below|under|just_under [the|my|her|his] hip',
      // "…it throbs all night. Outer side mostly.": the side named in a clause of its own, in a
      // post about the hip.
      '/(?<![^\\n])(?:the |on the )?(?:outer|outside) (?:side|bit|part)(?: mostly| mainly| only| of it)?(?=\\n|$)',
      // "The hip outside bone place pain" (a second language's word order).
      'hip outside bone|side|part|place',
      // Not "one side of my bum" (which side, not the outside). Nor "the side of my bum" at
      // all: people who write it mean the buttock, and with a sore back or a tingling leg the
      // back (docs/clinical-decisions.md, twenty-fifth pass).
      `/(?<!(?:one|either|each|other|same|opposite|both) )side of(?: (?:my|the|your|both|his|her|a))?(?: (?:left|right|l|r))? (?:hips?|glutes?|pelvis)`,
      'hip|hips ~3 on|at|along|down the outside|outer|side=',
      // "Mera hip outside pain since 2 month" (second-language word order).
      // ("I have hip outer side pain".)
      '/(?:my|the|left|right|have|has|a) hips? (?:outside|outer side|outer part|external side)(?= (?:pain|paining|ache|aching|sore|hurts?|hurting)(?![a-z]))',
      // "Hip side pain for 1 month".
      'hip|hips side= pain|ache|aching|sore|soreness|hurts|hurting',
      'outer|outside ~2 hip|hips',
      // "Pain on the outside of my thigh near the hip".
      'outside|outer|side of ~2 thigh ~1 near|by|next_to|close_to|just_below|below ~1 the|my hip',
      // "Mal on the exterior of the hip" (French extérieur).
      'exterior of ~2 hip|hips',
      // "My own hip: outer pain standing on one leg".
      '/(?:outer|lateral) (?:pain|ache|aching|soreness)',
      'hip bone ~3 side|outside',
      'bony bit|point|part|bump|knob|lump ~4 side|outside|hip',
      // "Killing me after parkrun, the outside bony bit"; "hip's a bit grumpy. Outside of it,
      // right on the bony point".
      '/(?:outside|outer) bony (?:bit|point|part|bump|knob)(?! (?:of|on|at|in) (?:my |the |his |her |your )?(?:left |right )?(?:ankle|ankles|wrist|wrists|knee|knees|elbow|elbows|foot|feet|shin|shins|heel|heels|shoulder|shoulders|hand|hands)(?![a-z]))',
      '/(?<=hip(?:[ \\n][^ \\n]+){0,8}[ \\n])outside of it(?:[ \\n][^ \\n]+){0,3}[ \\n]bony (?:point|bit)(?![a-z])',
      `point of ${MY} hip`,
      // "This hip! The outer bit hurts": the hip named just before (not "the outer bit of my knee").
      '/the (?:outer|outside) (?:bit|part|edge)(?! of)',
      // "Hip fine on the run. Pain only creeps in on the outside": not "the outside of my knee".
      `/(?<!(?:${OTHER_PARTS}) )(?:pain|ache|aches|aching|sore|soreness|hurts) (?:[^ \\n]+ ){0,4}on the outside(?! (?:of|edge|track|lane|bend|line|world))`,
      'trochanter*',
      'hip= bone|bones',
      'side= hip',
      // "His hip hurts after junior parkrun, on the outside": the place as a clause of its own
      // just after the hip.
      `/${AFTER_THE_HIP}(?:on |at |round |around )?the outside(?: of it| bit| part)?(?=\\n|$)`,
      // "Hip pain wakes me most nights, even when I'm not lying on it, outer side": the side
      // said on its own, later, with the hip named before and no other part between.
      // (The look back comes last, so it runs only where "outer side" has matched.)
      '/(?<![^\\n])(?:the |on the |its the |it is the |mostly the |more the )?(?:outer|outside) side(?=\\n|$)(?<=(?<![a-z])hips?(?![a-z])(?:(?!knee|ankle|foot|shin|calf|thigh)[^.])*)',
      // "Not the front, the side": the place put right, as a clause of its own after the one it
      // denies (contrast, issue #12).
      `/${CORRECTED_FROM('front|groin|inside|inner side|back')}(?:the )?(?:outside|outer side|side|outer bit)(?: of it| bit| part)?(?=\\n|$)${NOT_THEN_ANOTHER_PART}`,
    ],
    // Outer-hip pain is greater trochanteric pain syndrome (bursitis, gluteal tendinopathy).
    weights: { 'hip-bursitis': 4, 'it-band-syndrome': 1.5 },
    sources: [GTPS],
  },
  {
    id: 'groin',
    label: 'Groin / inner hip',
    why: 'Pain in the groin or inner hip',
    absent: 'Not in the groin or inner hip',
    phrases: [
      // Not "more in the side of the bum than the groin".
      '/(?<!than (?:the |my |in the |in my )?)groin',
      `inner|inside [part|side|bit] [of] ${MY} ${SIDE} hip|hips`,
      'hip|hips ~3 on|at the inside|inner_side',
      'hip= joint|socket',
      'ball ~2 socket',
      // "The top bit near his pants line", "where my knicker line is": the groin in lay words.
      'pants|knicker|knickers|underwear|undies|bikini|nappy|boxers line',
    ],
    weights: GROIN_WEIGHTS,
    sources: [DOHA, NICE_OA, AAOS_FAI],
  },
  {
    id: 'front-hip',
    label: 'Front of hip',
    why: 'Pain at the front of the hip',
    absent: 'Not at the front of the hip',
    phrases: [
      `front [part|side|bit] [of] ${MY} ${SIDE} hip|hips|pelvis`,
      'hip|hips ~3 at|in|on|to the front',
      // "My hip front side have pain" (second-language word order).
      'hip|hips front ~1 side|part',
      // "Pain of hip, front side": the side named after a comma, as the outer side is.
      '/(?:hip|hips)\\n(?:the |at the |on the |in the )?front (?:side|part)(?=\\n|$)',
      // "Hip front deep pain".
      'hip front ~1 deep|side ~1 pain|ache|hurt|hurts',
      // "Hip's sore walking round the shops, front of it".
      `/hips?(?:[ \\n]${ANY_WORD}){0,8}[ \\n]front of it`,
      // ("Pain in the place of the leg crease, front".)
      'hip|groin|leg crease',
      // "Deep ache where my pocket sits": the front of the hip, in everyday words.
      'where ~1 my|the|your|his|her ~1 front_pocket|pocket|pockets ~1 sits|sit|is|are|goes',
      'front crease',
      // "My thigh front near hip is paining".
      'thigh ~1 front ~3 near|by|below|under|beside ~2 hip|groin',
      // Not "the crease where the leg meets the bum", the buttock's crease.
      '/crease(?: [^ \\n]+){0,3} (?:hip|groin|leg|thigh)(?! (?:meets?|joins?) (?:the |my )?(?:buttock|cheek|glute))',
      'where ~2 leg|thigh|legs|thighs ~1 meet|join|attach|connect ~3 body|pelvis|torso|hip|trunk',
      'anterior hip',
      'hip flexor*',
      'psoas|iliopsoas|iliacus',
      // ("The top of my right thigh at the front".)
      `top|front [part] [of] ${MY} ${SIDE} [upper] thigh|thighs`,
      // Not "the inside of the top of my leg" (the inner thigh).
      `/(?<!(?:inside|inner|back|outside|outer)(?: part| side| bit)?(?: of)? (?:the )?)top of(?: (?:my|the|your|both|his|her|a))? legs?(?![a-z])`,
      // "Moaning about his hip, the front bit": the place as a clause of its own after the hip.
      `/${AFTER_THE_HIP}(?:the |at the |right at the )?front(?: bit| part| of it)?(?=\\n|$)`,
      // "Not the outside of the hip, the front", "hip pain, not the outside, the front".
      `/${CORRECTED_FROM('outside|outer side|side|outer bit|back')}(?:the |right at the )?front(?: of it| bit| part)?(?=\\n|$)${NOT_THEN_ANOTHER_PART}`,
    ],
    // FAI pain is often at the front of the hip, in the crease (AAOS FAI).
    weights: {
      'hip-flexor-tendinitis': 4,
      'cartilage-tear': 1.5,
      'stress-fracture': 1,
      'hip-joint': 1,
    },
    sources: [AAOS_FAI],
    // "Front of both thighs sore to touch mid-thigh": the quads, not the top of the thigh; "where
    // her butt meets the top of her leg" is the fold under the buttock.
    unlessClauseHas: ['mid-thigh', 'buttock-fold'],
  },
  {
    id: 'outer-thigh',
    label: 'Outer thigh to knee',
    why: 'Pain down the outer thigh towards the knee',
    absent: 'Not down the outer thigh or outer knee',
    phrases: [
      `outer|outside|lateral|side= [part|side|edge] [of] ${MY} ${SIDE} [upper] ${THIGH}`,
      'thigh|thighs|leg|legs ~3 on|at|along|down the outside|outer|side=',
      `outer|outside|lateral [part|side|edge] [of] ${MY} ${SIDE} knee|knees`,
      // "A pain at the exterior of the knee after 10 km" (a French or Spanish speaker's word).
      `exterior|external [part|side|edge] [of] ${MY} ${SIDE} knee|knees|thigh|thighs`,
      // Not "the inner side of the knee".
      '/(?<!(?:inner|inside|medial|inward) )side (?:part |edge )?of (?:my |the |his |her |your )?(?:left |right )?knees?(?![a-z])',
      'knee|knees ~3 on|at the outside|outer',
      // "Thinks he's got arthritis in his knee but it's sharp on the outer side".
      '/knees?(?:[ \\n](?!hip|hips|thigh|groin|bum|buttock)[^ \\n]+){0,6}[ \\n](?:on|at|along) the (?:outer|outside|lateral) (?:side|edge|part|bit)(?![a-z])',
      // "My knee outside very sharp after 5k" (second-language word order).
      '/(?:my|the|left|right) knees? (?:outside|outer side|outer part|lateral side)(?! (?:the|of|my|in|on|at|a|and)(?![a-z]))',
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
      // Not a landmark: "halfway between my bum and my knee".
      '/(?<!between(?: [^ \\n]+){0,3} )buttocks?',
      // (Not "all that glute work paid off": the exercises, not a place that hurts.)
      '/(?:glute|glutes|gluteal|gluteus)(?! (?:work|exercises?|strength|strengthening|activation|bridges?|routine|sessions?|program|programme|drills?|kickbacks?|workouts?|med|medius|min|minimus)(?![a-z]))',
      `back of ${MY} ${SIDE} hip|hips|pelvis`,
      `behind ${MY} hip|hips`,
      'piriformis',
      'backside',
    ],
    // "Glutes sore today in a good way", "DOMS in my glutes": a hard session's ache.
    unlessClauseHas: ['general-soreness'],
    // Buttock pain is non-specific: gluteal tendons, the joint, the sit bone and the back all
    // refer there (GP Reasoning; NHS Sciatica).
    // (The back's a little ahead: with nothing else said, "a deep ache in my bum that won't
    // shift" is most often referred from the lower back (GP Reasoning), and a tie would put the
    // outer hip first only by the order of the list.)
    weights: {
      'hip-bursitis': 1,
      'cartilage-tear': 1,
      'stress-fracture': 0.5,
      'hamstring-tendinopathy': 1,
      'back-referred-pain': 1.25,
    },
    sources: [GP_REASONING_HIP, NHS_SCIATICA],
  },
  {
    id: 'inner-thigh',
    label: 'Inner thigh',
    why: 'Pain in the inner thigh',
    absent: 'Not in the inner thigh',
    phrases: [
      `inner|inside|medial [part|side|bit] [of] ${MY} ${SIDE} [upper] thigh|thighs|leg|legs`,
      'thigh|thighs ~3 on|at|along the inside|inner',
      // ("Pain inside the top of leg when she make the split".)
      '/(?:inside|inner)(?: part| side| bit)?(?: of)? (?:the )?top of (?:my |the |his |her )?(?:leg|legs|thigh|thighs)(?![a-z])',
      // "Squeezing my knees together pinches on the inside": not "the inside of my knee".
      `/(?<!(?:${OTHER_PARTS}) )(?:pain|ache|aches|aching|sore|soreness|hurts|pinch|pinches|pulls) (?:[^ \\n]+ ){0,3}on the inside(?! (?:of|edge|track|lane|bend|line))`,
      'adductor*',
      'pubic|pubis',
      'pubic bone',
    ],
    // Adductor-related groin pain: tender adductors and inner-thigh pain (Doha agreement).
    weights: { 'adductor-strain': 4, 'hip-joint': 0.5 },
    sources: [DOHA],
    // "Inner thighs absolutely shredded… raw and stinging in the shower": chafed skin, told in
    // the same sentence, is the skin's complaint and outside the guide (not with a movement's
    // pain beside it: "chafed… but also a sharp pain when I squeeze my knees together").
    unlessSentenceHas: ['skin-complaint'],
    exceptSentenceHas: [
      'squeezing-legs',
      'groin-kick',
      'uphill-or-sprinting',
      'changing-direction',
      'sharp',
      'weight-bearing',
      'sudden-pull',
    ],
  },
  {
    id: 'sit-bone',
    label: 'Sit bone',
    why: 'Deep buttock pain at the sit bone',
    absent: 'Not at the sit bone',
    phrases: [
      'sit|sitting|sitz bone|bones',
      'ischial*|ischium',
      'deep ~2 buttock|buttocks|glute|glutes',
      'bottom= of ~2 buttock|buttocks|glute|glutes',
      'where ~3 hamstring|hamstrings ~2 attach|meet|join|start|starts',
      // "The bone where we sit", "sore on the bony bit when I'm sitting on the train".
      'bone where ~1 we|you|i|one|people ~1 sit',
      // "Buttock pain, sits right on the bone": the bone of the buttock, the one sat on.
      '/(?:buttock|buttocks|bum|butt|glute|bottom)(?:[ \\n][^ \\n]+){0,6}[ \\n](?:sits|sitting|is) right on the bone(?![a-z])',
      // "Pain in the bone of sitting" (second-language English).
      'bone|bones of sitting',
      'bony_bit|bony_part ~2 when|while ~2 sitting|sit|sat',
      // "Like I'm sitting on a golf ball, right on the bone": the sit bone, by its likeness.
      `sitting|sat on ~1 a|an ~1 ${SAT_ON_A_LUMP}`,
      'top of ~2 hamstring|hamstrings',
      'buttock crease',
      // "Bum pain deep in the crease": the fold under the buttock.
      'buttock|buttocks|bottom ~4 in ~1 the ~1 crease',
      'where [you|i|we|one|people] sit',
      // "A deep ache right where he sits, worse on the hard seats".
      'right where [he|she|they|we] sit|sits',
      // "At the bone you sit on", "the bone you perch on", "my sit-on bone".
      'bone ~2 you|i|we sit|perch on',
      'sit|sitting|perch on bone|bones',
      // "The very top of the back of my leg, right under the butt cheek".
      'top ~2 back of ~2 leg|legs|thigh|thighs',
      'high ~2 up ~2 back of ~2 leg|legs|thigh|thighs',
      'under|below|beneath ~2 buttock|buttocks|cheek|cheeks|glute|glutes',
      'where ~2 buttock|cheek|glute ~2 meet|meets|joins ~5 leg|thigh|hamstring',
      'buttock|cheek ~3 bone|bones',
      'bit|bone|bones|part [that] [you|i|he|she|they|we] sit on',
      // "Bum ache on hard chairs", "hard seats make my glute throb": the buttock's pain where it
      // meets a hard seat is the sit bone's (the high hamstring tendon).
      'buttock|buttocks|glute|glutes|bottom ~6 hard ~1 chair|chairs|seat|seats|bench|benches|pew|pews',
      // "Bum feels bruised deep inside when I sit on the bleachers".
      'buttock|buttocks|glute|glutes|bottom ~8 sit|sitting|sat on ~1 the|a ~1 bleachers|pews|benches|bench',
      // "Buttock pain after long runs… Worse sitting on the hard benches": the hard seat that
      // makes it worse, in a sentence of its own.
      'worse|hurts|sore|painful|agony|aches|throbs ~2 sitting|sat|sit on ~2 hard ~1 chair|chairs|seat|seats|bench|benches|pew|pews|bleachers',
      // "Right where my back jeans pocket sits".
      'back ~1 jeans|trouser|trousers|pants|pant|jean pocket|pockets',
      'hard ~1 chair|chairs|seat|seats|bench|benches|pew|pews ~5 buttock|buttocks|glute|glutes|bottom',
      // "The bone where I sit", "the bottom bone when I sit".
      'bone|bones ~1 where|when [i|you] sit|sitting',
      // "Pain right on the bone in his bum".
      'bone in ~2 buttock|buttocks|bottom|backside',
      'bottom bone|bones',
      'sitbone|sitbones|sitzbone|sitzbones',
    ],
    // High hamstring tendinopathy: deep buttock pain right at the sit bone.
    weights: { 'hamstring-tendinopathy': 4.5, 'back-referred-pain': 0.5 },
    sources: [HIGH_HAMSTRING],
  },
  {
    id: 'lower-back',
    label: 'Lower back',
    why: 'Pain in the lower back',
    absent: 'Not in the lower back',
    phrases: [
      'lower|low back',
      // "The back of my pelvis", "ache low in the back".
      'back of ~2 pelvis',
      'low in ~1 the|my back',
      'bottom|base|small of ~2 back|spine',
      'dimple|dimples',
      'lumbar',
      'back= pain|ache|aches|aching|hurts|hurting|spasm|went|gone|is_sore',
      // "Since my back flared up my right foot doesn't lift right".
      'my|his|her back flared|flares|flaring|flare',
      // "Back twinge into buttock", "back into buttock pain 10 wks": the back's pain, spreading.
      'back= [twinge|pain|ache|aching] into|to ~1 buttock|buttocks|glute|glutes',
      // "8 weeks of physio for my back and the ache into my left buttock is the same".
      'physio|physiotherapy|chiro|chiropractor|osteo|osteopath|treatment ~1 for ~1 my|his|her|the back=',
      // "Back goes into spasm after a day on the allotment".
      'back ~3 spasm|spasms|seized|seizes|locked|locks',
      // "Back and buttock ache".
      'back= and ~1 buttock|buttocks|bum|bottom|hip|hips ~2 ache|aches|aching|pain|hurt|hurts|sore',
      // "Stiff low back", "back's been stiff": a back said to be stiff or sore is the low back.
      '/(?:stiff|sore|bad|achy|tight|dodgy|creaky|niggly|grumbly|cranky|iffy|ropey|ropy|knackered|wonky|temperamental|problem|crook|crappy|dicky|weak)(?: (?:low|lower))? back(?! of| to| from| on| in| into| at| and forth)',
      STIFF_BACK_AFTER,
      COMPLAINING_BACK,
      'si= joint|joints|ache|aches|pain|area|region|niggle|dysfunction',
      // "My waist is paining me": the lower back, in Indian and West African English (not a
      // waistband, waist pack or waist trainer).
      `/waist(?! (?:band|bands|pack|packs|belt|belts|trainer|trainers|line|size|measurement|bag|bags))(?:[ \\n]${ANY_WORD}){0,3}[ \\n](?:${HURTS})`,
      `/(?:${HURTS})(?:[ \\n]${ANY_WORD}){0,3}[ \\n](?:in |at )?(?:my |the )?waist(?! (?:band|bands|pack|belt|trainer|line))`,
      // "The pain in my back and hip is every day".
      '/(?:pain|ache|aching|hurting|paining) in (?:my |the )?back and (?:my |the )?(?:hip|hips|buttock|buttocks|leg|legs)(?![a-z])',
      // "It is at the back of the hip and the waist" (Turkish and East African English).
      '/(?:back of (?:the |my )?hips?|buttocks?|lower back|low back) and (?:the |my )?waist(?! (?:band|bands|pack|belt|trainer|line))(?![a-z])',
      'sacroiliac',
      'sacrum|sacral',
      'tailbone|coccyx',
      'spine',
      // "Since I put my back out", "did my back in lifting".
      'put|putting|puts|threw|thrown|throw|throws ~1 my|his|her back out',
      'did|done|do|doing ~1 my|his|her back in',
    ],
    // "Cold shivers down my spine watching the finish": a thrill, not the back. "It's not my
    // back, I've had back pain before and this is different": a back told to set it apart.
    unlessClauseHas: ['thrill-idiom', 'unlike-before'],
    // …but "this is different: pain shoots down the back of my leg" is still the back's.
    exceptSentenceHas: ['travels-down-leg'],
    // Lower back and SI joint pain refer to the buttock and hip (NHS Back pain; GP Reasoning).
    weights: { 'back-referred-pain': 4.5 },
    sources: [NHS_BACK_PAIN, GP_REASONING_HIP],
  },
];

/** What the pain feels like. */
export const FEELINGS: readonly CheckerOption<FeelingId>[] = [
  {
    id: 'dull-ache',
    label: 'Dull ache',
    why: 'A dull ache',
    absent: 'Not a dull ache',
    phrases: [
      '/dull(?! (?:run|runs|day|days|weather|session|route|routes))',
      'ache',
      'achy',
      'nagging',
    ],
    // "My whole body aches with the flu" is not hip pain.
    unlessClauseHas: ['general-soreness'],
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
    phrases: [
      // Not "burn calories", "burnt out" or "feel the burn" (effort, not an injury).
      '/(?<!the )burn(?:s|ed|t|ing)?(?! (?:calories|cals|fat|out|off|through|the candle))',
      'hip|hips|it|side|thigh|groin|glute ~3 on fire',
      // One leg on fire, not "legs were on fire the last 2k" (the effort of a hard run).
      '/(?<![^ \\n])leg(?: [^ \\n]+){0,3} on fire(?![a-z])',
      'fiery',
    ],
    weights: { 'hip-bursitis': 2, 'it-band-syndrome': 2 },
  },
  {
    id: 'sharp',
    label: 'Sharp or stabbing',
    why: 'A sharp pain',
    absent: 'Not a sharp pain',
    phrases: [
      // Not "feeling sharp", "a sharp session", "shooting for a PB", "a pinch of salt", "flu jab".
      '/(?<!(?:feel|feels|feeling|felt|look|looks|looking|looked|stay|staying) )sharp(?:ly)?' +
        '(?! (?:session|sessions|workout|workouts))',
      'stab',
      'knife',
      'knives',
      '/shooting(?! for)',
      '/(?<!(?:flu|covid|booster|tetanus) )jab(?:s|bing|bed)?',
    ],
    weights: { 'it-band-syndrome': 1.5, 'cartilage-tear': 1.5, 'hip-flexor-tendinitis': 1 },
  },
  {
    id: 'throbbing',
    label: 'Throbbing',
    why: 'A throbbing pain',
    absent: 'Not throbbing',
    phrases: ['throb', 'pulsing', 'pulsating', 'pounding pain'],
    weights: { 'stress-fracture': 2, 'hip-bursitis': 1 },
  },
  {
    id: 'clicking',
    label: 'Clicking, catching or locking',
    why: 'Clicking, catching or locking',
    absent: 'No clicking, catching or locking',
    phrases: [
      'click',
      'clunk',
      // Not "catch up", "catch my breath", "lock in the pace", "the grind", ab crunches.
      // Nor "catching my toes" (the toes catch the ground: foot drop, not the joint).
      // Nor "my back is catching" (a back that spasms, the back's).
      '/(?<!(?:toes?|foot|feet|back)(?: [^ \\n]+)? )catch(?:es|ing)?(?! (?:up|my breath|your breath|a |the |them|him|her|you|some|cold|my (?:(?:left|right|big) )?(?:toes?|foot|feet)|toes?|me\\b|myself|himself|herself|yourself))',
      '/lock(?:s|ed|ing)?(?! (?:in|out|down))',
      // "Something in the hip jump and stuck, I must move the leg to unlock it".
      'unlock|unlocks|unlocking|unlocked ~1 it|the_hip|my_hip|the_leg',
      '/jumps? and (?:stuck|sticks|catches|locks)(?![a-z])',
      `/(?:get|gets|getting|feels|feel|is|was|got)(?: ${ANY_WORD})? stuck(?! (?:in|at|behind|with|on a))`,
    ],
    // FAI can click or catch too, less tellingly than a labral tear (AAOS FAI).
    weights: { 'cartilage-tear': 4.5, 'hip-flexor-tendinitis': 0.5, 'hip-joint': 1 },
    sources: [AAOS_FAI],
  },
  {
    id: 'tightness',
    label: 'Tightness',
    why: 'A feeling of tightness',
    absent: 'No tightness',
    phrases: [
      '/tight(?:ness|ening|en|ens|er)?(?! (?:old |new |running )?(?:shoe|shoes|trainers|sneakers|' +
        'schedule|turnaround|finish|race|deadline|budget|time|times|squeeze|spot))',
    ],
    weights: { 'hip-flexor-tendinitis': 1.5, 'it-band-syndrome': 1.5, 'hip-bursitis': 0.5 },
    // "I lace too tight" is the shoe's tightness, not the runner's.
    unlessClauseHas: ['tight-shoes'],
  },
  {
    id: 'stiffness',
    label: 'Stiffness',
    why: 'Stiffness',
    absent: 'No stiffness',
    phrases: [
      '/stiff(?:ness)?(?! (?:competition|breeze|wind|headwind|drink|climb))',
      'stiffen*',
      'seize ~1 up',
      'limited|reduced|less|lost|poor|restricted ~3 range|movement|mobility',
    ],
    // Stiffness and lost range, worse after rest, are the hip joint's (NICE NG226; NHS OA).
    // A stiff back ("stiff low back in the mornings") is the back's, counted as lower-back.
    unlessClauseHas: ['stiff-back'],
    weights: {
      'hip-joint': 2.5,
      'cartilage-tear': 1.5,
      'hip-flexor-tendinitis': 1,
      'hip-bursitis': 0.5,
      'back-referred-pain': 0.5,
    },
    sources: [NICE_OA, NHS_OA],
  },
  {
    id: 'travels-down-leg',
    label: 'Travels down the leg',
    why: 'Pain that travels down the leg',
    absent: 'Does not travel down the leg',
    phrases: [
      'shoot|shoots|shooting|radiat*|travel|travels|travelling|traveling|spread* ' +
        '~3 down|into|to ~3 leg|legs|thigh|calf|foot',
      'down the back of ~2 leg|legs|thigh',
      // "Pain in the buttock go down to the back of leg" (a second language's "goes").
      'go|goes|going|went down to the back of ~2 leg|legs|thigh',
      // "An ache in the buttock that spreads into the back of my thigh".
      'shoot|shoots|shooting|radiat*|spread* ~2 down|into|to the back of ~2 leg|legs|thigh',
      // "Pins and needles running down the outside of my right leg into my foot".
      'down ~5 leg|legs|shin|shins|calf ~4 into|to ~2 calf|foot|toes|toe|ankle',
      // "Buttock pain into the back of my thigh when I sit".
      '/(?:pain|ache|aching|sore)(?: [^ \\n]+)? into the back of (?:my |the |his |her )?(?:thigh|thighs|leg|legs)(?![a-z])',
      // "Pain going into my left leg", "the ache runs into the leg".
      'going|goes|runs|moves|moving|extends|extending ~1 down|into ~3 leg|legs',
      // "A pain deep in his left buttock that goes into the back of the thigh".
      'going|goes|runs|moves|moving|extends|extending ~1 down|into the back of ~2 thigh|thighs',
      // "Butt pain go down to outside of leg".
      'pain|ache go|goes|going ~1 down ~3 leg|legs|thigh|calf|foot',
      // "The back of my leg aches from the buttock down".
      'from ~1 the|my ~1 buttock|buttocks|glute|glutes|bottom|hip|back down',
      'below|past the knee',
      // "Buttock pain down leg", "L buttock pain referring into the posterior thigh".
      '/(?:pain|ache|aches|aching) down (?:my |the |his |her )?(?:left |right )?(?:leg|legs)(?![a-z])',
      'referring|refers|referred ~1 into|down ~2 thigh|leg|posterior_thigh|calf',
      // "Tingly and numb from the hip all the way to his foot".
      // ("Pins and needles running from my left thigh right down to my foot".)
      'from ~2 hip|buttock|back|bum|bottom|thigh ~4 to|down_to|into ~2 foot|feet|toes|ankle|calf',
      'sciatic*',
      // "My foot goes tingly and numb along the top, and it spreads up the shin": numbness that
      // travels along the leg, either way, is the nerve root's.
      'numb*|tingl*|pins_and_needles ~8 spread|spreads|spreading|travels|travelling|creeps|creeping ~1 up|down|into ~2 shin|shins|calf|leg|foot|toes',
      'it|which|and spread|spreads|spreading|creeps|creeping ~1 up ~2 shin|shins|calf|leg',
      'numb*|tingl* ~3 down_to|into ~2 foot|feet|toes|ankle|calf',
      // "Buttock pain that goes right down to my ankle".
      'goes|going|runs|running|shoots|shooting ~2 down ~1 to ~2 ankle|ankles|foot|feet|toes|heel',
      // "Numb and tingly down the outside of my leg to my shin".
      // ("Tingling going down the outside of thigh till the foot": six words.)
      'numb=|numbness|tingl*|pins_and_needles ~2 down ~6 leg|legs|shin|shins|calf|calves|foot|feet|toes|toe',
      // "Numbness and tingling running down the outside of my thigh into my shin": past the knee
      // (numbness of the outer thigh alone is a skin nerve's, not the back's).
      '/(?:numb|numbness|tingling|tingly|pins and needles)(?: [^ \\n]+){0,2} down (?:the |my )?(?:outside |side |back |front )?(?:of )?(?:my |the )?thighs? (?:in)?to (?:my |the )?(?:shin|shins|calf|calves|foot|feet|toes|ankle)(?![a-z])',
      // "Pins and needles in my left foot and down the outside of the leg".
      '/(?:foot|feet|toes) and down (?:the |my )?(?:outside|back|side|front) of (?:the |my )?(?:leg|legs|shin|calf|thigh)(?![a-z])',
    ],
    // Pain that runs from the back or buttock down the leg, past the knee, is sciatica's
    // (NHS Sciatica); a high hamstring can ache down the back of the thigh.
    weights: { 'back-referred-pain': 4, 'hamstring-tendinopathy': 0.5 },
    sources: [NHS_SCIATICA, HIGH_HAMSTRING],
  },
];

/** Month names as runners write them, January first ("feb", "sept", "Paddy's weekend"). */
const MONTH_NAMES: readonly string[] = [
  'january|jan',
  'february|feb',
  'march|mar|paddy|paddys|patrick|patricks',
  'april|apr|easter',
  'may',
  'june|jun',
  'july|jul',
  'august|aug',
  'september|sept|sep',
  'october|oct|halloween',
  'november|nov|thanksgiving',
  'december|dec|christmas|xmas',
];
const PART_OF_MONTH =
  '(?:mid |early |late |the end of |the start of |end of |start of |the beginning of |beginning of |the middle of |middle of |the )?';

/**
 * "Since mid-March … it's now June": a month named after "since" (or "in", "from"…) and, up to
 * thirty words on, a month at least two later named as now. Built from the month list so every
 * pair is covered, abbreviations too.
 */
const MONTHS_APART = `/(?<=(?:since|in|from|of|early|mid|late) )${PART_OF_MONTH}(?:${MONTH_NAMES.map(
  (start, index) => {
    const later = [2, 3, 4, 5, 6, 7, 8, 9, 10].map((gap) => MONTH_NAMES[(index + gap) % 12] ?? '');
    return `(?:${start})(?:[ \\n][^ \\n]+){0,30}[ \\n](?:now|it is now|its now|and now|now its|now it is|it is|its|till|until|to|through|and) (?:nearly |almost |well into |past )?${PART_OF_MONTH}(?:${later.join('|')})(?![a-z])`;
  },
).join('|')})`;

const RUN = 'run|runs|running|jog|jogs|jogging|ran';
const AT_REST = 'rest|resting|night|sleep|lying|sitting';
/** Parts a scan may be of that are not the hip, and what a gait scan wears: "wear in my back". */
const SCANNED_ELSEWHERE = `(?:${OTHER_PARTS}|shoe|shoes|tread|trainers|gait)(?![a-z])`;
const SEAT = 'chair|seat|sofa|couch|sitting|desk|seated';
const NUMBER = `(?:\\d+(?:p\\d+)?|${NUMBER_WORDS})`;
const DISTANCE = '(?:miles?|kms?|kilomet(?:re|er)s?|minutes|mins?)';
/** A distance or time into a run: "5 miles", "ten minutes", "10k", "3km". */
const AMOUNT = `(?:${NUMBER} ${DISTANCE}|\\d+(?:p\\d+)?(?:k|km|kms|mi|mins?))`;
/** A point in a run either way round: "5 miles", "10k" or "mile 5", "km 8". */
const RUN_POINT = `(?:${AMOUNT}|(?:mile|km|kilomet(?:re|er)|minute) ${NUMBER})`;

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
      // (Not "running doesn't make it worse": denied inside the phrase.)
      `/(?:${RUN})(?: (?!(?:not|never|no)(?![a-z]))[^ \\n]+){0,2} (?:hurt|hurts|painful|aggravates?|aggravated|aggravating|make|makes)(?: (?!(?:not|never|no)(?![a-z]))[^ \\n]+){0,2} worse(?![a-z])`,
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
      // Not "even after stopping running fully": the rest, not a run's aftermath.
      `/(?:after|post)(?: (?!(?:stopping|stopped|stop|quitting|quit|giving|gave|ceasing)(?![a-z]))[^ \\n]+){0,3} (?:${RUN})(?![a-z])`,
      'after= i finish|stop',
      'afterwards|afterward',
      'day|morning after',
      'next day|morning',
      'once|when i stop|finish [running]',
      'cool ~1 down',
    ],
    // "Fine after I stop" says it does not hurt after.
    unlessClauseHas: ['relief'],
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
      // "Her groin aches deep inside and it stays there when she's resting" (the one in pain
      // resting, in the clause that tells the pain; not "my wife says I should stretch when
      // she's resting", nor legs "when they are resting").
      '/(?:hurts?|hurting|aches?|aching|sore|pain|painful|throbs?|throbbing|stays|there)(?: [^ \\n]+){0,6} (?:when|while) (?:he|she) is resting(?![a-z])',
      'rest|resting pain',
      'when|while [i] [am] [just] lying|standing still',
      // "Also in the night when I lie still".
      'when|while [i] lie|lay still',
      'even ~2 doing nothing',
      // "Deep ache that doesn't go away when I sit on the couch", "stays there when she's sat
      // on the couch after her runs", "it's there when I'm lying in bed too".
      '/(?:does not|did not|never|will not) (?:go|goes) away (?:even )?(?:when|while) (?:(?:i|he|she|you) )?(?:(?:am|is|are) )?(?:sit|sits|sat|sitting|lie|lies|lying|rest|rests|resting)(?![a-z])',
      'stays|there when|while ~2 sat|sitting|lying ~3 couch|sofa|settee|bed',
      '/(?:it is|its|stays|still) there (?:when|while) (?:(?:i|he|she) )?(?:(?:am|is) )?lying in bed(?![a-z])',
      // "The ache in my hip doesn't switch off anymore": there all the time, rest or not.
      '/(?:ache|pain|throb|throbbing|it)(?: [^ \\n]+){0,4} (?:does not|did not|never|will not) (?:switch|switches|turn|turns|shut|shuts) off(?![a-z])',
      // "Used to just be when running, now it's sat at my desk, watching telly, in bed".
      `/used to(?: [^ \\n]+){0,4} (?:${RUN})(?![a-z])(?:[ \\n][^ \\n]+){0,2}[ \\n]now(?:[ \\n][^ \\n]+){0,10}[ \\n](?:in bed|at night|sat|sitting|lying|resting|at rest|watching (?:telly|tv))(?![a-z])`,
      // "Doesn't leave me alone even when I've had my feet up all evening".
      'even when|with ~4 feet_up|my_feet_up',
      // "Aches sat on the sofa too", "throbs sitting still" (not a journey: "11 hrs sat still"
      // on a flight).
      '/(?<!(?:hours|hrs|hr|h|hour)(?: [^ \\n]+)? )(?:sitting|sat) still(?![a-z])',
      // "Hurts lying still", "buttock ache, can't sleep".
      `${HURTS}|ache|aches|aching|throbs ~1 lying still`,
      // (Not "Can't sleep… it doesn't wake me, I'm awake because I'm worrying".)
      '/(?<![^\\n])cannot sleep(?=\\n|$)(?![^]{0,400}(?:does not wake me|awake because (?:i am |im )?(?:worry|worried|worrying|anxious|stressed)))',
      // "I'm awake AGAIN because of this deep ache in my left buttock".
      // (Not "seizes up with pain around mile 4".)
      '/(?:awake|(?:am|was|been|are) up)(?: again)? (?:because of|with|due to)(?: [^ \\n]+){0,3} (?:ache|aching|pain|throbbing|throb)(?![a-z])',
      // "Aches in bed since I upped my miles", "it's there sitting at my desk too".
      'ache|aches|aching|hurts|throbs|sore ~1 in bed',
      // "The sit bone pain is now even in bed in the night".
      'even|also|now ~1 in bed ~2 night|at_night|too|as_well|also',
      'there ~2 sitting|sat ~4 too|as_well|also',
      // "It's there sitting watching telly".
      'there sitting|sat watching|on ~2 telly|tv|sofa|couch|settee',
      // "Groin ache constant now, even chillin on the couch": there at rest too.
      'even ~2 chilling|relaxing|lounging|sitting|sat|lying|resting|watching ~4 couch|sofa|settee|telly|tv',
      // "It's there all evening on the sofa now".
      'there|aches|aching all evening|night ~2 on ~1 the|my ~1 sofa|couch',
      `${HURTS}|throbs|throbbing ~2 sat|sitting on ~1 the ~1 sofa|couch`,
      // "…and when I'm sat on the sofa": a time of rest, said after what else hurts.
      '/(?:hurts?|hurting|aches?|aching|sore|throbs?|throbbing|painful)(?:[ \\n][^ \\n]+){0,8}[ \\n](?:when|while) (?:i am |im |i |she is |he is |she |he )?(?:sat|sitting|lying|resting|relaxing) (?:on|in) (?:the |my |her |his )?(?:sofa|couch|settee|armchair)(?![a-z])',
      'not|never leave|leaves ~1 me|him|her alone',
      // "Keeping me company on the sofa and in bed", "aches in her chair all afternoon", "worst in
      // the second half of the night".
      'keeping|keeps ~1 me|him|her company ~3 sofa|couch|bed|chair',
      `${HURTS} ~2 in ~1 her|his|my|the ~1 chair ~3 all|evening|evenings|afternoon|afternoons`,
      '/(?:worst|worse) in the (?:second|early|small|last) (?:half|hours|part) of the night',
      // "Worst in the early hours lying still".
      '/(?:worst|worse|bad|there) (?:in|during) the (?:early|small|wee) hours(?![a-z])',
      // Taglish: "gising po ako every night dahil sa sakit" (awake every night from the pain),
      // "pag pahinga (rest) still masakit" (at rest, still painful).
      'gising|nagigising ~4 every_night|gabi_gabi|sa_gabi|at_night',
      '/pahinga(?:[ \\n][^ \\n]+){0,3}[ \\n](?:still |pa rin |parin )?masakit(?![a-z])',
      // "The pain is more in night" (Indian English).
      '/(?:pain|paining|ache|aching|hurting)(?: is)? (?:more|worse|most) in (?:the )?night(?![a-z])',
      // "And in night also pain", "night also paining when lying other side".
      // ("In the night also it is painful".)
      '/(?:(?<![^\\n])|in (?:the )?)night (?:also|too)(?: it| he| she)?(?: is| was)? (?:pain|painful|paining|ache|aching|hurts?|hurting)(?![a-z])',
      // "Pain is there in night also when sleeping".
      '/(?:pain|paining|ache|aching|hurting)(?: is)? there in (?:the )?night(?![a-z])',
      // "Night lie in bed also ache".
      '/night(?: time)? (?:lie|lying|in bed|sleep|sleeping)(?: [^ \\n]+){0,3} (?:also )?(?:ache|aches|pain|paining|hurt|hurts)(?![a-z])',
      // "The ache in my hip keeps getting me up", "my 3am alarm clock", "comes on in the dark".
      '/(?:hip|groin|it|ache|pain|throb|buttock|back)(?: [^ \\n]+){0,3} (?:gets|keeps getting|is getting|got|has been getting) me up(?![a-z])',
      '/[1-5] ?am alarm clock',
      // "Woke up at 4 again with my hip, third night this week".
      '/(?:woke|wake|wakes|waking)(?: up)? (?:at|around|about) (?:[1-5]|[1-5] ?am)(?: again)? with (?:my |the |this |that )?(?:hip|groin|buttock|back|leg|bum)(?![a-z])',
      // "Wee hours every night I'm lying there with this ache".
      '/(?:wee|small) hours(?: [^ \\n]+){0,8} (?:ache|aches|aching|pain|hurts|hurting|throbs|throbbing|throb)(?![a-z])',
      // "There sitting on the couch and in bed whichever side I'm on".
      'in bed ~1 whichever|whatever|any|either side',
      // "It's there when I wake at 4am", "only a dull thing but constant".
      '/(?:there|aching|aches|hurts|sore|throbbing) when (?:i|he|she) (?:wake|wakes|woke)(?: up)? (?:at|around|about) (?:[1-5]|[1-5] ?am)(?![0-9a-z])',
      'comes|come|coming on in the dark',
      `${HURTS} ~6 doing nothing`,
      `constant ~2 ${HURTS}|niggle`,
      `constantly ~2 ${HURTS}|there`,
      // (Not "pain na virilha all the time after": after every run, not at rest.)
      `/(?:${HURTS})(?: [^ \\n]+){0,3} all (?:the )?time(?! (?:after|afterwards|when|whenever|during|on|while|if|at|running|i run)(?![a-z]))(?![a-z])`,
      'all day ~2 night',
      'day and night',
      '24 7',
      `${HURTS}|niggle ~3 not|never ~2 go|goes|going away`,
      // "It doesn't go away", unless "it" is a numbness likened to a foot gone to sleep ("like
      // when your foot goes to sleep but it doesn't go away": the nerve flag's, not rest pain).
      '/(?<!(?:asleep|to sleep|numb|numbness|tingling|tingly|pins and needles)(?:[ \\n][^ \\n]+){0,4}[ \\n])it(?: [^ \\n]+){0,3} (?:not|never)(?: [^ \\n]+){0,2} (?:go|goes|going) away(?![a-z])',
      // (Not "still not better despite rest and physio": weeks of rest that have not mended it,
      // which is the not-improving flag's, not pain while resting.)
      `/(?:not|never)(?: [^ \\n]+){0,2} (?:ease|eases|eased|easing|settle|settles|settled|settling|subside|subsides|subsided|subsiding|improve|improves|improved|improving|calm|calms|calmed|calming|better|stop|stops|stopped|stopping)(?: (?!despite|after|since|even)[^ \\n]+){0,3} (?:${AT_REST})(?![a-z])`,
      'not|never ~1 stop hurting|aching|throbbing',
      'not|never let up',
      'rest|resting ~2 not|never ~2 help|difference',
      'at night|nighttime',
      `${HURTS} ~3 all night|overnight`,
      // "My hip hurt whole night every position, also in rest".
      `${HURTS} ~3 whole night|the_whole_night`,
      // (Not "in rest weeks", "in rest days".)
      '/(?:also|even) in rest(?! (?:days?|weeks?|periods?|time))(?![a-z])',
      `${HURTS} ~4 through|during|in the night`,
      // "Hip pain in night I cannot sleep", "paining also in night" (a second language's "in the
      // night").
      `/(?:${HURTS}|paining)(?: [^ \\n]+){0,2} in night(?![a-z])(?! (?:race|races|run|runs|shift|shifts|session|league|trail|relay)(?![a-z]))`,
      // "Throbs when I'm just sat on the sofa in the evenings".
      `/(?:${HURTS}|throbs|throbbing|aches|aching)(?: [^ \\n]+){0,4} (?:sat|sitting|lying|resting) on the (?:sofa|couch|settee)(?![a-z])`,
      `${HURTS} ~4 middle of the night`,
      `middle of the night ~4 ${HURTS}`,
      // "Hurts at 3am", "awake at 2am with it": small hours, not an early run ("my 5am run").
      `/(?:hurt|hurts|hurting|pain|painful|ache|aches|aching|throb|throbs|throbbing|sore)(?: ${ANY_WORD}){0,3} [1-4] ?am`,
      `/[1-4] ?am(?: ${ANY_WORD}){0,3} (?:hurt|hurts|hurting|pain|painful|ache|aches|aching|throb|throbs|throbbing|sore)`,
      `/awake(?: ${ANY_WORD}){0,2} [1-4] ?am`,
      'even [when|while] [i] [am] [just|only] rest|resting|sitting|sat|lying|sit|lie|sleeping|asleep|still',
      `/(?:even|just)(?: ${ANY_WORD}){0,6} doing nothing`,
      'at nighttime',
      // "Throbs when I'm just sat on the sofa": at rest, not after sitting a long time.
      `${HURTS} ~3 when|while [i] [am] just|only|simply sat|sitting|lying|resting|relaxing`,
      // "It aches all evening when she's just sat in her chair".
      `${HURTS} ~3 when|while he|she|they ~1 is|are just|only|simply sat|sitting|lying|resting|relaxing`,
      // "It also aches sat on the sofa in the evening now".
      `${HURTS} ~2 sat|sitting|lying ~5 in_the_evening|evenings|watching_tv|in_bed|doing_nothing`,
      'night pain|pains',
      'wake|wakes|woke|woken|waking me|us|him|her',
      // "Does anyone else get a deep ache… that wakes them up at 3am?": the writer among them.
      // (A pain named just before it: not "my 5am alarm, it wakes them up".)
      '/(?:ache|aches|aching|pain|pains)(?:[ \\n][^ \\n]+){0,10}[ \\n](?:that|which) (?:wakes|woke|wake|waking) them(?: up)?(?![a-z])',
      // "It's started rousing me at 2 or 3am".
      'rouse|rouses|rousing|roused me|him|her',
      // "I'm up at 3 with it most nights", "awake at 3 or 4 with it", "it still gets me at
      // 2am", "a member of the 4am club", "it's the nights".
      '/(?:up|awake) at (?:\\d{1,2}|\\d{1,2}am|\\d{1,2} am)(?: or \\d{1,2}(?:am)?)? with (?:it|the pain|the ache)(?![a-z])',
      '/(?:gets|got|gotten|wakes|woke) me (?:up )?(?:at|around|about) (?:\\d{1,2} ?am|[1-5])(?![0-9a-z])',
      '/\\d{1,2} ?am club',
      // "Up at 4am pacing the kitchen because my buttock aches".
      '/(?:up|awake|pacing) (?:at|since|from) (?:\\d{1,2} ?am|[1-5] in the morning)(?:[ \\n][^ \\n]+){0,6}[ \\n](?:because|cos|coz|as|with) (?:of )?(?:my |the |this )?(?:[^ \\n]+ )?(?:[^ \\n]+ )?(?:ache|aches|aching|pain|hurts|hurting|throbs|throbbing)(?![a-z])',
      // "Sleeping in the recliner because the ache won't let me lie flat".
      'sleeping|sleep|slept|sleeps in ~2 recliner|armchair',
      // "She's up half the night with it".
      'up half|most|all ~1 the ~1 night with ~1 it|the_pain|her_hip|his_hip|my_hip',
      'up all night with ~1 it|the_pain|her_hip|his_hip|my_hip',
      // "I've had to sleep sitting up because lying down hurts so much".
      'had_to|have_to|having_to|been sleep|sleeping|slept|sleeps sitting_up|upright|in_a_chair|in_the_chair',
      // "Up pacing the landing at 2am most nights because the ache won't settle".
      '/(?:up|awake) pacing(?: [^ \\n]+){0,3} (?:at|since|from) (?:\\d{1,2} ?am|[1-5] in the morning)(?![a-z])',
      'will_not|would_not|does_not let me ~1 lie|sleep ~2 flat|down|in_bed',
      // "I'm lying there from about 4 waiting for it to go off", "up before the birds".
      '/(?:lying|lie|lay) (?:there |awake )?(?:from|since) (?:about |around )?\\d{1,2}(?:am)?(?![0-9])',
      '/up before (?:the )?(?:birds|dawn|sparrows|sunrise|the alarm)',
      'it_is|its the nights',
      // "Gets me up around 3am most nights", "drags me out of sleep".
      'gets|got|getting me up ~3 night|nights|am',
      'drags|dragged|pulls|pulled|jolts|jolted ~1 me ~1 out of ~1 sleep|bed',
      'wake|wakes|woke|woken|waking ~3 because_of|from|with ~3 pain|ache|it|hurt*|throb*',
      // "Waking up every night this week with the side of my hip throbbing".
      '/(?:waking|wake|wakes|woke)(?: up)?(?: [^ \\n]+){0,5} with (?:[^ \\n]+ ){0,6}(?:throbbing|aching|hurting|pain|ache|sore)(?![a-z])',
      // "Waking up two or three times a night with a gnawing ache".
      'waking|wake|woke up ~6 with|from ~3 pain|ache|throb*|hurt*',
      `sitting|sat|lying still ~5 ${HURTS}`,
      `${HURTS} ~3 wake|wakes|woke|woken|waking ~1 her|him|them`,
      `wake|wakes|woke|woken|waking [me] [up] ~2 with|from|by|in ~2 ${HURTS}`,
      // "It's keeping her awake".
      'keep|keeps|kept|keeping me|him|her|them|us up|awake',
      // "It has me awake half the night".
      'has|have|had|having me|him|her|them awake',
      'awake ~1 half|most|all of|all ~1 the ~1 night',
      `cannot sleep ~3 ${HURTS}|because`,
      'cannot get [back] to sleep',
      `sleepless ~3 ${HURTS}`,
      `lose|losing|lost sleep ~3 ${HURTS}|because_of_it`,
      'disturb* ~2 sleep',
      // "Anyone else get woken by their back? 3.40am again", "woken by low back and buttock pain
      // every night": woken by the place or the pain itself (not a baby or a dog, read as
      // `woken-by-other`).
      'woken|woke|waking|wakened by ~1 my|their|his|her|the|this|low|lower ~2 back|hip|hips|buttock|buttocks|groin|ache|pain|throb*',
      // "I'm awake most nights with it".
      'awake|up ~1 most|every|all|some ~1 nights|night with ~1 it|the_pain|the_ache',
      // "It's there sitting, lying, standing, doesn't matter" (the commas make the list lines).
      '/there sitting\\n(?:and )?lying(?![a-z])',
    ],
    weights: { 'stress-fracture': 2, 'hip-bursitis': 1 },
    // "Fine at rest", "I run at night", "foam rolling every night", and bursitis's "worse at
    // night lying on that side" (which is not a red flag) do not count.
    // "My snoring wakes her every night": someone else woken, night after night, is still not
    // this hip at night.
    // (Nor "pins and needles in both hands at night": the hands', carpal tunnel.)
    // ("Sweaty at night cos of the heatwave": the night is the sweat's, read by its own rule.)
    unlessClauseHas: [
      'relief',
      'running-at-night',
      'woken-by-other',
      'hands-or-face',
      'night-sweats',
      // ("Carpal tunnel in both hands, pins and needles at night": the hands' nights.)
      'carpal-tunnel',
      // ("Can't sleep, race is at 9 and my brain won't shut up", "not the hip keeping me up".)
      'race-nerves',
      // "I feel like I'm burning up at night": the heat is the night's complaint, not the hip.
      'fever',
    ],
    unlessSentenceHas: ['lying-on-side', 'woken-by-other'],
    // "It was waking me up at night back in Feb but it doesn't anymore".
    unlessLaterInSentence: ['no-longer'],
    // …unless the runner says it is any position ("not just when I lie on it").
    exceptSentenceHas: ['any-position'],
  },
  {
    id: 'lying-on-side',
    label: 'Lying on that side',
    why: 'Worse lying on that side',
    absent: 'Lying on that side does not hurt',
    phrases: [
      // ("Lying on my back it aches": "it" straight after "on" only.)
      'lie|lying|lay|laid|sleep|slept|rest ~1 on|onto ~2 side|sides|hip|hips',
      // "Sleep side pressure pain": lying on it, in a second language's few words.
      'sleep|sleeping|lie|lying side pressure|press',
      'lie|lying|lay|laid|sleep|slept|rest ~1 on|onto it',
      // "Lying on the left hurts on the bony bit": the side named alone.
      '/(?:lie|lying|lay|laid|sleep|sleeping|slept) (?:on|onto) (?:the|my|her|his) (?:left|right|bad|sore|good|other)(?! (?:leg|legs|foot|feet|arm|arms|knee|knees|hand|hands|shoulder|ankle|calf|shin|heel)(?![a-z]))(?![a-z])',
      // "When sleep to the left side" (second-language English).
      'sleep|sleeping|lie|lying ~1 to|towards ~2 left_side|right_side|that_side|this_side|side',
      // "The outer hip bone hurts to lie on".
      `${HURTS}|agony|tender ~1 to ~1 lie|lay|sleep ~1 on`,
      'side= sleep*|lying|lie',
      // "Which side I sleep on", "the side you lie on".
      'side ~2 i|you|we sleep|slept|lie|lay on',
      'roll ~2 onto|on|over ~3 side|it|hip',
      // Rolling over in bed, not in a fall ("tripped on a root, rolled over and got straight
      // back up"); in bed or onto the hip it is, whatever came before ("since I fell it hurts to
      // roll over in bed").
      '/(?:roll|rolls|rolling|rolled) over(?= (?:in bed|at night|in the night|onto|on to|on my|on that|in my sleep)(?![a-z]))',
      '/(?:roll|rolls|rolling|rolled) over(?! (?:and )?(?:got|get|gets|jumped|bounced|popped|sprang)(?![a-z]))(?<!(?:trip|tripped|trips|fell|fall|falls|slipped|slip|stumbled|crashed|tumbled|down)(?:[ \\n][^ \\n]+){0,8}[ \\n](?:roll|rolls|rolling|rolled) over)',
      'pressure ~3 bed|mattress',
      'bed on ~2 side',
      'on ~2 side ~2 night|bed|sleep|sleeping',
    ],
    weights: { 'hip-bursitis': 4.5 },
    // "Wakes me up, nothing to do with which side I sleep on": no side counts.
    unlessSentenceHas: ['no-side'],
    // "Throbs at night even when I'm not lying on it" does not deny that lying on it hurts.
    unlessClauseHas: ['not-only-lying'],
  },
  {
    id: 'lifting-knee',
    label: 'Lifting the knee',
    why: 'Hurts when you lift the knee',
    absent: 'Lifting the knee does not hurt',
    phrases: [
      // Not "felt a pull in my inner thigh".
      'lift|raise|drive ~3 knee|knees|leg|legs|thigh',
      // (Not "sore to bring the leg in": pulling it inwards, the adductors' work.)
      '/bring(?:s|ing)?(?: [^ \\n]+){0,3} (?:knee|knees|leg|legs|thigh)(?! (?:in|inwards|together)(?![a-z]))',
      // (Not "walking funny, swinging his leg out": a limp's way round the hip.)
      // (Nor "walking funny… kind of swinging his leg": the walk, told by a parent.)
      '/(?<!(?:kind of|sort of|walking|walks|limping|limps) )swing(?:s|ing)?(?: [^ \\n]+){0,3} (?:knee|knees|leg|legs|thigh)(?! (?:out|round|around|outwards|to the side)(?![a-z]))',
      'pull|pulling ~2 knee|knees|leg|thigh ~2 up|towards|to_my_chest',
      'knee|knees up',
      'high knees',
      // "On high knee drills", "pulling the trail leg through" over a hurdle.
      'high knee drill|drills',
      'trail leg ~2 through|over',
      'knee= raise|raises|lift|lifts|drive|drives',
      'high knees',
      'knee drive',
      // Marching, not the month: "since March", "a plan in March".
      // (Not a date: "hurt it on 3 March".)
      '/(?<!(?:in|since|of|early|late|mid|last|this|until|till|from|by|before|after|end|on|\\d{1,2}) )march(?! \\d)',
      'marching',
    ],
    // Bringing the knee up pinches an impinging hip joint (AAOS FAI: pain when the hip bends).
    weights: { 'hip-flexor-tendinitis': 4, 'cartilage-tear': 1, 'hip-joint': 0.5 },
    sources: [AAOS_FAI],
    // Pulling the knee to the chest is the joint's deep bend, counted there, not the flexor's work;
    // "bring my legs together" is the adductors' squeeze.
    unlessClauseHas: ['blocked-deep-bend', 'squeezing-legs'],
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
    // "Catching my toes on kerbs" is a foot that will not lift, not a kerb that hurts.
    unlessClauseHas: ['foot-drop'],
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
    // Pain on first moving after sitting is typical of GTPS, and of the stiff arthritic joint
    // (NHS OA: worse after rest).
    weights: {
      'hip-bursitis': 2.5,
      'cartilage-tear': 1,
      'hip-flexor-tendinitis': 1,
      'hip-joint': 1.5,
    },
    sources: [GTPS, NHS_OA],
  },
  {
    id: 'weight-bearing',
    // Worded as standing, never as hopping: a runner must not hop to test a possible stress
    // fracture (the bone-stress advice says so), and a checker option must not suggest it.
    label: 'Standing or putting weight on that leg',
    why: 'Hurts to stand or put weight on that leg',
    absent: 'Standing on that leg does not hurt',
    phrases: [
      'stand|standing|balance|balancing ~2 on that|the|my|affected|bad ~1 leg|foot|side',
      // Not "put more weight on the bar" (the gym's weight), nor "put on weight" (gained).
      // ("Every time he puts weight on it".)
      `/(?:put|puts|putting|bear|bears|bearing|take|takes|taking)(?! on (?:[^ \\n]+ ){0,3}weight(?! on| onto| through))(?: (?!more )${ANY_WORD}){0,3} weight(?! (?:on|onto) (?:the |my )?(?:bar|barbell|squat|squats|bench|deadlift|sled|machine))`,
      'weight ~1 bearing|bear',
      // "Walking the dog I have to stop and wait for it to settle": walking brings it on.
      '/walking(?: [^ \\n]+){0,4} (?:i |he |she )?(?:have|had|has) to stop and wait(?![a-z])',
      // "Hurts with every step", not "it clicks every stride".
      `${HURTS}|agony|jolt|jolts ~3 every|each step|stride|footstrike|strike`,
      // Walking or standing, not standing up from a chair (that is "getting up").
      // Not "groin pain after my walk-run" or "after long walks": after it, not on it.
      // (Not "knee pain and walking limping": the limp is how he walks, not walking that hurts.)
      `/(?:${HURTS})(?: ${ANY_WORD}){0,4} (?<!(?:after|before)(?: my| the| a| our| his| her| their)?(?: long| short| big| hilly| dog)? )(?:(?:walk|walks|walking)(?! up(?! and down(?! (?:the |a |some |from )?(?:stairs|steps|staircase|chair|chairs)(?![a-z])))| on (?:one|1|a single) (?:leg|foot))|(?:stand|standing)(?! up| on (?:one|1|a single) (?:leg|foot)))(?! (?:limping|with a limp|funny|lopsided)(?![a-z]))`,
      // "Throbbing in my front hip just walking round the supermarket": "just" says walking alone
      // brings it on (not "sore hip for a week and walks funny", a limp).
      // (…"just walking up to the shops": a walk, not a climb.)
      `/(?:${HURTS})(?: ${ANY_WORD}){0,6} just (?:walking|standing)(?! up(?! to))(?![a-z])`,
      // "Aching when I'm just stood on parade" (not "standing up", which is getting up).
      `/(?:${HURTS})(?: ${ANY_WORD}){0,2} (?:when|while) (?:i am |im |he is |she is |hes |shes )?(?:just |only |even )?(?:stood|standing)(?! up)(?![^ \\n])`,
      // "It hurts her to stand on one leg or even walk round the shops": walking named last in
      // a list of what hurts (not standing up from a chair).
      `/(?:${HURTS}) (?:me |him |her |them )?to(?: ${ANY_WORD}){0,6} (?:or|and) (?:even |just )?(?:walk|stand)(?! up)(?![a-z])`,
      // "Hip hurts at the front now when I walk to the shops".
      // ("…my pubic bone whenever I walk".)
      // ("…when I walk up and down the road": walking to and fro, not getting up.)
      `/(?:${HURTS})(?: ${ANY_WORD}){0,7} (?:when|whenever) (?:i|he|she) (?:am )?(?:(?:walk|walks|walking)(?! up(?! and down(?! (?:the |a |some |from )?(?:stairs|steps|staircase|chair|chairs)(?![a-z]))))|(?:stand|stands|standing)(?! up))(?![a-z])(?! on (?:one|1|a single) leg)`,
      // "A wee ache in the front of my hip, where my pocket sits, when I'm walking round Tesco":
      // the pain a clause or two before (not "clicks when I'm walking", a noise).
      '/(?<=(?:ache|aches|aching|achy|pain|painful|hurt|hurts|hurting|sore|throb|throbs|throbbing|twinge)(?:[ \\n][^ \\n]+){0,12}[ \\n])(?:when|whenever|while) (?:i am|im) (?:just )?walking(?! (?:up|down|uphill|downhill)(?![a-z]))(?![a-z])',
      // "I notice it standing at work now", "I feel it walking to the masjid" (not walking up
      // the stairs or a hill).
      '/(?:notice|noticed|noticing|feel|felt|feeling) it (?:when |while |just )?(?:standing|walking)(?! (?:up|down|uphill|downhill)(?![a-z]))(?![a-z])',
      // "Now I get it standing at the till at work all day".
      '/(?:get|getting|gets|have|having) it (?:when |while |just )?(?:standing|walking)(?! (?:up|down|uphill|downhill)(?![a-z]))(?![a-z])',
      // "Took 3 days off and walking to the shop still twinges".
      '/(?<!(?:after|before) (?:my |the |a )?)walking(?: (?!(?:up|down|uphill|downhill)(?![a-z]))[^ \\n]+){0,4} (?:still )?(?:twinges|hurts|aches|niggles|pinches)(?![a-z])',
      // "Hurts the whole time I'm standing on parade".
      `${HURTS} ~1 the_whole_time|all_the_time ~3 stand|standing|walk|walking`,
      // "Groin pain climbing the stairs AND just standing in the queue": standing listed.
      '/(?:and|or|also|plus) (?:just |even )?standing (?:in|around|at|still|about)(?![a-z])',
      // "…and when she stands in the queue at the shop".
      'stand|stands|standing in [the|a] queue|line',
      // "Sore after standing for more than ten minutes": standing long, not after a walk.
      `/(?:${HURTS}) after (?:standing|stood)(?! up)`,
      // "Standing in the queue at Tesco hurts": up to five words between.
      `/(?:walk|walking|stand|standing)(?! up)(?! with (?:a )?limp)(?! on (?:one|1|a single) (?:leg|foot))(?: ${ANY_WORD}){0,5} (?:hurt|hurts|painful|sore|agony)`,
      'cannot walk|stand properly|proper|good|normally|straight|without',
      // "Even when I'm just standing in the queue", "every step when I walk".
      `/even (?:when|while)(?: ${ANY_WORD}){0,3} (?:standing|walking)(?! up)`,
      'every|each step ~2 walk|walking',
      // "Now there every single step, even walking the dog", "there even just standing at work".
      'every single step',
      // "Standing on parade for an hour is worse than the runs", "follows me round the supermarket".
      '/standing(?: [^ \\n]+){0,6} (?:is|was) (?:worse|the worst|agony|sore|painful)(?![a-z])',
      'follows|followed|following me ~1 round|around|up ~2 supermarket|shops|house|town|stairs|office',
      // "When I stand at the bus stop it's a dull ache now".
      '/(?:when|while) (?:i|he|she) (?:stand|walk)(?! up)(?: [^ \\n]+){0,4}[ \\n](?:it is|its|there is|theres) (?:a |an )?(?:dull |deep |sharp |nagging )?(?:ache|pain|throb)(?![a-z])',
      // "Now there on the walk to the canteen".
      '/(?:there|hurts|aches|sore|twinges) on (?:the|my) walk(?! (?:home|back) after)(?![a-z])',
      '/(?:there|hurts|aches|sore|twinges|aching) (?:even )?(?:just )?(?:standing|walking)(?! (?:up|down|uphill|downhill|on (?:one|1|a single) (?:leg|foot))(?![a-z]))(?![a-z])',
      '/even (?:just )?(?:walking|standing)(?! (?:up|down|uphill|downhill))(?![a-z])',
      // "It's now there when I'm just standing in the queue": the ache is there on load.
      // "Groin pain that's there when I walk the dog".
      '/(?:it is|its|pain is|ache is|that is|thats) (?:now |still |even |always )?there (?:when|while|whenever) (?:i am |im |i )?(?:just |only )?(?:stand|standing|walk|walking)(?! up)',
      // "Even walking to the office is paining", "even standing hurts".
      `/even (?:just )?(?:walking|standing)(?! up)(?: ${ANY_WORD}){0,6} (?:${HURTS})`,
      // "Even walking up them makes the front of my hip hurt" (the stairs at work).
      '/even (?:just )?walking up (?:them|the stairs|stairs|steps)(?![a-z])',
      // "A deep ache in the groin even on the 10 min walk to the station".
      '/even (?:on|during) (?:the|my|a) (?:[^ \\n]+ ){0,3}walk(?:s)?(?![a-z])',
      // "The first steps in the morning are awful": weight through the leg after a night's rest.
      'first steps ~4 awful|agony|painful|hurt|hurts|sore|killer|brutal',
      // "Hopping on that leg very painful, walking also pain".
      '/(?:walking|standing|walk) (?:also|too|even) (?:pain|painful|hurts|sore|paining)(?![a-z])',
      // "Can barely walk": walking, with pain (not the emergency "cannot bear weight").
      'barely|hardly ~1 walk|walking',
      // The idea rather than one wording: a word for pain, and later in the same clause walking
      // or standing brought in by "when", "while" or "on" ("pain in her groin and the pubic bone
      // area when she walks and stands", "pain at the front of my hip is there now when I'm stood
      // for my shift", "pain in the front of my hip when standing in formation"). Not getting up
      // ("when I stand up"), hills, the walk home after a run, walking lunges, standing on one
      // leg (its own sign, an outer-hip test), or a pain that "goes when I walk".
      `/(?:${HURTS}|twinge|twinges|niggle|niggles|agony)(?: (?!(?:goes|go|went|gone|eases|ease|eased|settles|settled|stops|stopped|disappears|fades|better|fine|ok|okay)(?![a-z]))${ANY_WORD}){0,14} (?:when|whenever|while|on|during) (?:(?:i|he|she|they|you|we) (?:am |is |are |was |were )?|im |hes |shes |theyre )?(?:just |even |only |still |also |now )?(?:walk|walks|walking|stand|stands|standing|stood)(?! (?:up|uphill|downhill|fine|ok|okay|normally|home|back|lunges?)(?![a-z]))(?! on (?:one|1|a single|the (?:bad |sore |left |right )?|that|my (?:bad |sore |left |right )?) ?(?:leg|foot|side))(?![a-z])`,
    ],
    weights: { 'stress-fracture': 4, 'cartilage-tear': 0.5 },
    // "I can put weight on it fine"; "can't put weight on it" is counted once, as the red flag.
    unlessClauseHas: ['relief', 'cannot-bear-weight'],
    // "My left calf has been swollen, hot and really painful to walk on": the calf's, unless
    // the sentence places a pain in the hip region too (not "it hurts to walk on and my calf is
    // tight too", where the calf comes after the walking).
    unlessSentenceHas: ['calf-on-walking'],
    exceptSentenceHas: [
      'outer-hip',
      'groin',
      'front-hip',
      'buttock',
      'inner-thigh',
      'sit-bone',
      'hip-mentioned',
      'deep-hip',
    ],
  },
  {
    id: 'longer-runs-worse',
    label: 'Worse the longer I run',
    why: 'Gets worse the longer you run',
    absent: 'Does not build during a run',
    phrases: [
      'the longer|further|farther|more [that] [i|you] run|running|go|jog|keep',
      // Not "worse the longer I sit" (sitting, counted there).
      '/(?:worse|worsen|worsens|worsening|intensif[a-z]*)(?: [^ \\n]+){0,4} (?:longer|further|farther|distance|as i go|as i run)(?! (?:i |you |we )?(?:sit|sat|sitting|stand|standing|drive|driving|lie|lying))',
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
    // "Need a wee at mile 3 of every long run": the bladder's point, not a pain's; "fell at
    // mile 12 on the cobbles": the fall's.
    unlessClauseHas: ['toilet-stop', 'fall-or-twist'],
  },
  {
    id: 'uphill-or-sprinting',
    label: 'Uphill, sprinting or kicking',
    why: 'Hurts running uphill, sprinting or kicking',
    absent: 'Uphill, sprinting or kicking does not hurt',
    phrases: [
      'uphill*',
      'up ~2 hill|hills|slope|incline',
      // "When he runs hills".
      'run|runs|running|ran hills',
      'incline',
      'climb',
      'hill repeat|repeats|sprint|sprints|reps|workout|workouts',
      'sprint*',
      // Not "the first few strides", which is pain on starting.
      '/(?<!first (?:few |couple of |couple )?)strides',
      'speed work',
      // "Since I started doing speed on the track".
      'doing|do|did ~1 speed',
      'speed ~1 sessions|session|on_the_track',
      'speedwork|intervals',
      '/kick(?:s|ing|ed)?(?! in)',
      // Playing it, not "the hard benches at my kid's football" or watching it.
      '/(?<!(?:watching|watch|watched|watches|kid|kids|son|sons|daughter|daughters|child|childs|boy|boys|girl|girls|grandson|granddaughter|nephew|niece) (?:the )?)(?:football|soccer)(?! (?:on (?:the )?(?:tv|telly)|match on|game on)(?![a-z]))',
      'accelerat*',
    ],
    // Hill climbs and speed load the hip flexors, the high hamstring tendon and the adductors
    // (sports-health high hamstring; Doha: kicking and sprinting in adductor-related pain).
    weights: {
      'hip-flexor-tendinitis': 3,
      'stress-fracture': 0.5,
      'hamstring-tendinopathy': 1.5,
      'adductor-strain': 1,
    },
    sources: [HIGH_HAMSTRING, DOHA],
  },
  {
    id: 'sitting-long',
    label: 'Sitting for a long time',
    why: 'Hurts after sitting for a long time',
    absent: 'Sitting does not hurt',
    phrases: [
      // (Not "a bit of ache at my sit bone after the long hill session": the bone's name.)
      'sit|sitting|sat|seated ~3 hours|ages|desk|drive|drives|driving|flight|office',
      '/(?:sit|sitting|sat|seated)(?! bones?(?![a-z]))(?: [^ \\n]+){0,3} (?:long|day|while)(?![^ \\n])',
      'long ~1 drive|drives|flight|flights|car',
      'drive|driving|drives ~3 hour|hours|long|ages',
      'prolonged sitting',
      'desk job',
      `sit|sitting|sat|seated on ~3 saddle|bike|chair|seat|bench|bleachers`,
      'hurt|hurts|painful|sore|ache|aches ~2 sitting|when_i_sit|when_sitting',
      'after sitting',
      'sitting ~2 hurt|hurts|painful|sore|aggravate*',
      'hurt|hurts|painful|sore|ache|aches ~3 to sit|sitting',
      'sit|sitting on ~2 hard ~1 chair|chairs|seat|seats|bench|surface|surfaces',
      // "Sitting in wooden church pews", "an hour in the car".
      'sit|sitting|sat ~3 pew|pews|bleachers|stands|wooden|plastic|hard',
      // "Can't sit through the service on the hard church pew".
      'sit through ~4 service|film|movie|meeting|lecture|mass|concert|match',
      // "Sat in meetings all week", "worse the longer I sit".
      'sat|sitting|sit in ~1 meetings|lectures|traffic',
      'the longer ~2 sit|sitting|sat',
      // "Church pews are agony", "digs into a hard chair".
      `pew|pews ~3 ${HURTS}|agony|killer|torture|murder`,
      'digs|dig|digging into ~2 chair|seat|saddle',
      'hour|hours ~3 in_the_car|at_my_desk|behind_the_wheel|in_meetings',
      // "Worse on the hard pub benches".
      '/(?:worse|sore|hurts|painful|agony|aches?) on (?:the |a |those |them )?(?:hard|wooden|plastic)(?: [^ \\n]+){0,2} (?:benches|bench|chairs?|seats?|pews?|stools?)(?![a-z])',
    ],
    // Long sitting flexes the hip into impingement (AAOS FAI) and presses on the high hamstring
    // tendon at the sit bone (sports-health high hamstring); slumped sitting loads the back.
    weights: {
      'hamstring-tendinopathy': 2.5,
      'cartilage-tear': 2,
      'hip-joint': 2,
      'hip-flexor-tendinitis': 1,
      'back-referred-pain': 1,
    },
    sources: [AAOS_FAI, HIGH_HAMSTRING, NHS_BACK_PAIN],
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
      // "A sharp catch in the front of my hip when I twist".
      'when|if|whenever|every_time i|you|he|she twist=|twists',
      // "When she twists over the 2nd hurdle": the body turning on the planted leg.
      'twists|twist= over|round|around|on',
      'with|on|in a twist',
      'turn|turning ~2 around|round',
      // "Sharp groin pain turning on the track bend".
      'turning|pivoting ~3 bend|bends|corner|corners',
      // "A sharp pain when I turn to look behind me": the body turning on the planted leg.
      'turn|turning|turned ~1 to ~1 look ~1 behind|back|over',
      'rotat*',
      'swivel*',
    ],
    // Twisting pinches a torn labrum or an impinging joint (Mayo labral tear; AAOS FAI);
    // cutting and changing direction strain the adductors (Doha).
    weights: { 'cartilage-tear': 3.5, 'hip-joint': 1, 'adductor-strain': 1 },
    // "Can't rotate my leg in as far" is a stiff joint losing its turn-in, counted once there.
    unlessClauseHas: ['lost-rotation'],
    sources: [AAOS_FAI, DOHA],
  },
  {
    id: 'morning-stiffness',
    label: 'Stiff first thing in the morning',
    why: 'Stiff first thing in the morning',
    absent: 'Not stiff in the morning',
    phrases: [
      // ("Normal stiffness in both hips in the mornings": five words between.)
      'stiff* ~5 morning|mornings|wake|waking|get_up|getting_up|out_of_bed|first_thing',
      'morning|mornings ~3 stiff*',
      'first thing ~3 stiff*',
      'first few steps ~3 morning',
      'worse|worst|bad|sore ~3 in the morning|mornings|first thing',
      // "Hip feels like a rusty gate first thing": stiffness in other words.
      'rusty|creaky|creaking|seized ~4 morning|mornings|first_thing|wake|get_up|getting_up',
    ],
    // Short morning stiffness (30 minutes or less) with activity pain at 45+ is how NICE
    // diagnoses osteoarthritis; inflammatory back pain also stiffens in the morning.
    weights: { 'hip-joint': 3, 'back-referred-pain': 1 },
    sources: [NICE_OA, NHS_OA],
    unlessClauseHas: ['stiff-back'],
  },
  {
    id: 'socks-and-shoes',
    label: 'Putting on socks and shoes',
    why: 'Putting on socks and shoes is hard',
    absent: 'Socks and shoes are no trouble',
    // "I can still get my socks on" is what the hip can still do. "When I stand on one leg (like
    // putting trousers on)" is the one-leg stance, counted there.
    unlessClauseHas: ['still-can'],
    unlessSentenceHas: ['single-leg-stance'],
    phrases: [
      'put|putting|get|getting|pull|pulling ~2 on ~2 socks|sock|shoes|trousers|pants|tights|boots',
      'put|putting|get|getting|pull|pulling ~2 socks|sock|shoes|trousers|tights|boots ~1 on',
      // "Pain… also while wearing socks" (second-language English for putting them on).
      'when|while wearing|wear [my|the] socks|sock',
      // "Groin pain when I put socks" (second-language English drops the "on").
      'when|while ~2 put|putting [my|the] socks|sock|shoes',
      'tie|tying ~2 laces|shoelaces|shoes|shoe|skates|boots',
      'socks and shoes',
      // "Socks are a struggle", "shoes and socks a faff".
      'socks|sock|shoes ~3 struggle|struggling|faff|nightmare|hard|difficult|tricky|mission|battle',
      'cut|cutting ~2 toenails|nails',
      'reach|reaching ~2 feet|foot|toes',
    ],
    // Hip osteoarthritis and FAI lose bending and turning-in, so socks and shoes get hard
    // (NHS OA; AAOS FAI); a tight hip flexor is rarely the reason.
    weights: { 'hip-joint': 3.5, 'hip-flexor-tendinitis': 0.5 },
    sources: [NHS_OA, AAOS_FAI],
  },
  {
    id: 'squeezing-legs',
    label: 'Squeezing the legs together',
    why: 'Hurts to squeeze the legs together',
    absent: 'Squeezing the legs together does not hurt',
    phrases: [
      'squeez* ~3 legs|knees|thighs|together|ball|pillow',
      // "Groin squeeze pain 2 months": the adductor squeeze test, in a phone text.
      'groin|adductor|adductors squeeze|squeezing',
      // "Sore to bring the leg in": pulling the leg inwards.
      '/bring(?:s|ing)?(?: [^ \\n]+){0,2} (?:leg|legs|knee|knees|thigh)(?= (?:in|inwards|together)(?![a-z]))',
      // "Squeezing a football between my knees".
      'squeez* ~2 ball|football|pillow|cushion|foam_roller ~3 knees|legs|thighs',
      'bring|bringing|pull|pulling|press|pressing ~2 legs|knees|thighs together',
      'legs|knees together',
      'side step|steps|stepping|shuffle|shuffles|shuffling',
      // Sideways moves load the adductors: "sidestepped a dog", "stepping sideways".
      'sidestep*',
      // "Sore when I swing the leg across": bringing the leg in is the adductors' job.
      'swing|swinging|swings|bring|bringing|brings ~3 leg|legs ~1 across|inwards',
      // "Did the splits in the mud", "slid on mud and my legs go open like splits".
      'did|doing|done ~1 the splits',
      'legs ~2 go|went|going|slid|split ~1 open|apart ~2 like ~1 splits|the_splits|a_split',
      // "When I close the legs strong it hurts" (the squeeze, in a second language).
      'close|closing|closed ~2 the|my ~1 legs|knees ~2 strong|hard|tight|together',
      'step|steps|stepping|stepped|move|moving|moves|moved|lunge|lunging|push|pushing ~2 sideways|laterally',
      'lateral|side|sideways lunge|lunges|lunging',
      'side to side',
      'lateral movement|movements',
      'sideways ~1 movement|movements|motion|step|steps|moves',
      'slip|slipped|slid|slide ~1 sideways',
    ],
    // Pain on resisted adduction (the squeeze test) defines adductor-related groin pain (Doha).
    weights: { 'adductor-strain': 5 },
    sources: [DOHA],
  },
  {
    id: 'bending-forward',
    label: 'Bending forward',
    why: 'Hurts bending forward',
    absent: 'Bending forward does not hurt',
    phrases: [
      'bend|bending|bent ~2 forward|forwards|over|down',
      // "Bending in the garden", "bending to weed".
      'bend|bending ~3 garden|gardening|weed|weeding|floor',
      'touch|touching my toes',
      'lift|lifting ~2 heavy|boxes|shopping|kids',
      // "When I bend to pick up my toddler".
      'bend|bending|bent ~1 to|and ~1 pick|picking|lift|lifting',
      'cough|coughing|sneeze|sneezing',
      // "Worse bending", "hurts when I bend".
      'worse|worst|hurts|sore|painful|ache|aches|aching|pain ~2 bending|bend=',
    ],
    // Bending, lifting, coughing and sneezing load the lower back and a disc (NHS Back pain;
    // NHS Sciatica); a forward bend also stretches a sore high hamstring.
    weights: { 'back-referred-pain': 3, 'hamstring-tendinopathy': 1 },
    sources: [NHS_BACK_PAIN, NHS_SCIATICA, HIGH_HAMSTRING],
  },
];

const VOLUME = 'mileage|miles|distance|volume|km|kilometres|training|long_run|mpw|kpw';

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
      // ("Since upping mileage".)
      `increase|upped|upping|up=|ramp|bump|jumped|boost|doubled|raised|added|more ~3 ${VOLUME}`,
      `build|built ~3 ${VOLUME}`,
      // "Since we went to double sessions".
      // ("After training camp, double session every day", "two sessions a day".)
      'double|doubled|two_a_day ~1 session|sessions|days|runs',
      'two|2 ~1 sessions|runs a|per day',
      'training|altitude|warm_weather ~1 camp',
      // "Running 50 miles a week, upped it recently".
      'upped|increased|ramped_up|bumped_up|raised it|them ~1 recently|lately|quickly|fast|a_lot',
      // "I increase run a lot in last month" (second-language English).
      'increase|increased|increasing ~1 run|running|runs ~2 a_lot|very_much|too_much|so_much',
      // "I increased my running to 5 times in week from 2", "went from 2 to 5 runs a week".
      '/(?:increase|increased|increasing|upped|raised|went|jumped|bumped)(?: [^ \\n]+){0,4} (?:from (?:[1-4]|one|two|three|four) to (?:[3-9]|1\\d|three|four|five|six|seven)(?= (?:times|days|runs|sessions|x))|to (?:[3-9]|1\\d|three|four|five|six|seven) (?:times|days|runs|sessions|x)(?: [^ \\n]+){0,3} from (?:[1-4]|one|two|three|four))(?![0-9a-z])',
      // "I run every day now, before 3 times in week".
      '/every day now(?:[ \\n][^ \\n]+){0,2}[ \\n](?:before|was|used to be|previously|from) (?:[1-4]|two|three|four) (?:times|days|runs)(?![a-z])',
      // "The coach moved him to doubles", "started two-a-days".
      'moved|put|switched|started|starting|began ~3 doubles|two_a_days|twice_a_day|twice_daily',
      // "After I start running everyday for 100 days challenge", "started a run streak".
      'start|started|starting|began ~1 running|run|to_run ~1 every_day|everyday|daily',
      'run|running streak|streaks',
      'mileage ~2 jump|increase|spike|went_up|up',
      // "Training went up big time", "ramped up for Comrades".
      `${VOLUME} ~1 went|gone|shot|going up`,
      'ramped|ramping up for|training',
      // "Bumped up my k's heaps for the marathon".
      'bumped|bumping|upped ~2 my k|ks|kms',
      'too much too soon',
      // "Jumped straight back to 5 runs a week" after a baby or a break.
      `jumped|went|launched|dived|dove|rushed straight|right back ~1 to|into ~3 ${VOLUME}|runs|running|training`,
      'marathon ~2 training|block|build|plan',
      'training ~1 for ~3 marathon|half|ultra',
      'from # to # miles|km|k=',
      // "Went from about 20 miles a week to 45 in three weeks".
      `/(?:went|go|going|gone|jumped|ramped|moved|increased|upped|built) from(?: ${ANY_WORD}){0,2} ${NUMBER}(?: ${ANY_WORD}){0,4} to(?: ${ANY_WORD}){0,2} ${NUMBER}`,
      'extra miles',
      // "Running twice as much since February", "went 40 to 80k last month".
      'running|run|doing|training|ran ~1 twice|double as_much|the_mileage|the_miles|the_distance',
      `/(?:went|jumped|gone|going|ramped|upped|increased) ${NUMBER} ?(?:k|km|miles?|mpw|kpw)? to ${NUMBER} ?(?:k|km|miles?|mpw|kpw)(?![a-z])`,
      // "Started after I added a 6th run each week" (not "added a rest day").
      '/(?:added|adding|add) (?:a |an |another |one more )?(?:extra |\\d+(?:st|nd|rd|th) |second |third |fourth |fifth |sixth |seventh )?(?:run|runs|session|sessions|running day|run day)(?![a-z])',
      // "Practising twice daily for a month; before, I was doing nothing": from nothing to a load.
      'before|previously|until_then|before_that ~3 doing|did ~1 nothing|no_exercise|no_running|zero',
      // "Since starting a 100-mile-week plan", "new 70k week block": a big new training load.
      'start|started|starting|began|begun|new|moved|switched ~4 # mile|miles|km|k= week|weeks|plan|block',
      '# mile|miles|km|k= week|weeks plan|block|program|programme',
      // Weekly volume shorthand: "jumped to 60mpw", "upped to 80 kpw".
      `/(?:increased?|upped|ramped|bumped|jumped|doubled|raised|went up|built up|moved up)(?: ${ANY_WORD}){0,4} \\d+ ?(?:mpw|kpw)(?![a-z])`,
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
      // Tagalog in an English post: "nadapa siya" (tripped and fell), "natumba", "nahulog".
      'nadapa|natumba|nahulog',
      // "Face planted at km 3 of parkrun".
      // (Not "face planted into bed after the long run".)
      '/(?:face planted|faceplanted|face plant|faceplant|face planting)(?! (?:into|onto|on) (?:my |the |a )?(?:bed|sofa|couch|pillow|pizza|cake|food|plate|desk|keyboard|dinner)(?![a-z]))',
      // "Slid getting out the bath", "slipped climbing out of the shower".
      'slid|slipped|slips|slide ~1 getting|climbing|stepping ~1 out|in|into ~2 bath|shower|tub|car|bed',
      // "Staff rang to say she slid off her chair": a fall, in a care home's words.
      'slid|slipped|slithered|slumped off|out_of ~2 chair|bed|toilet|sofa|seat|wheelchair|commode',
      // A collision: "skied into a tree", "rode into a post", "hit a wall on the bike".
      'skied|skiing|snowboarded|sledged|skated|crashed|cycled|rode|smashed|slammed|careered|ploughed|plowed into ~1 a|the tree|wall|lamppost|barrier|fence|rock|pole',
      // Not the season ("last fall"), nor "fell behind", "fell in love", "fall short", "fell off
      // the pace", "fell apart", "fall asleep".
      '/(?<!(?:this|last|next|early|late) )(?:fall|falls|falling|fallen|fell)' +
        // "I fall for my right side" (on it) is a fall; "fell for the trick" is not.
        '(?! (?:asleep|behind|back|short|apart|in love|out of love|into|away|through|for(?! (?:my|the|his|her) (?:(?:left|right) )?side)|off the pace|' +
        // "My fall marathon", "fall race season": the season, American style.
        'marathon|half|race|races|racing|season|training|block|goal|ultra|10k|5k|semester|term|' +
        'off a cliff|off the wagon|flat|victim|ill|sick|pregnant|' +
        // "Ex fell runner", "fell shoes": the sport of running the hills.
        // ("Did a couple of lovely fell runs", "fell race", "fell tops": the hills themselves.)
        'runner|runners|shoes|shoe|club|championship|championships|series|run|runs|race|races|top|tops|path|paths|route|routes|' +
        // "Fell running is on hold" (not "fell running down the stairs").
        'running (?:is|was|has|season|race|races|club|on hold)|' +
        // "60 y/o fell walker".
        'walker|walkers|walking club))',
      // Not "my pace slipped" or slippers.
      'slip|slipped|slipping on|over|down|and|while|when|in|at|off',
      'slip|slipped|slipping ~2 ice|mud|wet|leaves|stairs|step|kerb|curb',
      'slid|slide|sliding ~3 ice|mud|wet|leaves|scree|gravel|rocks|stairs',
      'tripped|tripping',
      // "Got wiped out by a cyclist on the towpath", "knocked over by a dog".
      'wiped|knocked|taken ~1 out|over|down ~2 by',
      // "Trip on kerb" (a clinic note), "a trip over a root".
      'trip|trips on|over ~2 kerb|curb|step|stair|stairs|root|roots|rock|kerbstone|pothole|cable|hurdle|pavement',
      'skid|skidded|skidding ~2 on|off|over|and',
      // "Went flying on the bend", "sent flying".
      'went|sent|go|going flying',
      'stepped|stepping ~3 wrong|awkward*|badly|funny',
      '/(?:and|then|i|he|she|just) went down(?! (?:hill|the|a |to|well|fine|ok|okay|easy|again))',
      'twisted',
      'twist= my|it|the',
      'after [a|an] twist|twisting',
      '/stumbl(?:e|ed|es|ing)(?! (?:across|upon|on (?:this|a|your)))',
      // A crash into something, not "crashed at mile 20" (ran out of energy) or a crash diet.
      'crash|crashed|crashing ~2 into|off|onto',
      // "Came off at 40km/h onto my left hip", "came off my bike": a crash.
      '/(?:came|come|coming) off (?:at (?:about |around )?\\d[^ \\n]*|onto|on to|(?:my|the|his|her|a) (?:bike|mount))',
      // "Fell off my horse", "thrown from the pony" (read as "mount").
      'fell|fallen|thrown|threw_me|bucked ~2 off|from ~1 my|the|a|her|his|our mount',
      // "Went over the handlebars", "had a tumble on the landing", "went down on my hip".
      'over ~1 the|my handlebars|bars',
      'tumble|tumbled|tumbles',
      // "Rolled down a scree bank", "slid down the embankment": a fall on a trail.
      'rolled|rolling|slid|sliding|tumbled ~1 down ~2 bank|banks|embankment|slope|scree|gully|ravine|verge|ditch|stairs|steps',
      'went down on ~2 my|his|her|the ~1 hip|side|knee|buttock|back',
      // "Got doored on my bike, went down at maybe 20 mph right on my left hip": a car door opened
      // into a cyclist, and a landing on the hip a few words after "went down".
      // (Not "nearly got doored by a taxi but swerved"; not "went down onto my side to do the
      // clamshells", nor "went down to the physio right on my side of town".)
      '/doored(?<!(?:nearly|almost|narrowly|near)(?: got| been| getting)? doored)(?![a-z])',
      '/(?:went|came) down(?: [^ \\n]+){0,5} (?:right|square|straight|smack|slap bang) (?:on|onto|on to) (?:my|his|her|the) (?:(?:left|right|bad|good) )?(?:hip|buttock|backside|bum)(?![a-z])',
      'went|go|going down on ~2 ice|black_ice|the_ice|wet|mud|leaves|gravel|road|pavement|concrete|tarmac|bend|corner|track|trail',
      // "My hip smashed the kerb", "slammed into the barrier".
      'smashed|slammed|whacked|banged|crashed ~2 into|on|onto|against ~2 kerb|curb|ground|floor|pavement|deck|barrier|rail',
      'hip|side|knee ~1 smashed|slammed|hit ~2 the|a kerb|curb|ground|floor|pavement|deck|barrier|rail',
      // "Whacked the outside of my hip on the floor".
      'smashed|slammed|whacked|banged ~4 hip|side|knee ~1 on|against ~2 kerb|curb|ground|floor|pavement|deck|barrier|rail',
      // "Crashed at the crit": a crash in a race or on the road.
      'crashed ~2 at|in|during ~2 crit|race|descent|corner|sprint|finish',
      // "Crashed at 35kph on the TT bike", "came off my bike".
      'crashed ~2 at|on ~3 bike|kph|mph|speed|descent',
      'came off ~2 bike|the_bike|my_bike|a_bike',
      // "Came flying off the back of the gym treadmill", "got thrown off the horse".
      'flying|flew|thrown|catapulted ~1 off ~4 treadmill|bike|horse|ladder|wall|scooter',
      // "Got clattered at touch rugby and landed on the point of my hip", "landed square on my
      // hip on the kerb": a hit or a landing on the hip.
      'clattered|flattened|tackled|upended|poleaxed',
      // "Took a heavy tackle right on the bony top of his hip".
      'took|taken|take|takes ~2 tackle|hit|knock|whack|bang ~3 on|to|into|from',
      // "Rolled off the edge of the path", "found on the floor by her bed".
      'rolled off ~2 edge|path|trail|bank|bed',
      'found on the floor|ground',
      'landed|landing ~3 on ~2 my|the|his|her ~1 hip|side|point|backside|buttock',
      // "Came off on the ice", "came off in the mud on the descent".
      // (Someone came off, not "the pace came off on the descent".)
      '/(?:(?<![^\\n])|(?<=(?:i|he|she|they|we|just|then|and) ))(?:came|come) off (?:on|in) (?:the |some |a patch of )?(?:ice|mud|wet|gravel|scree|rocks|descent|bend|corner)',
      'bike|car|cycling|bicycle crash',
      // "Crashed my bike on a training ride".
      'crashed|crash|wrecked ~1 my|the|his|her ~1 bike|car|scooter|motorbike|ebike|e-bike',
      // "Came down on the edge of the box", "came down on my hip".
      'came|come down on ~2 the|my|his|her ~1 edge|side|hip|ground|box|knee|back|bar|hurdle',
      // "Came down on wet leaves on a trail", "came down on the ice": a fall on a slippery path.
      // (A person came down: not "the rain came down on the road", "Mum came down on a wet
      // Sunday", "came down on the ice cream van", nor a box jump "came down on concrete".)
      '/(?:came|come)(?<=(?:(?<![^\\n])|(?:i|he|she|we|and|then|just|dad|mum|mom|husband|wife|son|daughter|grandad|grandma|nan) )(?:came|come)) down on (?:the |some |a patch of |a bit of )?(?:black ice|ice|wet leaves|leaves|mud|wet grass|scree|loose gravel|gravel|pavement|kerb|curb)(?! cream)(?![a-z])',
      // "Hit the left hip full whack": a blow to the hip itself, however it happened (not "hit
      // the downhill side full pelt", nor "been hitting the glutes and hip full force in the gym").
      '/(?:hit|whacked|banged|smacked|smashed)(?: [^ \\n]+){0,3} hip full (?:whack|force)(?![a-z])',
      'went down hard|awkward*',
      // "Came down hard at the race", "hit the deck", "came a cropper".
      'came|come|coming down ~1 hard|awkward*|heavily',
      'hit the deck|tarmac|pavement',
      'came a cropper',
      // "Missed the bottom stair".
      'missed ~2 step|stair|stairs|kerb|curb|footing|last_step|bottom_step|bottom_stair',
      // "Kissed the tarmac on the ice", "clipped by a cyclist".
      'kissed|kiss|kissing the ~1 tarmac|pavement|ground|deck|floor|road|concrete|dirt|asphalt',
      'clipped|taken_out by ~1 a|the ~1 cyclist|bike|car|runner|dog|scooter',
      // "Ate it on my e-scooter", "stacked it on the ice".
      // Not "ate it at mile 10" (a gel).
      'ate it ~1 on|hard|badly|coming|going|down',
      'ate dirt|pavement|tarmac|concrete|gravel|shit',
      'stacked|stack it',
      // "Went arse over tea kettle on black ice", "ass over teakettle", "arse over tit".
      // (A rewrite makes them all "head over heels".)
      'head over heels',
      // "Went arse over at parkrun on a tree root" (the rewrite reads "arse" as the buttock).
      '/went (?:buttock|arse|ass) over(?= (?:at|on|in|onto|into|the|a|and|while|when|during|hard)(?![a-z]))',
      // "He went over in the finish funnel", "took a tumble", "hit the deck".
      '/went over(?= (?:in|at|on the|onto|hard|badly|backwards|sideways|and|while|when|during))',
      'took|had a tumble|spill|fall',
      'hit the deck|floor|ground',
      'went|gone|goes|go|going over on',
      'wipe|wiped out on|over|coming|when',
      // "Came off my bike", "knocked off my bike", "thrown from a horse".
      'came|come|coming off ~2 bike|bicycle|motorbike|scooter|horse|board|skateboard|ladder|wall',
      'knocked|thrown off|over|down ~2 by|bike|horse|car',
      // "A cyclist knocked me flat onto my hip".
      'knocked|knocks ~1 me|him|her|them ~1 flat|over|down|flying',
      'thrown from',
      'hit the deck',
      '/hit the ground(?! running)',
      'took|had a tumble',
      'tumbled',
      'landed ~2 on ~2 hip|side|awkward*',
      'awkward* ~2 landing|step|twist|movement',
      'collision|collided',
      // (Not "a ping in my calf, like being hit by a stone": a likeness.)
      '/(?<!(?:like|as if)(?: i was| i had been| being| getting)?(?: [^ \\n]+)? )hit by',
      // Not "a little accident on the run" (bladder or bowel, the cauda equina flag's).
      // (Nor "an accident (bowels)": the brackets name what kind.)
      '/(?<!(?:little|small|tiny|toilet|bladder|bowel|wee|poo|potty|pee) )accident(?! in (?:my|his|her|the) (?:pants|shorts|knickers|tights|bed|underwear))(?!\\n(?:bowel|bowels|bladder|wee|pee|poo|stool|stools|urine)(?:\\n|$))',
    ],
    weights: { 'cartilage-tear': 2.5, 'hip-bursitis': 0.5 },
    // "I've tripped twice catching my toes" is foot drop, not an injury; "tripped on a root, got
    // straight up, no pain at all" is a fall that did no harm (the hip that hurts now is another
    // story, told elsewhere).
    unlessSentenceHas: ['foot-drop', 'no-harm'],
    // …but "fell, totally fine at first, and now the pain is the worst I've had" did harm.
    exceptSentenceHas: [
      'severe-pain',
      'cannot-bear-weight',
      'deformity',
      'leg-shortened-or-turned',
    ],
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
      // "Very sensible when I touch" (French sensible, Spanish sensible: sensitive).
      'sensible|sensitive ~3 touch|press|pressing',
      'touch|press|pressing|pressed|poke|push|pushing ~4 hurt|hurts|pain|painful|sore|ouch',
      'hurt|hurts|pain|painful|sore ~2 to [the] touch|press',
      // (Not "made me check for bruises and there are none": looked for, not found.)
      // (Nor "the bruise has gone yellow now and it doesn't hurt": a mark said not to hurt.)
      '/(?<!(?:check|checked|checking|look|looked|looking|search|searched) (?:me |my [a-z]+ |myself )?for )bruis[a-z]*(?!(?:[ \\n][^ \\n]+){0,8}[ \\n](?:does not|doesnt|did not|didnt|do not|dont) hurt(?![a-z]))(?!(?:[ \\n][^ \\n]+){0,8}[ \\n](?:no pain|not sore|not painful|not tender|pain free|painless)(?![a-z]))',
      'sore spot',
    ],
    // "Front of my thigh's bruised" after a knock is the bruise, not a tender tendon.
    // (Nor "bruised ego only": pride.)
    unlessClauseHas: ['thigh-knock', 'emotional-idiom'],
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
      // Not "weight gain is on track", "back on track with training".
      '/on (?:the |a )track(?! (?:with|for|to))|(?<!(?:is|are|was|were|be|been|back|stay|stays|staying|get|getting|keep|kept|keeping|still|right|all) )on track(?! (?:with|for|to))',
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
    // A leg that gives way while it is weak or numb is losing its nerve supply ("my knee buckled
    // on the stairs, and the front of my thigh is numb"), not catching on a torn labrum.
    unlessSentenceHas: ['leg-weakness', 'numbness-tingling'],
  },
  {
    id: 'limp',
    why: 'A limp',
    absent: 'No limp',
    phrases: [
      // Not "legs went limp as overcooked spaghetti": floppy, not a limp.
      // Nor "training sort of limped along through December".
      // Nor "my limp excuse for a tempo run": a feeble effort.
      '/(?<!(?:went|go|goes|gone|going|felt|feel|feels) )limp[a-z]*(?! along)(?! (?:excuse|effort|attempt|performance|lettuce|handshake|biscuit)(?![a-z]))',
      'hobbl*',
      // "Now I'm dot-and-carrying up the stairs": an old word for walking with a limp.
      'dot and carry|carrying|carried',
      // Scots "hirplin".
      'hirpl*',
      // "Now walking with his old frame": a walking frame back in use (not "walks with her
      // frame as normal", as she always has).
      '/(?:now|again|back|started|starting|having to|had to|has to|needs to|need to) (?:be )?(?:walking|walk|using|use) (?:with )?(?:his|her|my|the|a|an) (?:old )?(?:frame|zimmer|walker)(?![a-z])',
      'walk|walking ~2 funny|weird|strange|awkward*|differently|lopsided',
      'favour|favor ~2 leg|side',
      // "Running with a hitch in her stride".
      'hitch ~3 stride|gait|step|running|walk|walking',
      'favouring|favoring|favours|favors ~2 leg|side|hip|it|one',
      'walk|walked|walking ~4 funny|oddly|strangely|awkwardly|weird|lopsided',
      // "Coach says he's been 'running funny'": a changed gait seen from outside.
      'running ~2 funny|oddly|lopsided',
      // "Not wanting to put her weight properly through the left leg". (Not "walked like a
      // penguin": that is as often the day after a marathon.)
      'not ~1 wanting|want|wants ~1 to ~1 put ~3 weight ~1 properly|fully|through|on',
      // "Can't put her full weight on it", "won't put weight on it properly": some weight, not all.
      FULL_WEIGHT_DENIED,
      '/(?:not|never|cannot)(?: [^ \\n]+){0,6} weight(?: [^ \\n]+){0,3} (?:fully|properly|completely)(?![a-z])',
      // "Walking with a bit of a waddle, foot turned out".
      'waddle|waddling',
      // "Asked why I'm walking like a pirate", "walking like he's got a stone in his shoe".
      'walking|walks|walk ~2 like ~1 a ~1 pirate',
      // "He walks like John Wayne after every run" (not one race's stiff legs: see below).
      'walking|walks|walk|walked ~2 like john wayne after ~1 every|each ~1 run|runs',
      // "Walking like a cowboy who's lost a boot", "dips to one side when she walks".
      'like ~4 lost ~1 a|his|her|one ~1 boot|shoe',
      'dips|dipping|lurches|lurching ~3 to_one_side|sideways',
      'walking|walks|walk ~2 like ~5 stone in ~2 shoe',
      // "He's started walking with his foot turned out", "his foot seems to point outwards when
      // he walks": a new out-turned gait, the way a slipped growth plate shows (not "my feet
      // point out", which is how someone is built).
      '/(?:started|starting|begun|now) walking with (?:his|her|their|my|a|the) (?:left |right )?(?:foot|feet) (?:turned|pointing) out',
      '/(?:foot|feet) (?:seems? to |seem to )?points? out(?:wards?)? when (?:he|she|they) walks?(?![a-z])',
      // "I'm definitely shuffling round the supermarket".
      // (Not "I'm 77, still shuffle round the park": an older runner's word for their running.)
      '/(?<!still )(?:shuffling|shuffle|shuffles)(?: [^ \\n]+){0,2}? (?:round|around|about)(?! (?:the |a |my )?(?:park|parkrun|course|track|loop|block|lake|field|5k|10k|trails?|paths?)(?![a-z]))',
      // "He's running a bit lopsided".
      'running|runs|ran ~2 lopsided|wonky',
      // "I can only shuffle with my frame", "can only hobble": walking, just. (Not "can only
      // shuffle at parkrun these days": an older runner's pace.)
      'can|could only ~1 hobble|limp',
      'can|could only ~1 shuffle with|on|using ~1 my|a|the frame|stick|sticks|crutch|crutches|walker|zimmer',
    ],
    weights: { 'stress-fracture': 3 },
    // "Had Perthes as a kid and limped till I was 12": the writer's childhood, not a limp now…
    // Nor "walked like a penguin for two days, legs wrecked" after a marathon: all-over soreness;
    // nor "hobble the first few steps, then it loosens off": a stiff joint warming up.
    // Nor "my leg went totally dead… felt a right idiot hobbling out": a leg asleep, waking.
    unlessSentenceHas: [
      'long-ago',
      'writer-past-age',
      'general-soreness',
      'loosens-up',
      'limb-asleep',
    ],
    // …but "fell in 2019 and I'm still limping" is now.
    exceptSentenceHas: ['ongoing', 'happening-now'],
    // "Limping around in the boot" for a broken foot: the boot's limp, not the hip's.
    unlessClauseHas: ['in-a-boot'],
  },
  {
    id: 'low-energy',
    why: 'Low energy, missed periods or low bone density',
    absent: 'No low energy or missed periods',
    phrases: [
      'female= athlete',
      'missed|missing|lost|stopped|irregular|absent|skipped ~1 period|periods|cycle|cycles',
      'no period|periods',
      // "Since 2 years I have no menstruation".
      'no|stopped|missed menstruation|menses',
      'period|periods ~2 stopped|gone|missing|disappeared|awol|irregular|vanished',
      'not ~2 had ~1 period',
      'amenorrh*',
      'reds',
      'relative energy',
      'low energy',
      // "Not really eating enough if I'm honest".
      'not ~1 eating enough',
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
      // "She eats very little and is very thin", "barely eating".
      'eats|eating|eat ~2 very_little|hardly_anything|barely_anything|next_to_nothing|like_a_bird',
      'barely|hardly ~1 eating|eats',
      // "Eating as little as I can get away with".
      'eating|eat|eats as little as',
      // "She's been eating a lot less since she started a 'clean eating' thing".
      'eating|eats ~1 a_lot_less|much_less|far_less|way_less|loads_less',
      // "Dieting… eating pretty light and running 60 miles a week".
      'eating|eat|eats [pretty|very|really|quite|super] light|lightly',
      'clean eating',
      // "She's breastfeeding and running 5 days a week… dropped a lot of weight fast": feeding a
      // baby takes hundreds of calories a day, so weight falling off a runner then is energy
      // running short (docs/clinical-decisions.md, "Twenty-eighth pass").
      // (Not "nursing", a job as often; nor weight lost "without trying", which is unexplained.)
      '/(?:breastfeeding|breast feeding|breastfeeds|lactating|ebf|ebfing)(?:[ \\n][^ \\n]+){0,16}[ \\n](?:dropped|lost|losing|dropping|shed|shedding) (?:a lot of |lots of |loads of |so much |a ton of |tons of |heaps of )?(?:the )?(?:baby )?weight(?! (?:without|not) (?:trying|meaning to)| for no reason)(?![a-z])',
      // (A thin runner, not "my shoes are so thin".)
      '/(?<!(?:shoes?|trainers|sneakers|flats|spikes|racers|soles?|socks|tights|ice|layers?|cushioning)(?: are| is| were| was)? )(?:very|really|so|too|painfully) (?:thin|skinny)(?! (?:soles?|shoes|trainers|sneakers|cushion[a-z]*|ice|layers?|socks|tights|jacket|material|stack))',
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
      // "Only on long runs in Feb, now every run from the start".
      '/only (?:on|after|at the end of|towards the end of) (?:my |the )?long runs?(?:[ \\n][^ \\n]+){0,6}[ \\n]now(?: [^ \\n]+){0,3} (?:every run|from the start|right from the start|from the first)(?![a-z])',
      // "Now it starts at mile 1 instead of mile 8".
      `/(?:starts|comes on|kicks in|begins|hurts|starting)(?: ${ANY_WORD}){0,2} (?:at|by|after|in|from) ${RUN_POINT} instead of (?:at )?${RUN_POINT}`,
      // "Used to start at the end of the run, now it's in the first km".
      `/used to(?: ${ANY_WORD}){0,4} (?:at|near|towards|by) the end(?:[ \\n]${ANY_WORD}){0,8}[ \\n]now(?:[ \\n]${ANY_WORD}){0,4}[ \\n](?:in|at|within|from) the (?:first|start|beginning)`,
      'sooner and sooner',
      // "Every run it is coming more early" (second-language English).
      'come|comes|coming|start|starts|starting ~2 more early|soon|earlier',
      'come|comes|start|starts|kick|kicks|begin|begins|appear|appears|turns|turned|shows|showed ~2 earlier|sooner|quicker',
      'fewer|less|shorter ~3 miles|km|minutes|distance ~3 before|each|every',
      'shorter and shorter',
      // "Kicks in after 2 km now, it used to be 8 km" ("10k" as one word too).
      // The two halves may sit in two clauses: "it used to start at 8 miles, now at 2".
      `/now(?:[ \\n]${ANY_WORD}){0,4}[ \\n]used to(?: ${ANY_WORD}){0,3} ${AMOUNT}(?! (?:a|per) week)`,
      `/used to(?: ${ANY_WORD}){0,4} ${AMOUNT}(?! (?:a|per) week)(?:[ \\n]${ANY_WORD}){0,4}[ \\n]now`,
      // "Used to start at mile 8 on long runs, then mile 5, and now it's there after 2 miles":
      // the then-and-now may be a few clauses apart, and the point either way round.
      `/used to(?: ${ANY_WORD}){0,4} ${RUN_POINT}(?:[ \\n]${ANY_WORD}){0,12}[ \\n]now(?:[ \\n]${ANY_WORD}){0,6}[ \\n]${RUN_POINT}(?! (?:a|per) week)`,
      // "It started hurting at 10k, now it starts at 2k".
      `/(?:started|starting|began|begun|came on)(?: ${ANY_WORD}){0,4} ${AMOUNT}(?:[ \\n]${ANY_WORD}){0,4}[ \\n]now(?: ${ANY_WORD}){0,4} ${AMOUNT}`,
      // "Aching at mile 6, then it was mile 4, now within the first mile": a point in the run,
      // then another, then now (any wording in between), or now at the very start of a run.
      `/${RUN_POINT}(?:[ \\n]${ANY_WORD}){0,6}[ \\n]then(?:[ \\n]${ANY_WORD}){0,5}[ \\n]${RUN_POINT}(?:[ \\n]${ANY_WORD}){0,6}[ \\n](?:now|these days|today|this week|this time)\\b`,
      // "Used to start at mile 6, last week it was mile 3, today within the first half mile".
      `/(?:used to|started|start)(?: ${ANY_WORD}){0,4} ${RUN_POINT}(?:[ \\n]${ANY_WORD}){0,6}[ \\n](?:last week|then|next|after that)(?:[ \\n]${ANY_WORD}){0,4}[ \\n]${RUN_POINT}`,
      // "Starts at 8k, last week 5k, today it kicked in at 2k": three points, the last today.
      `/${RUN_POINT}(?:[ \\n]${ANY_WORD}){0,3}[ \\n](?:last week|yesterday|then)[ \\n]${RUN_POINT}(?:[ \\n]${ANY_WORD}){0,3}[ \\n](?:today|now|this week)\\b`,
      // "Started at mile 8 on Tuesday, mile 5 on Thursday and today it kicked in at mile 2":
      // three points in three runs, the last today.
      `/(?:started|starts|start|came on|kicked in|kicks in|began|begins)(?: ${ANY_WORD}){0,3} (?:at|after|around|by|about) ${RUN_POINT}(?:[ \\n]${ANY_WORD}){0,5}[ \\n]${RUN_POINT}(?:[ \\n]${ANY_WORD}){0,8}[ \\n](?:today|now|this morning|tonight|this week)(?:[ \\n]${ANY_WORD}){0,6}[ \\n]${RUN_POINT}`,
      // "Used to start at about 8 miles, this week it started at 3".
      `/used to(?: ${ANY_WORD}){0,4} ${RUN_POINT}(?:[ \\n]${ANY_WORD}){0,4}[ \\n](?:now|this week|today|these days|lately)(?:[ \\n]${ANY_WORD}){0,4}[ \\n](?:at|after|by|around|within) ${NUMBER}(?![0-9])`,
      // "Used to show up at the end of my runs, now starts around 3k".
      `/used to(?: ${ANY_WORD}){0,6} (?:end|last bit|last part) of (?:my |the |a )?(?:runs?|long runs?)(?:[ \\n]${ANY_WORD}){0,4}[ \\n]now(?: ${ANY_WORD}){0,3} (?:at|after|by|around|within|from) ${RUN_POINT}`,
      // "Now kicks in at 2 miles when last week it was 5".
      `/now(?: ${ANY_WORD}){0,3} (?:at|after|by|within|around) ${RUN_POINT}(?:[ \\n]${ANY_WORD}){0,4}[ \\n](?:last week|last time|last month|previously|it used to be)(?:[ \\n]${ANY_WORD}){0,3}[ \\n]${NUMBER}`,
      `/${RUN_POINT}(?:[ \\n]${ANY_WORD}){0,10}[ \\n](?:now|these days)(?:[ \\n]${ANY_WORD}){0,6}[ \\n](?:first|1st|opening) (?:mile|km|kilometre|kilometer|k|few|couple|minute|minutes|5|ten|10|five)`,
    ],
    // "wk1: niggle at mile 8 / wk2: at mile 5 / wk3: at mile 2": three points, each sooner.
    alsoRead: readShrinkingRunPoints,
    weights: { 'stress-fracture': 3 },
  },
  {
    id: 'older-age',
    why: 'Aged 45 or over',
    absent: 'Younger than 45',
    phrases: [
      '/(?:4[5-9]|[5-9]\\d) (?:year|years|yr) old',
      '/(?:4[5-9]|[5-9]\\d) ?(?:yo|y o)',
      '/(?:4[5-9]|[5-9]\\d)[mf](?! (?:sprint|dash|repeats|reps|hurdles))',
      '/(?:aged|age) (?:4[5-9]|[5-9]\\d)',
      // "Mum's 79 and already has arthritis", "my aunty is 58".
      `/(?:${OLDER_RELATION}|husband|wife|partner)(?: is)? (?:4[5-9]|[5-9]\\d)(?![0-9])${NOT_A_COUNT}`,
      // "Mum and I run together, she's 70".
      '/(?:she is|he is|shes|hes|who is) (?:4[5-9]|[5-9]\\d)(?![0-9])(?! (?:min|mins|minutes|miles|mile|km|k|weeks|days|months|kg|kgs|lbs|percent|of|out|x|times)(?![a-z]))',
      // An age on its own at the start of a clause: "…, 55, can't rotate it", "68 and still
      // running". Not a distance, a time or a count ("50 miles a week", "60 mins").
      '/(?<![^\\n])(?:4[5-9]|[5-8]\\d)(?=\\n|$| and still| and (?:i am |have been )?(?:still )?(?:run|running|jog))',
      '/i am (?:4[5-9]|[5-9]\\d)(?! (?:min|mins|minutes|miles|mile|km|k|weeks|days|hours|seconds|' +
        'kg|kgs|lbs|pounds|stone|percent|of|out|x|times|runs|marathons)(?![a-z]))',
      '/in my (?:late )?(?:40s|forties|50s|fifties|60s|sixties|70s|seventies|80s)',
      // A relation's or a friend's too ("a mate of mine in his 50s"), not a stranger's ("a woman
      // in her 60s overtook me").
      '/(?:mate|mates|friend|pal|buddy|dad|father|mum|mom|mother|husband|wife|partner|brother|sister|uncle|aunt|auntie|grandad|grandpa|gran|granny|grandma|neighbour|neighbor|client|patient)(?: of mine)?(?: [^ \\n]+){0,3} in (?:his|her|their) (?:early |mid |late )?(?:50s|fifties|60s|sixties|70s|seventies|80s|eighties)(?![a-z])',
      'fifty|sixty|seventy something',
      'menopaus*',
    ],
    // NICE NG226: at 45 or over, activity-related joint pain with short morning stiffness is
    // osteoarthritis, diagnosed without X-rays. Age alone ranks nothing (it is background).
    weights: { 'hip-joint': 2.5 },
    sources: [NICE_OA],
  },
  // "A deep ache in the hip": the joint itself, ranked as groin pain is (Doha; NICE NG226; AAOS
  // FAI). Not a zone of its own: for the bone-stress flag only the groin and the front of the
  // hip count, as the sources place a femoral neck stress fracture's pain (see
  // docs/clinical-decisions.md).
  {
    id: 'deep-hip',
    why: 'A deep pain in the hip joint',
    absent: 'Not deep in the joint',
    // "Not the outside, it's deep inside at the front".
    phrases: [
      'deep ~3 hip|hips|joint|pelvis',
      'deep inside ~2 at|in the front',
      // "His right hip aches deep inside".
      'hip|hips ~1 ache|aches|aching|hurts|hurting|throbs deep inside|within|down',
      // "A deep ache in the front of my hip… feels like it's in the bone".
      'deep ache|pain|throb ~5 hip|hips',
      // (Only after the hip is named: "shins ache at night, like a toothache in the bone" is the
      // shin's.)
      '/(?<=(?:hip|hips|groin|pelvis|pocket|pockets|crease)(?:[ \\n][^ \\n]+){0,16}[ \\n])like(?: [^ \\n]+){0,3} in the bone(?![a-z])',
    ],
    weights: GROIN_WEIGHTS,
    sources: [DOHA, NICE_OA, AAOS_FAI],
  },
  // "A deep ache in my right bum cheek": deep buttock pain is the high hamstring's or the back's
  // (HIGH_HAMSTRING; NHS Sciatica), rarely the outer hip's, whose pain sits on the bony side.
  // "Deep in the buttock", right at the sit bone, is the sit-bone zone's.
  {
    id: 'deep-buttock',
    why: 'A deep ache in the buttock',
    absent: 'Not deep in the buttock',
    phrases: [
      'deep ~1 ache|aching|pain|throb ~4 buttock|buttocks|glute|glutes',
      // "A pain deep in his left buttock".
      'ache|aching|pain|throb ~1 deep in ~2 buttock|buttocks|glute|glutes',
      // "The pain is in buttock deep" (Polish and Turkish word order).
      'ache|aching|pain|throb ~3 buttock|buttocks|glute|glutes deep',
    ],
    weights: { 'hamstring-tendinopathy': 2, 'back-referred-pain': 2 },
    sources: [HIGH_HAMSTRING, NHS_SCIATICA],
  },
  {
    id: 'pinching',
    why: 'A pinch at the front of the hip',
    absent: 'No pinching',
    // (Not "a pinched nerve": a nerve's name, not a pinch felt in the hip.)
    phrases: ['/pinch(?:es|ed|ing|y)?(?! of| nerve)'],
    // A pinch at the front of the hip when it bends is the impinging joint's, or its labrum's
    // (AAOS FAI; Mayo Clinic hip labral tear).
    weights: { 'hip-joint': 2.5, 'cartilage-tear': 1, 'hip-flexor-tendinitis': 0.5 },
    sources: [AAOS_FAI],
  },
  {
    id: 'lost-rotation',
    why: 'The leg will not turn in as far as it did',
    absent: 'Turns in normally',
    phrases: [
      'cannot|hard|difficult|struggle|struggling ~3 turn|rotate|roll ~3 leg|legs|foot|feet|knee|hip in|inward|inwards',
      'turn|turning|rotate|rotating ~2 leg|foot|knee|hip in|inward|inwards ~3 hurt|hurts|pain|pinch*|limited|stiff',
      'stiff|stiffness|tight|hard|difficult|painful|limited|blocked ~2 turning|rotating|turn|rotate ~2 it|leg|legs|foot|feet|knee|hip in|inward|inwards',
      'internal rotation',
      // "Trainer did a test twisting it in and it hurt" (the impingement test, AAOS FAI).
      'twisting|twisted|twist|turning|turned|rotating|rotated ~1 it|leg|hip in ~3 hurt|hurts|pain|painful|sore|pinch*',
      // Sitting cross-legged on the floor needs the hip to bend and turn out fully (AAOS FAI).
      'sit|sitting|sat ~2 cross legged',
      // "Can't rotate it like the other one": less turn than the other side.
      'cannot|hard|difficult|struggle|struggling ~2 turn|rotate|twist ~3 it|leg|hip|hips ~2 like|as_far_as|as_much_as ~2 the ~1 other|other_one|other_side',
      'rotation ~3 limited|reduced|lost|less|poor|restricted',
      'limited|reduced|lost|less|poor|restricted ~2 rotation',
    ],
    // Losing the hip's turn-in (internal rotation) is the first movement hip osteoarthritis and
    // impingement take away (NICE NG226; AAOS FAI).
    weights: { 'hip-joint': 3, 'cartilage-tear': 0.5 },
    sources: [NICE_OA, AAOS_FAI],
  },
  // The C-sign: cupping the side of the hip between thumb and fingers to show a deep pain is how
  // people point at the joint itself (AAOS FAI; NICE NG226).
  {
    id: 'c-sign',
    why: 'You show the pain by cupping your hand round the hip like a C (the joint itself)',
    absent: 'No C-sign',
    phrases: [
      'like a c=',
      'c= sign|shape|shaped',
      'cup|cups|cupping|grab|grabs|grabbing|hold|holds|holding ~5 hip ~2 like_a_c',
      // "I do the C with my hand on the side of the hip".
      'the c= with ~2 hand|hands|fingers',
      // "I do the C thing round the side of my hip".
      'do|did|doing|does the c= thing|gesture|grip|cup|hand',
      // "Grab the side of my hip with my thumb and fingers in a C".
      'thumb|thumbs|fingers ~3 in_a_c|like_a_c|a_c_shape',
    ],
    weights: { 'hip-joint': 3.5, 'cartilage-tear': 2 },
    sources: [AAOS_FAI, NICE_OA],
  },
  {
    id: 'blocked-deep-bend',
    why: 'The hip pinches or feels blocked when deeply bent (a deep squat, knee to chest, low seats)',
    absent: 'Deep squats are no trouble',
    phrases: [
      'feel|feels|felt|get|gets|getting ~2 blocked|jammed',
      'blocked|jammed ~4 squat|squats|squatting|bend|bending',
      'deep squat|squats|squatting',
      'worse ~1 squat|squats|squatting',
      // A goalie "dropping into the butterfly": the hip deeply bent and turned in (FAI).
      'drop|drops|dropping|dropped|go|going|get|getting ~2 into ~1 the|a|my butterfly',
      // "A pinchy front hip in deep flexion".
      'deep [hip] flexion',
      'squat|squats|squatting ~1 deep|low',
      'bottom of ~2 squat',
      // "Back squats to depth", "below parallel", "ass to grass": the same deep bend.
      'squat|squats|squatting ~2 to_depth|below_parallel|to_grass|atg',
      // A squat is a deep bend of the hip: "squat also pain", "squatting hurts".
      'squat|squats|squatting ~2 hurt|hurts|pain|painful|sore|pinch*',
      'hurt|hurts|pain|painful|sore|pinch|pinches ~3 squat|squats|squatting',
      // "Deep pain sitting in long meetings and squatting": a list of what hurts.
      'pain|hurts|sore ~5 and squat|squats|squatting',
      'squat|squats|squatting ~1 terrible|agony|awful|impossible|murder|killer',
      // The knee pulled to the chest and low seats are the same deep bend (AAOS FAI).
      'knee|knees ~1 to|into|towards ~1 my|the chest',
      'hug|hugging|hugs ~3 knee|knees',
      'low= sofa|sofas|couch|couches|chair|chairs|seat|seats|car|cars|stool|stools',
      // "Whenever my hip is bent up all the way", "getting low".
      'bent|bend|bending|flexed ~2 all_the_way|fully|right_up|up_fully|to_the_max',
      'getting|get|gets|go|going low',
      // "A pinch when he sits low or squats", "when I crouch to tie my laces".
      'sit|sits|sitting|sat low|deep',
      'when|if|whenever ~3 squat|squats|squatting|crouch|crouches|crouching',
      // "When I am sitting in squat position for toilet": a squat toilet, the same deep bend.
      'squat|squatting ~1 position|posture|toilet|toilets',
      // "Sitting in Indian toilet": the squat toilet by its name in India.
      'indian|asian|eastern|floor|pan ~1 toilet|toilets|style_toilet',
      // "In the aero position on the bike, worse the lower I go": a deep bend on the bike.
      'aero|tuck|tucked ~2 position|bars|bike',
    ],
    // A hard block or pain at the end of deep hip bending (squatting) is how an impinging joint
    // behaves (AAOS FAI); a torn labrum can hurt there too.
    weights: { 'hip-joint': 3.5, 'cartilage-tear': 1 },
    sources: [AAOS_FAI],
  },
  {
    id: 'grinding',
    why: 'Grinding, grating or creaking in the joint',
    absent: 'No grinding',
    phrases: [
      '/(?<!the )grind(?:s|ing)?(?! (?:out|through|it))',
      'grating|crepitus',
      'crunch=|crunching|crunchy',
      'creak*',
    ],
    // A grating or crackling feeling in the joint is osteoarthritis's (NHS Osteoarthritis); a
    // labral tear clicks or catches rather than grinds.
    weights: { 'hip-joint': 3.5, 'cartilage-tear': 1 },
    sources: [NHS_OA],
  },
  {
    id: 'getting-in-car',
    why: 'Hurts getting in or out of a car',
    absent: 'Cars are no trouble',
    // ("Getting into the bakkie": South Africa's pickup.)
    phrases: [
      'get|getting|got|climb|climbing ~1 in|into|out ~3 car|cars|bakkie|ute|truck|van',
      // "Groin stiffness climbing out after long drives".
      'get|getting|got|climb|climbing out after ~2 drive|drives|driving|journey|journeys',
    ],
    // Getting in and out of a car bends and turns the hip into impingement (AAOS FAI); it also
    // lifts the knee against the hip flexors.
    weights: { 'hip-joint': 2.5, 'cartilage-tear': 1.5, 'hip-flexor-tendinitis': 1.5 },
    sources: [AAOS_FAI],
  },
  // Standing on one leg loads the outer hip's tendons (NHS GTPS: pain standing on one leg) as
  // well as the bone; it points to the outer hip more than a stress fracture.
  {
    id: 'single-leg-stance',
    why: 'Hurts to stand on one leg',
    absent: 'Standing on one leg does not hurt',
    phrases: [
      // Standing on one leg, not "can't cross one leg over the other".
      'single|one|1 leg|foot ~2 stand|standing|squat|squats|balance|balancing',
      'stand|standing|balance|balancing ~3 single|one|1 leg|foot',
      // "Standing in the shower on my right leg hurts at the front of the hip".
      '/(?:stand|standing|stood)(?: [^ \\n]+){0,4} on (?:my|the|that|her|his) (?:left|right|bad|sore) leg (?:hurts|hurt|is sore|aches|kills|is agony|is painful)(?![a-z])',
      // "Hurts standing on that leg to put my shoe on", "to pull my trousers on": dressing on one
      // leg (the outer hip's test; NHS GTPS leaflets advise sitting down to dress).
      'stand|standing|stood on ~1 that|the|my|one [left|right|bad|sore] leg|foot ~1 to ~1 put|pull|get ~4 on',
    ],
    // "Can stand on one leg fine" is the test passed, as with walking.
    unlessClauseHas: ['relief', 'cannot-bear-weight'],
    weights: { 'hip-bursitis': 2.5, 'stress-fracture': 1.5 },
    sources: [GTPS],
  },
  {
    id: 'crossing-legs',
    why: 'Hurts to cross the legs',
    absent: 'Crossing the legs does not hurt',
    phrases: ['cross|crossing|crossed ~2 leg|legs', 'leg|legs crossed', 'cross legged'],
    // Crossing the legs presses the gluteal tendons on the bone (NHS GTPS leaflets advise against
    // it), and a stiff or impinging joint no longer lets the leg across (AAOS FAI).
    weights: { 'hip-bursitis': 2, 'hip-joint': 1.5, 'cartilage-tear': 1 },
    sources: [GTPS, AAOS_FAI],
  },
  // A fall onto the point of the hip bruises the bursa and tendons over the bone: AAOS Hip
  // Bursitis names "an injury to the point of the hip… when you fall onto your hip" as a cause.
  // ("Went down on the bend and landed on my left hip, a bruise on the outside bone".)
  {
    id: 'fall-on-outer-hip',
    why: 'A fall onto the side of the hip',
    absent: 'No fall onto the side of the hip',
    phrases: [
      '/(?:landed|landing|fell|fall|falling|went down|came down|crashed|banged|bashed|smashed)(?: (?:hard|heavily|awkwardly|right|straight|flat|sideways))? (?:on|onto) (?:the |my |his |her )?(?:(?:left|right|outer|outside|bony) )*(?:side of (?:my |his |her |the )?(?:left |right )?)?(?:hip|hips|hip bone|hipbone)(?![a-z])',
      'bruise|bruised|bruising ~4 outside|outer|side ~3 hip|hip_bone|bone',
      'fell|landed|fall|falling ~3 outer|outside ~2 hip|hip_bone',
    ],
    weights: { 'hip-bursitis': 5 },
    // A bruised bursa does not stop the leg taking weight: after a fall, a leg that will not
    // stand or looks wrong is the fall emergency's, not a bruise to read about.
    unlessSentenceHas: ['cannot-bear-weight', 'leg-shortened-or-turned', 'deformity'],
    sources: ['https://orthoinfo.aaos.org/en/diseases--conditions/hip-bursitis/'],
  },
  // Hopping or landing on the leg hurts: load through one leg, so a bone-stress sign as standing
  // is (docs/clinical-decisions.md, "Pain on hopping"). Kept apart from standing so the reason
  // line says what the runner said.
  {
    id: 'hop-pain',
    why: 'Hurts to hop or land on that leg',
    absent: 'Hopping does not hurt',
    phrases: [
      // Not "rock hopping", "hip hop", "bar hopping".
      // Nor hopping to get about because the leg takes no weight ("she's hopping everywhere",
      // "hopping to the loo").
      // Nor a hop that went well ("I hopped fine"), nor the test a clinician did ("did a hop test
      // on me"): what it showed is in the words after. Nor one said not to hurt ("I can walk, hop
      // and stand on it all day with zero pain").
      '/(?<!(?:rock|hip|bar|pub|bunny|island|border|channel|shop|rock-) )hop(?:s|ping|ped)?(?! (?:on|off) (?:a |the )?(?:bus|train|plane|bike|call|zoom))(?! (?:around|round|about|everywhere|instead|to (?:the )?(?:loo|toilet|bathroom|car|kitchen|bed|door|sofa|couch))(?![a-z]))(?! on (?:the |his |her |my |their )?(?:other|good) (?:leg|foot)(?![a-z]))(?! (?:fine|ok|okay|easily|no problem|without (?:any )?(?:pain|problem|bother|issue)|pain free|painlessly|comfortably)(?![a-z]))(?! test (?:on|with) (?:me|him|her)(?![a-z]))(?!(?: [^ \\n]+){0,7} (?:with (?:zero|no) pain|without (?:any )?pain|pain free)(?![a-z]))',
      // Not "box jumps" (a drill that drives the knee up: the hip flexor's load).
      // (Nor an event: "the steeple water jump", "long jump".)
      // Nor a jump in training: "jumping from 20 to 40 miles a week", "a big jump in mileage".
      // Nor how it was hurt: "tweaked my groin jumping a ditch".
      '/(?<!(?:box|water|long|high|triple|ski|star|tuck|rope|lot of|lots of|loads of|plenty of|bit of) )(?<!(?:tweaked|pulled|strained|hurt|injured|twisted|tore|torn|did|jarred)(?: [^ \\n]+){0,3} )jumping(?! (?:from|up to|to) \\d| (?:my|the) (?:mileage|miles|volume|km))(?! (?:on|in) (?:the |a |my |his |her |their )?(?:trampoline|bed|bouncy castle))',
      // (Nor "the physio's test made me jump": a start, not a jump.)
      // Nor a session done before the pain began: "we did lateral shuffles and skater jumps, and
      // since then…" (how it started, not what hurts now).
      '/(?<!(?:box|water|long|high|triple|ski|star|tuck|rope|big|huge|sudden|massive|made me|makes me|make me) )(?<!(?:did|done)(?: [^ \\n]+){0,7} )jumps?(?![a-z])(?! (?:in|from|up to|to) (?:my |the )?(?:\\d|mileage|miles|volume|training|km|load))(?! and (?:stuck|sticks|catches|locks)(?![a-z]))',
      // ("hop=": a plain "hop" would also match "hoping".)
      'single|one leg|foot ~2 hop=|hops|hopping|land|landing|jump|jumps',
      'hop=|hopping|land|landing ~3 single|one leg|foot',
    ],
    weights: { 'stress-fracture': 3, 'cartilage-tear': 0.5 },
    // "My 3 year old jumping on the bed woke me": the child jumped. "Leaking a little when I
    // jump" is the pelvic floor's, not pain.
    // "Pain just below the kneecap when I land jumps" is the knee's.
    // "Someone on Facebook said to hop to check for stress fracture": advice, not a symptom.
    unlessClauseHas: [
      'relief',
      'woken-by-other',
      'bladder-leak',
      'other-body-part',
      'hop-advice',
      'hop-fine',
    ],
    // Pain on hopping is the clinical sign of a femoral neck stress fracture (review, PMC6226070).
    sources: ['https://pmc.ncbi.nlm.nih.gov/articles/PMC6226070/'],
  },
  // Cutting and changing direction load the adductors first (Doha), a torn labrum second.
  {
    id: 'changing-direction',
    why: 'Hurts to change direction or cut',
    absent: 'Changing direction does not hurt',
    phrases: [
      'change|changing|changed|changes ~1 direction|directions|lanes|lane',
      'turn|turning ~2 corners|corner|sharply|quickly',
      // "A groin tweak on turns".
      'on ~1 turns|bends|corners',
      'cut|cutting ~2 corners|corner|sharply|inside|across',
      // "Only hurts when I sprint or cut sideways".
      'cut|cuts|cutting ~1 sideways|side_to_side|left_and_right',
      // Not "cutting carbs", "cutting back", "cutting it fine".
      '/cutting(?! (?:carbs|calories|sugar|back|down|out|weight|alcohol|booze|corners|it |my hair|the grass|grass|wood|(?:my |the |all )?(?:running|runs|miles|mileage|volume|distance|kms?|training|sessions)(?![a-z])))',
      // "Jinked sideways", "swerved round a dog", "dodging people"; not a "dodgy hip".
      'jink*|swerv*|dodge=|dodges=|dodged|dodging',
    ],
    // Groin pain on cutting is most often the adductors' in change-of-direction sport (Doha).
    weights: { 'adductor-strain': 5, 'cartilage-tear': 1.5, 'hip-joint': 0.5 },
    sources: [DOHA],
  },
  // Stretching the hamstring pulls on a sore tendon at the sit bone (high hamstring
  // tendinopathy: pain on stretching, bending forward with a straight leg).
  // Back pain that spreads into the buttock or leg, or back and buttock named together: the back
  // referring pain down (NHS Back pain; GP Reasoning hip pain).
  {
    id: 'back-spreads',
    why: 'Pain spreads from the lower back',
    absent: 'Does not spread from the back',
    phrases: [
      `/back(?:[ \\n]${ANY_WORD}){0,6}[ \\n](?:spreads?|spreading|goes|going|radiates?|radiating|travels?|travelling|traveling|moves?|shoots?|shooting)(?: ${ANY_WORD}){0,2} (?:into|to|down|across|over|through)(?: ${ANY_WORD}){0,3} (?:buttocks?|glutes?|legs?|hips?|cheek)`,
      '/(?:low|lower) back (?:and|plus|with|into|and into|and down into) (?:my |the )?(?:left |right )?(?:buttocks?|glutes?|cheek)',
      '/(?:buttocks?|glutes?|cheek) (?:and|plus|with) (?:my |the )?(?:low|lower) back',
    ],
    weights: { 'back-referred-pain': 2 },
    sources: [NHS_BACK_PAIN, GP_REASONING_HIP],
  },
  {
    id: 'hamstring-stretch',
    why: 'Hurts to stretch the hamstring',
    absent: 'Stretching the hamstring does not hurt',
    phrases: [
      'stretch|stretching|stretches|stretched ~3 hamstring|hamstrings',
      // "Forward folds and hamstring stretches pull at the sit bone" (a yoga forward fold).
      'hamstring|hamstrings|hammy stretch|stretches|stretching',
      'forward fold|folds|folding',
      'leg|foot up on ~2 counter|table|bench|step|chair|railing|wall',
      'bend|bending ~2 forward|over ~7 leg|legs|knee|knees straight',
      'straight leg|legged ~2 bend|bending|raise|raises|deadlift|deadlifts',
    ],
    weights: { 'hamstring-tendinopathy': 2.5, 'back-referred-pain': 0.5 },
    sources: [HIGH_HAMSTRING],
  },
  {
    id: 'sudden-pull',
    why: 'Started suddenly with a pull or a pop',
    absent: 'No sudden pull',
    phrases: [
      'felt|heard ~3 pop|ping|twang|tear|pull|snap',
      // "Felt the groin go", "felt something go on the inside".
      'felt ~3 go|went ~2 on|in|at|inside|when|as|while',
      // "Hit a long diagonal and felt my groin go": the clause ends on it.
      '/felt (?:my|the|her|his) (?:groin|hamstring|adductor|hip flexor|inner thigh|thigh|hip) (?:go|went)(?=\\n|$)',
      // "Went twang when I sidestepped": a sudden strain, not a snapping tendon.
      'went|goes|go ~1 twang|ping',
      // (Not a parent's guess: "wondering if it's just a pulled muscle from the race".)
      '/(?<!(?:wondering|wonder|wondered|maybe|probably|hoping|hope|think|thinks|thought|guess|guessing)(?: [^ \\n]+){0,6} )(?:pulled|tweaked|strained)(?: [^ \\n]+)?(?: [^ \\n]+)? (?:something|it|muscle)(?![a-z])',
      // "Slipped on mud, legs went apart": the splits forced on the inner thigh.
      'legs|feet ~2 went|slid|shot|split|go|going ~1 apart|different_ways|opposite_ways|in_opposite_directions|in_different_directions',
      'sudden ~2 pain|pull|twinge ~4 sprint|sprinting|kick|kicking|lunge|stride|strides|split|splits',
      // "Forcing her middle splits at training and felt pain high in her inner thigh".
      'forcing|forced|force|pushing|pushed ~3 splits',
    ],
    // A sudden pull while sprinting, kicking or stretching into the splits is how adductor and
    // hamstring strains start (Doha; NHS Hamstring injury).
    weights: { 'adductor-strain': 2, 'hamstring-tendinopathy': 1, 'hip-flexor-tendinitis': 0.5 },
    sources: [DOHA, 'https://www.nhs.uk/conditions/hamstring-injury/'],
  },
  {
    id: 'cannot-bear-weight',
    why: 'Cannot put weight on the leg',
    absent: 'Can put weight on the leg',
    phrases: [
      // "I can't take even 2 steps", "can't take a single step on it".
      // (Not "at mile 24 I could not take a single step more, legs gone": spent legs.)
      '/cannot take (?:even )?(?:a|one|1|two|2|a single|any|more than (?:a|one|two|1|2)) (?:single )?steps?(?![a-z])(?! (?:more|further))',
      // (Not "can't put on any weight no matter what I eat": the body's weight, gained.)
      '/cannot (?:even |really |properly |fully |actually |barely |hardly )?' +
        `(?:put|bear|take|place|carry|hold)(?! on (?:any |much |some |enough |a bit of |the )?weight)(?: (?!more )${ANY_WORD}){0,3} weight(?! (?:on|onto) (?:the |my )?(?:bar|barbell|squat|squats|bench|deadlift|sled|machine))`,
      // "Can't stand hills", "can't stand the treadmill", "can't stand my coach's playlist": a
      // dislike, not standing. ("Can't walk past a bakery": a temptation, not walking.)
      '/cannot (?:even |really |actually |properly )?(?:walk|stand(?! (?:hills?|the (?!pain)|running|it when|people|treadmills?|heat|cold|gels?|crowds|that|this|how|when|him|her|them|another (?:lap|laps|session|race|season|year|round|interval|rep|reps)|my (?!leg|foot|weight)[a-z]+)(?![a-z]))|step|weight bear)' +
        // "Can't walk on it without limping": walking, with a limp.
        '(?! on (?:it|that leg|my leg|the leg) (?:without|properly|normally|far|for long))' +
        '(?! (?:without|properly|normally|far|fast|long|much|very|up|down|for|more|upstairs|' +
        'downstairs|straight|right|the|it|this|that|being|sitting|running|too|as|like|quickly|' +
        // ("Cyaan walk good", "can't walk proper": walking badly, with a limp.)
        'briskly|uphill|downhill|well|good|proper|comfortably|around|past)' +
        // "Can't stand on my heel with the toes up": a strength test, not standing at all.
        // ("He can't walk on his heel on that side": the same test, of someone else.)
        '|(?: on)?(?: my| the| his| her| their)?(?: left| right)? (?:heel|heels|toes|tiptoe|tiptoes|tip toes|one leg)' +
        // "I still can't walk to the shop without a limp": walking, with a limp.
        '|(?: [^ \\n]+){1,4} without (?:a |any )?(?:limp|limping|hobbling|hobble)(?![a-z])' +
        // "Can't stand on that leg for long at work": standing hurts, but it bears weight.
        '|(?: on)?(?: my| the| that| this| his| her)?(?: left| right| bad| sore)? (?:leg|foot|side) (?:for|all day|long|to))',
      // "She is not able to keep foot on ground" (Indian English).
      'cannot ~1 keep|put|place|rest ~2 foot|leg|feet ~1 on|to ~1 ground|floor|the_ground|the_floor',
      // Not "can barely walk" (sore, but walking): the flag is for not walking or standing at all.
      'barely|hardly ~1 put_weight|bear_weight|stand',
      // "We had to carry him to the chair between us".
      'had|have|has to ~1 carry|carried ~1 him|her|me ~3 chair|bed|car|sofa|house|inside|in|upstairs|downstairs',
      'will|would|did|does not ~2 take|hold|bear|carry|put ~3 weight',
      // "My 1 yr old isn't putting weight on her leg", "he's not bearing weight on it".
      '/(?:is|are|was|were|has|have) not (?:been )?(?:putting|taking|bearing|placing) (?:any )?weight(?! (?:on|onto) (?:the |my )?(?:bar|barbell|squat|sled|machine))(?! (?:gain|loss|back|off)(?![a-z]))',
      // "Hit by a car, can't get up", not "can't get up the stairs".
      // (Not "can't stand up straight", bent over with a bad back.)
      // (Nor "can't get up on tiptoes on that side": a calf that has lost power, the nerve's.)
      // (Not "I couldn't stand up for laughing": the laughter's.)
      '/cannot (?:even )?(?:get|stand) up(?! (?:the|stairs|hills?|early|in the morning|steps|straight|for (?:laughing|laughter|giggling)|with (?:laughter|the giggles)|on (?:my |her |his |that |the )?(?:left |right )?(?:tiptoes?|tip toes|toes)))',
      'non|not weight ~1 bearing',
      // Not "my teammate's on crutches with some hip thing" (another adult, already seen).
      // (Nor "my friend's 10yo has Perthes and is on crutches": another family's child.)
      // (Nor crutches a clinician gave for a stress reaction already found on a scan: "MRI…
      // stress response… I'm on crutches". That is being looked after; the bone-stress flag
      // still says to be seen today if it is worse.)
      `/(?<!(?:${ADULT_COMPANIONS})(?: [^ \\n]+){0,6} )(?<!(?:stress (?:reaction|response|fracture)|marrow oedema|marrow edema)[\\s\\S]{0,300})crutch[a-z]*`,
      // (Not "push-assist runner for a wheelchair racer": someone else's race chair, pushed.)
      // (Nor "am I going to end up in a wheelchair??": a fear, asked.)
      '/(?<!(?:end up|ending up|going to be|gonna be|will be|might be|could be|would be) (?:in |needing |with )?a )(?<!(?:for|with|push|pushing|pushed|guide|guiding|alongside|behind) (?:a |the |my |our |his |her |their )?(?:(?:son|daughter|mum|mom|dad|brother|sister|friend|client|gran|grandad|nan|wife|husband|partner|kid|child)s? )?)wheelchair(?! (?:racer|racers|racing|race|races|athlete|athletes|user|users|basketball|rugby|tennis|division|pusher|pushers)(?![a-z]))',
      'leg|hip ~2 collaps*',
      'weight ~3 on it ~2 impossible|agony|unbearable|excruciating',
      // (Not "walking hurts, hopping impossible": the hop is what is impossible.)
      'walk|walking|stand|standing [is|was|now] impossible',
      'too painful|sore|much ~2 to walk|stand',
      // "Can't put my foot down", "can't put my foot to the floor": no weight through the leg.
      'cannot ~2 put ~3 foot|leg ~1 down|to_the_floor|to_the_ground|on_the_floor|on_the_ground|on_floor|on_ground|to_floor',
      // Tagalog in an English post: "di na makatayo" (can no longer stand or walk).
      'di|hindi ~2 makatayo|makalakad',
      // "It's agony if I try to stand up".
      // (The hip or leg, not "my legs were agony when I tried to stand at the finish".)
      '/(?:it is|its|hip is|leg is) (?:absolute |pure |just )?(?:agony|unbearable|excruciating|impossible) (?:if|when|whenever) (?:i |he |she )?(?:try|tries|tried|trying) to (?:stand|walk|put weight)',
      // "The second the other foot takes any load it folds".
      'takes|take|taking ~3 load|weight ~4 folds|buckles|gives_way|collapses',
      'folds|buckles|collapses ~3 under ~1 me|him|her',
      // "Can't put her right leg down at all", "refuses to stand on her leg".
      'cannot ~2 put ~1 my|his|her|the ~2 leg|foot ~1 down',
      'refuses|refused|refusing|will_not ~2 stand|walk|put_weight ~3 leg|foot|on_it',
      'refuses|refused|refusing ~1 to ~1 walk|stand|weight_bear|bear_weight',
      // "The leg just won't take me", "every time I try to stand on it it buckles".
      'leg|legs ~3 will_not|cannot ~1 take|hold ~1 me|my_weight',
      // "Can't get that leg to take any of my weight", "the leg just isn't having it, have to
      // hop": no weight through it, in other words.
      'cannot get ~3 leg|it ~2 to ~1 take|bear|hold ~4 weight',
      'leg|hip ~3 not having it',
      'leg|hip ~3 will_not|would_not|does_not have it',
      // (Not "on the downhills I basically have to hop": the IT band's knee on a descent.)
      '/(?<!(?:downhill|downhills|descent|descents|down hills?)(?: [^ \\n]+){0,4} )(?:have|had|having) to hop(?! (?:test|to test|on (?:one|1) leg to test))(?![a-z])',
      '/(?:try|tries|tried|trying) to (?:stand|stand up|get up)(?:[ \\n][^ \\n]+){0,10}[ \\n](?:just )?(?:folded|crumpled|collapsed|went down)(?![^ \\n])',
      // "The leg is not holding me", "my hip won't support me".
      'leg|legs|hip ~3 not|will_not|cannot|would_not ~1 holding|hold|taking|take|support|supporting ~1 me|my_weight|him|her',
      // "The second I put the foot down the hip just gives and I go over".
      'put|putting ~2 foot|weight|leg ~1 down|on_it ~6 gives|gave|buckl*|collaps*|give_way|gives_way|go_over|fold|folds',
      'try|tried|trying ~3 stand|stand_up|get_up ~6 buckl*|gives_way|gave_way|collaps*|give_way',
      // "Tried twice to stand on my right leg and can't do it".
      // (Across "and I": "tried to stand on it and I can't do it".)
      '/(?:try|tries|tried|trying)(?: [^ \\n]+){0,3} (?:stand|stand up|get up)(?:[ \\n][^ \\n]+){0,6}[ \\n]cannot(?: [^ \\n]+)? (?:do it|manage|do that)(?![^ \\n])',
      // "The leg just folds the second I put any weight through it".
      'folds|crumples ~6 put|putting|take|taking ~3 weight',
      // "Every time I try to put my left foot down the hip goes white hot and I nearly keel over".
      '/(?:try|tries|tried|trying) to put (?:my |the )?(?:left |right )?(?:foot|leg|weight) (?:down|on it)(?:[ \\n][^ \\n]+){0,10}[ \\n](?:white hot|keel over|pass out|faint|nearly collapse)(?![a-z])',
      // A child who "won't put his foot down" or "screams if we try to get him to stand".
      'will_not|refuses_to|refusing_to|refused_to ~1 put ~3 foot|leg|weight ~2 down|on|to_the_floor',
      // (Not "won't walk properly": walking, with a limp.)
      '/(?:will not|refuses to|refusing to|refused to)(?: [^ \\n]+)? (?:stand|walk|weight bear)(?! (?:properly|normally|right|straight|far|fast|very|much|long|as|like|with|funny|oddly))(?![a-z])',
      'scream*|cries|crying|cried|yell*|howl* ~6 stand|walk|put_weight|weight_on',
      // "He cry when he put weight" (a second language's present tense).
      'he|she|they cry ~3 put|puts|putting ~2 weight|foot|leg',
      // "Does not want to walk on his leg": a small child refusing the leg, in other words.
      'not ~1 want|wants|wanting ~1 to ~1 walk|stand|step ~1 on ~1 his|her|their ~2 leg|foot',
      // "Screamed when she put her foot down".
      'scream*|cried|yell*|howl* ~3 put|puts|putting ~3 foot|leg|weight ~1 down|on_it|to_the_floor|to_the_ground',
      // "Crawled back to the car", "had to crawl to the loo": no weight through the leg at all.
      'had|have to crawl',
      // "He dey crawl instead of walk" (a small child who will not stand on the leg).
      'crawl|crawls|crawling|crawled instead ~1 of walk|walking|standing',
      // "Had to shuffle on my bum to the bathroom": getting about without standing at all (not a
      // baby's bottom-shuffling, nor a slide at the park).
      'had|have|having to ~1 shuffle|scoot|bum_shuffle ~1 on ~1 my|his|her ~1 bum|bottom|backside|butt|buttock|buttocks ~2 to ~1 the ~1 bathroom|loo|toilet|bedroom|kitchen|stairs',
      // "Couldn't get out of bed and stand on it" (not "couldn't get out of bed to walk the dog",
      // nor "…and put weight on my leg without a stiff first step", "for a few seconds").
      '/cannot (?:even )?get out of bed and (?:stand|put (?:any )?weight) on (?:it|my leg|that leg|the leg)(?![a-z])(?! (?:without|for a|for the first|until|till)(?![a-z]))',
      // "Hopping to the loo": getting about on the other leg (not "hopped round the kitchen to
      // test it like the internet said": a hop test, which the hop-pain sign reads).
      '/(?:hopping|hop|hopped)(?: [^ \\n]+){0,2} (?:to|around|round|about)(?: [^ \\n]+){0,2} (?:loo|toilet|bathroom|kitchen|car|bed|house)(?![a-z])(?!(?: [^ \\n]+){0,2} (?:test|testing|check|checking)(?![a-z]))',
      // "Couldn't take a single step on that leg", "cant even take 2 steps now" (not "a step
      // back from work").
      '/cannot (?:even |literally |actually )?(?:take|manage|make) (?:a |one |two |2 |three |3 |a few |any |more than (?:a |one |two |2 |a few ))?(?:single |solitary |couple of )?steps?(?! (?:back|up|down|forward|towards|closer|further|more|extra|without|in|out))',
      // "Every time I tried to put weight on it the hip just screamed".
      // (Across a comma too: "tried to put weight on it, my hip screamed".)
      '/(?:try|tried|trying) to (?:put|take|bear) (?:any |some )?weight (?:on|through) (?:it|the leg|my leg)(?:[ \\n][^ \\n]+){0,5}[ \\n](?:scream|screamed|screams|screaming|agony|unbearable|excruciating|impossible)',
      // Not "crawling up the stairs after the marathon" (sore legs, said for effect).
      // (Not "crawled under the sofa after the remote".)
      '/(?:crawl|crawled|crawling)(?! (?:under|behind|round|around|over|through|about))(?:[ \\n][^ \\n]+){0,4}[ \\n](?:car|door|bathroom|toilet|loo|phone|kitchen|lounge|room|house|sofa|telly|tv)(?![a-z])',
      // "Can't put anything through the leg without seeing stars", "won't take any steps".
      'cannot put anything ~1 through|on ~2 leg|it',
      'will_not|cannot take|manage any steps|step',
      // "Can't take a step without it giving out completely".
      // ("Can't take a single step without it buckling".)
      'cannot take a ~1 step without ~3 giving_out|giving_way|collapsing|buckling|going',
      // "Had to be carried the last bit by two lads from my club".
      'had|has|have to be carried|stretchered|piggybacked|piggy_backed',
      // "Two lads carried me to the car": carried off, not walking.
      // (Not "the crowds were fever pitch and carried me home": a race's lift.)
      '/(?<!(?:crowd|crowds|cheers|cheering|support|supporters|adrenaline|momentum|spirit|music|atmosphere|noise)(?: [^ \\n]+){0,5} )(?:carried|carry|carrying|carries) me(?: [^ \\n]+)? (?:to|into|inside|home|off|down)(?![a-z])',
      // "Can't get from bed to loo unless my husband basically carries me".
      'cannot get from ~2 bed|chair|sofa|car ~1 to ~2 loo|toilet|bathroom|kitchen|bed|commode',
      // "It takes two of us lifting her".
      'takes|took|needs|needed ~1 two|2|three|3 of ~1 us|them ~2 lift|lifting|to_lift|carry|carrying|to_carry',
      'unless|without ~4 carries|carry|carrying ~1 me|him|her',
      // "Can't get to the car even with me holding her up".
      'even with ~3 holding|propping|supporting ~2 her|him|me|them ~1 up',
      // "She's tried to get up twice and can't".
      // ("I've tried to stand on it twice and I just can't".)
      '/(?:try|tries|tried|trying) to (?:stand|stand up|get up)(?: [^ \\n]+){0,6}(?:[ \\n](?:and|but))?[ \\n](?:(?:she|he|i|they) )?(?:just |simply |really )?cannot(?=\\n|$)',
      // "Can't get herself up or take a step".
      'cannot ~4 or take|manage ~1 a|one|single step',
      // "Can't walk more than a few steps".
      // (Not "…without my calf cramping" or "without stopping for breath": a limit, not the leg.)
      '/cannot walk more than (?:a |one |two )?(?:few |couple of |couple )?steps?(?! without)(?![a-z])',
      // "Can't take more than a step or two on that leg".
      'cannot take|manage more than ~1 a|one|two ~1 step|steps',
      // "Every time we try to get him up he goes back down", "can't get her up".
      'try|tries|tried|trying to get ~1 him|her|me|them up ~6 goes|went|go ~1 back_down|down',
      'cannot get ~1 him|her|them|mum|dad|nan|gran|grandad|grandma ~1 up',
      'not|never got|get up off ~2 floor|ground',
      // "My mate had to piggyback me to the car", "I hop on the good one".
      'piggyback|piggybacked|piggy_back|piggy_backed|fireman_carry|fireman_carried',
      'hop|hopping|hopped on the ~1 good|other ~1 one|leg|foot',
      // "Fell on the ice… can only hop": hopping, no weight on the other leg.
      // (Not "I can only hop about 10 times on my left leg before it hurts": a hop test.)
      '/(?:can|could) only hop(?=\\n|$| (?:on (?:my |the |his |her )?(?:good|other|right|left|one) (?:leg|foot)|now|home|around|about the|to)(?![a-z]))',
      'bed to ~1 toilet|loo|bathroom ~5 not_possible|impossible',
    ],
    weights: { 'stress-fracture': 2 },
    // "Legs trashed after the marathon, can barely walk" is all-over soreness, not one leg; "back
    // in March I couldn't put weight on it for a day, all sorted now" is over, and so is "my
    // partner ended up in A&E last year, couldn't put weight on her leg".
    // "Can't bear weight on his dodgy knee some mornings" comes and goes: not today's emergency.
    // "Couldn't bear the weight of the medal" is a joke about the medal.
    unlessClauseHas: ['partial-weight'],
    unlessSentenceHas: [
      'weight-of-a-thing',
      'general-soreness',
      'months-ago',
      'spell-ended',
      'friend-in-hospital',
      'now-and-then',
      // "Had Perthes when I was about 7, spent months on crutches": the writer's childhood.
      'writer-past-age',
    ],
    unlessLaterInSentence: ['resolved'],
    unlessEarlierInSentence: ['long-ago'],
    // …but "fell a month ago and I still can't put weight on it" is going on now, and so is
    // "surgery in 2019, and since yesterday I can't put weight on it".
    exceptSentenceHas: ['ongoing', 'happening-now'],
  },
  {
    id: 'named-bursitis',
    why: 'You mentioned bursitis',
    absent: 'Bursitis ruled out',
    phrases: [
      // Not "Achilles bursitis" or "knee bursitis": another joint's bursa (the heel's, the
      // knee's), which the other-body-part sign reads.
      '/(?<!(?:achilles|heel|knee|kneecap|elbow|shoulder|prepatellar|retrocalcaneal|anserine|toe|foot|ankle) )(?:bursitis|bursa|bursae)',
      'trochanteric',
      'gtps',
      'glute|gluteal|gluteus ~1 tendinitis|medius|minimus|tendon|tendons|tendinopathy|tendinosis',
      // "Glute med pain 3 mths now": the outer hip's tendon, in the gym's short name.
      // (Not "weak glute med", a cause a physio names.)
      '/(?<!(?:weak|weakness in|weakness of|strengthen|strengthening|strong|activate|activating) (?:my |the |your )?)glutes? (?:med|min)(?![a-z])',
    ],
    weights: { 'hip-bursitis': 6 },
    // "The bursitis from 2022 never came back": over. "My colleague has bursitis": hers.
    unlessClauseHas: ['resolved', 'companion-diagnosed', 'other-has-condition'],
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
      // (Not "I broke my hip flask at the club party".)
      '/(?:broken|broke)(?: [^ \\n]+){0,2} (?:hip|femur)(?! flask)',
    ],
    weights: { 'stress-fracture': 6 },
    // "Had a stress fracture in my foot before" is history, counted as such, not a name for now.
    // "My running buddy just got diagnosed with a stress fracture in her hip" is the buddy's.
    unlessClauseHas: [
      'previous-stress-fracture',
      'long-ago',
      'resolved',
      'prevention',
      'companion-diagnosed',
      'checking-for',
      'foot-or-shin-fracture',
    ],
  },
  {
    id: 'named-cartilage-tear',
    why: 'You mentioned a cartilage or labral tear',
    absent: 'Cartilage tear ruled out',
    phrases: [
      // Not "my dodgy knee cartilage" or "cartilage in my knee": the knee's (a meniscus).
      '/(?<!(?:knee|kneecap|knees|ankle|meniscus) )cartilage(?! (?:in|of|behind|under) (?:my |the |his |her )?(?:knee|knees|kneecap|ankle))',
      'labral|labrum',
      // Not "femoro acetabular (impingement)", even as speech to text writes it ("fema roll").
      '/(?<!(?:femoro|femoral|femero|femora|roll|femur) )acetabul[a-z]*',
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
      '/(?<!(?:glute|gluteal|gluteus|medius|minimus|achilles|patellar|hamstring|knee|adductor|' +
        'groin|high|proximal|hammie|hammy|hamstrings|ischial) )tendinitis',
      'rectus femoris',
    ],
    weights: { 'hip-flexor-tendinitis': 5 },
    // "Stretched the hip flexors loads": what was tried, not what it is.
    unlessClauseHas: ['self-treatment'],
  },
  {
    id: 'named-hip-joint',
    why: 'You mentioned arthritis or impingement of the hip joint',
    absent: 'Hip arthritis or impingement ruled out',
    phrases: [
      // The hip's, not "arthritis in my lower spine" or "knee arthritis".
      // (Nor "psoriatic arthritis… back of my heel": a kind of arthritis that is not the hip's
      // wear, named for the whole body.)
      // ("My knee (the arthritic one…)": the part named just before the brackets.)
      // (Nor "arthritic knees": the part named just after.)
      // (Nor "knees are arthritic": the part named as what is arthritic.)
      `/(?<!(?:${OTHER_PARTS}) )(?<!(?:${OTHER_PARTS}) (?:are|is|were|was|got|get|getting|both|all)(?: (?:very|quite|pretty|really|a bit|bit|badly|both|all|getting))? )(?<!(?:${OTHER_PARTS})\\n(?:the |my )?)(?<!(?:psoriatic|rheumatoid|reactive|inflammatory|juvenile) )(?:arthritis|arthritic|osteoarthritis|oa)(?! (?:in|of) (?:my |the |his |her |both )?(?:lower |upper |low )?(?:${OTHER_PARTS})(?![a-z]))(?! (?:left |right |both |old )?(?:${OTHER_PARTS})(?![a-z]))(?![a-z])`,
      // (Not "his knee is sore on the inside, GP says wear and tear": the part named before it,
      // with no hip-region word between.)
      `/(?<!(?:${OTHER_PARTS})(?:[ \\n](?!(?:hip|hips|groin|buttock|bum|thigh)(?![a-z]))[^ \\n]+){0,8}[ \\n])wear and tear(?! (?:in|of|on) (?:my |the |his |her |both )?(?:lower |upper |low )?(?:${OTHER_PARTS})(?![a-z])(?![ \\n](?:and|&) (?:in )?(?:the |my |his |her |both )?hips?(?![a-z])))`,
      'fai',
      // "Impingment", and speech to text's "impinge meant".
      'impingement|impingment|impinge|impinged|impinging',
      'femoroacetabular|femoro_acetabular',
      'cam|pincer ~2 lesion|impingement|morphology|deformity|type',
      // "Physio mentioned 'cam' something": a clinician naming the cam or pincer shape.
      `/(?:physio|physiotherapist|doctor|gp|surgeon|consultant|scan|x ?ray|mri|said|mentioned|called|told me)(?: ${ANY_WORD}){0,4} (?:cam|pincer)(?![a-z])`,
      'worn ~2 joint|cartilage|hip',
      // "X-ray 2 years ago said 'some wear'", "scan showed early degenerative changes": the
      // hip's wear read from an image.
      // (Not a scan of another part, "MRI showed some wear in my lower back", nor a gait scan's
      // "wear on the shoes".)
      `/(?<!gait )(?:x ?ray|xray|scan|mri)(?: (?!${SCANNED_ELSEWHERE})${ANY_WORD}){0,5} (?:said|says|showed|shows|found|revealed|mentioned)(?: (?!${SCANNED_ELSEWHERE})${ANY_WORD}){0,2} (?:some |a bit of |a little |mild |early |slight |minor )(?:wear|degeneration|degenerative changes|arthritic changes)(?! (?:in|on|of|at|to) (?:my |the |his |her |both )?(?:lower |upper |low )?${SCANNED_ELSEWHERE})(?![a-z])`,
    ],
    weights: { 'hip-joint': 6 },
    sources: [NICE_OA, AAOS_FAI],
  },
  {
    id: 'named-adductor',
    why: 'You mentioned a groin or adductor strain',
    absent: 'Adductor strain ruled out',
    phrases: [
      'adductor ~2 strain|strains|tear|pull|injury|tendinitis|longus|magnus|niggle|twinge|problem|issue|pain',
      'adductors',
      'groin ~1 strain|strained|pull|pulled|tear|torn',
      'pulled|strained|tweaked|tore ~2 groin|adductor|adductors',
    ],
    weights: { 'adductor-strain': 6 },
    sources: [DOHA],
  },
  {
    id: 'named-hamstring',
    why: 'You mentioned the high hamstring tendon',
    absent: 'High hamstring problem ruled out',
    phrases: [
      'high|proximal|upper ~1 hamstring|hamstrings',
      'hamstring ~1 tendinitis|tendon|tendons|origin|attachment|insertion',
      // "High ham tendinopathy", "proximal hammy".
      'high|proximal|upper ham=|hammy',
      'ham=|hammy ~1 tendinitis|tendon|tendons',
      'ischial tuber*',
      // Proximal hamstring tendinopathy, as runners abbreviate it.
      'pht',
    ],
    weights: { 'hamstring-tendinopathy': 6 },
    sources: [HIGH_HAMSTRING],
  },
  {
    id: 'named-back',
    why: 'You mentioned sciatica, a disc or the SI joint',
    absent: 'Back problem ruled out',
    phrases: [
      'sciatica',
      // "Physio says it's referred from my back, 'radiculopathy'": a nerve root in the back.
      'radiculopathy',
      'referred|referring|coming ~1 from ~2 back|spine',
      'slipped|bulging|herniated|prolapsed ~1 disc|discs',
      'disc ~1 bulge|problem|prolapse',
      // "L5/S1 bulge on MRI", "SLR +ve at 50 deg" (a positive straight-leg raise: the nerve root).
      '/(?:l[1-5]|s1)(?: (?:l[1-5]|s1))? (?:bulge|bulging|disc|disk|prolapse|herniation|protrusion)(?![a-z])',
      '/(?:slr|straight leg raise) (?:is )?(?:\\+ ?ve|positive|pos)(?![a-z])',
      // Not "a pinched nerve at the knee from sitting cross-legged": pressed below the hip.
      '/(?:pinched|trapped) nerve(?! (?:at|in|behind|below|by) (?:the |my |his |her )?(?:knee|knees|ankle|foot|elbow|wrist|neck|shoulder|fibula|shin)(?![a-z]))',
      'si= joint ~2 dysfunction|pain|problem',
      // "Deep buttock pain from my low back": the place the pain comes from.
      'pain|ache|aching ~2 from ~1 my|the ~1 low|lower back',
      // "SI joint?" asked outright.
      'si= joint|joints',
      // "SIJ pain one side", "SIJD": the joint's short names; the dimples sit over the joints.
      'sij=|sijs|sijd|sij_dysfunction',
      'where|at ~1 the|my ~1 dimple|dimples',
      // "Midwife says pelvic girdle pain"": the back of the pelvis, the SI joints (NHS PGP).
      'pelvic girdle',
      'pgp',
      'sacroiliac',
      'facet joint|joints',
      // Arthritis or narrowing of the spine (NHS Spinal stenosis).
      'arthritis|arthritic|osteoarthritis|oa|stenosis|wear_and_tear in|of ~2 spine|back|lumbar',
      'spinal|lumbar|back arthritis|stenosis',
      'spondylosis|spondylolisthesis',
      // The McKenzie method is a physio's treatment for the back.
      'mckenzie',
    ],
    weights: { 'back-referred-pain': 6 },
    unlessClauseHas: ['other-has-condition'],
    sources: [NHS_SCIATICA, NHS_BACK_PAIN, NHS_STENOSIS],
  },
];

function contextSign(
  id: ContextId,
  phrases: readonly string[],
  options: {
    clause?: readonly SignId[];
    sentence?: readonly SignId[];
    /** Signs that keep a mention even in a sentence `sentence` would block. */
    exceptSentence?: readonly SignId[];
    /** For the few context signs that also point to a condition. */
    evidence?: Pick<Sign, 'why' | 'absent' | 'weights' | 'sources'>;
    /** Read in code what a phrase cannot (see `Sign.alsoRead`). */
    alsoRead?: Sign['alsoRead'];
  } = {},
): Sign<ContextId> {
  return {
    id,
    why: options.evidence?.why ?? '',
    absent: options.evidence?.absent ?? '',
    phrases,
    weights: options.evidence?.weights ?? {},
    sources: options.evidence?.sources,
    unlessClauseHas: options.clause,
    unlessSentenceHas: options.sentence,
    exceptSentenceHas: options.exceptSentence,
    alsoRead: options.alsoRead,
  };
}

/**
 * Body parts outside the hip region: a text about one of these alone ranks nothing and says
 * where to look instead (NHS pages for each).
 */
export interface OutsideHipPart {
  /** What the runner called it, for "For heel pain, …": "heel". */
  part: string;
  phrases: readonly string[];
  suggestion: string;
}

/** Skin trouble wherever it is: chafing, blisters, a rash, a sting, an ingrown hair or a boil. */
const SKIN_TROUBLE: readonly string[] = [
  'chafe|chafing|chafed|chaffing|chaffed',
  // (A blister on a toe, heel or foot is that part's skin: "a blister on my little toe and now
  // a sharp catch in the front of my hip" says nothing of the hip's skin.)
  '/blisters?(?! (?:on|in|under|between) (?:my |the |his |her |a |both )?(?:little |big |second |baby |left |right )?(?:toe|toes|heel|heels|foot|feet|sole|soles|instep|arch|ankle)(?![a-z]))',
  'rash',
  'sunburn*',
  // An insect sting or bite on the thigh is the skin's trouble, not the hip's.
  // Exact words: "bee" would also match "being", "tick" "ticked off".
  'wasp|wasps|bee=|bees=|hornet|insect|mosquito|midge|midges|horsefly|tick=|ticks=',
  'stung|bitten',
  'itchy|itching|hives',
  // "Raw red skin where my thighs rub together".
  'skin ~2 raw|rubbed|red=|broken|bleeding',
  'rub|rubs|rubbing|rubbed together',
  // "My thighs rub each other and the inside skin peels".
  'rub|rubs|rubbing|rubbed ~1 each_other|one_another',
  'skin ~3 peel|peels|peeling|peeled|raw',
  // "An angry red ingrown hair on my bikini line".
  'ingrown|ingrowing',
  // (Not a simile: "throbbing like a boil about to burst" is how a hip can feel.)
  '/(?<!(?:like|as if|as though) (?:a |an |i have a |i had a )?)(?<![a-z])(?:boils?|pimples?|zits?)(?![a-z])',
];

export const OUTSIDE_HIP_PARTS: readonly OutsideHipPart[] = [
  {
    part: 'heel',
    phrases: ['heel|heels', 'plantar', 'fasciitis'],
    suggestion:
      'For heel pain, see the NHS page on heel pain (nhs.uk/conditions/heel-pain), or a ' +
      'podiatrist or physiotherapist.',
  },
  {
    part: 'Achilles',
    // ("My a kill ease is sore": voice-to-text.)
    phrases: ['achilles', 'a kill ease|easy'],
    suggestion:
      'For Achilles pain, see the NHS page on Achilles tendinopathy ' +
      '(nhs.uk/conditions/achilles-tendinopathy), or a physiotherapist.',
  },
  {
    part: 'foot',
    phrases: [
      'arch|arches',
      'metatarsal*|navicular|bunion|bunions',
      'ball of ~2 foot',
      'my|sore|painful ~1 foot|feet',
      'foot|feet ~2 hurt|hurts|pain|sore|ache|aches',
    ],
    suggestion:
      'For foot pain, see the NHS page on foot pain (nhs.uk/conditions/foot-pain), or a ' +
      'podiatrist.',
  },
  {
    part: 'toenail',
    phrases: ['toenail|toenails', 'toe|toes', 'black nail|nails'],
    suggestion:
      'For toe and toenail problems, see the NHS pages on toenail problems or a podiatrist.',
  },
  {
    part: 'ankle',
    phrases: ['ankle|ankles'],
    suggestion:
      'For ankle pain, see the NHS page on sprains and strains ' +
      '(nhs.uk/conditions/sprains-and-strains), or a physiotherapist.',
  },
  {
    part: 'shin',
    phrases: ['shin|shins', 'tibia|tibial|fibula'],
    suggestion:
      'For shin pain, see the NHS page on shin splints (nhs.uk/conditions/shin-splints), or a ' +
      'physiotherapist; pain in one spot on the bone can be a stress fracture.',
  },
  {
    part: 'calf',
    phrases: ['calf|calves'],
    suggestion:
      'For calf pain, see the NHS page on sprains and strains, or a physiotherapist. A hot, ' +
      'swollen calf needs urgent help (it can be a clot).',
  },
  {
    part: 'knee',
    phrases: [
      'kneecap|kneecaps|patella*|patellofemoral',
      'runner= knee',
      'front of ~2 knee|knees',
      // ("Knee has been aching since Sunday's run".)
      'knee|knees ~1 pain|hurt|hurts|ache|aches|sore|problem|injury|cap|throbbing|throbs|aching',
      'knee|knees has|have|is|are|was|were been ~1 aching|achy|sore|hurting|painful|niggling|grumbling',
      // "Knee locks and clicks when I squat", "inner side of the knee": the knee's own joint.
      'knee|knees ~1 locks|locked|locking|clicks|clicking|catches|clunks|gives_way|gave_way',
      // "Arthritic knees that click going downstairs", "knee arthritis".
      // ("Arthritic" is read as "arthritis".)
      'arthritis|osteoarthritis [in] [my|her|his|both] knee|knees',
      'knee|knees arthritis|osteoarthritis|oa',
      'knee|knees that|which click|clicks|grind|grinds|creak|creaks|ache|aches|hurt|hurts|swell|swells',
      'inner|inside|medial side|part|edge of ~2 knee|knees',
      'meniscus|menisci|meniscal',
      // "Knee is swollen and hot after I cut it".
      'knee|knees ~3 swollen|swelling|puffy|ballooned|blew_up|hot_and_swollen',
      // "Both knees creak and ache", "the replaced knee".
      'knee|knees ~1 creak|creaks|creaky|creaking|grinds|grinding|crunch|crunching',
      'knee ~1 replacement|replacements|replaced',
      'replaced ~1 knee|knees',
      // Not the knee a hip flexor lifts or the knees squeezed together: "sharp when I lift my
      // knee", "sore squeezing my knees together". (A child's "pain in his left knee" too.)
      // ("Sleeping with a pillow between my knees": the outer hip's night-time advice.)
      '/(?<!(?:lift|lifts|lifting|lifted|raise|raises|raising|raised|bring|bringing|drive|drives|driving|squeeze|squeezes|squeezing|squeezed|hug|hugging|pull|pulling|tuck|tucking|between|betwixt) )(?:my|his|her|their)(?: left| right)? knees?(?! together)(?![a-z])',
    ],
    suggestion:
      'For knee pain, see the NHS page on knee pain (nhs.uk/conditions/knee-pain), or a ' +
      'physiotherapist. Pain on the outside of the knee can come from the IT band: the guide ' +
      'covers that.',
  },
  {
    part: 'back of the thigh',
    phrases: ['hamstring|hamstrings', 'back of ~2 thigh|thighs'],
    suggestion:
      'For pain in the middle of the back of the thigh, see the NHS page on hamstring injury ' +
      '(nhs.uk/conditions/hamstring-injury). Pain right at the sit bone is covered here.',
  },
  {
    part: 'front of the thigh',
    phrases: [
      'quad|quads|quadriceps',
      'dead leg',
      'charley horse',
      'corked thigh|leg',
      // "Took a knee to the thigh", "front of the thigh halfway down".
      'knee|kneed|knock|knocked ~1 to|in ~2 thigh|thighs',
      'front of ~2 thigh|thighs ~1 halfway_down|half_way_down|halfway_up|half_way_up',
    ],
    suggestion:
      'For a sore front of the thigh, see the NHS page on sprains and strains, or a ' +
      'physiotherapist.',
  },
  {
    part: 'side stitch or ribs',
    phrases: ['stitch|stitches', 'rib|ribs', 'side stitch', 'diaphragm'],
    suggestion:
      'A stitch usually passes when you slow down; for rib or chest pain see a GP, and call ' +
      'for help at once for chest pain with breathlessness.',
  },
  {
    part: 'skin',
    phrases: SKIN_TROUBLE,
    suggestion:
      'For chafing, blisters or a rash, a pharmacist can advise (NHS: see a pharmacist for ' +
      'skin problems).',
  },
  {
    part: 'upper body',
    phrases: [
      'shoulder|shoulders|elbow|elbows|wrist|wrists|finger|fingers|stomach|headache*',
      // (Not "lifting my knee up to my chest": the hip's bend, told by where the knee goes.)
      '/(?<!knees? (?:up |right up )?(?:to|towards|into) (?:my |the |your |his |her )?)chest(?![a-z])',
      'nipple|nipples',
      'migraine*|upper_back|backache',
      '/(?<!(?:femoral|femur|hip) )neck',
      'my|sore|painful ~1 arm|arms|head|hand|hands',
      'head ~2 hurt|hurts|pain|sore|ache|aches',
    ],
    suggestion:
      'This guide covers hip pain in runners; for other pain, NHS 111 online or a pharmacist ' +
      'can point you the right way.',
  },
];

/** Signs that decide what the rest means: off-topic text, red flags, "fine at rest". */
/** "Whichever side", "regardless of which side I lie on": the position makes no difference. */
const POSITION_DOES_NOT_MATTER: readonly string[] = [
  'any|every|whatever|whichever|no_matter_what|no_matter_which position|positions|side|way',
  'does not matter ~4 side|position|how|which|what|lie|lying',
  // "Nothing to do with which side I sleep on".
  'nothing to do with ~3 side|position|how_i_lie|how_i_sleep',
  'regardless|irrespective ~3 side|position|way',
  // "Wakes him about 3am, even when he's lying on his good side".
  'even when|while ~3 lying|lie|sleeping|sleep|lies on ~2 good|other|opposite ~1 side',
  // "I'm lying on the OTHER side now and it still gets me up".
  'lying|lie|sleeping|sleep on the ~1 other|opposite|good ~1 side ~6 still',
  // "It is not because I lie on it, I lie on my back and still it hurts".
  'not because ~2 lie|lying|sleep|sleeping|lay ~2 on it|on_that_side',
  'lie|lying|sleep|sleeping on my back ~3 still',
  // "Wakes me at night even when I'm lying on my right side or on my back": a side, then the
  // back, as well.
  'even when|while ~4 lying|lie|sleeping|sleep ~5 or on my|the back',
  // "I sleep on the other side… and wake me regardless", "I've been sleeping on the other side
  // for a month": the sore side spared, and it still wakes them.
  'wake|wakes|woke|waking me ~1 regardless|anyway|all_the_same',
  'sleep|sleeping|slept|lie|lying on ~1 the ~1 other|opposite|good side ~4 for ~1 a|weeks|months|ages',
  'not the side ~2 i|you lie|sleep|lay ~1 on',
  'not lying on it ~2 that_is the problem',
];

const CONTEXT_SIGNS: readonly Sign<ContextId>[] = [
  // (Not a "hip flask", "hip hop", or a "hip belt" or "hip pack" worn on a run.)
  contextSign(
    'hip-mentioned',
    [
      '/hips?(?! (?:flask|flasks|hop|belt|belts|pack|packs|bag|bags))',
      'pelvis',
      // (Not "my pelvic floor is much better": the floor's muscles, not the hip.)
      '/pelvic(?! floor)',
      'femoral neck',
    ],
    {
      clause: ['hip-is-fine', 'skin-complaint', 'money-idiom', 'asks-if-linked'],
    },
  ),
  // "My heel is agony… is this connected to my hip??": asking whether the hip is involved
  // names no place that hurts.
  contextSign('asks-if-linked', [
    'could|can|might ~1 this|it|that ~1 be ~1 connected|related|linked|coming ~2 to|from ~2 hip|hips',
    'is this|it|that ~1 connected|related|linked|coming ~2 to|from ~2 hip|hips',
  ]),
  // "A real pain in the hip pocket": it costs money (Australian English).
  // …and "a real pain in the backside": an annoyance.
  contextSign('money-idiom', [
    'hip pocket|pockets',
    // Only as a whole phrase: "pain in the butt crease" is a place.
    '/pain in the (?:buttock|neck|rear|behind|backside)(?=$|\\n| lol| haha| mate| tbh| honestly| though| really)',
    // "The only pain in my butt is my running partner": a person who annoys, not a pain.
    '/pain in (?:the|my) (?:buttock|neck|rear|behind|backside) (?:is|was|are|were) (?:my|his|her|the|our|this|that)',
  ]),
  // "Copped a corky", "a dead leg": a bruised thigh muscle from a knock, not the hip.
  contextSign('thigh-knock', [
    'corky|corked',
    'cork= thigh|leg',
    // "A dead leg", not "dead legs after 400s" (tired legs).
    'dead leg=',
    'charley horse',
    'knee|kneed|knock|knocked ~3 to|in the thigh',
    // "Took a knee to the front of the thigh".
    'knee|kneed|knock|knocked ~2 to|in ~4 thigh|quad|quads',
    // "Front of my thigh's bruised", "a purple bruise on the side of the hip": a bruise is a
    // knock, not a hip problem.
    'thigh|thighs|quad|quads ~3 bruised|bruise|bruising|black_and_blue',
    // (Not "feels like a bruise at the front of my hip", a way to say how it hurts.)
    '/(?<!(?:like|as if) (?:a |an )?(?:deep |bad |big )?)(?:bruise|bruised|bruising)(?: [^ \\n]+){0,5} (?:hip|thigh|buttock|side)(?![a-z])',
  ]),
  // Chafing, blisters or a rash: a skin problem wherever it is, not pain from inside the hip.
  contextSign('cycling', [
    'cycling|cycled|cyclist|bike|bikes|biking|bicycle|spin_class|turbo|peloton|sportive|sportives',
    'bike= ride|rides|riding',
    // "Numb bits down below from the saddle": a bike's.
    'from|off the ~1 saddle',
    // "Goes numb on the spin saddle".
    'spin|bike|bicycle|turbo|road|gravel saddle|seat',
    // "After a 5 hr ride", "long rides on the weekend": a ride is on a bike here.
    '/(?:\\d+ ?(?:h|hr|hrs)|hr|hour|hours|long|mile|km|gravel|road|turbo|weekend|sunday|saturday|century|sportive) rides?',
  ]),
  contextSign('skin-complaint', [
    ...SKIN_TROUBLE,
    'raw=',
    'rub|rubbing|rubs ~3 shorts|tights|seams|seam|liner',
    // "The hip belt on my running vest rubs… no pain once I take it off, just the skin".
    'belt|strap|straps|vest|pack|waistpack ~3 rub|rubs|rubbing|rubbed',
    'just|only the ~1 skin',
    // "Burning in the skin of the groin from the shorts".
    'skin of ~2 groin|thigh|thighs|inner_thigh|inner_thighs',
    'from ~1 the|my ~1 shorts|tights|seams|liner|leggings',
    // "Groin's red from the rubbing".
    'red|raw|sore from ~1 the ~1 rubbing|chafing|friction',
    'shorts|seam|seams|waistband|liner ~2 rub|rubs|rubbing|rubbed',
    // "Body Glide your inner thighs".
    'body_glide|bodyglide|vaseline|anti_chafe|antichafe|sudocrem',
    // "Groin crease was bleeding a bit in the shower": broken skin, after the chafing.
    'bleeding|bled|bleeds ~4 shower|bath|wash|washing',
    'crease|creases|thighs|thigh ~3 bleeding|bled|bleeds',
  ]),
  // The runner's own guess at a name, asked: "Is this a hip flexor thing?", "could it be ITBS?".
  contextSign('a-guess', [
    'is|could|might|would|can ~1 this|it|that ~1 be ~3 thing|issue|problem',
    'is this|it ~1 a|an|my|the ~4 thing|issue|problem',
  ]),
  contextSign('hip-is-fine', [
    // "Groin fine though", "my back is fine": the place named is fine.
    // ("Sit bone area is fine, it's mid thigh".)
    '/(?:groin|glutes?|buttocks?|back|thighs?|hip flexors?|knees?|it band|itb|sit bones?)(?: area| region| bit)?(?: (?:is|are|feels?|seems?))? ' +
      // "Hip, thigh, back all fine".
      '(?:all |both )?(?:totally |completely |perfectly |absolutely |actually )?(?:fine|ok|okay|good|great|perfect|alright|sweet|grand|happy)' +
      FINE_WITHOUT_A_BUT,
    // ("Hip an ting fine", "hip area otherwise fine".)
    // ("Hips, back, pelvic floor all feel fine".)
    '/hips?(?:[ \\n](?:and )?(?:my |the )?(?:knees?|back|legs?|glutes?|groin|waist|tummy|belly|stomach|calf|calves|shins?|ankles?|feet|hamstrings?|quads?|pelvic floor|pelvis|core|etc|ting|stuff|everything(?: else)?))*[ \\n](?:themselves |itself |area |region )?(?:otherwise )?(?:all |both )?(?:is |are |feels? |seem |seems? |has been |have been |been )?(?:100 |totally |completely |perfectly |surprisingly |pretty |mostly |honestly |genuinely |really |' +
      // "Hip and knee no problem".
      // "Knees and hips no pain".
      // (Australian "hips and back are sweet".)
      // (South African "hip is lekker".)
      // ("Hips are marvellous", a gran's word.)
      'absolutely |actually |all |both |both still )?(?:fine|ok|okay|good|great|perfect|normal|grand|sweet|lekker|alright|happy|marvellous|marvelous|brilliant|champion|spot on|no problems?|no issues?|zero problems?|zero issues?|no pain|pain free|no bother)' +
      FINE_WITHOUT_A_BUT,
    'nothing wrong with [my|the] hip|hips',
    // "EDIT: the hip was fine after all, it was just the shock".
    '/hips? (?:was|were) (?:totally |completely |actually )?(?:fine|ok|okay) after all(?![a-z])',
    // "Hip replaced in 2019, walks like a teenager now" (read as "like new").
    'walk|walks|walking|move|moves|moving ~1 like new',
    // Geordie "hips are canny, no bother": fine.
    'hip|hips ~1 are|is ~1 canny',
    // "My hips feel amazing actually, better than ever".
    'hip|hips ~1 feel|feels|felt ~1 amazing|fantastic|brilliant|great|better_than_ever|strong',
    // "Hips and knees held up brilliantly" after a race: they came through it fine.
    '/hips?(?:[ \\n](?:and )?(?:my |the )?(?:knees?|back|legs?|glutes?|groin))*[ \\n](?:have |had )?(?:held|stood) up (?:brilliantly|fine|well|great|perfectly|ok|okay|really well|surprisingly well|no problem)(?![a-z])',
    // "Physio checked hips and ITB and says both are fine".
    '/(?:checked|looked at|assessed|tested|examined) (?:my |the |both )?(?:hips?|it band|itb|groin|glutes?)(?:[ \\n][^ \\n]+){0,5}[ \\n](?:says?|said) (?:both|they|all|everything|them|its|it is)(?: are| were| is| all| both)? (?:fine|ok|okay|normal|good|clear)(?![a-z])',
    // "Hips don't hurt at all", "the sit bone doesn't hurt at all".
    'hip|hips ~1 do|does|did not ~1 hurt|ache|bother',
    'groin|glute|glutes|buttock|buttocks|sit_bone|sit_bones|hip_flexor|hip_flexors ~1 do|does|did not ~1 hurt|ache|bother',
    // "Sit bone is not painful, only the middle of the thigh".
    'groin|glute|glutes|buttock|buttocks|sit_bone|sit_bones|hip|hips ~1 is|are|was|were not ~1 painful|sore|tender|hurting|the_problem',
    // "Walking ok, sit bone not sore, no back pain": said in a list, with no verb.
    '/(?<![^\\n])(?:sit bones?|groin|glutes?|buttocks?) not (?:sore|painful|tender|hurting)(?=\\n|$)',
    // "Thought it was my hip at first… but no, it's the ankle".
    'thought ~2 it was ~1 my|the hip|hips',
    'hip|hips ~1 no|not ~1 problem|problems|issue|issues',
    // "Hips and knees no bother at all".
    'hip|hips ~4 no_bother|not_bothering|not_bothered',
    'not [my|the] hip|hips',
  ]),
  // "Hips and back feel fine": the back denied with the hip, as "no back pain" would (a back
  // said fine alone, "back fine apparently", beside a dropped foot, is a coach's guess).
  contextSign('back-is-fine', [
    '/(?:hips? and (?:my |the )?back|back and (?:my |the )?hips?)(?: (?:are|feel|seem))? (?:all |both )?(?:totally |completely |perfectly |absolutely )?(?:fine|ok|okay|good|great|perfect|alright|grand|sweet)(?! (?:when|while|during|until|till|at|if|unless|except|apart from|other than|walking|running|sitting|standing|after))',
  ]),
  // The leg alarms reach any part of the leg: the nerve flag a numb foot ("back pain and a numb
  // foot"), the weight-bearing flag a knee or an ankle that takes no weight.
  contextSign('leg-mentioned', [
    'leg|legs|thigh|thighs|foot|feet|calf|calves|toe|toes|knee|knees|shin|shins|ankle|ankles',
    'kneecap|kneecaps|quad|quads|hamstring|hamstrings',
    // ("My Achilles is swollen and sore, and I've had a fever since yesterday".)
    'achilles|heel|heels',
  ]),
  // Tight laces or shoes: numb toes from the shoe, not a nerve root.
  // Tingling between the toes or under the ball of the foot is a nerve in the foot (Morton's
  // neuroma, NHS), not one from the back.
  contextSign('forefoot', ['between ~4 toes|toe', 'ball of ~2 foot|feet', 'morton*', 'neuroma']),
  // A sore or tight calf, for the clot rule that also needs a journey and breathlessness.
  // "My left calf has been tight, swollen and warm and it's sore to walk on": the calf, then
  // walking or standing later in the sentence.
  contextSign('calf-on-walking', [
    '/(?:calf|calves)(?:[ \\n][^ \\n]+){0,12}[ \\n](?:walk|walking|walks|stand|standing|stood)(?![a-z])',
  ]),
  contextSign('calf-pain', [
    `calf|calves ~4 ${HURTS}|tight|tightness|cramp*|throb*|ache|aching`,
    // "Calf on one side feels like a hot water bottle, tight and sore": the calf, then a list
    // of what it is like, after a comma.
    // ("Swollen, hot and really painful to walk on": a few words may lead the next item.)
    '/(?:calf|calves)(?: [^ \\n]+){0,10}\\n(?:[^ \\n]+ ){0,3}(?:tight|sore|painful|throbbing|tender|aching)(?![a-z])',
    // "My right calf is swollen, red and hot and it hurts when I walk": the calf, then what it
    // does, a list later.
    `/(?:calf|calves)(?:[ \\n][^ \\n]+){0,8}[ \\n](?:and )?it (?:${HURTS})(?![a-z])`,
    `${HURTS}|tight|tightness|cramp*|throb*|ache|aching ~3 calf|calves`,
  ]),
  contextSign('numb-above-foot', [
    // "The outside of my shin and top of my foot go numb".
    'shin|shins|calf|calves|thigh|thighs ~7 numb=|numbness|tingl*',
    'numb=|numbness|tingl* ~3 shin|shins|calf|calves|thigh|thighs',
    // "Tingling creeping up the outside of my shin".
    'numb=|numbness|tingl* ~2 creeping|spreading|going|moving|travelling|traveling|running ~1 up|into ~4 shin|shins|calf|calves|knee|thigh|thighs',
  ]),
  // Numbness that goes when the laces are loosened is the shoe pressing.
  contextSign('loosening-helps', [
    // "Sorted the numb top of foot by re-lacing my shoes (skipping an eyelet)", "tied them
    // looser", "the numb toes thing was my laces".
    're_lacing|relacing|relaced|re_laced|relace|re_lace ~2 shoes|shoe|trainers|them|it',
    'skip|skipping|skipped ~1 an|one|the|a ~1 eyelet|eyelets',
    'tied|tie|tying|laced ~2 looser|loose',
    'was|were ~1 my|the ~1 laces|shoes|trainers',
    'loosen|loosens|loosened|loosening ~2 laces|shoes|trainers|sneakers|them|it',
    'untie|untied|untying ~2 laces|shoes|trainers',
    'take|took|taking ~1 my|the ~1 shoe|shoes|trainers|sneakers ~1 off',
    // "My toes went numb and tingly. Stopped, loosened my laces… and it went away": the numbness
    // of one sentence, eased in the next. (A lookahead: the mention stays on the numbness.)
    '/(?:numb|tingly|tingling|pins and needles)(?=(?:[ \\n][^ \\n]+){0,12}[ \\n](?:loosened|loosening|undid|untied|retied|re tied|relaced|re laced) (?:my |the |both )?(?:laces|shoes|shoe|trainers))',
  ]),
  contextSign('tight-shoes', [
    'tight ~2 laces|shoe|shoes|trainers|sneakers|flats|racing_flats|spikes|racers',
    'laces|shoes|trainers ~2 too tight',
    // "I lace too tight", "goes as soon as I loosen my laces".
    'lace|laced|lacing ~2 too tight|tightly',
    'loosen|loosens|loosened|loosening ~2 laces|shoes|trainers|sneakers|them',
    'laces|shoes|flats|spikes|racers ~4 tight',
  ]),
  contextSign(
    'other-body-part',
    OUTSIDE_HIP_PARTS.flatMap((part) => part.phrases),
    // "A stress fracture in my shin before" is history, not where it hurts now.
    { clause: ['previous-stress-fracture', 'old-injury'] },
  ),
  contextSign('relief', [
    'fine|ok|okay|alright|better|easier|painless',
    // "Walking totally normal"; not "normally" ("can't walk normally" is pain), nor the
    // question "is it normal for my hip to ache…?".
    '/(?<!(?:is|that|this) (?:it |that |this )?)normal(?![^ \\n])',
    // Not "awake at 3 with it… potter round the kitchen till it eases": the pain came first.
    // (Nor "I have to stop and wait for it to settle".)
    '/(?<!(?:till|until|til) (?:it |the pain |the ache )?)(?<!for (?:it|the pain|the ache) to )(?:ease|eases|eased|settle|settles|settled|subside|subsides|improve|improves|fades)',
    'calm ~1 down',
    'go|goes|went away',
    'disappear*',
    'no pain',
    // "I can stand on that leg for ages": the test passed.
    'can ~5 for_ages|for_hours|all_day|no_problem|no_bother|without_pain',
    PAIN_FREE,
    'relief|relieve*',
  ]),
  // Things runners do at night that are not pain at night: "I run at night", "foam rolling
  // every night", "stretch before bed", "night shifts".
  // (Foam rolling, not "wakes me every time I roll onto that side at night".)
  contextSign('running-at-night', [
    // (Not "after my last long run it's there at night": the pain, there at night.)
    `/(?:${RUN}|train|training|foam|stretch|stretching|ice|icing|yoga|gym|exercises|rehab|work|working)(?: (?!(?:it|its|it is|there|pain|hurts|aches|ache)(?![a-z]))[^ \\n]+){0,3} (?:at night|evening|evenings|before bed|bedtime)(?![a-z])`,
    `${RUN}|train|training|foam|stretch|stretching|ice|icing|yoga|gym|exercises|rehab|work|working ~3 every|most|each night|nights|evening|evenings`,
    // "Going to the toilet way more at night": the bladder, not the hip.
    'toilet|loo|wee|pee|weeing|peeing|urinating|bathroom ~4 at_night|in_the_night|overnight|every_night|most_nights',
    `at_night|every_night|each_night|most_nights|in_the_evening|before_bed [i|we|to] ${RUN}|train|training|foam|stretch|stretching|ice|icing|yoga|gym|exercises|rehab|work|working`,
    'night= run|runs|running|shift|shifts',
    'evening run|runs',
    // "Lying awake at night worrying about my first marathon": nerves keep the runner up.
    'awake|sleep|sleeping ~4 worrying|worried|worry|stressing|stressed|nerves|nervous|anxious|anxiety|excited|excitement|overthinking',
    // Woken by something else: "my alarm wakes me at 5am" (not "my hip wakes me before the
    // alarm does").
    // (Not "wakes me at 2 like an alarm clock I never set": the pain, as regular as one.)
    // (Nor "sat feeding the baby and it wakes me at night": "it" is the pain.)
    '/(?<!(?:before|than|beat|beats|beating) (?:the |my )?)(?<!(?:like|as) (?:an |a |my |the |clockwork )?)(?:alarm|alarms|baby|kids|dog|cat|phone|noise)(?! and it (?:wakes|woke|keeps|kept))',
  ]),
  // Woken or kept up by someone or something else, not the pain: "my toddler kept me up all
  // night", "wakes me? only the dog", "lol no, that's the newborn".
  contextSign('woken-by-other', [
    // "Night pain? Only because my mattress is 15 years old": the bed, said to be the cause.
    'only|just because|cos|cause ~2 my|the|our ~2 mattress|bed|pillow',
    // "The 3am feed is what wakes me", "my snoring wakes her" (not "sat feeding the baby and it
    // wakes me at night": "it" is the pain).
    `/(?:${OTHER_PERSON}|${WAKERS})(?: (?!it )[^ \\n]+){0,2} (?:wake|wakes|woke|woken|waking|keep|keeps|keeping|kept)(?![a-z])`,
    // "The baby does", not "my hip wakes me before the alarm does".
    `/(?<!(?:before|than) (?:the |my |his |her )?)(?:${OTHER_PERSON}|${WAKERS})(?: [^ \\n]+){0,2} (?:does|did|do)(?![a-z])`,
    // "Up at night with the newborn".
    `up|awake ~3 with ~1 the|my|our ~1 ${WAKERS}|${OTHER_PERSON}|baby`,
    // "Couldn't get back to sleep, race nerves not pain".
    '/(?:nerves|worry|worrying|worries|anxiety|excitement|stress)(?: [^ \\n]+){0,2} not (?:the |my )?(?:pain|hip|ache|leg)(?![a-z])',
    // "Honestly that's the only thing that wakes me".
    'only thing ~2 wakes|wake|woke|keeps ~1 me|her|him',
    // "Still breastfeeding at night, barely sleeping": the baby keeps the runner up.
    'breastfeeding|feeding|feeds|nursing ~2 at_night|in_the_night|overnight|through_the_night',
    'night ~1 feed|feeds|feeding',
    `woken|kept ~3 by ~2 ${OTHER_PERSON}|${WAKERS}`,
    `that_is|thats|only ~2 ${OTHER_PERSON}|${WAKERS}`,
    // "Wakes me up every morning, my 3 year old jumping on the bed".
    // (Not "it wakes me up even when the baby's asleep": the baby is not what wakes.)
    `/(?:wake|wakes|woke|waking) me(?: [^ \\n]+)?(?: up)(?: (?!(?:even|while|when|though)(?![a-z]))[^ \\n]+){0,4} (?:${OTHER_PERSON}|${WAKERS}|year old|yr old|yo)(?![a-z])`,
    // "6 month old wakes me at 2 and 5 every night".
    '/(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(?:month|mo|week|wk) olds? (?:still )?(?:wakes|woke|wake|keeps|kept|is waking|has been waking)(?![a-z])',
  ]),
  // Said of the past ("had a fever last month"), not of now.
  contextSign('in-the-past', [
    // "A horrible flu with a fever about a month ago", "back in the spring".
    'a|one month|year ago',
    'a|one month|year back',
    '# months|years back',
    'back in the spring|summer|autumn|winter|fall',
    // "Super taas ng lagnat ko noon" (Tagalog, read as "…my fever back then").
    'back then',
    // "Back in March I had a chest infection with a temperature".
    `/back in (?:${MONTH_NAMES.join('|')})(?![a-z])`,
    // (Not "the last month of heavy training": the past month, still going on; nor "more painful
    // than last week": a comparison, said of now.)
    '/(?<!(?:since|the|this|past|than) )last (?:week|month|year|winter|summer|spring|autumn)',
    '# weeks|months|years ago',
    // "Had a temp the week before last".
    'the week|month before last',
    'a_while|long_time ago',
    'years ago',
    'as a child|kid|teenager',
  ]),
  // Months or more ago: "last year", "three months ago". Not "since last month", which is still
  // going on, nor "last week", nor "worse than last year" (a comparison).
  contextSign('months-ago', [
    '/(?<!(?:since|the|this|past|than) )last (?:year|month|season|winter|summer|spring|autumn)',
    'months|years|year|month ago',
  ]),
  // Another adult's trip to hospital: "my running buddy had to go to A&E last week when he
  // couldn't stand" is his story, told in passing.
  contextSign('friend-in-hospital', [
    // "Sat in A&E with my husband who's fallen off a ladder… he couldn't stand on it".
    `/(?:in|at) (?:the )?(?:a and e|er|hospital|emergency room|urgent care) with (?:my |our )?(?:${ADULT_COMPANIONS}|${ADULT_RELATION})`,
    // (Their past trip: not "my husband is taking me to A&E, I can't stand".)
    `/(?:${ADULT_COMPANIONS})(?: [^ \\n]+){0,3} (?:had to go|ended up|went) (?:to |in )?(?:the )?(?:a and e|hospital|er|emergency room)`,
    // "My teammate got carted off at regionals with a hip injury and couldn't walk".
    `/(?:${ADULT_COMPANIONS})(?: [^ \\n]+){0,3} (?:got |was |were )?(?:carted|stretchered|helped|carried|taken|rushed) off`,
    // "My mate crawled to the loo the morning after Berlin": his legs, his story.
    `/(?:${ADULT_COMPANIONS})(?: [^ \\n]+){0,2} (?:crawled|crawling|had to crawl)(?![a-z])`,
  ]),
  // "Saddle numbness back then", "at the time": a clause that says it is telling the past.
  contextSign('told-as-past', ['back then', 'at the time', 'in those days']),
  // A spell that ended: "couldn't put weight on it for a few days after (the operation)".
  contextSign('spell-ended', [
    'for ~3 day|days|week|weeks|hours ~1 after|afterwards',
    // "Couldn't put weight on it for maybe a minute, then walked it off and jogged home".
    '/for (?:[^ \\n]+ ){0,2}(?:minute|minutes|second|seconds|moment|moments)(?:[ \\n][^ \\n]+){0,4}[ \\n](?:walked|jogged|ran|shook|shaken) (?:it off|home|on)(?![^ \\n])',
    // "Couldn't put weight on it for about 5 minutes, then there was a clunk and it freed up".
    // (Not when more follows: "freed up, but an hour later I can't put any weight on it again".)
    '/for (?:[^ \\n]+ ){0,2}(?:minute|minutes|second|seconds|moment|moments)(?:[ \\n][^ \\n]+){0,10}[ \\n](?:freed up|unlocked|came free|came unstuck)(?![a-z])(?!(?:[ \\n][^ \\n]+){0,15}[ \\n](?:now|again|but|cannot|fever|temperature|limping|limp|swelling|swollen)(?![a-z]))',
  ]),
  // A stiff joint that warms up: "then it loosens off after a few minutes".
  contextSign('loosens-up', [
    'loosen|loosens|loosened|loosening ~1 off|up',
    // "So stiff I had to hobble for a few minutes": stiffness walked off in minutes, as an
    // arthritic hip's is (NHS Osteoarthritis), not a limp that stays.
    // (Not when the limp stays or comes back: "…and he's been limping all day since", "every
    // morning"; nor a child's, whose limp is seen whatever it does.)
    '/(?<!(?:yo|y o|year old|years old|yr old|son|daughter|kid|child|boy|girl|toddler|lad|lass)[\\s\\S]*)stiff(?:[ \\n][^ \\n]+){0,8}[ \\n](?:hobble|hobbled|hobbling|limp|limped|limping) for (?:a few|a couple of|the first|first|two|2|five|5)(?: few)? (?:minutes|mins|steps)(?![a-z])(?!(?:[ \\n][^ \\n]+){0,14}[ \\n](?:since|all day|all afternoon|all morning|all evening|on and off|now|still|again|every|each|most days)(?![a-z]))',
  ]),
  // Waiting at a race start, where everyone shivers.
  contextSign('waiting-to-start', [
    'start pen|line|corral|funnel',
    'bin bag',
    'waiting ~2 for ~1 the ~1 start',
    // "Shivering like mad waiting at the start of the Christmas pudding run".
    'waiting ~2 at ~1 the ~1 start',
  ]),
  // Cold at a finish: "shivering like mad at the finish" of a winter race, "at the Edinburgh
  // finish, the medical tent wrapped me in a foil blanket". Read in its own clause only: "at the
  // finish my hip was sore and today I have a fever of 39" is a fever now.
  contextSign('cold-at-finish', [
    // (Not "fever and shivers since after the finish": a fever that began there and goes on.)
    '/(?<!since )(?:at|after) the (?:[^ \\n]+ )?(?:finish|finish line)(?![a-z])',
    'foil_blanket|space_blanket|medical_tent',
  ]),
  // Now and then, not now: "some mornings", "on and off".
  // (Narrow on purpose: "crying on and off… he won't stand" is a child who cannot stand now.)
  contextSign('now-and-then', ['some ~1 mornings|days|nights|evenings']),
  // Still going on: "still can't", "ever since", "to this day".
  contextSign('ongoing', ['still', 'ever since', 'since then', 'to this day']),
  // Today's news, for an emergency told after an old story: "since yesterday", "this morning".
  contextSign('happening-now', [
    'since ~1 yesterday|this_morning|last_night|the_fall|then|today|tonight',
    'right_now|at_the_moment|this_morning|tonight|today',
    // "Since falling off the sofa this afternoon he's crawling everywhere".
    'this_afternoon|this_evening|earlier_today|an_hour_ago|hours_ago',
  ]),
  // Long over: "years ago", "as a kid". Not "last week", when a clot could still be forming.
  contextSign('long-ago', [
    // "Femoral neck stress reaction in 2019, at the time I was limping".
    'at the time',
    '/(?<!since )in (?:19|20)\\d\\d(?![0-9])',
    '# years ago',
    'years ago',
    'a_while|long_time ago',
    'as a child|kid|teenager',
  ]),
  // The weather, not the body: "shivering at the start line", "a temperature of 30 outside".
  contextSign('weather', [
    'weather|heat=|heats|humid|humidity|sunny|heatwave|snow|snowing|windy|chilly|frost|frosty|sleet|hail|drizzle|blizzard',
    // "Had the shivers after from the cold", "shivering in the cold at the start".
    'from|in ~1 the ~1 cold=',
    'because of ~1 the ~1 cold=',
    'raynaud|raynauds',
    // "Toes go numb and white on cold winter runs": the cold, not a nerve.
    'cold=|winter|wintry ~1 run|runs|running|morning|mornings|day|days|air|temperature|temps',
    // "Shivering at the start in my singlet", "shivering in the start pen".
    'shiver|shivers|shivering|shivered ~2 at|in|before ~1 the ~1 start|start_pen|start_line|corral|singlet',
    'shiver|shivers|shivering|shivered ~3 in_my_singlet|in_a_singlet|waiting_for_the_start',
    // "Tried an ice bath, shivering like a wet dog for 20 min afterwards": the cold water's
    // (read at the shivering, which may be a clause on).
    '/(?<=(?:ice baths?|cold plunge|cold water|cold shower|cold swim|sea swim|wild swim|wild swimming)(?:[ \\n][^ \\n]+){0,8}[ \\n])(?:shiver|shivers|shivering|shivered|shivery|shaking|teeth chattering)(?![a-z])',
    // Freezing weather, not "flushed and freezing at the same time" (a fever).
    '/(?<!(?:and|then|but|minute) )freezing',
    'so|too|very|really hot= out|outside|day|today|weather',
    'hot= day|days|weather|outside|out|sun|summer|race|run|conditions',
    // "30 degrees out", not a reading of the body: "a fever of 38 degrees", "my temperature was
    // about 38.5 degrees" (NHS Septic arthritis). ("Temp hit 38 degrees in Seville" is the air.)
    // ("Thermometer read 38.8 degrees", "my daughter's temp was 39 degrees", "temperature hit 39
    // degrees overnight".)
    // ("Temp 38.6 degrees": a reading to a tenth is a thermometer's, not the air's.)
    '/(?<!(?:fever|fevers|thermometer|(?:my|his|her|their|body|son|sons|daughter|daughters|child|childs|kid|kids) (?:temp|temperature)|(?:temp|temperature) reading)(?: (?:of|was|is|at|hit|reached|read|reading|says|said|showed|up to|went up to))?(?: (?:around|about|nearly|over))? )(?<!(?:temp|temperature)(?: (?:of|was|is|at))? (?=\\d+p\\d))\\d+(?:p\\d+)? degrees(?![a-z])(?! (?:c |celsius )?(?:overnight|last night|tonight|this morning|in bed)(?![a-z]))',
    'start line|corral',
    // Cold on the course: "the cold shivers at the 3am aid station", "in a foil blanket".
    'aid station|stations',
    'checkpoint|checkpoints',
    'foil|space|emergency blanket',
    'cold= morning|day|night|wind|rain|start|swim|water|dip|shower|run|runs|mornings|days',
    'once ~1 warm|warmed',
    'ice bath|baths',
    'rain|raining|rainy',
    // "Got cold waiting for the bus in my wet kit".
    'wet ~1 kit|clothes|gear',
    // "Ran in the pouring rain, soaked through and shivering at the end".
    'soaked|drenched|wet ~1 through|to_the_skin|to_the_bone',
    'got|getting|was|felt cold= ~3 waiting|after|standing',
    // "Froze my bum off at parkrun… couldn't feel my toes by the end".
    'froze|frozen|freeze ~3 off',
  ]),
  // Tiredness at the end of a hard effort, not a nerve losing power.
  contextSign('fatigue', [
    // "Legs were totally dead by mile 22, dragging my feet over the line".
    'over|across the line|finish',
    'legs ~2 dead|gone|shot|wrecked|done|cooked',
    'tired|fatigue|fatigued|exhausted|knackered|bonk*|wall',
    'end of ~2 race|run|marathon|session|workout|interval|intervals',
    'last ~3 mile|miles|km|k|lap|laps|rep|reps',
  ]),
  // Groin pain with kicking: in kicking sport, groin pain is most often the adductors' (Doha);
  // the hip flexors' is felt at the front of the hip ("kicking" alone also counts towards them,
  // above).
  contextSign(
    'groin-kick',
    [
      // ("Groin pain after a kick in Sunday league", not "the groin pain kicks in at 5k".)
      '/groin(?:[ \\n][^ \\n]+){0,6}[ \\n](?:a kick|kick(?:s|ing|ed)?(?! in))(?![a-z])',
      // (The other way round only within a clause: "hurts when I kick, groin fine" is not it.)
      '/kick(?:s|ing|ed)?(?: [^ \\n]+){0,6} (?:groin|inner thigh|inside of (?:my |his |her |the )?thigh)(?![a-z])',
      // "Hurt his groin at hurling… still sore when he strikes the ball": a strike is a kick.
      '/groin(?:[ \\n][^ \\n]+){0,20}[ \\n](?:strike|strikes|striking|struck|shoot|shoots|shooting|pass|passes|passing) (?:the |a )?(?:ball|sliotar)(?![a-z])',
    ],
    {
      // ("Front of my hip hurts when I kick, groin fine".)
      clause: ['hip-is-fine'],
      evidence: {
        why: 'Groin pain with kicking',
        absent: '',
        weights: { 'adductor-strain': 3.5 },
        sources: [DOHA],
      },
    },
  ),
  // All-over soreness after a hard race ("quads trashed, can barely walk"), not one bad hip.
  // German "Muskelkater" (a muscle hangover), "all muscles of the thighs are sore": read by the
  // ranking only (as general soreness is), never to set aside a limp or a leg that takes no weight.
  contextSign('all-muscles-sore', [
    'muskelkater',
    'all ~1 the ~1 muscles ~4 sore|stiff|ache|aching|achy|hurt|hurts|wrecked|trashed',
  ]),
  contextSign('general-soreness', [
    'doms',
    'delayed onset',
    'legs|quads|calves|glutes|everything|whole_body ~3 sore|stiff|dead|trashed|wrecked|destroyed|battered|shot',
    // "Legs totally spent", "legs like jelly", "legs were cooked".
    'legs|quads ~3 spent|jelly|cooked|fried|concrete',
    // "A death march at the end of the ultra, everyone limping in".
    'everyone|everybody|all_of_us|half_the_field ~2 limp*|hobbl*',
    // "My legs were cut, as we say in French": worn out.
    'legs were|are|was cut=',
    // "Sore glutes and quads", "stiff calves and hamstrings": two muscle groups, a session's ache.
    'sore|stiff|achy|aching|tight ~1 glutes|quads|calves|hamstrings|legs and ~1 glutes|quads|calves|hamstrings|legs|everything',
    // "Glutes sore today in a good way", "a good sore": the ache of a hard session.
    'sore|aching|achy|stiff ~3 in_a_good_way',
    'good sore|soreness|ache',
    'whole_body|all_over|everything ~2 ache|aches|aching|hurts|sore',
    'flu',
  ]),
  contextSign(
    'fever',
    [
      // (Not "a fever dream that I went sub 3": a way of saying a dream was vivid.)
      '/(?<!(?:marathon|race|cabin|spring|running|training|football|world cup|ultra|trail|parkrun|shoe|gear|play off|playoff|playoffs|cup|derby|olympic|christmas|election|gold|promotion|title|final|finals|glandular|hay|scarlet|yellow|dengue|typhoid|saturday night) )fever(?:s|ish)?(?! pitch| of (?:excitement|anticipation|nerves)| out(?:side| there)?(?![a-z]))(?! dream (?:that|about|where|of)(?![a-z]))',
      'have|has|had|got|with|running|developed|run a ~2 temperature|temp',
      // "Bit of a temperature, 37.9 today", "a slight temp".
      '/(?:bit of a|slight|low grade) (?:temperature|temp)(?! (?:drop|dip|change|outside|in the|today outside)(?![a-z]))',
      // "My temperature comes and goes - 38 one evening, normal the next morning".
      'temperature|temp|fever|fevers comes|come|keeps_coming and|then ~1 goes|go|going',
      // "Has had a cold and a temperature all week".
      'cold|cough|virus|bug|flu and ~1 a ~1 temperature|temp|fever',
      // My temperature, not the weather's: "the temperature was 38 on the run".
      '/(?<!(?:the|air|outside|water) )(?:temperature|temp)(?! outside)' +
        '(?: (?:of|is|was|at|reading|reads|hit|hitting|up to|around|about|is back up to|back up to|went up to|is up to|has gone up to))? ' +
        '(?:3[7-9]|4[0-2]|99|10[0-4])(?:p\\d)?',
      'my temperature|temp ~3 high|up|raised',
      // "groin pain n high temp since this am": NHS's own words for a fever (not "the high
      // temperatures this week", the weather's).
      '/(?<!(?:the|air|outside|water|sea) )(?:high|raised) (?:temp|temperature)(?![a-z])(?! (?:outside|out there|today|all week|this week|in the|for running|on the))',
      // A box's answer: "no fall / yes temp since this morning".
      '/(?<![^\\n])(?:yes|yeah|yep|y) (?:a )?(?:high )?(?:temp|temperature)(?=\\n|$| since| for| of| up| still| all| today| tonight| this| last| and)(?! (?:and )?(?:was |is )?(?:normal|fine|checked|ok|okay)(?![a-z]))',
      // "Limping and hot temp since yday" (not "hot temps this week", the weather's).
      '/(?<!(?:the|air|outside|water|sea|in|a) )hot (?:temp|temperature)(?![a-z])(?! (?:outside|out there|today|all week|this week|in the|for running|on the|of|[0-9]))',
      // "Really poorly + confused, hip agony, temp up": a carer's shorthand.
      '/(?<![a-z] )(?:temp|temperature) (?:up|raised|spiking|spiked|climbing)(?![^ \\n])',
      // "38.8 on the thermometer", "39 degrees".
      '/(?:3[89]|4[0-2])(?:p\\d)? (?:on (?:the|my|his|her|our) (?:[a-z]+ )?thermometer|degrees c|degrees celsius|c fever|celsius)',
      '/(?:10[0-4])(?:p\\d)? (?:on the thermometer|degrees f|fahrenheit|f fever)',
      // "Thermometer says 39", "the thermometer read 38.6".
      // (Not a garden's or a car's, nor the air: "the thermometer says 39 outside".)
      '/(?<!(?:garden|car|outdoor|outside|weather|greenhouse|oven|meat|fridge|bbq|pool|room|wall) )thermometer (?:says|said|reads|read|reading|showed|shows|showing|is|was|at|hit|gave)(?: (?:me|a|about|around|nearly|over|like|just over))? (?:3[89]|4[01]|10[0-4])(?:p\\d)?(?![0-9])(?! (?:degrees )?(?:outside|out|today|in the shade|on the drive|in the car)(?![a-z]))',
      'chills=',
      'the chills',
      // (Not "a thousand other shivering idiots" in a start pen: other people, cold.)
      '/(?<!other )shiver(?:s|ing|y|ed)?(?! (?:idiots|runners|people|masses|crowds?|souls|wrecks|competitors|others|bodies)(?![a-z]))',
      'rigors',
      // "I tremble with cold all the night" (second-language English for rigors).
      'tremble|trembling|trembled|trembles ~2 with|from ~1 cold=|fever|chills',
      // "Shaking under the duvet with my teeth chattering", "sweating through the sheets".
      'teeth ~1 chatter*',
      // "Burning up and shaking", "roasting on the outside, frozen in the middle, shaking",
      // "rattling under two duvets with my teeth going like castanets".
      'burning up and ~1 shaking|shivering|shivery|sweating',
      '/(?:roasting|boiling)(?:[ \\n][^ \\n]+){0,5}[ \\n](?:frozen|freezing|shaking|shivering)(?![a-z])',
      'rattling|shaking|shivering ~3 duvet|duvets|doona|doonas|covers|blankets',
      // "Shaking like a wet dog under two doonas".
      'shaking|shivering|trembling like ~4 under ~2 duvet|duvets|doona|doonas|covers|blankets',
      // "Missus stuck the thermometer in, 39.1": a reading to a tenth, a clause after the
      // thermometer (not the air's: "the thermometer in the car said 39").
      '/(?<!(?:garden|car|outdoor|outside|weather|greenhouse|oven|meat|fridge|bbq|pool|room|wall) )thermometer(?: (?!outside|car|garden)[^ \\n]+){0,3}\\n(?:(?:it |she |he )?(?:said|says|read|reads|showed|was) )?(?:3[89]|4[01])p\\d(?![0-9])(?! (?:degrees )?(?:outside|out|today|in the shade)(?![a-z]))',
      'teeth ~3 castanets',
      // "Hip pain + the shakes + night sweats": rigors (not the coffee shakes).
      '/(?<!(?:coffee|caffeine|protein|milk|milkshake) )the shakes',
      'shaking|shook ~4 uncontrollabl*|duvet|covers|blanket|bed|teeth',
      // "Body shake me with cold" (Nigerian Pidgin: shivering).
      'body ~2 shake|shakes|shaking|shook ~3 with|from ~1 cold|chills',
      // "Woke up drenched and shaking": sweats and shakes together are rigors.
      // …in a list too, and with burning up ("he's shaking, clammy and burning up").
      // (Clammy or burning up must be one of the two: "finished sweaty, shaking and starving"
      // is a marathon's end.)
      '/(?:drenched|soaked|sweating|sweaty|clammy) (?:and|then) (?:shaking|shivering|shivery|trembling)',
      '/(?:shaking|shivering|shivery|trembling) (?:and|then) (?:drenched|soaked|sweating|sweaty|clammy)',
      '/(?:clammy|burning up)(?: and| then)?[ \\n](?:and )?(?:shaking|shivering|shivery|trembling|burning up|clammy)(?![a-z])',
      '/(?:sweaty|sweating|drenched|soaked) (?:and )?burning up(?![a-z])',
      '/(?:shaking|shivering|shivery|trembling)(?: and| then)?[ \\n](?:and )?(?:clammy|burning up)(?![a-z])',
      // Not "sweats some nights": night sweats are the weight-loss flag's sign.
      // (Nor "in the night he sweats", nor "could the sweats be linked to the hip?", a question
      // about night sweats already told.)
      // (Nor "it's the sweats that wake me": waking sweats are night sweats.)
      // (Nor "no fever, just the usual sweats" of the menopause.)
      '/(?<!night (?:(?:he|she|i|they) )?)(?<!(?:usual|normal|hormonal|menopausal|menopause|meno) )sweats(?! (?:(?:some|most|every|at|in the|during the|through the|a few) )?nights?)(?! be (?:linked|related|connected|caused|due|part))(?! (?:that|which) (?:wake|wakes|woke))',
      'hot and cold',
      // "She's hot as toast", "Calpol brings the temperature down".
      'hot as ~1 toast|fire|an_oven',
      // "She's roasting, all flushed and floppy".
      '/(?:she is|he is|shes|hes|they are|i am|im) (?:absolutely |really |so |just )?(?:roasting|boiling)(?! (?:the|a|in|out|outside|hot|today))(?![a-z])',
      'flushed and ~1 floppy|hot|shivery|clammy',
      // "Feel hot n unwell right now": feverish, in the runner's words.
      // (Not "felt hot and sick after the heatwave run", over by the evening.)
      // ("I feel hot and sweaty and unwell, like I'm coming down with something": sweaty alone
      // is a run's end, so the illness word must follow.)
      '/(?:feel|feeling|i am|im) (?:so |really |very |all )?hot (?:and|n) (?:unwell|ill|poorly|shivery|rough|sick|awful|rubbish|crap|achy|faint)(?![a-z])',
      // (Not after a run, a session, a sauna or a night out: the heat of effort or drink.)
      '/(?:feel|feeling|i am|im) (?:so |really |very |all )?hot (?:and|n) (?:sweaty|clammy) (?:and|n) (?:unwell|ill|poorly|shivery|feverish)(?![a-z])(?!(?: [^ \\n]+){0,5} (?:after|during|on|from|in|every|each|when)(?: [^ \\n]+){0,2} (?:runs?|race|session|sessions|sauna|sun|heat|hills?|reps|tempo|intervals|workout|gym|night out|drink|drinks|hangover|time))',
      'calpol|paracetamol|tylenol|ibuprofen|nurofen|motrin ~4 temperature|temp|fever',
      // "I'm burning up", "she's burning up", not "legs burning up the hill".
      'i am|feel|feeling|felt ~1 burning up',
      // "Today she's confused, burning up, and won't let anyone move her leg".
      '/(?<![^\\n])(?:and )?burning up(?=\\n|$| and)',
      `/(?:she is|he is|shes|hes|they are|theyre) (?:${ANY_WORD} )?burning up(?! (?:the|a|that|this|hills?))`,
      // "Now he won't walk and is burning up".
      '/(?:and|now) (?:is|am|was) burning up(?! (?:the|a|that|this|hills?)(?![a-z]))',
      // "Flushed and freezing at the same time", "boiling then freezing".
      '/(?:hot|boiling|flushed|burning|sweating|sweaty) (?:and|then|but|one minute) (?:freezing|shivering|shivery|cold)',
      // "His body is very hot", "her whole body is burning".
      'body ~3 very|really|so|burning|boiling ~1 hot|burning|boiling',
      // "He's been in bed all day, boiling hot to touch": a fever felt on the skin.
      '/(?:(?<![^\\n])|(?:is|is been|has been|been|was|feels|felt) (?:really |so |very )?)(?:boiling|burning|roasting) hot to (?:the )?touch(?![a-z])',
      // "I dey feel hot all over" (Nigerian Pidgin): a fever, felt.
      'feel|feels|feeling|felt ~1 hot all_over|everywhere',
      // A reading on its own, "39.2": a body temperature, not a distance or a time.
      '/(?<![\\d])(?:3[89]|4[01])p\\d(?! ?(?:k|km|kms|mi|miles?|mins?|minutes|s|secs?|seconds|kg|kgs|kilos?|lbs?|percent|mpw|kpw|min|hours?|hrs?|pace|per|a|on|in|at)\\b)',
      // "Temp went down by Tuesday but now it's 39 again": a reading, after the temperature was
      // named in its sentence.
      '/(?<=(?:temp|temperature|fever|thermometer)(?:[ \\n][^ \\n]+){0,10}[ \\n])(?:3[89]|4[01])(?:p\\d)?(?: (?:degrees|c))?(?= again(?![a-z]))',
    ],
    // "My wife has had a fever all week" is not the runner's. "Had covid with a fever, all
    // recovered now" is over, unless it came back.
    {
      // ("Hot flushes all day and I wake drenched in sweat": the menopause, said in the clause.)
      clause: [
        'in-the-past',
        'weather',
        'someone-else-unwell',
        'thrill-idiom',
        'fever-over',
        'menopause',
        'device-temperature',
        'cold-at-finish',
      ],
      // "Stood shivering in a bin bag in the start pen, teeth chattering": the cold at a start.
      // "Burning up at night, but no actual temperature when I check": measured, and normal.
      sentence: ['illness-over', 'waiting-to-start', 'temperature-normal'],
      exceptSentence: ['came-back'],
    },
  ),
  // A machine's temperature: "car was running a temperature again", "my watch says I'm 'running
  // a temperature' (+1.4 on the skin temp graph)".
  contextSign('device-temperature', [
    'car|engine|van|laptop|boiler ~6 temperature|temp',
    'watch|garmin|whoop|oura|tracker says|said|shows|showed|reckons|thinks ~4 temperature|temp',
  ]),
  // A temperature taken and found normal (the menopause's hot flushes, a hot room).
  contextSign('temperature-normal', [
    // "Sweating like I have fever but no fever, only the sun": said to be absent.
    // (A clause of its own, "but" taken off as a clause break: what it answers is in the same
    // sentence.)
    '/(?<![^\\n])(?:but |though |although )?(?:i have |i had |there is |there was |i do not have |i did not have )?(?:no|not a|not any) (?:actual |real )?(?:fever|temperature|temp)(?: though| really| actually)?(?=\\n|$)',
    'no ~1 actual|real|raised|high temperature|temp|fever ~3 when|if ~2 check|checked|checking|take|took|taking',
    // (Next to each other only: "temperature 39, normal for me is 36.5" is a fever.)
    '/(?:temperature|temp|thermometer)(?: (?:is|was|has been|reads|read|says|said|shows|showed|came back|stays|stayed))? (?:totally |completely |perfectly |always )?(?:normal|fine|ok|okay)(?![a-z])',
    // "Every time I check the thermometer it's 36.8": a normal reading (NHS Fever: 38C or over).
    // (Not beside a high one, before or after: "37.2 this morning but 39.4 tonight"; nor "37
    // point 9", dictated.)
    '/(?<!(?:3[89]|4[01]|10[0-4])(?:p\\d)?(?:[ \\n][^ \\n]+){0,12}[ \\n](?:[^ \\n]+ ){0,3})(?:temperature|temp|thermometer)(?: (?:is|was|has been|reads|read|says|said|shows|showed|it is|its|it was))? (?:only |just |always )?(?:3[5-7]p\\d|3[67]|9[6-9](?:p\\d)?)(?![0-9])(?! (?:degrees )?(?:outside|out|today outside|point)(?![a-z]))(?!(?:[ \\n][^ \\n]+){0,12}[ \\n](?:3[89]|4[01]|10[0-4])(?:p\\d)?(?![0-9]))',
  ]),
  // "Fever's gone", "the flu passed": over, not now.
  // "Fever settled by Monday then returned yesterday with hip pain and rigors": a fever said
  // to be back, read even in the clause that tells it had settled.
  contextSign('fever-back', [
    // "Had a temp last week and again since yesterday": the fever of now, told with the last.
    '/(?:fever|temperature|temp)(?: [^ \\n]+){0,6} (?:and|but) (?:now |then )?again (?:since|today|tonight|now|this (?:morning|evening|afternoon)|last night)(?![a-z])',
    // "Had a temp that went away, today it's back up to 39": across a comma, with the reading.
    '/(?:fever|temperature|temp)(?:[ \\n][^ \\n]+){0,8}[ \\n](?:it is |its |it has gone |it went )?back up(?: to)? (?:3[89]|4[01]|10[0-4])(?:p\\d)?(?![0-9])',
    // (In its own clause, and not "she's back running", "came back to running".)
    '/(?:fever|fevers|temperature|temp|shivers|rigors)(?: [^ \\n]+){0,6} (?:returned|came back|has come back|is back|back up|spiked again|went back up)(?! (?:normal|negative|down|fine|ok|okay|clear|to normal|to running|running|to training|training|to work|at work|racing|to the gym)(?![a-z]))',
  ]),
  contextSign('fever-over', [
    // "Shivering for an hour after until a hot shower sorted me out": the cold, warmed away.
    'shiver|shivers|shivering|shivery|shivered ~8 until|till|til ~3 hot|warm ~1 shower|bath|drink|tea|soup',
    'fever|fevers|temperature|temp|flu ~2 gone|went|broke|broken|passed|over|cleared|settled',
    // "The fever is finished since last week" (a second-language "over").
    // (Not "thought the fever was finished but it came back last night", nor a reading taken:
    // "temp was done at triage, 38.9".)
    '/(?<!(?:thought|hoped|assumed|seemed) (?:the |my )?)(?:fever|temperature|temp|flu) (?:is|was|has|had) (?:been )?finished(?![a-z])(?!(?:[ \\n][^ \\n]+){0,10}[ \\n](?:came back|come back|comes back|returned|again|back up)(?![a-z]))',
    // "Cold shivers at the aid station, a foil blanket and soup sorted me out in 10 mins".
    'sorted|warmed|perked ~2 me|him|her ~1 out|up ~3 in|within|after ~2 minutes|mins|min|hour|an_hour',
  ]),
  // "Had covid in January with a fever, all recovered now": an illness had and got over, said in
  // one sentence. Narrow on purpose: "the cold I had is all better, but tonight a fever of 39"
  // still counts the fever (an emergency is never ruled out by a loose word like "better").
  contextSign('illness-over', [
    // "A bad flu with 39 fever, went after 3 days. Now, another week later…": a fever that ended
    // (unless it came back).
    '/(?:fever|temperature|temp|flu)(?:[ \\n][^ \\n]+){0,6}[ \\n](?:went|gone|cleared|passed|broke|settled)(?: away| up)? after (?:\\d+|a few|a couple of|two|three|four|five) days(?![a-z])(?!(?:[ \\n][^ \\n]+){0,14}[ \\n](?:came back|come back|comes back|back again|returned|again)(?![a-z]))',
    // "He had zazzabi (fever) last month, malaria, treated and gone".
    '/(?:fever|temperature|malaria|typhoid|dengue|flu|covid|infection)(?:[ \\n][^ \\n]+){0,8}[ \\n](?:treated|sorted|cured) and (?:gone|over|better|cleared|fine)(?![a-z])',
    // "I had a fever in Jan but that was flu": a fever explained, and in the past.
    '/(?:had|got) (?:a )?(?:fever|temperature|temp)(?: [^ \\n]+){0,4}[ \\n](?:but )?(?:that|it) was (?:just )?(?:the )?(?:flu|a cold|covid|a virus|a bug|a chest infection)(?![a-z])',
    // "Had a fever and the flu about a month back, all cleared up now", "he had fever and cold
    // but that is now fully over".
    // ("I had a nasty flu with a high fever in early March and was off running for 10 days,
    // all fine now.")
    // ("Was sick as a dog with flu last month, temp of 39, long gone now".)
    // (Not "got flu - shivery, 39, aching all over, and my hip is agony": aching all over is now.)
    '/(?:had|caught|got|with) (?:a (?:proper |bad |nasty |horrible |real |heavy |big |rough |stinking |terrible |awful )?(?:dose|bout|case|touch|spell) of (?:the )?|a (?:proper |bad |nasty |horrible |real |heavy |big |rough |high |stinking |terrible |awful ))?(?:covid|flu|the flu|influenza|the influenza|a cold|a bug|a virus|a fever|fever|an infection|tonsillitis|a chest infection|an ear infection|a tummy bug|norovirus|pneumonia|strep|a sore throat|glandular fever|malaria|typhoid|dengue)(?:[ \\n][^ \\n]+){0,20}[ \\n](?:(?<!(?:aching|aches|ache|achy|hurting|hurts|sore|pains|pain|itching|itchy|shaking|sweating|sweaty|spots|rash) )(?:all|fully|completely|totally) (?:recovered|better|cleared up|cleared|over|gone)|recovered (?:fully|completely|totally)|(?:fine|ok|okay|recovered|better|over|gone|cleared up|all good) now|now (?:all |fully |completely )?(?:over|gone|better|recovered|cleared up)|long (?:gone|over)|finished(?: (?:long time|a long time)(?: ago)?| now| already)?(?=\\n|$)|finished (?:long time|a long time)(?: ago)?)(?![a-z])',
  ]),
  // "I've had back pain before and this is different": a pain the writer knows, named to say
  // this one is not it.
  contextSign('unlike-before', [
    // (Not "…and this is different - pain shoots down the back of my leg": told as the back's.)
    '/(?:had|known|get|got)(?: [^ \\n]+){0,3} before(?: and| but)?[ \\n](?:this|it|this one) (?:is|feels) (?:totally |completely |very )?different(?![a-z])(?!(?:[ \\n][^ \\n]+){0,14}[ \\n](?:shoots?|shooting|down (?:the back of )?(?:my |the )?leg|into (?:my |the )?(?:foot|calf|toes)|sciatica|numb|numbness|tingling)(?![a-z]))',
  ]),
  // "Got chills when I saw the finish clock", "red hot form": thrills, not a fever.
  contextSign('thrill-idiom', [
    // "Shivers down my spine watching the final".
    'shiver|shivers ~2 down ~2 spine|back',
    // "I have the fever of running (fiebre del running), 5 races in one month": a craze.
    // (Not "the fever of race week turned into an actual fever 39".)
    '/(?:fever|fiebre|febre) (?:of|del|de|do) (?:the )?(?:running|run|race|races|racing|marathon|marathons|parkrun|trail)(?![a-z])(?!(?:[ \\n][^ \\n]+){0,10}[ \\n](?:actual|real|proper|true) (?:fever|temperature|temp)(?![a-z]))',
    // ("Watching the Olympic 100m gave me shivers".)
    'gave|give|gives|got|get|getting ~1 me ~1 chills|goosebumps|shivers',
    // "Thinking about that hill gives me the shivers".
    'gave|give|gives|giving me the shivers|chills|creeps|willies',
    'got|get|getting chills ~3 when|seeing|saw|watching|at|from',
    // "Got the shivers watching the penalty shootout".
    'got|get|getting ~1 the ~1 shivers|chills ~3 watching|seeing|reading|hearing|listening',
    'chills ~2 down|up my spine',
    // "Feverish with excitement for the Boston qualifier".
    'feverish|fever ~1 with ~1 excitement|anticipation|nerves|nervousness',
    // "Got a real fever for racing lately".
    'fever ~1 for ~3 racing|running|races|race|marathon|marathons|ultras|parkrun|it|the_sport',
    // "It's the fever of the race haha" (a French speaker's "la fièvre de la course").
    'fever of the ~1 race|racing|marathon|competition|start',
    // "This week is fever of football here, the derby".
    'fever of ~1 football|soccer|cricket|rugby|the_derby|the_match|the_cup|the_final|the_playoffs',
    'red hot ~1 form|streak|pace|favourite|favorite|shape',
  ]),
  contextSign('feeling-unwell', [
    'feel|feeling|felt ~3 unwell|ill|sick|rough|poorly|awful|lousy|feverish|rubbish|terrible|horrendous|dreadful|wiped_out|rotten|grim|dire',
    // "Achy like flu coming on", "fluey", "out of sorts".
    'flu coming on',
    // "I feel like I've been hit by a bus".
    'hit by a bus|truck|train',
    'fluey|flu_ish',
    'out of sorts',
    // "Feel a bit off too, clammy".
    'feel|feeling|felt ~2 off|grotty|peaky',
    // "Feel hot and horrible" (not "feel horrible about skipping the club run").
    '/(?:feel|feeling|felt)(?: [^ \\n]+){0,3} horrible(?! (?:about|for|that|missing|skipping|leaving|letting))(?![a-z])',
    'clammy',
    // "Can't lift leg, hip locked, no injury, feel hot": feeling feverish now, said as a clause
    // of its own (not "felt hot for a bit after the bath", nor "I feel hot on the hills").
    '/(?<![^\\n])(?:i |and |now |also )?(?:feel|feeling|am feeling) (?:hot|boiling|burning up)(?=\\n|$)(?<!(?:weather|heat|heatwave|humid|humidity|sun|sunny|degrees|summer|sauna|bath|shower|so hot|too hot|really hot|very hot|hot day|hot today|hot out)[^.]{0,80})',
    // "Feel tired and washed out".
    'washed_out|wiped_out',
    // "I feel very bad" (ill), not "I feel so bad about skipping the club run".
    '/(?:feel|feeling|felt) (?:very|really|so|extremely) bad(?! (?:about|for|that|missing|skipping|leaving|letting))',
    // Worn out, not "numbness running down my shin" or "ran down the hill".
    '/(?:feel|feels|feeling|felt|bit|so|very|really|quite|totally|completely|generally|am|is|are|was|were|been|being|get|gets|getting|got) run ?down(?![a-z])',
    'unwell',
    'under the weather',
    'flu ~1 like|symptoms',
    'the flu',
    'malaise',
    // A child who is "floppy", "lethargic" or "not herself" is unwell (NHS: sepsis in children).
    'floppy|lethargic|listless|drowsy',
    // A carer's "she's not herself" (NHS Sepsis: acting confused or not like themselves).
    'not ~2 herself|himself|themselves|themself',
  ]),
  contextSign('hot-red-swollen', [
    // "The wound looks angry and weepy" after an operation (NHS Hip replacement: signs of
    // infection).
    'wound|scar|incision ~3 angry|weepy|weeping|oozing|red=|hot=|pus|discharging|leaking',
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
    // "Hip has swelled up", "blown up" ("swollen up" is read by "swollen", "puffed up" as it).
    'swelled|blown up',
    'inflamed',
  ]),
  // Warmth or redness of the skin, and swelling, apart: the infection rule needs both at the hip.
  contextSign(
    'hot-skin',
    [
      'hip|hips|joint|area|skin|spot|groin|thigh|leg|side|calf|lump|bump ~3 hot=|warm=|red=',
      // "My left calf is fat, hot and tight".
      '/(?:swollen|puffy|fat|red)\\n(?:hot|warm)(?![a-z])',
      // "A red, hot, swollen hip": the list's commas make clauses of its words.
      '/(?:red|hot|warm)\\n(?:and )?(?:hot|red|warm)(?=\\n(?:and )?(?:swollen|puffy))',
      'hot=|warm ~3 hip|hips|joint|skin|touch|area|spot|swollen|swelling|red=|redness|calf|leg',
      'hot=|warm= and ~1 tender|sore|swollen|red=|painful|throbbing|hurts|hurting|aching|tight',
      // "My right leg is swollen from the knee down and hot": swelling, then heat, in a clause.
      // (The heat must end the clause or be felt to the touch: not "swollen so I'm doing warm
      // baths", "swollen and warm up slowly", "hot as".)
      `/${SWOLLEN}(?: (?!(?:bath|baths|tub|pack|packs|yoga|shower|showers|water|compress|compresses)(?![a-z]))[^ \\n]+){0,5} and (?:hot|warm)(?:(?= to (?:the )?touch(?![a-z]))|(?=\\n|$))`,
      // "My hip swelling is worse and it is hot": the swelling, then "it" is hot (not "it is hot
      // out", the weather).
      // (The hip's swelling only: an ankle "puffed up… and it's hot" is read by the clot and
      // infection rules as before.)
      '/(?:hip|hips|groin)(?: [^ \\n]+){0,2} (?:swelling|swollen)(?: [^ \\n]+){0,4} and (?:it is|its|it s|it feels|feels) (?:really |very |so )?(?:hot|warm)(?=\\n|$| to (?:the )?touch(?![a-z]))',
      // "It is hot, swell, red": heat, then swelling, in a list (a second language's "swell").
      '/(?:hot|warm)\\n(?:and )?(?:swell|swelled|swollen|puffy)(?![a-z])',
      // "My hip has swollen up and feels hot".
      '/(?:swollen|swelled|puffed|blown) up(?: and)? (?:feels |is |looks |gone |went |got )?(?:really |very |so |a bit )?(?:hot|warm)(?![a-z])',
      // Nigerian Pidgin "my left leg don swell, e hot": swollen, then hot.
      '/(?:swell|swelled|swollen|puffy)\\n(?:e |it |it is |and )?(?:hot|warm)(?![a-z])',
      'calf|calves|leg|legs|thigh|thighs|skin ~5 feel|feels|felt|feeling|is|looks ~1 hot=|warm=',
      'tender|sore|swollen|red=|painful|fat=|puffy|tight and ~1 hot=|warm=',
      // "It feels hot and puffy round the groin": the heat named first.
      'feels|feel|felt|is|looks|looking hot=|warm= and ~1 swollen|puffy|red=|tender',
      'warmth',
      'redness|reddish',
      // Tagalog "mainit" (hot) in a Taglish post: "namamaga (swollen)… mainit and masakit".
      'mainit',
    ],
    // "It was so hot my legs swelled" is the weather.
    { sentence: ['weather'] },
  ),
  contextSign('swelling', ['swollen', 'swell', 'swelling', 'puffy', 'swelled|blown up']),
  contextSign(
    'severe-pain',
    [
      'severe*',
      'excruciating',
      'agony|agonising|agonizing',
      'unbearable',
      'intense pain',
      'worst pain',
      // "Really really painful, worse than anything I've had".
      'worse than anything ~3 had|felt|known|experienced|ever',
      // "Hip is very painful" after the fall, "hip killing me, hobbled home".
      'very|extremely painful',
      // "Hip still rly painful" two days after a fall, "huge pain limping home".
      'really|rly painful',
      'huge|massive|serious pain',
      // "Landed on me hip, bad pain" (not "not a bad pain", "no bad pain days").
      '/(?<!(?:not|no|nothing|too|that|so|as) (?:a |that |too |so )?)bad pain(?! (?:day|days|week|weeks|free)(?![a-z]))(?![a-z])',
      'hip|groin|leg|it [is|was|has_been] killing me',
      'really really painful|sore',
      'screaming',
      '10 out of 10',
      // "Pain is 10/10", "a 9/10": a score read as "10 10" once the slash is gone.
      '/(?<=(?:pain|is|was|at|a|about|like|its|literally|easily|solid|proper|honestly) )(?:9|10) (?:out of |of )?10(?![^ \\n])',
      // "Hip is really painful, 7/10": 7 and over is severe on the 0 to 10 scale (Serlin et al.,
      // Pain 1995; Boonstra et al., Front Psychol 2016 put it at 8: docs/clinical-decisions.md),
      // where a score follows a word for pain.
      // ("It is 8 of 10", a second language's "8 out of 10".)
      '/(?<=(?:painful|agony|sore|hurts|pain|pain is|pain was|ache is|it is)(?: [^ \\n]+)?[ \\n])(?:7|8) (?:out of |of )?10(?![^ \\n])',
      // "It's swollen like an egg and 8/10": the score after what the hip is like.
      // (Of the hip, or "it": not "my wrist is swollen and 8/10, hip just bruised".)
      '/(?<=(?:^|\\n)(?:and )?(?:it is|its|it was|(?:my |the )?(?:hip|groin|thigh|buttock) (?:is|was)) (?:really |very |so )?(?:swollen|bruised|throbbing|sore|painful|tender|aching|burning)(?: [^ \\n]+){0,5} and )(?:7|8|9|10) (?:out of |of )?10(?![^ \\n])',
      // "The pain is like an 8/10", "pain's about a solid 8/10", "hip pain like a solid 8/10".
      '/(?<=(?:pain|ache)(?: is| was)?(?: (?:like|about|around|easily|probably|maybe|honestly|now|still))? (?:an?|a solid|a good|solid) )(?:7|8) (?:out of |of )?10(?![^ \\n])',
      // A score with no "/10" at all, read as one when it follows "pain is a…" ("the pain is
      // about a 9", "pain's a solid 8") or "pain level" ("pain level 8 today"); never a distance
      // or a time after it.
      `/(?<=(?:pain|ache|agony)(?: is| was| level| score| rating| level is| score is)?(?: (?:like|about|around|easily|probably|maybe|honestly|now|still|currently|literally|definitely))? (?:an?|a solid|a good|solid|at least a?) ?)(?:7|8|9|10)(?![^ \\n])${NOT_A_DISTANCE_OR_TIME}`,
      `/(?<=(?:pain|ache) (?:level|score|rating)(?: is| of| at| about| around)? )(?:7|8|9|10)(?![^ \\n])${NOT_A_DISTANCE_OR_TIME}`,
      // …or where the word for pain follows it: "she says it's 8/10 pain".
      '/(?<![0-9] )(?:7|8|9|10) (?:out of )?10 (?:pain|agony)(?![a-z])',
      'extreme ~2 pain',
      'extremely painful',
      'really bad',
      'terrible|horrendous|crippling|horrible pain',
      // "In awful pain in the hip" (not "the awful pain of losing", "awful pain in the arse").
      '/(?:awful|dreadful|unbearable|excruciating) pain(?! (?:of|in the (?:arse|ass|bum|backside|neck)))(?![a-z])',
      // "Pain is horrible", "the ache was awful".
      // ("The pain in the hip is desperate": very bad, in Irish English.)
      '/(?:pain|ache)(?: in (?:the|my|her|his) (?:left |right )?[a-z]+)? (?:is|was) (?:just |absolutely |really |so )?(?:horrible|awful|terrible|horrendous|brutal|desperate)(?![a-z])',
      // "Has become so painful I can barely move it".
      '/so painful (?:that )?(?:i|he|she) (?:can barely|can hardly|could barely|could hardly|cannot|could not)(?![a-z])',
      // "Throbbing something awful", "massively painful", "achin somethin terrible".
      'something|somethin awful|terrible|chronic|fierce|shocking',
      // "It's fierce sore" (Irish English: very sore).
      'fierce sore|painful|pain',
      // "She's in a lot of pain in the hip" (not "a lot of pain-free miles").
      '/in (?:a lot of|so much|loads of|a great deal of|a world of) pain(?![a-z-])',
      // "The pain is off the scale", "the most pain I've had in my life".
      'off the scale|charts|chart',
      'hurts|hurting|aching ~1 badly|really_badly|so_badly',
      'most pain ~6 life|ever',
      'massively|hugely|incredibly|insanely|unbelievably|ridiculously painful',
      // "Hurts like hell", "hip pain like nothing I've ever felt".
      // …"hurts like buggery" (Australian).
      'hurts|hurting|hurt|aching|aches|sore|pain like hell|buggery',
      // A child "crying with the pain in his hip", "in tears with the pain"; "she can't stop
      // crying" after landing on her hip.
      '/(?:(?:she|he|they|i)(?: [^ \\n]+)?|and) (?:cannot|could not) stop (?:crying|sobbing|screaming)(?![a-z])',
      'crying|cried|sobbing|sobbed|tears|screamed with|in ~1 pain|agony',
      // "Getting worse and I'm shaking with the pain" after smashing the hip on a rock.
      'shaking|trembling|shuddering|sweating with|from ~1 the ~1 pain|agony',
      'pain|hurts|hurting|agony like nothing ~4 felt|had|known|experienced',
      // "Feels like it's full of broken glass".
      'full of broken glass|glass_shards',
      // "The hip pain is the worst she's ever had", "the pain is very very strong, she cry".
      'the worst ~4 ever ~1 had|felt|known',
      // "Worse than childbirth".
      'worse than ~1 childbirth|labour|labor|giving_birth|kidney_stones|kidney_stone',
      // "The pain is savage", "brutal pain".
      'pain|agony ~2 savage|brutal|vicious',
      'savage|brutal|vicious pain',
      '/pain(?: [^ \\n]+){0,4} (?:is )?(?:very very|very|so|too) (?:strong|strong strong|big)(?![a-z])',
      // "Now very strong pain in my hip" (a second language's word for severe).
      '/(?:very|really|so|extremely|too) strong (?:pain|ache)(?![a-z])',
      // "The hip is hurting very strong".
      '/(?:hurting|hurts|paining|pains|aching) (?:very|really|so|too|extremely) strong(?![a-z])',
      'like broken glass',
      // "He's doubled over on the sofa" (not "doubled up on long runs").
      'doubled|double over',
      '/doubled up (?:in|with) (?:pain|agony)(?![a-z])',
      // "Any tiny shift and I yelp".
      '/(?:any|every)(?: [^ \\n]+){0,2} (?:shift|movement|move)(?:[ \\n][^ \\n]+){0,4}[ \\n](?:yelp|yelps|yelped|scream|screams|cry out)(?![a-z])',
    ],
    // "Ego severely bruised": pride, not the leg.
    { sentence: ['general-soreness'], clause: ['emotional-idiom'] },
  ),
  // A hip that will not move at all, with no injury: an infected joint until shown otherwise
  // (NHS Septic arthritis), enough on its own for the emergency flag.
  contextSign('hip-will-not-move', [
    'cannot [even] move ~3 hip|leg|it ~2 at all',
    // "Gone from slightly sore to not being able to move it at all for the pain".
    // (Not a fear, "scared of not being able to move it at all", nor a spell that passed, "for a
    // few minutes then fine".)
    '/not(?<!(?:scared|worried|afraid|frightened|terrified|fear|fears|of|about) not) (?:[^ \\n]+ )?being able to move(?: [^ \\n]+){0,3} (?:hip|leg|it)(?: [^ \\n]+){0,2} at all(?! (?:for (?:a |the )?(?:first )?(?:few|couple|minute|minutes|moment|second|seconds|bit|while|hour)|then|in the future|again|after)(?![a-z]))',
    // "I can't lift or turn the leg at all".
    'cannot ~1 lift|turn|move ~2 or ~1 lift|turn|move|bend ~3 leg|hip ~2 at all',
    // "Cannot lift my leg at all, hip suddenly seized with pain this morning".
    'cannot lift ~2 leg at_all',
    'hip|leg ~2 suddenly seized|locked|froze|frozen',
    // "I literally cannot move my right hip, in any direction, not even lying down".
    `/cannot (?:even |literally |really |actually )?(?:move|bend|shift)(?: ${ANY_WORD}){0,4} (?:hip|leg|it|joint)(?:[ \\n]${ANY_WORD}){0,6}[ \\n](?:any direction|at all|whatsoever|an inch)`,
    'hip|leg ~3 will_not|cannot move ~2 at all',
    // "Her hip suddenly can't be moved at all for pain": the same, said of the hip itself (not
    // "my hip surgery date", nor a leg in a cast, a brace, a scanner or a relay; not "into the
    // pigeon pose", "for six weeks" after a replacement).
    `/(?:my|her|his|the|their) (?:left |right )?hip(?: (?:suddenly|just|now|literally|really|completely))? cannot be moved at all(?: for (?:the )?pain| with (?:the )?pain)?(?=\\n|$| (?:and|since|this|today|overnight|after|when)(?![a-z]))`,
    // "Won't let me move it an inch in any direction".
    'will not let me move ~2 an_inch|in_any_direction|at_all',
    'hip|leg ~3 completely|totally|fully seized|locked|frozen',
    'completely|totally|fully seized|locked|frozen ~3 hip|leg',
    // "Woke up and my right hip is locked — I literally can't move it for pain".
    // (A dash between them is a clause break, which the gaps of a plain phrase do not cross.)
    '/(?:hip|leg) (?:is |was |has |had |got |just )?(?:locked|seized|stuck|frozen)(?:[ \\n][^ \\n]+){0,6}[ \\n]cannot (?:even )?(?:move|bend|shift)(?![a-z])',
  ]),
  contextSign('cannot-move-leg', [
    'cannot [even] move|lift ~3 leg|hip|it',
    'leg|hip ~2 will not move',
    // "The hip joint no dey move at all since morning" (Nigerian Pidgin).
    'leg|hip|joint ~2 no|not|does_not|did_not move|moving ~1 at_all',
    'hardly|barely move ~2 leg|hip|it',
    // "Completely seized", "locked solid", "won't move at all": a joint that will not move.
    'completely|totally|fully seized|locked|frozen',
    'seized|locked|frozen solid',
    'will_not|cannot move at all',
    // "Sat in the chair refusing to move it", "won't let us move his leg".
    'refus* ~3 move|lift|bend|touch',
    'will_not|cannot let ~3 move|touch|bend ~2 leg|hip|it',
    // "She won't let me move or even touch her right leg".
    'will_not|would_not|did_not let me|us|anyone ~4 touch|move ~2 her|his|the ~1 left|right ~1 leg|hip',
    // A carer's "wouldn't let me move her right leg this morning".
    'would_not|did_not let ~3 move|touch|bend ~2 leg|hip|it',
    // "My baby has a fever and won't move her left leg".
    'will_not|would_not move ~3 leg|hip',
    // "Can't lift the leg an inch off the bed".
    'cannot lift ~3 leg|it ~1 an_inch|off_the_bed',
    // "Screams if I try to move her left leg", "cries when you touch his hip".
    // ("Screams when we change her nappy and move her right leg".)
    'scream*|cries|crying|cried|yell*|howl*|shriek* ~8 move|moving|moved|touch|touching|bend|bending|lift|lifting ~4 leg|hip|it',
    // "She keeps it bent up on the sofa": a child holding a hot hip still (NHS Septic arthritis).
    'keeps|keeping|holds|holding ~1 it|her_leg|his_leg|the_leg ~1 bent_up|bent|curled_up|tucked_up',
    // "She's holding it really still".
    'keeps|keeping|holds|holding ~2 it|leg ~2 really|very|completely|totally|so still',
    // "She's lying with her knee bent up" (held so, as above).
    'lying|lies|lay with ~1 her|his|the ~1 knee|leg bent_up|curled_up|tucked_up',
  ]),
  // Misshapen whatever happened: an ambulance now (NHS Hip fracture).
  contextSign(
    'deformity',
    [
      'misshapen',
      // "The foot's lolling outwards", "when I lie down my foot points at the wardrobe".
      'foot|leg|knee ~2 lolling|lolls|flops|flopping|flopped ~1 out|outwards|outward|to_the_side',
      'foot|toes ~2 point|points|pointing at the ~1 wardrobe|wall|door|window ~2 instead',
      'leg|foot|knee|hip ~3 odd|weird|strange|funny|wrong|unnatural angle',
      // Not "pain on the outside of the hip, where is the bone sticking out": where it hurts.
      '/(?<!where (?:is )?(?:the )?)bone(?: [^ \\n]+){0,2} sticking out',
      // Not "I think I partly dislocated my hip… it doesn't actually come out" (a feeling of
      // slipping, as a torn labrum gives), nor "feels like it's dislocating".
      '/(?<!(?:partly|partially|half|semi|sort of|kind of|like|as if|nearly|almost) )dislocated (?:my|his|her|their) hip',
      '/hip(?: [^ \\n]+){0,2} (?<!(?:partly|partially|half|semi|sort of|kind of|like|as if|nearly|almost) )dislocated',
      // Shorter and turned out together is how a broken hip lies, even when no fall is named
      // ("came down on the edge of the box… his leg is turned out and looks shorter").
      // "Foot pointing out to the side and that leg looks shorter": seven words apart.
      'turned|turns|pointing|points|rotated|rolls|rolled|rolling ~1 out|outward|outwards|sideways ~8 shorter',
      'shorter ~8 turned|turns|pointing|points|point|rotated|rolls|rolled|rolling ~1 out|outward|outwards|sideways',
    ],
    // "When I was 12 I dislocated my hip in a rugby tackle… fine for 30 years": the writer's
    // childhood, not a hip out of place now.
    { sentence: ['writer-past-age'] },
  ),
  // A short or turned-out leg counts after a fall: on its own it is usually how someone is
  // built ("my left leg is slightly shorter", "my feet point out").
  contextSign(
    'leg-shortened-or-turned',
    [
      'shorter than ~2 other|right|left',
      'leg|legs ~3 shorter|short=|deform*|crooked',
      // "That leg looks about an inch shorter".
      'leg|legs ~4 looks|look|looking|is|seems ~3 shorter',
      // "Turned out like a ballerina's", "her feet don't line up at the end of the bed".
      'turned out like',
      'feet|legs|heels|knees ~2 not ~1 line up|level|match',
      // "My left foot points off to the side like Charlie Chaplin".
      'foot|feet|toes|leg ~3 point|points|pointing|turned|turns ~1 off ~2 to_the_side|sideways',
      'leg|foot|feet|knee|toes ~3 turned|pointing|rotated|sticks|sticking|point|points|twisted|rolled|rolling|rolls|facing|faces ~1 out|outside|outwards|outward',
      // "Her right foot looks like it's pointing out to the side".
      'foot|feet|leg ~4 pointing|turned|turning ~1 out ~1 to_the_side|sideways',
      // Not "my leg slid out sideways" in the mud: how the fall happened, not how the leg lies.
      // (Nor "pull my leg inwards against resistance and on sideways moves": a movement.)
      '/(?:leg|foot|feet|knee|toes)(?:[ \\n][^ \\n]+){0,5}(?<!(?:slid|slipped|slides|sliding|skidded|shot|flew|went|kicked|splayed)(?: out| wide)?) (?:outwards?|sideways)(?! (?:moves?|movements?|steps?|stepping|shuffles?|drills?|lunges?|cuts?|cutting|work|motions?)(?![a-z]))',
      'out of place|joint|socket',
    ],
    // "Our tighthead broke his femur last season, leg twisted out": told in passing, over, as
    // for cannot-bear-weight; "still" keeps it.
    { sentence: ['months-ago', 'friend-in-hospital'], exceptSentence: ['ongoing'] },
  ),
  contextSign(
    'numbness-tingling',
    [
      // Whole words: not "numbers on my watch" nor "numbing cream".
      'numb=|numbness|numbed',
      // "The foot is sleeping all the time since 4 days": asleep for days is numb (not a leg
      // that went to sleep on the loo and woke up).
      'foot|feet|leg|legs|toes ~2 sleeping|asleep ~2 all_the_time|constantly|every_day|for_days|since',
      // "My left leg feels like it's not mine" (one leg, named; not tired legs at mile 20).
      'left|right ~1 leg|thigh ~3 feel|feels|felt like ~2 not_mine|not_my_own',
      // "The outside of the thigh is sort of cotton wool".
      'thigh|leg ~5 cotton_wool',
      // "A fizzy feeling down the front of my shin", "the side of my thigh feels fizzy".
      'fizzy|fizzing|buzzy|buzzing ~2 feeling|sensation ~2 down|along|in ~4 shin|leg|thigh|calf|foot|toes',
      'thigh|shin|leg|calf|foot ~2 feel|feels|felt|feeling|gone|goes|went ~1 fizzy|fizzing|buzzy',
      'go|goes|gone|went|going numb=',
      // "Both legs buzzing like they're full of static", "fizzing down to my toes", "feel like
      // they're wrapped in cling film".
      // (Not "legs just buzzing from the adrenaline".)
      'fizz*|buzz* ~3 down|in|into|like ~2 leg|legs|foot|feet|toes|shin|calf|static',
      // "Fizzy like popping candy down the back of my leg right into the sole of my foot".
      'fizz*|popping_candy ~5 down|into ~5 leg|legs|foot|feet|toes|shin|calf|sole',
      'foot|feet|shin|toes|sole ~2 buzzing|fizzing|buzzes|fizzes|fizzy|prickly|prickling',
      'full of static',
      // "Leg's gone all fizzy and dead from me bum down to me toes".
      'fizzy|fizzing ~2 and ~1 dead|numb=',
      'leg|legs|foot|feet|toes|shin ~3 gone|went|going|goes ~2 fizzy',
      // "Says it's 'fizzy' all the way to his foot".
      'fizz*|buzz* ~3 all_the_way|right ~1 to|down|into ~2 foot|feet|toes|ankle|knee',
      // "My leg's gone dead on the outside from the knee down and it's not coming back, 3 days
      // now": dead for days, not a leg that went to sleep for a minute.
      '/(?:leg|legs|shin|foot|thigh)(?:[ \\n][^ \\n]+){0,2} (?:gone|went|going|is) dead(?=(?:[ \\n][^ \\n]+){0,12}[ \\n](?:not coming back|never comes back|still dead|for days|\\d+ days|days now))',
      // Clinic notes: "paraesthesia dorsum foot".
      'paraesthesia|paresthesia|paraesthesiae|paresthesias|paraesthesias',
      // "The front of the thigh feels like it's been to the dentist", "wrapped in a layer of felt".
      'thigh|shin|leg|foot|calf ~8 dentist',
      'wrapped in ~4 felt|cotton_wool|bubble_wrap|tape',
      // "The sole of my foot and the back of my calf feel like they're not mine, sort of cotton
      // wool". (Not tired "legs that don't feel like mine" at mile 20: the foot and below only.)
      'foot|feet|sole|toes|calf|shin ~8 cotton_wool',
      'foot|feet|sole|toes|calf|shin ~6 feel|feels|felt like ~2 not_mine|not_my_own',
      'under a layer of ~1 tape|felt|wool',
      // "Like it's been shot full of novocaine", "that fat novocaine feeling".
      'novocaine|novocain|lidocaine',
      // "Couldn't feel the bath water properly on my shin".
      'cannot feel ~4 water|bath|bathwater|shower|temperature',
      // "Like it's wearing a thick woolly sock", "like it belongs to someone else".
      'wearing ~3 sock|socks|stocking|glove ~6 shin|foot|leg|calf|thigh',
      'woolly|wooly|thick ~1 sock ~6 shin|foot|leg|calf|thigh',
      'leg|foot|shin|thigh|it ~3 belongs to someone_else|somebody_else',
      // "Feels like cardboard when I touch it": the skin unfelt.
      'feels|feel|felt ~2 like ~1 cardboard|wood|leather',
      // "My big toe feels asleep and never wakes up", "the sole of my foot has gone dead".
      // ("My leg's gone to sleep but it never wakes up, 3 days now".)
      ASLEEP_NOT_WAKING,
      // "Foot feels like it's permanently asleep now".
      'permanently|constantly|always|still asleep',
      'foot|feet|toe|toes|sole|shin ~3 gone ~2 dead|numb=',
      // "My left leg is electric until the foot", "the skin of the shin feels not mine".
      'leg|legs|foot|shin|thigh|calf is|feels|feel|went|goes|gone|has_gone ~1 electric',
      'skin ~4 not_mine|not_my_own|someone_elses',
      // "My shin and top of my foot feel dead, like touching someone else's skin".
      'like ~2 touching|touch someone_else|somebody_else|someone_elses|somebody_elses skin|leg|foot',
      'wrapped in ~1 cling_film|clingfilm|plastic',
      // "My leg is numbing from the hip until the foot"; not "numbing cream".
      'leg|legs|foot|feet|thigh|calf|shin is|was|keeps ~1 numbing',
      // "Like ants are walking in my calf": pins and needles in other words.
      'ants ~3 walking|crawling|marching',
      'tingl*',
      'pins and needles',
      // (Not Scots "I'm no feeling ill": "no" for "not".)
      // (Nor "no problem with feeling in my leg": the feeling is fine.)
      '/(?:lost|losing|no)(?: (?!(?:problems?|issues?|trouble|changes?|difference|loss|altered|abnormal|weird|odd|funny|strange)(?![a-z]))[^ \\n]+){0,2} (?:feeling|sensation)(?! (?:ill|well|unwell|sick|great|good|bad|right|myself|too|so|very|any|that|the|like|of (?:weakness|pain|heaviness|tightness|instability|illness)))(?![a-z])',
      'loss of ~1 feeling|sensation',
      'cannot feel ~3 leg|foot|thigh|skin|toes',
      'electric ~2 shock|shocks|feeling|pain|jolt|jolts',
      // "A dead feeling down the shin"; not "legs feel dead" after a hard week.
      'dead feeling ~2 down|in|along ~2 shin|foot|leg|toes|thigh|calf',
      // "My right leg keeps going dead and heavy when I walk more than 10 mins" (not "legs feel
      // dead" after a hard week: the going, and the heaviness, say a nerve).
      '/(?:leg|legs) (?:keeps |keep )?(?:going|goes|went|gone) dead and heavy(?![a-z])',
    ],
    {
      // "On pins and needles waiting for the ballot", "numb with shock": feelings, not nerves.
      // (An old cause in the same clause holds even where the sentence's is undone below: "a
      // numb patch on his shin since an op in 2015".)
      // (Nor numbness told with its quick end, which the matched words start at: "pins and
      // needles down my leg on the loo, went in a minute once I stood up".)
      clause: [
        'saddle-numbness',
        'emotional-idiom',
        'hands-or-face',
        'not-new',
        'numbness-passed',
        'numb-for-years',
      ],
      // A numb bottom after a long bike ride is the saddle's pressure, and tingly feet in the
      // cold are the cold, not a nerve root.
      // A leg that "fell asleep" on the loo, gone in a minute, is pressure on a nerve while
      // sitting, not a nerve root.
      // A numb patch "since a hernia repair ten years ago, nothing new" is old, not new.
      sentence: [
        'cycling',
        'weather',
        'tight-shoes',
        'loosening-helps',
        'limb-asleep',
        'forefoot',
        'not-new',
      ],
      // Laces press on the foot; numbness up the shin or thigh is not theirs, and tingling that
      // runs down the leg is a nerve root's, on the bike or not.
      // (Nor a leg "gone to sleep" that "never wakes up": asleep for days is numb.)
      exceptSentence: [
        'numb-above-foot',
        'travels-down-leg',
        'asleep-for-days',
        'cause-tried-still-there',
      ],
      // Numbness or tingling down the leg is a nerve's, most often from the back (NHS Sciatica).
      evidence: {
        why: 'Numbness or tingling',
        absent: 'No numbness or tingling',
        weights: { 'back-referred-pain': 3 },
        sources: [NHS_SCIATICA],
      },
    },
  ),
  contextSign(
    'leg-weakness',
    [
      // (Not "the leg isn't weak": a denial inside the phrase.)
      // ("My right leg feels weaker than usual".)
      '/(?:leg|legs|thigh|knee|foot|calf|quad|quads|toe|toes)(?: (?!(?:not|never|no|isnt|nt)(?![a-z]))[^ \\n]+){0,3} (?:weak|weakness|weaker than (?:usual|normal|before|the other))(?![a-z])',
      // "My big toe won't lift… it just flops".
      'toe|toes ~2 will_not|cannot|not|does_not ~1 lift|lifting|go_up|come_up',
      // "The big toe on that side has gone weak".
      'toe|toes ~5 gone|going|got|getting weak|weaker',
      'toe|toes|foot ~4 just ~1 flops|flopped',
      'weakness ~3 leg|legs|thigh|foot',
      'cannot stand on ~1 my|his|her|the ~1 heel|heels|toes|tiptoes|tip_toes',
      // "Cannot walk on my heels", "my heel raise on that side is pathetic": lost power.
      'cannot walk on ~1 my|his|her|the ~1 heel|heels|toes|tiptoes',
      'heel raise|raises ~4 pathetic|weak|useless|rubbish|gone',
      // "I can't do a single-leg calf raise on the L at all": the calf's power gone (S1).
      // (Not "can't do a calf raise yet after my Achilles rupture": the tendon's, healing.)
      `/(?<=${CALF_RAISE_NERVE}(?:[ \\n][^ \\n]+){0,25}[ \\n])${NOT_LOCAL_CALF_BEFORE}${CALF_RAISE_FAILED}${NOT_LOCAL_CALF_AFTER}`,
      `/${NOT_LOCAL_CALF_BEFORE}${CALF_RAISE_FAILED}(?=(?:[ \\n][^ \\n]+){0,12}[ \\n]${CALF_RAISE_NERVE}(?![a-z]))${NOT_LOCAL_CALF_AFTER}`,
      // "Can't stand on tiptoe on that side", "my leg just folded under me, it didn't push".
      'cannot ~3 stand|go|get|rise|push_up ~2 on|onto ~1 my|his|her|the ~1 tiptoe|tiptoes|toes|tip_toes',
      'leg ~3 folded|buckled|crumpled ~2 under|beneath ~1 me|him|her',
      // "My right thigh keeps buckling on the stairs… can't straighten the knee against any
      // force. Never been this weak": the thigh muscle losing its nerve (NHS Sciatica).
      'thigh|quad|quads ~2 buckling|buckles|buckled|keeps_giving|gives_way|gave_way',
      'cannot straighten ~3 knee|leg ~3 against',
      '/never (?:been|felt) (?:this|so) weak(?![a-z])',
      'weak= [left|right] leg|legs',
      // "Sciatica + weak foot" (one foot: not "weak feet", "weak ankles", "weak foot muscles").
      '/weak (?:left |right )?foot(?! (?:muscles?|arch|arches|strike|and ankles?|placement|position|posture|control|mechanics|intrinsics?|core))(?![a-z])',
      // "The left leg just wouldn't push off… since then it's weak even walking".
      'weak= ~2 even ~1 walking|standing',
      'sudden* ~2 weak=|weakness',
      'leg|legs ~2 give|gives|gave|giving out',
      // "The left thigh just… didn't" (pushing up out of a squat), "can't push off on my left
      // foot", "tried going up on tiptoes on that side and just couldn't".
      '/(?:left|right) (?:thigh|leg|quad) just(?=[ \\n](?:did not|would not)(?:\\n|$))',
      'cannot push off ~3 left|right|that|bad ~1 foot|leg',
      'up on|onto ~1 tiptoes|tiptoe|toes ~6 cannot',
      // "Can't rise up onto my toes on that side": the calf's nerve losing power.
      'cannot ~3 rise|go|get|stand|push ~2 up|on|onto [my|the|his|her|their] toes|tiptoes|tiptoe',
      // "My right calf won't let me go up on tiptoe".
      'will not let ~1 me|him|her ~2 go|get|stand|rise ~2 up|on|onto ~1 tiptoe|tiptoes|toes|tip_toes',
      // Clinic notes: "great toe extension 4/5", "DF/EHL power 4/5" (the slash read as a space).
      '/(?:power|extension|dorsiflexion|df|ehl|plantarflexion|eversion)(?: [^ \\n]+){0,2} [0-4] 5(?![0-9a-z])',
      // "His leg gave way on the stairs, says it feels weak" (giving way alone is the labrum's).
      'it|leg|foot|calf feels|feel|felt|feeling ~1 weak=',
      'lost|losing ~2 power|strength ~2 leg|legs|thigh|foot',
      // "Like the thigh has no power in it", "no strength in my leg" (one leg: not "no power in
      // my legs on the hills").
      '/(?:leg|thigh|foot)(?![a-z])(?: [^ \\n]+){0,3} (?:no|zero) (?:power|strength)',
      '/(?:no|zero) (?:power|strength) in (?:my |the |his |her |that )?(?:left |right |bad )?(?:leg|thigh|foot)(?![a-z])',
    ],
    {
      sentence: ['fatigue', 'general-soreness'],
      // New weakness is a nerve losing power, most often from the back (NHS Sciatica).
      evidence: {
        why: 'The leg feels weak',
        absent: 'No weakness',
        weights: { 'back-referred-pain': 3 },
        sources: [NHS_SCIATICA],
      },
    },
  ),
  // Foot drop: the foot slaps down or the toes catch, a nerve losing power (NHS Sciatica).
  contextSign(
    'foot-drop',
    [
      'foot drop',
      'drop foot',
      // Not "his foot is flopped out sideways" (a turned-out leg after a fall).
      // ("My foot's gone all floppy", the phone's "foots".)
      '/(?:foot|feet|foots)(?: [^ \\n]+){0,3} (?:slap|slapping|slaps|drop|dropping|drops|dragging|drags|flop|flopping|flops|flopped|floppy)(?! (?:(?:right|all|a bit|kind of|sort of) )?(?:out|outwards|sideways|to the side))',
      'catch|catching|catches|trip|tripping|trips|stub|stubbing ~2 my|the toes|toe|foot',
      // "Tripping over my own toes on the right since my back went" (toes: not clumsy feet).
      'trip|trips|tripping|tripped over ~1 my|his|her own toes|toe',
      // "My foot catching on the kerb and slapping down".
      // ("My left foot has started catching on every little rock.")
      '/(?:foot|feet)(?: [^ \\n]+){0,3} (?:catching|catches|clipping|scuffing|scuffs)(?![a-z])',
      // "Catching my right toes on the kerb".
      'catch|catching|catches|stub|stubbing ~3 toes|toe',
      // Caught more than once: "caught my toes on the stairs twice"; not one trip on a root.
      'caught|stubbed ~3 toes|toe ~5 twice|again|times|repeatedly',
      ...FOOT_WILL_NOT_LIFT,
      // "Tripped on kerbs because the toes catch".
      // "The toes of my right shoe keep scuffing and catching".
      'toe|toes ~5 catch|catches|catching|clip|clips|clipping|scuff|scuffs|scuffing|drag|drags|dragging',
      // "Scuffing the toe on the ground", "tripping over nothing", a foot "like a flip-flop
      // slapping".
      'scuff|scuffs|scuffing|scuffed ~2 the|my ~1 toe|toes',
      'trip|trips|tripping|tripped ~1 over ~1 nothing|thin_air',
      'flip_flop|flipflop ~2 slap*',
      // "Food keeps slapping down when I run, tripped twice": the phone's "foot", or the foot
      // left unsaid, with the trips that go with it.
      '/food(?: [^ \\n]+){0,2} (?:slap|slapping|slaps|drop|dropping|drops)(?![a-z])',
      '/(?:keeps|keep|kept|is|was) slapping down(?=(?:[ \\n][^ \\n]+){0,8}[ \\n](?:tripped|tripping|trip|trips|stumbled|stumbling)(?![a-z]))',
      // "I'm dragging my left foot, it won't lift properly".
      // (One foot: "dragging my feet" is tiredness or reluctance.)
      'dragging|drags|drag ~3 foot',
      // "I keep catching the front of my right foot on roots, like it isn't lifting properly".
      'catching|catch|catches|clipping|clip ~2 the ~1 front|tip|toe ~3 foot|shoe',
      'not ~1 lifting|lift ~1 properly ~4 foot',
      // "My flip-flop keeps falling off", "the front of my left trainer has worn through".
      'flip_flop|flipflop|slipper|sandal ~3 keeps|keep ~1 falling|coming ~1 off',
      'flip_flop|flipflop|slipper|sandal ~2 kept|keeps|keep ~1 sliding|slipping ~1 off',
      'front|toe|toes|tip of ~2 my ~1 left|right ~1 trainer|shoe|trainers|shoes ~4 worn|wearing|worn_through',
      // "Can't lift the front of my right foot properly".
      'cannot ~2 lift ~5 foot|toes',
    ],
    {
      // "My foot slaps when I'm tired at the end of a marathon" is fatigue; a foot that slaps
      // AND catches the toes is foot drop even late in a run (foot-drop-clear).
      // "Has had a right foot drop for years… nothing new there" (MS): long known, not new.
      sentence: ['fatigue', 'not-new', 'toenail-trouble'],
      exceptSentence: ['foot-drop-clear'],
      // A dropped foot is a nerve root in the lower back losing power (NHS Sciatica).
      evidence: {
        why: 'The foot slaps down or the toes catch',
        absent: 'No foot drop',
        // A strong pointer: nothing in the hip itself drops the foot.
        weights: { 'back-referred-pain': 5 },
        sources: [NHS_SCIATICA],
      },
    },
  ),

  // A stiff back with the pain points to the back more than a sore one does (NHS Back pain).
  contextSign(
    'stiff-back',
    [
      STIFF_BACK_BEFORE,
      STIFF_BACK_AFTER,
      // "Low back pain and morning stiffness": the stiffness said of the back just named.
      'back= pain|ache ~2 and|with ~2 stiffness|stiff',
    ],
    {
      evidence: {
        why: 'A stiff lower back',
        absent: 'No stiff back',
        weights: { 'back-referred-pain': 1 },
        sources: [NHS_BACK_PAIN],
      },
    },
  ),
  // Two signs of foot drop together, the foot slapping down and the toes catching: a nerve
  // losing power even when it shows only late in a run (NHS Sciatica).
  // "Pain right on the pubic bone": where a pelvic stress fracture hurts (bone-stress rule).
  // ("Public bone sore": the phone's spelling.)
  // ("Pain at the front bone near pubic area".)
  contextSign('pubic-bone', [
    'pubic|public bone|bones|ramus|rami|symphysis',
    'pubis',
    'bone ~2 pubic|public area',
    // "The front bone low down… where the two halves meet": the pubic symphysis, described.
    '/(?:bone|bones|pelvis)(?:[ \\n][^ \\n]+){0,8}[ \\n]where (?:the )?(?:two )?(?:halves|sides|bones|pelvic bones) (?:meet|join)(?![a-z])',
  ]),
  contextSign('foot-drop-clear', [
    // "Can't lift my foot up properly, toes drag when I'm tired": the foot, not tiredness.
    'cannot ~2 lift ~3 foot|toes',
    ...FOOT_WILL_NOT_LIFT,
    // "Left foot slapping on the tarmac at the end of my runs and I keep scuffing my toes".
    `/(?:foot|feet)(?: ${ANY_WORD}){0,3} (?:slap|slaps|slapping|slapped|drops|dropping|flops|flopping)(?:[ \\n]${ANY_WORD}){0,12}[ \\n]${TOES_CATCH}`,
    `/${TOES_CATCH}(?:[ \\n]${ANY_WORD}){0,8}[ \\n](?:my |the )?(?:foot|feet)(?: ${ANY_WORD}){0,3} (?:slap|slaps|slapping|slapped|drops|dropping|flops|flopping)`,
    // "My foot slaps the ground… the toes catch", the catch after the toes.
    `/(?:foot|feet)(?: ${ANY_WORD}){0,3} (?:slap|slaps|slapping|slapped|drops|dropping|flops|flopping)(?:[ \\n]${ANY_WORD}){0,12}[ \\n]toes? (?:catch|catches|catching|clip|clips|clipping|scuff|scuffs|drag|drags|dragging)`,
    // "My right foot has started to drop and slap on the ground, especially when I'm tired, and
    // I've tripped twice on flat pavement": trips that keep happening, not one on a root.
    `/(?:foot|feet)(?: ${ANY_WORD}){0,3} (?:slap|slaps|slapping|slapped|drop|drops|dropping|flops|flopping)(?:[ \\n]${ANY_WORD}){0,12}[ \\n](?:tripped|tripping|trip|trips|stumbled|stumbling)(?: ${ANY_WORD}){0,2} (?:twice|again|times|repeatedly|flat|nothing)(?![a-z])`,
  ]),

  // Words that say something hurts. Without one (or a place, a feeling or a named condition),
  // "a long run downhill on the track" or "stairs at work" is a training log, not a symptom.
  // "How do I prevent hip injuries?" asks about the future; nothing hurts.
  contextSign('prevention', [
    'prevent|preventing|prevention|avoid|avoiding|reduce|reducing|stop|stopping ~3 injury|injuries|injured|getting_injured|pain|niggles',
    'injury prevention',
    'injury free|proof',
    // "Scared of getting a stress fracture like my club mate": a fear, not a name for a pain.
    'scared|afraid|worried|terrified|paranoid|nervous|frightened|fear|fearful|anxious ~2 of|about ~1 getting|developing|causing|ending_up_with|picking_up',
  ]),
  // What the runner tried on a part ("stretched the hip flexors", "foam rolled my IT band"):
  // a treatment, not a name for the problem.
  contextSign('self-treatment', [
    'stretch|stretched|stretching|stretches|foam_rolled|foam_rolling|rolled|rolling|massaged|massaging|strengthening|mobility ~3 hip_flexor|flexor|it_band|itb|hamstring|hamstrings|quads|glutes|adductors',
  ]),
  // Tingling in the hands, fingers, arms or face: not the leg's nerve (often the cold).
  // A back named in passing ("back twinge last wk", "I had a hernia of the disc before", "loin
  // was aching"): enough to put a dropped foot in the back's story, where the zones need more.
  contextSign('back-said', [
    // ("Back also little bit paining".)
    'back|spine|loin|loins|lumbar ~3 paining|twinge|twinged|twinges|went|gone|pain|ache|aches|aching|achy|sore|hurt|hurts|hurting|grumbling|grumbly|playing_up|stiff|stiffness|spasm|spasms|tweak|tweaked|issues|problems|trouble',
    'twinge|twinged|tweak|tweaked|hurt|put_out|pulled|strained|injured|did ~2 my|his|her|the back',
    'disc|discs|herniat*|prolapse=|sciatica|sciatic',
    'backache|backaches|back_ache|backpain',
    // "Back's been at me since the GAA match".
    'back ~2 at me',
    // "Dull back too", "a dodgy back".
    'dull|achy|sore|stiff|bad|painful|dodgy|grumbly|niggly back',
    // "Laminectomy 6 weeks ago": surgery on the spine.
    'laminectomy|discectomy|microdiscectomy|spinal_fusion|back_op|back_operation|back_surgery',
    'loin',
  ]),
  // A heavy or fast-growing child: the two risk factors for a slipped growth plate (SUFE) that
  // parents name ("a big lad, growing fast", "a bit overweight"; Perth Children's Hospital, SUFE).
  contextSign(
    'heavy-or-growing',
    [
      'big lad|lass|girl|boy',
      'bit|little|quite|rather|very heavy|overweight|chubby|tubby|stocky',
      'overweight|obese|heavyset|heavy_set',
      'growing fast|quickly|like_a_weed',
      'growth spurt|spurts',
      'shot up',
    ],
    {
      // Weighs nothing for an adult; CHILD_WEIGHTS gives it the hip joint's weight in a child.
      evidence: {
        why: 'A heavy or fast-growing child, the usual age and build for a slipped growth plate',
        absent: '',
        weights: {},
        sources: [PCH_SUFE],
      },
    },
  ),
  // "Chafing from my shorts, red skin… No other pain": the skin is all that hurts.
  contextSign('nothing-else-hurts', [
    'no other pain|pains|symptoms',
    'nothing else ~1 hurts|sore|wrong|painful',
    'only the skin|surface',
  ]),
  contextSign('hands-or-face', [
    'hand|hands|finger|fingers|fingertips|arm|arms|wrist|wrists|face|lips|cheeks_and',
    // "The only thing numb is my brain after double maths".
    'brain|brains|mind|head ~2 numb=|numbness|tingl*',
    'numb=|numbness ~3 brain|brains|mind',
  ]),
  // "Pain-free since", "pain free for a year": no pain at all.
  contextSign('pain-free', [PAIN_FREE, 'no pain since', 'without pain since']),
  // "A snapping feeling at the front of her hip… no pain, she's not bothered": the writer says
  // it does not hurt (the child flag's click or snap alone then asks nothing).
  contextSign('no-pain-said', [
    '/(?:no|zero|not any) (?:pain|discomfort)(?! (?:since|but|except|apart|until|unless|when|while|at rest|at night|sitting|lying|walking|standing|relief|killers?|meds)(?![a-z]))(?![a-z])',
    'painless',
    // (Adjacent only: "not too sore" is a little sore.)
    'not|never painful|sore',
    // ("Doesn't hurt at all": the pronoun is optional, and so is its space.)
    '/(?:does not|doesnt|did not|didnt|never) (?:seem to )?(?:hurt|bother)(?: (?:her|him|them|me))?(?![a-z])',
  ]),
  contextSign('buttock-fold', [
    'buttock|buttocks|cheek|cheeks ~1 meets|meet|joins|join ~5 leg|legs|thigh|thighs',
  ]),
  // The middle of the thigh, not its top: "sore to touch mid-thigh".
  contextSign('mid-thigh', [
    'mid thigh|thighs|quad|quads',
    'middle|halfway_down|half_way_down ~2 thigh|thighs|quad|quads',
    // "Midway up the back of my thigh twinged", "a twang halfway up the back of my L thigh".
    'midway|halfway|half_way up|down the back of ~2 thigh|thighs',
    // "A grab in the middle of the back of his thigh".
    'middle of the back of ~1 my|his|her|the|their thigh|thighs',
    // "A knee straight into the middle of my front thigh", "the middle of the front of her thigh".
    // (Not "front of my hip and down into the middle of my front thigh": the hip named too.)
    '/(?<!hips?(?: [^\\n]+)? )middle of (?:my |his |her |the |their |your )?(?:front|back|front of (?:my |his |her |the |their )?) ?thighs?(?![a-z])(?![^\\n]* hips?(?![a-z]))',
    // "Front of the thigh halfway down".
    'thigh|thighs|quad|quads ~1 halfway_down|half_way_down|halfway_up|half_way_up',
  ]),
  // "All gone now apart from a twinge stepping sideways": what is left still hurts now.
  contextSign('something-left', [
    '/(?:gone|sorted|fine|better|healed|recovered|settled|good)(?:[ \\n]now)?[ \\n](?:apart from|other than|bar|save for|but for)',
    // "A temperature last week with a cold (all gone now), and since Monday he's been
    // limping": something new since.
    'since monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last_night|the_weekend he|she|i|they ~1 has|have|is|am|are|started|keeps ~1 been|limping|hobbling|complaining|got',
    // "Had a fever last month, all fine now, just outer hip sore on stairs".
    // (Not "all good now! Just want a plan": something said to hurt must follow.)
    '/(?:gone|sorted|fine|better|healed|recovered|settled|good|over) now[ \\n](?:just|only|but|except)(?=(?:[ \\n][^ \\n]+){0,5}[ \\n](?:sore|aches?|aching|achy|hurts?|hurting|pain|painful|twinges?|niggles?|tight|stiff)(?![a-z]))',
    // "Fully healed, now just outer knee pain going downhill": something new now.
    // (Not "all good now, just asking about shoes": a question, not something left.)
    '/now (?:just|only|mainly|mostly)(?! (?:asking|wondering|want|wanting|wanted|curious|checking|looking|a question|need|needing|after|here|for|to)(?![a-z]))',
    // "Shin splints finally cleared up, but now there's a deep groin ache".
    // ("But" opens a clause of its own, so the clause starts at "now".)
    '/(?:(?<![^\\n])|(?<=but ))now (?:there is|theres|i have|i get|i am getting)(?![a-z])',
    // "…fully recovered, so I know the feeling - now the left side has started catching".
    '/(?<![^\\n])now (?:the|my) (?:other|left|right)(?: side| hip| leg)?(?![a-z])',
    'the only thing ~1 left|remaining|still',
  ]),
  // "It went, then came back", "still there": a story that has not ended.
  contextSign('came-back', [
    'came|come|comes|coming back',
    'back again',
    // "…but now it's back", "and it's back".
    // (Not "and it's back to normal".)
    '/(?:now|but|and) (?:it is |its )back(?! (?:to|on|in|at|from|pain|ache))',
    // "…and now the groin pinch when I sit low is back".
    '/(?:pinch|pain|ache|niggle|click|clicking|twinge|soreness|it) is back(?![^ \\n])',
    // "It went completely after one week, now is back since 10 days" (the "it" left out).
    '/(?:now|but|and) is back (?:since|for|again|from)(?![a-z])',
    'returned|returns|recurred|recurring|flared',
    `still ~2 ${HURTS}|there|niggl*|bad`,
    // The pain again, not the runner "racing again since 2020".
    // (Nor "fully better now and playing again".)
    '/(?<!(?:running|racing|run|race|training|jogging|riding|cycling|walking|competing|playing|dancing|swimming|skating|climbing|fine|normal|myself|himself|herself) )again',
  ]),
  // "Completely gone now", "went after 4 days of rest": a story that has ended, not one that is
  // only getting better ("loads better, only sore if I lie on it").
  contextSign('story-ended', [
    ...ENDED,
    // "Used to get terrible night pain before my replacement in 2018": the operation ended it.
    // "Used to wake at night with it but since the injection that's stopped".
    '/used to (?:wake|be woken|get woken)(?:[ \\n][^ \\n]+){0,20}[ \\n](?:that|which|it)(?: is| has)? stopped(?![a-z])',
    '/used to (?:get|have|suffer)(?: [^ \\n]+){0,8} before (?:my|the|his|her) (?:new )?(?:hip )?(?:replacement|op|operation|surgery|resurfacing|arthroscopy)(?![a-z])',
    'fully|completely|totally gone',
    // "Foot drop after my back op in 2020 resolved completely".
    'resolved completely|fully|entirely',
    'completely|fully|entirely resolved',
    // "Sore for a couple of days then went completely".
    // (Not "my mind went completely numb".)
    '/(?:went|cleared|settled|disappeared)(?: away)? (?:completely|entirely)(?=\\n|$| (?:after|within|in|by|over|and|then|now|since)(?![a-z]))',
    // "Painful for 2 days then passed completely, now nothing" (not "the stitch I had passed
    // completely", another thing's ending).
    '/(?:then|and) passed(?: off| away)? (?:completely|entirely)(?=\\n|$| (?:after|within|in|by|over|and|then|now|since)(?![a-z]))',
    'cleared up',
    'all sorted',
    // "I had numbness from a disc, it went after a few months"; "fixed with arthroscopy".
    '/(?:it|that|they|which) (?:went|cleared|settled|resolved|disappeared)(?: away| up)? (?:after|within|in|over) (?:a |about |around )?(?:few |couple of |\\d+ |two |three |four |five |six )?(?:weeks|months|years)(?![a-z])',
    // A story told with its end, in one sentence (twenty-fourth pass): "used to wake me every
    // time I rolled onto it, hasn't for about a month now", "used to get pins and needles…
    // but haven't had any since I fixed my car seat", "used to get tingling down the leg years
    // ago with a disc, but not now". (The ending only looked ahead to: a match that ended on
    // "not now" would read as denied.)
    // (A symptom that used to be, not "used to run 50 miles a week but haven't since the
    // groin pain started".)
    '/used to(?= (?:get|have|had|wake|hurt|ache|throb|feel|suffer|limp|click|catch|keep|tingle|go numb|be (?:sore|painful|woken|numb|stiff)))(?=(?:[ \\n][^ \\n]+){1,16}[ \\n](?:but )?(?:it |they |i )?(?:has not|have not|had not|hasnt|havent|not)(?: (?:had|got|felt|done|woken|happened))?(?: (?:any|it|one|them|that|a twinge))?(?: (?:for|in|since) (?:a|an|about|around|over|the|ages|weeks|months|years|\\d+|one|two|three|four|five|six|i|we|my|it)| any ?more| now| these days| since)(?![a-z]))',
    // "Physio sorted my load… it hasn't woken me for weeks": the night waking is over.
    '/(?:has not|have not|had not|not) (?:woken|wakened|waked|bothered|troubled) (?:me|him|her|them|us)(?: up)?(?: at night)? (?:for|in) (?:weeks|months|ages|a while|a month|a few weeks|a couple of months|\\d+ (?:weeks|months))(?![a-z])',
    // "Doctor gave tablets and it is cured by February", "settled by the summer".
    '/(?:cured|healed|settled|resolved|sorted|cleared|gone) by (?:january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|the autumn|the fall|the winter|spring|summer|autumn|christmas|easter|new year)(?![a-z])',
    // "The groin clicking has gone completely", "the niggle from the winter is ancient history".
    '/(?:has|have|had|is|are) (?:now )?gone (?:completely|entirely|for good|altogether)(?![a-z])',
    'ancient history',
    // "The buttock ache from the race has gone too. All good!"
    // (Not "the pain has gone too, just the numb foot left": something is still there.)
    '/(?<=(?:ache|pain|niggle|soreness|numbness|tingling)(?:[ \\n][^ \\n]+){0,6}[ \\n])(?:has|have) (?:now )?gone (?:too|as well)(?![a-z])(?!(?:[ \\n][^ \\n]+){0,8}[ \\n](?:just|only|but|still|left|except|apart)(?![a-z]))',
    // "Bum ache for a day after the first session back on the track, gone today".
    '/(?:all |completely )?gone (?:today|this morning)(?=\\n|$)',
    // "The stabbing pain on the outside of my knee stopped after I cut my mileage".
    '/(?:pain|ache|aching|niggle|clicking|click|numbness|tingling|limp|swelling|stiffness)(?:[ \\n][^ \\n]+){0,10}[ \\n](?:stopped|went|settled|cleared|disappeared|eased off|went away|calmed down)(?: (?:completely|totally|entirely|down))? (?:after|when|once) (?:i|we|he|she) (?:cut|dropped|changed|stopped|got|had|started|did|fixed|swapped|rested|took)(?![a-z])',
    // "Keeping me up in February but it's May now and I've been running pain-free for weeks".
    '/(?:been|running|run|ran) (?:completely |totally )?(?:pain ?free|pain free|without pain|without any pain) for (?:weeks|months|ages|a few weeks|a couple of months|\\d+ (?:weeks|months))(?![a-z])',
    'fixed|sorted|cured with|by ~1 arthroscopy|surgery|an_op|op|operation|keyhole_surgery|a_scope',
    // "Sciatica last year, sorted with physio, all gone".
    'sorted ~2 with|by|after ~2 physio|physiotherapy|rest|treatment|injection',
    // "My old sit bone pain's gone"; not "the pain has gone into my knee".
    '/(?:pain|ache|niggle|problem|issue) (?:is |has |has been |had )?gone(?! (?:up|on|down|into|in|through|worse|to|from|deeper|numb))',
    '/all gone(?! (?:wrong|pear|to|downhill|south|bad))',
    // "It was gone by the time I got home" (once, in the past); not "burning at 5 miles, gone
    // by the time I've showered", the pattern of every run.
    '/(?:was|had) (?:gone|settled|eased|disappeared) by the time',
    // "A limp the next day from a bruised knee, gone by Thursday": once, and over (a day named,
    // not "gone by the morning", which may be the pattern of every run).
    '/(?:gone|went|settled|eased|cleared|disappeared)(?: away| up| off)? by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the next day|next day|the day after|the weekend)(?![a-z])',
    // "Limped over the line (calf cramp!) but that was gone within the hour": once, and over.
    '/(?:was|had) (?:gone|settled|eased|disappeared) (?:within|after|inside) (?:the|an|a|half an) (?:hour|day)',
  ]),
  // "Got better after six weeks… ran 5 miles pain-free today": a story that has ended well.
  contextSign('resolved', [
    // Not "getting better", which is still going on, nor "way better in myself" (the runner's
    // spirits after a collapse, not the leg).
    '/(?:got|gotten|much|lot|loads|way) better(?! in (?:myself|himself|herself|themselves))',
    ...ENDED,
    'fully|completely|totally better',
    'cleared|clear up',
    'all sorted|fine now',
    'sorted now',
    PAIN_FREE,
    'completely|totally|fully ~1 gone',
  ]),
  contextSign(
    'pain-word',
    [
      // "Keeps stopping, holding the top of her thigh": pain shown, not said.
      'clutching|holding|rubbing|grabbing|gripping ~4 hip|thigh|groin|knee',
      // "She holds her hip walking to school".
      'holds|clutches|grabs|rubs ~2 her|his|my|their ~1 hip|thigh|groin|knee',
      // "Barely notices it now except squeezing her knees together": still felt, if only just.
      'barely|hardly|only_just notice|notices|noticed it',
      // "Like sitting on a marble under my bum cheek": a sore point, told by its likeness.
      `like ~1 sitting|sat on ~1 a|an ~1 ${SAT_ON_A_LUMP}|bruise`,
      'hurt',
      'pain',
      'painful',
      'sore',
      'injur*',
      'niggl*',
      'twinge*',
      // South African "eina" (ouch, sore).
      'eina',
      // "Her sit bone's cactus", "my hip is stuffed" (South African and Australian: broken, done
      // for). Not tired legs ("legs are stuffed after the hills").
      'hip|hips|groin|knee|knees|thigh|bone|buttock|glute|hamstring|back ~2 cactus|stuffed|buggered|rooted',
      // "His left hip is at him all day" (Irish: troubling him).
      'hip|hips|groin|knee|back|leg is|was|been|does_be at ~1 me|him|her|them',
      // "The front of my hip pings when I lift my knee" (not a phone that pings).
      'hip|hips|groin|knee|thigh|buttock|glute|hamstring|flexor|it ~2 pings|pinging|pinged|twangs|twanging',
      'discomfort',
      'uncomfortable',
      'agony',
      'kill|killing|kills me',
      // "Now it kills when I squeeze my knees together" (not "I'd kill for a PB").
      'it|groin|hip|knee|thigh|leg kills|killing when|if|to|on',
      'bother',
      'flare',
      'aggravat*',
      'irritat*',
      'sting',
      'ouch',
      'acting|playing|acts|plays up',
      // "Whingeing about his hip", "me hip's at me": complaints in everyday words.
      'whing*|moan*|complain* ~3 about|of ~3 hip|hips|groin|knee|knees|thigh|leg|back|buttock',
      'hip|hips|groin|back|knee|leg ~2 at me',
    ],
    { clause: ['prevention', 'pain-free', 'money-idiom'] },
  ),

  // Who is it about: someone under 18 (the child flag). A child who is company ("ran with my
  // 10 year old", "pushing my toddler") is not the patient; lookup.ts also keeps the flag to
  // the sentences about that child.
  contextSign(
    'under-18',
    [
      // "One of our 16 year olds".
      // (Not "our 11 yr old springer spaniel": a dog's age.)
      `/${NOT_COMPANY}(?:[2-9]|1[0-7])(?:p5)? (?:year|years|yr) olds?${NOT_THEIR_THINGS}(?! (?:[a-z]+ )?${ANIMAL_WORDS}(?![a-z]))`,
      // "Eight-and-a-half yo with a limp", "8.5 yo": a child's half year, in words or figures.
      `/${NOT_COMPANY}(?:[2-9]|1[0-7]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?: and a half|p5) ?(?:yo|y o|year old|years old|yr old|yrs old)${NOT_THEIR_THINGS}(?! (?:[a-z]+ )?${ANIMAL_WORDS}(?![a-z]))`,
      // "My mate's daughter, 13ish, has hip pain": an age given roughly, of a child named.
      '/(?:son|daughter|boy|girl|kid|child|lad|lass|grandson|granddaughter|nephew|niece)(?: is)?[ \\n](?:about |around )?(?:[2-9]|1[0-7])ish(?![a-z])',
      // "I coach a 16yo 400m runner who felt a grab": one athlete, then what happened to them
      // (not "I coach a 14yo - her hip is fine… this is for me").
      '/coach (?:a|an) (?:[2-9]|1[0-7]) ?(?:yo|y o|year old|years old|yr old)(?: [^ \\n]+){0,2} who(?![a-z])',
      // "I want to ask about my daughter, she is in the county squad, 13 years, her knee
      // aches": an age on its own, a few words after the child it belongs to.
      // (The age first, then the look back: a look back at every place in the text would be slow.)
      '/(?<=\\n)(?:[5-9]|1[0-7]) (?:years|yrs)(?=\\n|$)(?<=(?:son|daughter|boy|girl|kid|child|lad|lass|grandson|granddaughter|nephew|niece)(?:[ \\n][^ \\n]+){0,8}\\n[0-9]+ (?:years|yrs))',
      // "Client 16, hip pain after sprint session": a professional's note, the age after; "one
      // of my club runners is 14 and has been limping" (twenty-eighth pass).
      // ("Client (16, sprinter) has had pain at the sit bone": the age in brackets.)
      '/(?<![^\\n])(?:one of )?(?:my |our |a |new )?(?:club |squad |team )?(?:client|patient|athlete|athletes|runner|runners|sprinter|sprinters|player|players|swimmer|swimmers|pupil|pupils)(?: is| aged| age)?[ \\n](?:[5-9]|1[0-7])(?=\\n|$| (?:yo|y o|yrs?|years?)(?![a-z])| (?:and|but|who|with) (?:has|had|is|was|says|said|keeps|kept|complains|complained|been|a|an)(?![a-z]))',
      // "Have a 13 yo lad in the junior section": a coach or parent bringing in the one the post
      // is about (not "have my 10 year old with me today", company).
      '/(?<![^\\n])(?:i |we )?(?:have|have got|got|coach|know) (?:a|an) (?:[2-9]|1[0-7]) ?(?:yo|y o|year old|yr old|years old) (?:lad|lass|girl|boy|kid|athlete|runner|player|gymnast|swimmer|dancer|sprinter|hurdler|footballer)(?![a-z])',
      // "Took my 13yo daughter to a sports physio": a child taken to be seen is the one in pain
      // (not "took my 10 year old to parkrun", company).
      '/(?:took|take|taking|brought|bringing) (?:my|our) (?:[2-9]|1[0-7]) ?(?:yo|y o|year old|years old|yr old)(?: [^ \\n]+)? to (?:a |the |see (?:a |the )?)?(?:sports |private |local )?(?:physio|physiotherapist|gp|doctor|doctors|dr|hospital|clinic|osteo|osteopath|chiro|chiropractor|podiatrist|consultant|paediatrician|pediatrician|urgent care)(?![a-z])',
      // "Seventeen, cross-country and track.": an age alone opening the post is the writer's.
      // Not a list of distances ("10, 12, 14 mile long runs").
      '/^1[0-7](?=\\n[^0-9])',
      // "16 and play centre mid for the girls academy".
      // ("17 and dance 5 days a week", "16 and the front of my knee aches"; not "16 and a half
      // miles".)
      '/^1[0-7] and (?:play|playing|i|im|run|running|racing|do|doing|been|have|train|training|in|just|got|started|now|still|currently|dance|dancing|swim|swimming|row|rowing|skate|skating)(?![a-z])',
      // ("16 and the front of my knee aches", not "16 and the last 3 miles were agony" nor "15
      // and my hip is still sore, 15 days since the race. I'm 48".)
      `/^1[0-7] and (?:the|my)(?= )(?![^\\n]*(?:(?:last|first|final) (?:\\d+|few|couple of) (?:miles?|km|kms|k)|\\d+ (?:miles?|km|kms|k) in)(?![a-z]))${NO_ADULT_AGE_IN_TEXT}`,
      // "17 (18 in June!!) and I get a sharp pinch": the age, then the birthday to come (not
      // "17 (18 next week) miles is my long run").
      `/^1[0-7](?=\\n18 (?:in (?:${MONTH_NAMES.join('|')}|a few (?:days|weeks|months)|\\d+ (?:days|weeks|months))|next (?:week|month)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \\d{1,2}(?:st|nd|rd|th)?))(?:\\n|$))(?!\\n[^\\n]*\\n(?:mile|miles|miler|km|k)(?![a-z]))${NO_ADULT_AGE_IN_TEXT}`,
      // "Had my test booked the week I turned 17", "I'm 18 tomorrow".
      '/i (?:just |only just )?turned (?:1[0-7])(?![0-9])',
      // ("She's 18 next month but training like a pro": 17 now.)
      // ("My son is 18 next month (so 17 now)", "he turns 18 in a few weeks".)
      '/(?:i am|she is|he is|shes|hes|(?:son|daughter|boy|girl|lad|lass|kid|child|grandson|granddaughter|nephew|niece) is|(?:i|she|he|son|daughter) (?:turn|turns|will be|will turn|am turning|is turning)) 18 (?:tomorrow|next week|next month|in (?:a|two|three|a few|a couple of|[0-9]+) (?:days?|weeks?|months?)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![a-z])',
      // parkrun's junior categories: "JM15-17", "JW11-14".
      // (Not "just moved from JM15-17 to SM18-19": the category left behind.)
      '/(?<![a-z0-9])(?<!from )j[mw]1[0-5](?: 1[0-7])?(?![0-9a-z])(?! to s[mw])',
      // "17, 800m runner": an age opening the post, then the event.
      '/^1[0-7](?=\\n\\d+ ?(?:m|k) (?:runner|specialist|hurdler|sprinter|girl|boy|lad))',
      // ("17, 100m. Felt a pop…": a track event alone, a clause of its own; not "17, 5k", a time.)
      `/^1[0-7](?=\\n\\d{2,4} ?m(?:\\n|$))${NO_ADULT_AGE_IN_TEXT}`,
      // "Coach of a U15 XC squad. One of my lads…", "one lad strained…": one of an age group's
      // athletes.
      // (Or "coach a U15 girls team. One of mine felt a pull".)
      '/one(?<=u1[0-7]s?(?:[ \\n][^ \\n]+){0,40}[ \\n]one) (?:(?:of (?:my|our|the) )?(?:lads?|girls?|boys?|players?|runners?|athletes?|kids?|sprinters?|swimmers?)|of (?:mine|ours))(?![a-z])',
      // School years, said as people say them: "hs sophomore", "a freshman in hs", "junior in
      // hs", "started secondary", "still at primary", "doing my GCSEs", "twins in S5", "my
      // daughter (Year 11)", "a junior parkrunner", "turns 18 in March". In a post about college,
      // or with an adult's age, a freshman or sophomore is 18 to 20. (The word first, then the
      // look back: a look back at every place in the text would be slow.)
      `/(?:freshman|sophomore)(?![a-z])(?<!(?:${COLLEGE_WORDS})[\\s\\S]*)(?![\\s\\S]*(?:${COLLEGE_WORDS}))`,
      '/(?:hs|high school) (?:freshman|sophomore|junior)(?![a-z])',
      '/junior (?:in|at) (?:hs|high school)(?![a-z])',
      'started|starting|at|in|still_at|into ~1 secondary|primary|juniors|infants|reception|year_7|year_8|year_9',
      // "I coach a Year 10 girl": a pupil in a school year under the sixth form.
      'year_7|year_8|year_9|year_10|year_11 girl|boy|girls|boys|pupil|student|runner|sprinter',
      'gcse|gcses|highers|11_plus|eleven_plus',
      // "In lower sixth", "in P7" (Scotland's last primary year), "in class 10" (India).
      // (Not "had a sprained wrist in sixth form": the writer's schooldays, told as past.)
      // (Nor "we went from 25 miles a week in sixth form to 40ish": a span, now past.)
      '/(?<!(?:had|did|was|were|back)(?: [^ \\n]+){0,5} )(?:in|into|starting|started)(?: [^ \\n]+){0,2} (?:lower sixth|upper sixth|sixth form|year 12)(?![a-z])(?! to (?:\\d|about|around|over|nearly)(?![a-z]))',
      '/(?<=^|\\n|(?:^|[ \\n])in )p[4-7](?![0-9a-z])',
      // "Wee one is in P3": earlier primary years, said as being in them.
      '/(?:is|are) in p[1-3](?![0-9a-z])',
      // "She's 20 months and has been limping".
      '/(?:she is|he is|shes|hes) (?:[1-9]|1\\d|2[0-3]) (?:months|mths)(?: old)?(?= and|\\n|$)',
      // "2 weeks off her 18th birthday", "just had her sweet sixteen", "has completed 16 years".
      '/(?:weeks?|days?|months?) (?:off|away from|before|short of) (?:her|his|my) 18th',
      'sweet sixteen|16',
      '/completed (?:[3-9]|1[0-7]) (?:years|yrs)(?![a-z])',
      // "I coach a Year 10 girl".
      '/(?:a|an|my|our|the) (?:year|yr) (?:[1-9]|1[0-3]) (?:girl|boy|pupil|student|runner|athlete|lad|lass|sprinter|hurdler)(?![a-z])',
      // (Not "I had the same thing in class 11": the writer, then.)
      '/(?:is|are|studying|studies|now) in (?:class|std|standard) (?:[1-9]|1[0-2])(?![0-9])(?! (?:times|x|sessions))',
      // "My son is studying in 9th standard" (India), "she's in 8th grade".
      '/(?:is|are|studying|studies|now|in) (?:in )?(?:[1-9]|1[0-2])(?:st|nd|rd|th) (?:standard|std|class|grade)(?![a-z])',
      // "Posting for my daughter who's 13", "my son, who is 15".
      // (Not "I run with my granddaughter (8)": company.)
      '/(?<!(?:with|and|behind|push|pushing|carry|carrying|chase|chasing|after|watch|watching|take|taking|took) (?:my|our|his|her) )(?:son|daughter|boy|girl|kid|child|lad|lass|grandson|granddaughter|nephew|niece|stepson|stepdaughter)\\n?(?: who is| whos| who s| who) (?:[2-9]|1[0-7])(?![0-9])(?! (?:min|mins|minutes|miles|km|k|weeks|months|days|percent|stone|kg|times|x|foot|feet|ft|cm)(?![a-z]))',
      // "My daughter Valentina is 16": a name between the child and the age.
      '/(?:son|daughter|boy|girl|kid|child|lad|lass) [a-z]+ (?:who (?:is |turned )?|is |turned )(?:[5-9]|1[0-7])(?![0-9])(?! (?:min|mins|minutes|hour|hours|hrs|miles|km|k|weeks|months|days|percent|stone|kg|lbs|times|x|foot|feet|ft|cm|(?:years?|yrs) (?:older|younger|ago))(?![a-z]))',
      // "Did the loop with my 6-year-old on my shoulders… He's been walking with a limp since
      // yesterday": the child who was company is the one limping now (the age is read where
      // the limp is, so that the flag stays with that child).
      '/(?:he|she)(?<=(?:with|carrying|carried|pushing|pushed) (?:my|our) (?:[2-9]|1[0-7]) (?:year|years|yr) olds?(?:[ \\n][^ \\n]+){0,40}[ \\n](?:he|she))(?= (?:is |has )?(?:been )?(?:limping|walking with a limp|walking funny|walking funnily)(?![a-z]))',
      '/(?<=^|\\n|(?:^|[ \\n])in )s[1-5](?![0-9a-z])',
      `/(?:son|daughter|kid|child|boy|girl|lad|lass|pupil|student|twins|he|she|they)[ \\n](?:is |are )?(?:in )?(?:year|yr) (?:[1-9]|1[0-3])(?![0-9])(?! (?:of|since|ago|old|running))${NO_ADULT_AGE_AFTER}`,
      'junior parkrunner|parkrunners',
      // (Not "got my licence after turning 18": that birthday is past.)
      '/(?<!(?:after|since|on|when|before) )(?:turns|turning|will be) 18(?![0-9])',
      // "Just turned 17".
      '/just turned (?:[5-9]|1[0-7])(?![0-9a-z])',
      // "Turning 17 next week".
      '/(?:turning|turns|will be) (?:[3-9]|1[0-7])(?! (?:min|mins|minutes|miles|km|k|weeks|months|days|percent)(?![a-z]))(?![0-9a-z])',
      // (Not "I carry my 18-month-old on my hip": company.)
      // (Nor "Mum of a 9 month old, back running": a baby is the writer's story, not the patient.)
      // (Nor "exclusively breastfeeding my 4 month old": the mother writes about her own hip.)
      `/${NOT_COMPANY}(?<!(?:mum|mom|mam|mother|mummy|dad|father|parent) of (?:a |an |my )?)(?<!(?:breastfeeding|breast feeding|feeding|nursing|bf|bfing|ebf|ebfing) (?:my |our |a |the )?)\\d{1,2} ?(?:month|mo) olds?(?! (?:wakes|woke|wake|keeps|kept|is waking|has been waking|still wakes|feeds|is teething)(?![a-z]))`,
      '/(?:young|little|youngest|small) one is (?:only |just |now )?(?:[2-9]|1[0-7])(?![0-9])',
      // A pupil at school writing: "pain… after cross country at school".
      '/(?:cross country|xc|pe|sports day|athletics|track|running) at school(?![a-z])',
      'schools ~1 xc|cross_country|athletics|championships|race|races',
      // "One of my lads, 14, growing like a weed": an age on its own after a young person
      // ("my son, 15 years, he run 1500 m").
      // ("Field hockey keeper, 16.", "Netball goal defence, 15": a player's position.)
      '/(?:lad|lads|girl|girls|boy|boys|kid|kids|son|daughter|player|players|runner|runners|gymnast|gymnasts|dancer|dancers|swimmer|swimmers|footballer|footballers|sprinter|sprinters|hurdler|hurdlers|athlete|athletes|keeper|goalkeeper|goalie|striker|defender|defence|defense|winger|midfielder|forward|rower|cyclist|skater|climber|wrestler|boxer|fencer|bowler|pitcher|batter|jumper|thrower|(?:centre|center|full|half|wing) back|sixth former|former|schoolboy|schoolgirl|pupil|student)\\n(?:[5-9]|1[0-7])(?: (?:years|yrs|yr))?(?=\\n|$)',
      // Ireland's Transition Year and Junior Cert, at 15 or 16: "my young lad is in Transition
      // Year" (someone else now, not the writer's schooldays nor a teacher's class).
      '/(?:lad|lass|son|daughter|boy|girl|she|he|they|kid|child|twins) (?:is|are) (?:in|doing|starting) (?:transition year|junior cert|junior certificate)(?![a-z])',
      // "Ma laddie's 13", "the wee lass is 9": a child and an age, without "year old".
      // (South African "my laaitie is 15".)
      '/(?:(?:laddie|lassie|lad|lass|wean|bairn|laaitie|laaitjie|son|daughter|boy|girl|kid) (?:is )?|(?:twins|kids|children|boys|girls|sons|daughters|lads|weans|bairns) are )(?:only |just |now )?(?:[3-9]|1[0-7])(?![0-9])(?! (?:min|mins|minutes|miles|mile|km|k|weeks|days|months|hours|kg|kgs|lbs|stone|st|percent|of|out|x|times|runs|am|pm)(?![a-z]))',
      // "Both me and my 9-year-old are doing the fun run… he's been limping": the child is a
      // subject of their own (a clause of their own, see readPeople), not company.
      '/and (?:my|our) (?:[2-9]|1[0-7]) ?(?:yo|year old|years old|yr old) (?:are|were|have|both)(?![a-z])',
      // "My little brother is 10", "my son is only 12".
      // ("My anak is 12": Tagalog for a child.)
      '/(?:brother|sister|son|daughter|boy|girl|kid|child|anak|grandson|granddaughter|nephew|niece|youngest|eldest|oldest) is (?:only |just |now )?(?:[2-9]|1[0-7])(?! (?:min|mins|minutes|miles|km|k|weeks|months|days|hours|stone|kg|percent)(?![a-z]))(?![0-9a-z])',
      `/${NOT_COMPANY}(?:[2-9]|1[0-7]) ?(?:yo|y o)${NOT_THEIR_THINGS}`,
      // "Took our U11 lad to county cross country… he's limping since we got home": company
      // first, then the one in pain. The age is read at "he" or "she", where the limp is: "I
      // take my granddaughter (8) to junior parkrun. Since Sunday she's been limping" names
      // the child in a clause about the writer (twenty-eighth pass).
      '/(?:he|she)(?<=(?:u1[0-7]s?|(?<![0-9])(?:[2-9]|1[0-7]) ?(?:yo|year old|years old|yr old)|aged (?:[2-9]|1[0-7]))(?: (?:lad|girl|boy|kid|son|daughter|runner|player))?(?:[ \\n][^ \\n]+){0,14}[ \\n](?:he|she))(?= (?:is |is been |has been |was )?(?:limping|limps|sore|hurting|complaining|crying|walking with a limp|walking funny|walking funnily)(?![a-z]))',
      // "On holiday with our daughter (6). She had a cold last week, today she won't walk".
      // (A look-ahead, so that the "not" of "won't walk" does not deny the age.)
      '/aged (?:[2-9]|1[0-7])(?=(?:[ \\n][^ \\n]+){0,14}[ \\n](?:he|she) (?:will not|would not|cannot|refuses to|is refusing to) (?:walk|stand|put)(?![a-z]))',
      // Second-language word order: "my brother 17 years he play football", "my sister 13,
      // she is limping", "mi hija 12 years".
      `/${NOT_COMPANY}(?:my|our|mi) (?:brother|sister|son|daughter|cousin|nephew|niece|grandson|granddaughter|hija|hijo|kid|boy|girl)[ \\n](?:[2-9]|1[0-7])(?: (?:years?|yrs?|yo)(?: old)?)?(?=\\n| (?:he|she|and|is|has|was|plays?|runs?|does|did|got|says|said|complains?|goes|go)(?![a-z]))`,
      // "I coach a 15yo girl who has been limping": company, but the one in pain.
      // (Not "a 22yo girl who": the digits are read whole.)
      '/(?<![0-9])(?:[2-9]|1[0-7]) ?(?:yo|y o|year old|years old|yr old)(?: [^ \\n]+){0,2} who(?: [^ \\n]+){0,3} (?:limp|limps|limping|limped|complains|complaining|complained|hurt|hurts|hurting|hobbling|sore|pain)(?![a-z])',
      // "I (17f)", "16f here", "15m here" (not "15m" of distance; nor "it was 15F outside",
      // "15F this morning": a temperature).
      '/(?<![0-9])(?<!(?:weather|temp|temperature|outside|feels like|degrees|it was|its|it is|was|low of|high of|windchill|wind chill)[ \\n])1[0-7]f(?![a-z0-9])(?! (?:outside|out there|this morning|tonight|and (?:icy|snowy|windy|sunny|freezing)|windchill|wind chill|degrees)(?![a-z]))',
      // "16 F. Pain on the outer side of my hip": the age and sex opening the post, spaced.
      // (Not "Weather: 16 F", a temperature.)
      '/(?<![^\\n])(?<!(?:weather|temp|temperature|outside|feels like|degrees|it was|its|it is)[ \\n])1[0-7] f(?=\\n|$)',
      '/1[0-7] ?m here',
      // (Not "I run with my granddaughter (8)": company, named with her age.)
      // (Nor "had Perthes as a kid (age 6, both hips!). Now 45": the writer's childhood; nor "bone
      // cancer in my knee as a kid (osteosarcoma, age 10)", one word named between.)
      '/(?<!(?:with|carry|carrying|push|pushing|took|take|taking) (?:my |our |the |his |her )?[^ \\n]+ )(?<!(?:as a|when i was a|when i was) (?:kid|child|teen|teenager|boy|girl|baby|toddler|youngster)(?:\\n[a-z]+)?\\n)(?:aged|age) (?:[2-9]|1[0-7])',
      // "Mother of a 10 year boy" (no "old").
      `/${NOT_COMPANY}(?:[2-9]|1[0-7]) (?:year|years|yr) (?:boy|girl|son|daughter|kid|child|lad|lass)(?![a-z])`,
      // "She just had her sweet sixteen".
      '/(?:her|his|my) sweet (?:sixteen|16)(?![a-z])',
      // "My daughter of 7 years has been limping".
      '/(?:son|daughter|boy|girl|child|kid) of (?:[2-9]|1[0-7]) (?:years|yrs)(?![a-z])',
      // "My daughter of 14, she does gymnastics".
      '/(?:son|daughter|boy|girl|child|kid) of (?:[2-9]|1[0-7])(?=\\n|$)',
      // "My son have 13 years", "she has 15 years" (a Spanish or French speaker's age).
      '/(?:has|have|having) (?:[2-9]|1[0-7]) years(?! (?:of|running|ago|experience|since|in|at|on|off|now|old))',
      '/i am (?:1[0-7])(?! (?:min|mins|minutes|miles|mile|km|k|weeks|days|hours|seconds|kg|kgs|' +
        'lbs|pounds|stone|percent|of|out|x|times|runs|marathons|and a half (?:stone|kg|kgs|kilos|lbs|pounds|miles?|km|k|weeks?|months?|days?|hours?|hrs?|minutes?|mins?|marathons?|halves)|' +
        // "I'm 17 years into running (45F)": a span, not an age.
        'years? (?:into|of|in|running|since))(?![a-z]))',
      // "Wee fella's 7", "my pikin wey be 9 years" (Nigerian Pidgin).
      `/${NOT_COMPANY}(?:son|daughter|boy|girl|kid|child|lad|grandson|granddaughter|nephew|niece|laaitie|laaitjie|bairn|wean|kiddo|youngster|fella|pikin|stepson|stepdaughter)[ \\n](?:is |who is |wey be )?(?:[2-9]|1[0-7])(?! (?:min|mins|minutes|miles|km|k|weeks|months|days)(?![a-z]))`,
      // "She's thirteen", "he is 15": a child's age said of them (not "she is 15 weeks along").
      '/(?:she is|he is|shes|hes|i am|im) (?:only |just |now )?(?:[2-9]|1[0-7]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?![0-9a-z])(?! (?:min|mins|minutes|miles|mile|km|k|weeks|days|months|hours|seconds|kg|kgs|lbs|pounds|stone|percent|of|out|x|times|runs|marathons|and a half (?:stone|kg|kgs|kilos|lbs|pounds|miles?|km|k|weeks?|months?|days?|hours?|hrs?|minutes?|mins?|marathons?|halves)|pp|years? (?:into|of|in|running|since))(?![a-z]))',
      // (Not "in my late teens… now 26": the writer's past.)
      // (Not "I'm 45, mum of teens": the writer saying who she is, her children not in pain.)
      '/(?<!(?:in|into|since) (?:my |her |his )?(?:late |early |mid )?)(?<!(?:mum|mom|mam|mother|dad|father|parent|parents) of (?:two |three |four |2 |3 |4 )?)(?:teen|teens|teenager|teenagers|teenage|teenaged|adolescent)(?![a-z])',
      'little girl|boy|lad',
      // A toddler or little one who is the patient ("my toddler is limping"), not company ("my
      // toddler wakes me", "pushing my toddler in the buggy").
      `/${NOT_COMPANY}(?:my|our|the) (?:toddler|little one)(?: (?:has|is|been|keeps|says|said|will not|cannot|complains|complained|started|hurt|hurts|limps|limped|limping|knee|knees|hip|hips|thigh|leg|refuses|refused))`,
      // The child is the one with the pain ("my kid has a limp"), not company ("with my kid").
      '/(?<!with )(?:my|our) (?:kid|child|youngster)(?: (?:has|is|keeps|says|said|complains|complained|started|hurt|hurts|limps|limping|knee|knees|hip|hips|thigh|leg))',
      // A pupil, not "a secondary school teacher" or "the high school coach".
      '/(?:high|middle|secondary) school(?! (?:(?:pe |sports |science |maths |math |english )?(?:teacher|teachers)|teaching|coach|coaches|staff|head|headteacher|principal|nurse|admin|office|job))',
      // "My JV sophomore (15)": a school athlete with an age.
      '/(?:sophomore|freshman|freshmen|athlete|runner|player|pupil|student|girl|boy|lad|lass)[ \\n](?:[5-9]|1[0-7])(?! ?(?:years? old|yo|k|km|kms|mi|miles?|mins?|minutes|weeks?|months?|days?|hours?|hrs?|times|x|s|secs?|seconds|percent|mpw|kpw|a week|per|m|metres|meters)\\b)',
      // School years and grades: "in year 9", "a year 10 pupil", "7th grade", "8th grader".
      `/(?:in|into|starting|started|finished|finishing) (?:year|yr|grade) (?:[1-9]|1[0-3])(?![0-9]| of| months| weeks)${NO_ADULT_AGE_AFTER}`,
      '/(?:year|yr|grade) (?:[1-9]|1[0-3]) (?:student|pupil|kid|boy|girl|son|daughter|lad)',
      // "yr 11, started couch to 5k with my mates": a school year opening the post.
      `/^ ?(?:year|yr) (?:[7-9]|1[0-3])(?![0-9])(?! (?:of|since|ago|old|running|months|weeks))${NO_ADULT_AGE_AFTER}`,
      '/(?:[1-9]|1[0-2])(?:st|nd|rd|th) grader?s?',
      // "16M, hip pain" at the start of a clause; not "16m repeats" or "16m in 58 seconds".
      '/(?<![^\\n])1[0-7] ?m(?! (?:in|of|run|runs|repeats|reps|sprint|sprints|dash|hurdles|swim|at|pace|split|splits|interval|intervals|on|off|walk)(?![a-z]))(?=\\n|$| )',
      // "DS is 8", "dd 14": parents' shorthand for a son or daughter.
      '/(?:ds|dd|ds1|ds2|dd1|dd2)(?: is| aged| age)? (?:[2-9]|1[0-7])(?! (?:min|mins|minutes|miles|km|k|weeks|months|days)(?![a-z]))',
      // "DS15 kicked a ball awkwardly", the number joined on.
      '/(?<![a-z0-9])(?:ds|dd)(?:[2-9]|1[0-7])(?![0-9a-z])',
      // "A Year 8 in my class has been limping": a pupil named by the school year.
      '/(?:a|one of my|my|our|the) (?:year|yr) (?:[5-9]|1[0-3])s?(?= in (?:my|our|the|his|her) (?:class|form|tutor group|team|squad|group)(?![a-z]))',
      // Not "middle school PE teacher".
      '/school(?: [^ \\n]+){0,2} (?:cross country|team|sports|pe)(?! (?:teacher|teachers|coach|coaches|staff|department|dept))',
      // Not a team someone coaches ("I coach his under 12s").
      // Not a team: "my daughter's U10 soccer team" names the team, not who is hurt.
      // (Not "coaching the U11s cross country on Saturday": the team, coached.)
      // (Nor "running up and down the touchline at the U14 cup final": the match, not a player.)
      `/${NOT_COMPANY}(?<!(?:coaching|coached|coaches) the )u1[0-7]s?(?! (?:soccer|football|rugby|netball|hockey|cricket|team|teams|squad|side|league|club|group|training|practice|session|sessions|match|game|games|cup|final|finals|tournament|fixture|fixtures|semi|semis|derby|gala))`,
      // "Daughter plays for the U16s": a player in that age group.
      // (Not "I coach and often end up running with the U14s, I'm 41".)
      '/(?:plays|playing|played|runs|races|racing|competes|competing) (?:for|in) (?:the |our |their |her |his )?u1[0-7]s?(?![0-9a-z])',
      // "Joining the army at 16 in September": a recruit's age, said as when they start.
      // "…not budging. 16 btw": an age added at the end, by the way.
      '/(?<![^\\n])1[0-7] (?:btw|by the way|fyi|if that matters|if it matters|if relevant|if that helps)(?=\\n|$)',
      // "Falling apart at 16", "feel ancient at 15": a teenager joking about their own body.
      '/(?:falling apart|feel old|feeling old|feel ancient|feeling ancient|crocked|broken already) at 1[0-7](?![0-9])',
      '/(?:joining|join|enlisting|enlist|starting|start) (?:the )?(?:army|navy|raf|marines|forces|military|air force|cadets) at (?:1[0-7])(?![0-9])',
      // "One of my U15 sprinters", "my u13 runner": an athlete in an age group is a child.
      // Not "Mum of a U11 runner and I run too (50)": the parent describing themself.
      // Not "I coach the U16 girls" (company); "coach of a U15 girls' team… one of my players"
      // is the team the patient is in.
      `/${NOT_DONE_WITH}(?<!(?:mum|mom|mam|dad|mother|father|parent|mummy|daddy) of (?:a |an |two |three )?)u1[0-7] (?:sprinter|runner|athlete|player|girl|boy|lad|kid|swimmer|footballer)s?`,
      // "Replying for one of my U16 lads. He's got groin pain": the lad the next clause is about.
      '/(?<=one of (?:my|our|the) u1[0-7]s? (?:lads?|girls?|boys?|players?|runners?|athletes?|kids?|sprinters?)\\n)(?:he|she)(?![a-z])',
      // "16yo sprinter, my son.": an age and a sport, then whose it is.
      '/(?<=(?<![^\\n])1[0-7] ?(?:yo|y o|year old|yr old) [a-z]+\\n)my (?:son|daughter|boy|girl|lad|kid|eldest|youngest)(?![a-z])',
      // "One of my sprinters (14)": an age alone in brackets after a person.
      '/(?<=(?:sprinters?|runners?|athletes?|players?|son|daughter|kid|child|boy|girl|lad|lass|' +
        'footballers?|swimmers?|pupils?|students?|one|nephew|niece|grandson|granddaughter|' +
        // "My training partner (17, we're in the same club)".
        'partner|teammate|team mate|clubmate|club mate|buddy|mate|friend|' +
        // "Mum of Lily, 15, who…", "my daughter Lily, 15": a child and a name, then the age.
        '(?:son|daughter|kid|child|boy|girl|lad|lass|nephew|niece|grandson|granddaughter) [a-z]+)\n)' +
        '(?:[5-9]|1[0-7]) ?(?:m|f|yo|y o)?(?=\n|$)',
      `/${NOT_COMPANY}under (?:1[0-7]s?|18s)`,
      'junior school',
      'growth spurt',
      'growing pains',
    ],
    { clause: ['writer-past-age', 'works-with-children'] },
  ),
  // "As a physio I see loads of teens with hip pain", "I'm helping coach": the writer works with
  // children, who are not one child in pain.
  contextSign('works-with-children', [
    // "I'm helping coach", "helping out at the school cross country".
    'helping|help ~1 coach|coaching|out|marshal|marshalling',
    'see|seeing|treat|treating|coach|coaching|teach|teaching|work_with ~2 loads|lots|many|plenty|hundreds|dozens|tons ~1 of',
    'see|seeing|treat|treating ~2 a_lot_of|so_many',
  ]),
  // The writer's own childhood: "I was 17 when I first tweaked this at school sports day" is an
  // adult remembering, not a child now. Only "I": "when she was 12" may be a child still.
  contextSign('writer-past-age', [
    // "Had a slipped growth plate in my hip in 8th grade… I'm 38 now".
    '/(?:had|when i was|back in|was in)(?: [^ \\n]+){0,8} in (?:\\d{1,2}(?:st|nd|rd|th)) grade',
    // "An old strain from high school soccer", "back in high school": school days long over.
    // (Not "since school cross country started", which may be this term, nor "my son hurt it
    // back in high school cross country", a child's school now.)
    '/(?<!(?:son|daughter|kid|child|he|she|his|her|boy|girl|lad|lass)(?: [^ \\n]+){0,8} )(?:from|back in) (?:my )?(?:high school|middle school|secondary school|college)(?: days)?(?! (?:now|this|today|yesterday|last week))',
    // "I was a chubby 12-year-old who limped", "in Year 9 I was told I had clicky hips".
    '/i was an? (?:[a-z]+ )?(?:[2-9]|1[0-7]) ?(?:year old|years old|yo)',
    '/in (?:year|yr|grade) (?:[1-9]|1[0-3]) i (?:was|had|got|did|used)(?![a-z])',
    '/(?:i was (?:only |just )?(?:[2-9]|1[0-7])(?: years? old)? when|(?:when|since) i was (?:only |just |a |about |around |nearly )?(?:[2-9]|1[0-7]|kid|teen|teenager|child|schoolgirl|schoolboy)(?![0-9])|as a (?:kid|teen|teenager|child|schoolgirl|schoolboy))',
  ]),
  contextSign(
    'knee-or-thigh',
    [
      // "A bit of pain at the front of her leg just above the kneecap".
      `/(?:${HURTS}|achy|niggle|twinge)(?: ${ANY_WORD}){0,8} (?:just )?(?:above|below|under|around|beside) (?:the|her|his|my) (?:knee|kneecap|knee cap)(?![a-z])`,
      // Not "knees and hips no pain": the ache denied right before it.
      // ("14yo daughter's knee achy after parkrun", "a bump below both kneecaps that's sore".)
      `/(?:knee|knees|thigh|thighs|kneecap|kneecaps)(?: ${ANY_WORD}){0,3} (?<!(?:no|not|never|without) )(?:${HURTS}|achy|tender|niggl[a-z]*|twinge[a-z]*|kills|killing|agony|stabbing|stabs)(?![^ \\n])`,
      // ("Pain halfway down the back of his thigh": six words between.)
      `${HURTS}|complain* ~6 knee|knees|thigh|thighs|kneecap|kneecaps`,
      // "He kicked a ball hard and felt his thigh go": a strain, told by the moment.
      '/felt (?:my|his|her|the) (?:thigh|hamstring|hammy|quad) (?:go|went)(?![a-z])',
      // "Hurt the middle of the back of his thigh sprinting": the place told at length.
      'hurt|pulled|strained|tweaked|injured ~6 of ~2 thigh|thighs',
      // "Her thigh, just above the knee, aches at night": the place and the ache a clause apart.
      `/(?:knee|knees|thigh|thighs|kneecap)(?:[ \\n]${ANY_WORD}){0,5}[ \\n](?<!(?:no|not|never|without)[ \\n])(?:${HURTS})`,
      // "Waking up crying with achy legs, in the thighs and behind the knees".
      '/(?:achy|aching|sore|painful) legs(?:[ \\n][^ \\n]+){0,3}[ \\n](?:in |behind )?(?:the |her |his )?(?:thighs?|knees?)(?![a-z])',
      // "My 14 yr old got runners knee": a knee complaint named (not "a runner's knee sleeve").
      '/(?:got|has|have|with|diagnosed with|developed|suffering from|had) (?:a )?(?:runners|jumpers) knee(?! (?:sleeve|sleeves|strap|straps|support|brace|tape|book|article|video)(?![a-z]))',
      // "Our 10yo twisted her knee": an injured knee.
      'twisted|sprained|jarred|wrenched|tweaked ~1 her|his|their|my knee|knees',
      // "My knee went sideways, heard a pop and it blew up like a balloon".
      'knee|knees ~4 blew_up|ballooned|swelled|swelled_up|went_sideways|popped|locked|gave_way|gave_out',
      // "Pain at the bump just below his kneecap".
      `${HURTS} ~4 below|under|beneath|above|around|behind ~2 kneecap|knee|knees`,
      // "My 9yo says his legs ache at night, both thighs": aching legs, placed in the thighs.
      `/legs (?:${HURTS})(?:[ \\n]${ANY_WORD}){0,4}[ \\n](?:both |(?:in|behind) (?:the |his |her |both )?)?(?:thighs?|knees?)(?![a-z])`,
      // A pulled hamstring or quad is thigh pain: "my 14 yo pulled his hamstring in the 100m".
      'pulled|strained|tweaked|tore|torn|twanged ~2 hamstring|hamstrings|hammy|quad|quads|thigh_muscle',
      // "Low back pain that goes into her bottom and the back of her thigh".
      'goes|going|spreads|spreading|radiates|radiating|shoots|shooting ~2 into|down|to ~8 thigh|thighs',
      'hamstring|hammy|quad ~1 strain|pull|tear|injury',
      // "Felt a sharp twang in the middle of the back of my thigh on a sprint finish".
      'twang|twanged|ping|pinged|pop|popped ~8 thigh|thighs',
      // "Pulled something in the middle of the back of his thigh".
      'pulled|strained|tweaked|tore ~1 something|it ~8 thigh|thighs|hamstring|quad',
      // "Felt a sharp grab halfway down the back of her thigh in the 200m final".
      'felt|had|got ~3 grab|twang|pop|tweak|pull|twinge ~6 thigh|thighs|hamstring|hamstrings|hammy|quad|quads',
      // "Been moaning about her left knee for a week": a child's complaint in a parent's words.
      'whing*|moan*|grumbl*|grizzl* ~3 about|of ~3 knee|knees|thigh|thighs|kneecap',
      // "Wakes up crying about his thigh bone at night".
      'cry|crying|cries|cried ~3 about|with|over ~3 knee|knees|thigh|thighs|kneecap|hip|leg',
    ],
    // Weighed only for a child (CHILD_WEIGHTS), where it needs a reason of its own to show.
    {
      evidence: {
        why: 'Pain in the thigh or knee',
        absent: 'No thigh or knee pain',
        weights: {},
        sources: [PCH_SUFE],
      },
    },
  ),

  // Cauda equina: numbness between the legs, and bladder or bowel changes (NHS; Royal Free).
  contextSign(
    'saddle-numbness',
    [
      // The saddle area, not a bike saddle. (Not "saddle numbness question lol", nor "a mate
      // says saddle numbness is an emergency": the words asked about, not felt.)
      '/saddle (?:area|region|numbness|anaesthesia|anesthesia)(?! (?:question|is (?:an? |very )?(?:emergency|warning sign|serious|bad|dangerous)))(?! (?:is |feels |all )?(?:fine|ok|okay|normal|good|clear)(?![a-z]))',
      // "Saddle numb since last night": the area's name and the numbness, in a hurry (not a bike
      // seat: "my bum goes numb on the bike saddle", "the saddle numbs me").
      '/(?<!(?:bike|the|my|a|road|turbo|new|hard|race|racing|on the|from the|on my) )saddle numb(?:ish)?(?![a-z])',
      // "My bum and the insides of my thighs up by my crotch feel numb", "my bum and the tops
      // of my inner thighs feel numb": the saddle told by its parts.
      '/(?:buttock|buttocks|bottom|backside|bum)s? and (?:the )?(?:(?:insides?|tops?|inner sides?)(?: of)?(?: (?:my|her|his|both))?(?: inner)? thighs?|inner thighs?|crotch)(?:[ \\n][^ \\n]+){0,6}[ \\n](?:feel |feels |felt |gone |are |is |went )?(?:numb|dead|asleep|no feeling)(?![a-z])',
      // "Numb across my backside and the inside of both thighs": the numbness told first.
      '/(?:numb|numbness|no feeling|dead) (?:across|in|on|over|around|round) (?:my |her |his |the )?(?:buttock|buttocks|bottom|backside|bum)s? and (?:the )?(?:(?:insides?|tops?|inner sides?)(?: of)?(?: (?:my|her|his|both))?(?: inner)? thighs?|inner thighs?|crotch)(?![a-z])',
      // "My bottom is like asleep" (a second language's "gone to sleep").
      '/(?:bottom|buttock|buttocks|backside|bum|private parts|privates) (?:is|are|feels|feel) like asleep(?![a-z])',
      // Clinicians' words: "reduced saddle sensation"; "numbness in private area".
      'reduced|altered|decreased|loss_of|lost|no saddle sensation',
      'numb=|numbness|tingl*|cannot_feel ~3 private_area|private_region',
      // "Around the private area is numb".
      'private_area|private_region|private_parts ~3 numb=|numbness|tingl*|dead|no_feeling',
      // "CANT FEEL MY BUM": the whole seat, not one numb buttock.
      // ("Bum" is read as "buttock"; "my left buttock" is one side, the nerve flag's.)
      'cannot feel ~1 my_buttock|my_bottom|my_backside|my_buttocks|her_buttock|his_buttock|her_bottom|his_bottom|the_bottom',
      // "Numbness in the seat area and between my legs", "my bum cheeks and the bit between
      // feel numb-ish", "numb roon ma bum" (Scots, read as "round my bum").
      'seat area|region ~4 numb=|numbness|numbish|tingl*|no_feeling',
      // "She has no feeling in bottom area": the seat, named as an area.
      'no_feeling|no_sensation|cannot_feel|lost_feeling|lost_sensation ~3 bottom|bum|buttock|buttocks|backside ~1 area|region',
      'numb=|numbness|numbish|tingl*|no_feeling ~4 seat area|region',
      // "The skin around the bottom feels like rubber": numb skin, in a second language.
      'skin ~3 bottom|buttock|buttocks|backside|bum|anus|back_passage|privates|between_my_legs ~4 rubber|rubbery|wood|wooden|leather',
      'cheeks|buttock|buttocks ~2 and_the_bit_between|and_the_bit_in_between ~3 numb=|numbish|numbness|tingl*|dead',
      'numb= ~4 saddle',
      'numb=|numbness ~4 groin|crotch ~3 inner_thigh|inner_thighs',
      // "Numbness in the crotch area" (NHS Cauda equina syndrome: numbness between the legs).
      'numb=|numbness|tingl*|no_feeling ~3 crotch ~1 area|region',
      // "My crotch area is asleep, kinda tingly-dead when I sit on the toilet".
      'crotch ~2 area|region ~3 asleep|numb=|numbness|tingl*|dead|no_feeling',
      // "Since today I cannot feel properly the area around my anus and genitals" (a second
      // language's word order).
      'cannot ~1 feel ~6 anus|genitals|genital_area|privates|private_parts|perineum|back_passage',
      // "A loss of sensation in the perineal region and around the back passage" (a formal
      // writer's, or a clinician's, words). Not asked or checked about ("GP checked for any loss
      // of sensation in the perineal area, normal", "physio asked about altered sensation around
      // the perineum, I said none"), nor the stitches of a birth.
      '/(?:(?:loss of|lost|reduced|altered|no) (?:sensation|feeling)|numb|numbness|tingling|tingly)(?<!(?:asked|ask|asks|asking|checked|check|checks|checking|about|for|any|if you have|if you get|if you notice|warning)(?: [^ \\n]+){0,2} (?:(?:loss of|lost|reduced|altered|no) (?:sensation|feeling)|numb|numbness|tingling|tingly))(?: [^ \\n]+){0,4} (?:perineal (?:region|area)|perianal (?:region|area)|perineum|back passage)(?![a-z])(?!(?:[ \\n][^ \\n]+){0,6}[ \\n](?:normal|fine|none|nope|stitches|stitch|episiotomy)(?![a-z]))',
      'numb=|numbness|tingl*|pins_and_needles|no_feeling|cannot_feel ~4 genital*|privates|private_parts|private_part|penis|vagina|vulva|scrotum|anus|perineum|back_passage|between_my_legs|between_his_legs|between_her_legs|between_their_legs',
      // "Numb like anaesthetic in the area of the private parts and the anus".
      'numb=|numbness ~8 private_parts|privates|anus|back_passage|perineum|genitals|genital_area',
      'genital*|privates|private_parts|penis|vagina|vulva|scrotum|anus|perineum|back_passage|between_my_legs|between_his_legs|between_her_legs|between_their_legs ~4 numb=|numbness|tingl*|no_feeling',
      // "Dead on my inner thighs and privates", "my bum feels like it isn't there".
      'dead|numb= ~2 on|in|round|around ~1 my|the ~1 inner_thighs|privates|genitals|crotch|undercarriage',
      'buttock|buttocks|bottom|backside|bum ~4 is_not_there|not_there',
      // "My bum and the insides of my thighs felt numb, like they weren't mine".
      'buttock|buttocks|bottom|backside|bum and ~1 the ~1 inner_thighs|insides_of_my_thighs|inside_of_my_thighs|insides_of_the_thighs ~3 numb=|numbness|numbish|tingl*|dead',
      // "Sat in a scalding bath, my bum and inner thighs came out bright red and I hadn't felt it".
      // (A lookahead, so that the "not" of "hadn't felt it" does not deny the numbness.)
      '/(?:bum|buttock|buttocks|bottom|inner thighs?|privates)(?=(?:[ \\n][^ \\n]+){0,10}[ \\n](?:i )?(?:honestly |really )?(?:had not|did not|have not|not) (?:even |honestly |really )?(?:felt|feel|noticed) it)',
      'wipe|wiping ~6 numb=|cannot_feel|feel_nothing|no_feeling',
      // "New numbness around his backside and groin": the saddle, in a carer's words.
      'numb=|numbness|tingl* ~3 around|round ~2 buttock|buttocks|bottom|backside|anus and ~2 groin|crotch|privates|genitals|inner_thighs',
      // "Wiping feels weird": the skin there has changed (NHS Cauda equina syndrome).
      'wipe|wiping ~2 feels|feel|felt ~1 weird|strange|odd|funny|different',
      // (Not "felt strange when I wipe my Garmin screen", nor chafed skin: "feels odd when I wipe
      // because of chafing".)
      '/(?:feels|feel|felt) (?:weird|strange|odd|funny|different) when i wipe(?![a-z])(?! (?:my |the |his |her )?(?:garmin|watch|screen|phone|glasses|lens|nose|face|hands?|sweat|forehead|brow|sunglasses|visor)(?![a-z]))(?!(?:[ \\n][^ \\n]+){0,10}[ \\n](?<!(?:no|not|nothing|without) )(?:chafing|chafed|chaffing|chafe|raw|rash|stitches|piles|haemorrhoids|hemorrhoids)(?![a-z]))',
      // "My bum and the inside of my thighs feel numb when I sit on the loo".
      'numb=|cannot_feel|feel_nothing|no_feeling ~6 wipe|wiping|toilet_paper|toilet|loo|toilet_seat',
      // "It's like it isn't my skin down there, numb", "bum cheeks feel weird on the toilet seat".
      'down there ~4 numb=|numbness|tingl*|dead|no_feeling',
      'numb=|numbness|tingl*|dead ~3 down there',
      'not my skin|own_skin ~3 down there',
      // "I can't really feel it properly 'down there' when I sit on the loo".
      'cannot ~3 feel ~3 down there',
      'buttock|buttocks|cheeks|bottom ~3 weird|strange|odd|funny|dead|numb= ~4 toilet|loo|seat',
      'cannot feel ~3 paper|wipe|wiping',
      // "Can't really feel the loo roll when I wipe".
      'cannot ~2 feel ~5 wipe|wiping|wiped|paper|loo_roll|toilet_roll|toilet_seat|loo_seat',
      'wipe|wiped|wiping ~6 cannot ~2 feel',
      'area|down_there|bottom|backside ~3 gone|went|going ~1 to_sleep|asleep|dead',
      // "It's gone numb round there", "wiping someone else's backside".
      'gone|went|going numb ~2 round|around|down ~1 there',
      'someone_else|somebody_else ~2 buttock|backside|bottom',
      // "Like it's someone else's backside", "my bottom feels like it's not my own".
      'buttock|buttocks|bottom|backside|bum ~5 not_my_own|someone_elses|not_mine|not_part_of_me',
      'not_my_own|someone_elses|not_mine ~2 buttock|buttocks|bottom|backside|bum',
      'buttock ~2 numb= ~3 wipe|wiping|toilet',
      // "Numb down below", "numb around my bum": the saddle in runners' words.
      'numb=|numbness|tingl*|no_feeling|cannot_feel ~6 down_below|nether_regions|undercarriage',
      'down_below|nether_regions|undercarriage ~3 numb=|numbness|tingl*|no_feeling',
      'numb=|numbness|tingl*|no_feeling ~1 around|round ~1 my|the ~1 buttock|buttocks|bottom|backside|anus|back_passage',
      'pins and needles ~2 around|round|in ~1 my|the ~1 buttock|buttocks|bottom|backside|anus|back_passage|saddle',
      // "Sitting on the loo feels weird, like sitting on a numb cushion".
      'sitting|sat on the ~1 loo|toilet ~1 feels|feel|felt ~1 weird|strange|odd|different|numb=',
      'numb cushion|pillow',
      // "My bum feels numb right around the middle".
      'buttock|bottom|backside ~3 numb= ~3 around|round|in ~1 the ~1 middle',
      // "My butt cheeks and groin feel numb": both halves of the saddle named, either order.
      'buttock|buttocks|bottom|bum_cheeks|butt_cheeks|cheeks ~1 and ~2 groin|crotch|privates|inner_thighs ~4 numb=|numbness|tingl*|dead',
      'numb=|numbness ~4 buttock|buttocks|bottom|cheeks ~1 and ~2 groin|crotch|privates|inner_thighs',
      // "The skin between my legs feels like wood, no feeling there".
      'between [my|the|his|her] legs ~6 numb=|numbness|tingl*|dead|wood|wooden|no_feeling|cannot_feel|asleep|not_normal_sensation|not_normal_feeling|feels_dull',
      // "Totally dead between my legs", "numb between her legs" (the word before the place).
      'numb=|numbness|numbish|tingl*|dead|asleep ~2 between my|the|his|her legs',
      // "On the saddle it feels like there's nothing down there": no feeling at all.
      'feels|feel|felt ~2 like ~2 nothing down_there',
      // "I feel the region between the legs sleeping": asleep, in a second language (the region
      // named, not "a pillow between my legs when sleeping").
      '/(?:region|zone|area|part) between (?:my|the) legs (?:is |are |feels |feel |went |has gone |gone )?(?:sleeping|asleep)(?![a-z])',
      'numb=|numbness|tingl* ~2 between [my|the|his|her] legs',
      'not ~1 feel ~4 between ~1 my|the legs',
      // "Numb bum n bits since yday", "my bits are numb": "bits" is runners' slang for the
      // genitals.
      'numb=|numbness|tingl*|dead|no_feeling ~3 buttock|buttocks|bottom|backside and bits|privates|crotch|undercarriage',
      'numb=|numbness|tingl*|no_feeling ~4 my|his|her bits',
      'my|his|her bits ~3 numb=|numbness|tingl*|dead|no_feeling',
      // "My bum and bits feel like they've been to the dentist": numb, as after an injection.
      '/(?:buttock|bottom|bum|backside|bits|privates|down there|between (?:my )?legs)(?:[ \\n][^ \\n]+){0,8}[ \\n](?:the )?dentist',
      // "All the part where you sit on the bicycle feels like sleeping": the saddle, unfelt.
      '/(?:part|area|bit|bits)(?: [^ \\n]+){0,3} (?:where|that) (?:you|i|we|one) sit(?: [^ \\n]+){0,4}(?:[ \\n][^ \\n]+){0,10}[ \\n](?:numb|numbness|sleeping|asleep|dead|strange|weird|tingl[a-z]*|no feeling|dentist)(?![a-z])',
      '/(?:numb|numbness|sleeping|asleep|dead|strange|weird|tingl[a-z]*|no feeling|dentist)(?:[ \\n][^ \\n]+){0,10}[ \\n](?:all )?(?:the )?(?:part|area|bit|bits)(?: [^ \\n]+){0,3} (?:where|that) (?:you|i|we|one) sit(?![a-z])',
      'lost|losing|no ~2 feeling|sensation ~3 between ~1 my|his|her|the legs',
      // "A numb patch right where I'd sit on a saddle".
      'numb=|numbness|tingl*|no_feeling ~4 where ~1 i|you|one|we ~2 sit',
      // "Sitting on the toilet seat my bottom feels numb on both sides".
      'bottom|buttock|buttocks|backside|bum ~3 numb= ~3 both sides',
      'toilet|loo seat ~4 bottom|buttock|backside ~3 numb=',
      // "Feels weird when I sit on the toilet, like half my backside is numb", across the comma.
      // The sitting must feel strange, and not after a long sit ("for ages", "after 20 mins of
      // reading", scrolling on the phone).
      '/(?:weird|strange|odd|funny|different) when (?:i )?(?:sit|sitting|sat) on the (?:toilet|loo)(?!(?:[ \\n][^ \\n]+){0,12}[ \\n](?:ages|long|reading|scrolling|phone|mins|minutes|min|seat)(?![a-z]))(?:[ \\n][^ \\n]+){0,5}[ \\n](?:bottom|buttock|backside|bum)(?:[ \\n][^ \\n]+){0,2}[ \\n]numb(?![a-z])',
      // "Couldn't feel the saddle, like sitting on nothing, and it's still like that an hour later".
      'cannot feel ~1 the|my ~1 saddle',
      // "I cannot feel the seat under me when I sit": the seat unfelt, in a second language.
      '/(?<!(?:comfy|comfortable|soft|padded|cushioned)(?: [^ \\n]+){0,5} )cannot feel (?:the |my )?(?:seat|chair) (?:under|beneath) me(?![a-z])',
      // "No sensation in the zone of the ass and the genitals" (a Spanish speaker's "zona").
      '/(?:no|lost|losing) (?:sensation|feeling) in (?:the |my )?(?:zone|area|region|part)(?: of)?(?:[ \\n][^ \\n]+){0,5}[ \\n](?:genitals?|genital area|privates|private parts|anus|perineum)(?![a-z])',
      'like ~1 sitting on nothing',
      // "Both bum cheeks feel numb", "the inside of my butt cheeks is numb": both halves, or the
      // inner part, of the seat; one numb buttock alone is the nerve flag, not this one.
      'both|inside_of|inner ~2 buttock|buttocks|cheeks|bum_cheeks|butt_cheeks ~4 numb=|numbness|tingl*|dead|no_feeling',
      'numb=|numbness|tingl*|no_feeling ~4 both|inside_of|inner ~2 buttock|buttocks|cheeks|bum_cheeks|butt_cheeks',
      // "A numb patch right on my bum cheeks": both cheeks, said with the plural.
      'numb=|numbness|no_feeling ~4 buttock_cheeks|bottom_cheeks',
      // …and "my bum cheeks feel numb too", the cheeks named first (not numb from a hard chair
      // or a long drive, the seat's pressure).
      `/(?:buttock|bottom) cheeks(?<!${SEAT_CAUSE}(?:[ \\n][^ \\n]+){0,10}[ \\n](?:buttock|bottom) cheeks)(?: [^ \\n]+){0,3} (?:numb|no feeling)(?![a-z])(?!(?:[ \\n][^ \\n]+){0,10}[ \\n]${SEAT_CAUSE})`,
    ],
    // "Numb after a long bike ride" is the saddle's pressure; "feels like sitting on a bike
    // saddle even on the sofa" is the nerve.
    {
      // "A bad disc in 2018 with saddle numbness back then": told, in its own clause, as the past
      // (narrow on purpose: "saddle numbness since last night, the back pain has gone" is now).
      // Nor numbness gone within minutes of getting off ("a numb crotch on the saddle but it
      // goes within 5-10 mins of getting off"): a saddle's pressure.
      clause: ['told-as-past', 'numbness-passed'],
      sentence: ['cycling'],
      exceptSentence: ['saddle-feeling'],
      // The nerves at the base of the spine: the back is where to read (NHS Cauda equina).
      evidence: CAUDA_EQUINA_EVIDENCE,
    },
  ),
  // A bad back that kept the runner in bed or on the sofa: the reason for lying still, before a
  // swollen calf ("laid up on the sofa for a week with a bad back, now my calf is fat and hot").
  contextSign('back-laid-up', [
    // (Not "back to back long runs… fine walking and in bed": a training word.)
    '/(?<!to )back(?! to back)(?: in)?(?:[ \\n][^ \\n]+){0,6}[ \\n](?:laid up|stuck in bed|in bed|bed bound|bedbound|on the sofa|on the couch|bed rest)(?![a-z])',
    '/(?:laid up|stuck in bed|bed bound|bedbound|bed rest|on the sofa|on the couch)(?:[ \\n][^ \\n]+){0,6}[ \\n](?:a |my |his |her )?(?:bad |sore |dodgy |ricked |wrecked )?back(?![a-z])',
  ]),
  contextSign('limb-asleep', [
    // "Got pins and needles in his foot, gone as soon as he stood up and walked about".
    // ("Pins and needles in both feet after sitting cross-legged at my kid's assembly for an
    // hour, went as soon as I stood up".)
    '/(?:pins and needles|numb|numbness|tingling|tingly)(?:[ \\n][^ \\n]+){0,14}[ \\n](?:gone|went|goes|disappeared|stopped|wore off|(?:it )?(?:was|is) fine)(?: away)? (?:as soon as|once|when|the moment|the minute)(?: (?:he|she|i|they))? (?:stood|stands|stand|walked|walks|moved|moves|got up|gets up|got off|shook it)(?![a-z])',
    // "Numb bum after 3 hours on the turbo, gone within 10 min of getting off".
    '/(?:pins and needles|numb|numbness|tingling|tingly)(?:[ \\n][^ \\n]+){0,10}[ \\n](?:gone|went|wore off|passed|disappeared)(?: away)? within (?:\\d+|a few|a couple of|five|ten|twenty) ?(?:min|mins|minutes|seconds|secs)(?![a-z])',
    'leg|legs|foot|feet ~2 fell|falls|gone|went|goes|going ~1 asleep|to_sleep',
    'dead leg ~3 sitting|sat|loo|toilet',
    // "My leg went completely dead sitting cross-legged at my kid's school assembly".
    'leg|legs|foot|feet ~2 went|gone|goes ~2 dead ~3 sitting|sat|kneeling',
    'sit|sits|sitting|sat|kneeling cross_legged',
    // "My foot was pins and needles, after one minute it was gone".
    '/(?:pins and needles|numb|numbness|tingling|tingly)(?:[ \\n][^ \\n]+){0,6}[ \\n]after (?:one|a|1|a few|two|2) (?:minute|minutes|min|mins|seconds)(?: it)? (?:was |is |had )?(?:gone|went|passed|stopped)(?![a-z])',
    // "Carpal tunnel in both hands, pins and needles every morning": the hands' nerve.
    'carpal tunnel',
    // "Numb bum from sitting on the ice pack too long": the cold, not a nerve.
    'numb=|numbness ~4 from|after ~3 ice|ice_pack|icepack|ice_packs|ice_bath|icing|frozen_peas|cold_pack',
  ]),
  // Numbness told in the same breath as its quick end, or with the cold or ice that made it:
  // "went in about a minute once I stood up", "numb for the first few laps until I warmed up",
  // "the skin went numb from the ice pack but was fine within the hour". Pressure or cold on a
  // nerve that wore off in minutes, not a nerve root (NHS Sciatica: numbness that stays).
  // Only with a bound in minutes, a change of position, warming up, or the cold or ice named:
  // "it went away after a while" or "comes and goes" do not end it.
  contextSign('numbness-passed', [
    // "My whole leg went dead, pins and needles when I stood up, fine a minute later".
    // (Looked ahead to, so that each numbness told before it is read as passed.)
    `/${PASSING_NUMBNESS}(?=(?:[ \\n][^ \\n]+){0,12}[ \\n](?:fine|ok|okay|normal|gone|all good)(?: again)? (?:a|one|two|a few|a couple of) (?:sec|secs|second|seconds|min|mins|minute|minutes) (?:later|after)(?![a-z])${NUMBNESS_RECURS})`,
    // "Goes a bit numb during class but feeling comes back a few minutes after I get off": on a
    // bike, within minutes (not a foot on the treadmill, nor "two days after").
    `/${PASSING_NUMBNESS}(?:[ \\n][^ \\n]+){0,8}[ \\n](?:class|bike|ride|riding|saddle|spin|turbo|peloton)(?:[ \\n][^ \\n]+){0,12}[ \\n](?:the )?(?:feeling|sensation) (?:comes|came) back(?: (?:a few|a couple of|\\d+|two|five|ten|few) (?:minutes?|mins?|seconds?|secs?))? (?:after|once|when|as soon as) (?:i|he|she|they|we) (?:get|got|gets|step|stepped) (?:off|out|up)(?![a-z])`,
    // "Went in about a minute once I stood up", "gone in two minutes", "went away within 10
    // mins of getting off the bike", "back to normal within a minute" (kneeling in seiza).
    `/${PASSING_NUMBNESS}(?:[ \\n][^ \\n]+){0,24}[ \\n](?:gone|went|goes|wore off|wears off|passed|disappeared|settled|stopped|cleared|(?<=(?:it|feeling|sensation) )(?:came|comes) back|(?:it is |its |it was |they are |they were )?back to normal)(?: away| off)?(?: completely| totally)? (?:in|within|after) (?:about |around |roughly |under |less than |only )?(?:a |an |one |two |three |five |ten |a few |a couple of |a couple |\\d+ (?:to |or )?\\d+ ?|\\d+ ?)?(?:sec|secs|second|seconds|min|mins|minute|minutes)(?![a-z])${NUMBNESS_RECURS}`,
    // "Bum was numb after the 3hr drive… went away after a wee walk round the car park".
    `/${PASSING_NUMBNESS}(?:[ \\n][^ \\n]+){0,24}[ \\n](?:gone|went|wore off|passed|disappeared|settled|stopped)(?: away| off)? after (?:a |an )?(?:wee |short |quick |little |bit of a )?(?:walk|wander|stretch|walk about|walk around|walk round)(?![a-z])`,
    // "Went as soon as I got out and walked", "came back fine once I warmed up", "fine after".
    `/${PASSING_NUMBNESS}(?:[ \\n][^ \\n]+){0,24}[ \\n](?:gone|went|goes|wore off|passed|disappeared|settled|stopped|came back(?: fine| normal| to normal)?|(?:it |they |that )?(?:was|were) (?:all )?(?:fine|ok|okay|normal)|fine)(?: away)? (?:in [^ \\n]+ (?:sec|secs|seconds|min|mins|minute|minutes) )?(?:as soon as|once|when|the moment|the minute|by the time)(?: (?:i|he|she|they|we))?(?: had| d)? (?:stood|got up|got out|got off|walked|moved|warmed|was warm|had warmed|shook|changed|sat up|took|was in|got in|got into)(?![a-z])`,
    // "Bum went numb for a bit lol, fine after moving".
    `/${PASSING_NUMBNESS}(?:[ \\n][^ \\n]+){0,8}[ \\n](?:fine|ok|okay|normal|gone|went away) (?:again )?after (?:moving|walking|standing up|getting up|moving about|moving around|a walk|a stretch|a wander)(?![a-z])${NUMBNESS_RECURS}`,
    `/${PASSING_NUMBNESS}(?:[ \\n][^ \\n]+){0,10}[ \\n](?:until|till|til|untill) (?:i|he|she|we|they) (?:warmed|got warm|was warm|had warmed)(?![a-z])`,
    // "My toes were numb for the first few laps": a cold start (with "fine after" or warming).
    `/${PASSING_NUMBNESS} for the first (?:few |couple of |two |three |\\d+ )?(?:mile|miles|lap|laps|k|km|kms|kilometres|kilometers|minutes|mins|min|part)(?=(?:[ \\n][^ \\n]+){0,8}[ \\n](?:fine|ok|okay|normal|warmed|warm)(?![a-z]))`,
    // "Came back with pins and needles once I was in a warm shower": feeling returning.
    'came|comes|coming back with ~1 pins_and_needles|tingling|tingles',
    // "Went completely numb with the cold", "tingly from the cold".
    'numb=|numbness|tingl*|pins_and_needles ~3 with|from ~1 the ~1 cold=|frost|freezing',
    // "Iced my outer hip… the skin went numb": the ice, named before the numbness and across a
    // clause ("numb from the ice pack" is the limb-asleep sign's, for the whole sentence). (The
    // ice only looked behind to: the match is the numbness's own clause.)
    '/(?<=(?<![a-z])(?:iced|icing|ice pack|icepack|ice bath|frozen peas)(?:[ \\n][^ \\n]+){0,24}[ \\n])(?:numb|numbness)(?![a-z])',
  ]),
  // A limb asleep that does not wake: numbness, not a leg that went to sleep on the loo.
  contextSign('asleep-for-days', [ASLEEP_NOT_WAKING]),
  // "I said it was the new shoes but I changed back to my old ones and it's still there": the
  // cause the writer tried out did not explain it.
  contextSign('cause-tried-still-there', [
    // ("It", or the numbness itself: not "the blister is still there", "the knee pain".)
    '/(?:changed|switched|swapped|went|gone|going) back to(?:[ \\n][^ \\n]+){0,8}[ \\n](?:and )?(?:it is|its|it has been|it s) (?:still there|still (?:tingly|tingling|numb))(?![a-z])',
  ]),
  // Numbness long known, in the clause that tells it: "my feet have been numb for ages, the
  // diabetic nurse checks them every year". Only that clause: "numb for years in my feet, but now
  // I can't control my bowels" still raises the emergency.
  contextSign('numb-for-years', [
    // (Not when that clause or the next says something is new: "toes numb for years, but since
    // Tuesday my whole leg", "numb for years but worse since Monday".)
    // (The feet or toes only, where a long-standing neuropathy is felt; "my leg has been numb
    // for ages and I keep falling over" is not set aside.)
    // "My left little toe has been slightly tingly ever since [a disc in 2015], no change".
    // (Only after a year or a long-ago cause: "ran the marathon on Sunday, toes numb ever since,
    // no change" is new.)
    '/(?<=(?:(?:19|20)\\d\\d|years? ago|years? back|as a (?:kid|child|teenager))(?:[ \\n][^ \\n]+){0,14}[ \\n](?:[^ \\n]+ ){0,3})(?:feet|toes?|soles?)(?: [^ \\n]+){0,2} (?:have |has )?been (?:a bit |slightly |a little )?(?:numb|tingly) ever since(?=(?:\\n[^\\n]*){0,1}\\n(?:no change|unchanged|the same|same as ever|permanent)(?![a-z]))',
    '/(?:feet|toes|soles)(?: [^ \\n]+){0,2} (?:have |has )?been (?:a bit |slightly |a little )?(?:numb|tingly) for (?:ages|years|donkeys|decades)(?![a-z])(?![^\\n]*(?:\\n[^\\n]*)?(?:now|new|newly|worse|worsening|spreading|since|today|morning|suddenly|started|recently|but)(?![a-z]))',
  ]),
  // A sleepless night before a race, said to be the nerves.
  // (Read in the sleepless clause itself, so a hip's own night in the same sentence counts.)
  contextSign('race-nerves', [
    '/(?<![^\\n])cannot sleep(?=\\n(?:[^\\n]*(?:race|parkrun|marathon|start)[^\\n]*\\n)?[^\\n]*(?:brain|mind|head) (?:will not|would not|cannot) (?:shut up|switch off|stop)(?![a-z]))',
    'not the ~2 hip|groin|leg|pain keeping me up|awake',
  ]),
  // The hands' nerve, whose pins and needles wake people at night (NHS Carpal tunnel syndrome).
  // Read where its pins and needles are told, so that a hip's night in the same sentence counts.
  contextSign('carpal-tunnel', [
    '/(?<=carpal tunnel(?:[ \\n][^ \\n]+){0,8}[ \\n])(?:pins and needles|tingling|tingly|numb|numbness)(?: [^ \\n]+){0,3} (?:at night|every night|in the night|overnight)(?![a-z])',
  ]),
  // A toe caught inside the shoe, with a black toenail: the shoe, not a dropped foot.
  contextSign('toenail-trouble', [
    'toenail|toenails ~3 black|blue|bruised|gone|lost|fell|falling|coming',
    'inside ~1 of ~1 the|my ~1 shoe|shoes|trainer|trainers',
  ]),
  contextSign('saddle-feeling', [
    // "Like after a long ride, except I haven't been on the bike for 10 days".
    // ("…like a frozen bike seat for hours (haven't been near a bike)".)
    'not been on|near ~1 the|my|a bike',
    'like|as_if ~7 bike_seat|bicycle_seat',
    'not ~1 ridden|cycled|biked',
    // "Can't feel the bike seat properly": not the pressure of a ride, the seat itself unfelt.
    'cannot feel ~2 bike ~1 seat|saddle',
    'like|as_if ~7 saddle',
    'saddle ~4 even ~2 sofa|chair|couch|bed|sitting|walking',
    // "Numb in the saddle area even off the bike".
    'saddle ~4 even ~2 off ~1 the|my bike',
    // "Like when the dentist puts the injection… the part where you sit on the bicycle".
    'dentist|anaesthetic|anesthetic',
    'cannot ~3 feel ~3 down there',
    // "Thought the numb bum was from the saddle at spin but it's been two days": the bike
    // doubted by the writer, not the cause.
    'thought|assumed|figured ~4 from ~2 saddle|bike|spin|cycling',
    // "Saddle area numb since the spin class 2 days ago, not gone", "still numb the next day":
    // the saddle's pressure passes within minutes of getting off (NHS Cauda equina syndrome).
    'still numb=|numbness',
    // (The "not gone" only looked ahead to: a match that ended on it would read as denied.)
    '/(?:numb|numbness)(?:[ \\n][^ \\n]+){0,10}(?=[ \\n](?:not gone(?! (?:running|out|for|to|back|jogging|anywhere))|not going away|will not go|still there)(?![a-z]))',
    'where ~1 you|i|one ~1 sit ~3 bike|bicycle|saddle',
    // "Like sitting on nothing… still like that an hour later": no ride's pressure lasts.
    'like ~1 sitting on nothing',
    'still like that ~3 hour|hours later',
  ]),
  // Sciatica in both legs at once: NHS Sciatica says go to A&E or call 999.
  contextSign(
    'both-legs-sciatica',
    [
      'down|into both legs|leg',
      'down ~4 both legs|leg',
      'numb=|numbness|tingl*|pins_and_needles ~2 into|in ~1 both_feet|both_legs',
      'both legs ~3 numb=|numbness|tingl*|shoot*|sciatica',
      'sciatica ~3 both sides|legs',
      'shooting|shoots|goes|radiat* ~3 down ~1 both',
    ],
    // "Pins and needles in both feet after sitting cross-legged, went as soon as I stood up":
    // legs gone to sleep, not two nerve roots.
    { sentence: ['limb-asleep', 'numbness-passed'] },
  ),
  contextSign(
    'bladder-bowel-change',
    [
      'cannot|trouble|difficulty|struggling|problems|problem|hard|unable ~3 control|controlling|empty|emptying|feel ~4 bladder|bowel|bowels|pee|wee|urine|poo',
      // "I cannot control the pipi, it comes alone" (a second language's word for a wee).
      'cannot|not ~2 control|hold ~2 pipi|pipi_pipi|the_pipi',
      'pee|wee|pipi|urine ~2 comes|came|coming alone|by_itself|on_its_own',
      // "Wee leak new with back and leg pain": a leak that is new (not the pelvic floor's leak
      // when jumping, which is not new).
      // (Not a leak since a birth, or when jumping: the pelvic floor's.)
      '/(?:wee|pee|urine|bladder) (?:leak|leaks|leaking) (?:new|newly|since)(?![a-z])(?!(?:[ \\n][^ \\n]+){0,8}[ \\n](?:birth|baby|babies|kids|children|pregnancy|pregnant|jump|jumping|jumps|rope|trampoline|menopause|prostate|running|run|runs|cough|coughing|sneeze|sneezing|laugh|laughing)(?![a-z]))',
      'new|newly ~1 wee|pee|urine|bladder ~1 leak|leaks|leaking',
      // "Today I am not able to control the poop" (read as "cannot control"); not "too many
      // gels, I can't control my poop after mile 20", a toddler's, or loose from tablets.
      '/cannot control (?:the|my) poop(?<!(?:toddler|baby|child|kid|dog|puppy|tablets|pills|prep|antibiotics)(?: [^ \\n]+){0,3} cannot control (?:the|my) poop)(?! (?:after|on|during|when|at)(?![a-z]))(?!(?:[ \\n][^ \\n]+){0,6}[ \\n](?:water|watery|runny|diarrhoea|diarrhea|yet|mile|miles|run|runs|running|gel|gels|race|marathon|km|k|urge|urgency)(?![a-z]))',
      // "I cannot retain the urine" (a Spanish or Italian speaker's "retener la orina"); not
      // when coughing or laughing (stress leaks), nor after a bowel prep or an operation.
      '/cannot retain the (?:urine|pee|wee|poo|poop)(?<!(?:prep|operation|op|surgery|prostatectomy)(?: [^ \\n]+){0,3} cannot retain the (?:urine|pee|wee|poo|poop))(?![a-z])(?!(?:[ \\n][^ \\n]+){0,4}[ \\n](?:cough|coughing|sneeze|sneezing|laugh|laughing|jump|jumping)(?![a-z]))',
      // "Couldn't really feel myself when I went for a poo": sensation lost at the back passage.
      '/(?:cannot|could not) (?:really |properly |quite |even )?feel (?:myself|it|anything|the paper|when)(?: [^ \\n]+){0,5} (?:poo|pooing|poop|pee|peeing|wee|weeing|toilet|loo|bowels?|wiping|wipe|wiped)(?![a-z])',
      // "Peeing has changed, I have to strain and it dribbles".
      'peeing|weeing|urinating|pee|wee|bladder ~2 has|have|is ~1 changed|different',
      'strain|straining ~4 dribble|dribbles|dribbling',
      // "I have problem to pee, it does not come" (a second language's "trouble peeing").
      '/(?:i have|i had|have|having|got) (?:a )?problem to (?:pee|wee|urinate|make pee|empty my bladder)(?![a-z])',
      // "I have problems to hold the stool" (a second language's "trouble holding"): stool and
      // urine are not runners' words for the trots or a leak on a long run.
      'problems|problem|difficulty|difficulties|trouble ~2 hold|holding|retain|retaining ~2 stool|stools|urine',
      // "Took forever to start peeing this morning": a slow start, a new hesitancy (NHS Cauda
      // equina syndrome: difficulty peeing).
      // (Not an older man's prostate, nor after a night out.)
      '/(?<!(?:prostate|older|night out|beers?|pints|drinking|hungover|hangover)(?:[ \\n][^ \\n]+){0,12}[ \\n])(?:took|takes|taking) (?:forever|ages) to (?:start|get going)(?: [^ \\n]+)? (?:peeing|weeing|pee|wee|urinating)(?![a-z])(?!(?:[ \\n][^ \\n]+){0,10}[ \\n](?:older|prostate|night out|drinks|drinking|beer|beers|pints|hangover|hungover)(?![a-z]))',
      // "Problem peeing since Tuesday" (not "the only problem peeing is finding a bush").
      '/(?<!only )problem (?:peeing|weeing|urinating|passing urine)(?![a-z])',
      // "The bladder is not emptying good".
      'bladder ~2 not ~1 emptying|empty|emptied',
      // "She makes pee without control", "wee comes out without control".
      'pee|wee|urine|peeing|weeing|poo|stool ~3 without ~1 control|controlling_it|knowing|feeling_it',
      'trouble|difficulty|problems|struggling|struggled|struggle|hard|unable ~2 peeing|weeing|urinating|pee|wee|urinate|passing_urine|pass_urine|pass_water',
      // "Never feels like I've finished" weeing.
      'never|not ~1 feels ~2 like ~3 finished|emptied|empty',
      'cannot ~2 pee|wee|urinate|pass_urine|pass_water',
      // "When I go to pee I cannot start".
      'go|went|going|try|tried|trying to pee|wee ~3 cannot|could_not|will_not start|go',
      // "No urge to wee all day": a bladder that no longer tells you it is full (NHS Cauda
      // equina syndrome: not being able to feel when your bladder is full).
      'no|lost|lost_the urge ~2 to ~1 wee|pee|urinate|pass_urine|pass_water',
      // "Difficulty to start the pee".
      'difficulty|trouble|hard|struggle|struggling ~3 start|starting|get_going ~2 pee|wee|peeing|weeing|urinating|urine|stream',
      // "I've had to press on my tummy to finish a wee".
      'press|pressing|push|pushing ~3 tummy|stomach|belly|abdomen ~3 finish|empty|get|start ~1 a ~1 wee|pee|weeing|peeing',
      // "Struggled to get a wee going this morning".
      'struggle|struggled|struggling|trouble|difficulty ~2 get|getting ~1 a ~1 wee|pee ~1 going|started',
      // "Keep having to check whether I've actually finished weeing".
      'whether|if ~4 finished ~1 weeing|peeing|wee|pee|urinating',
      // "Having to strain to get a wee going".
      'push|pushing ~4 wee|pee|urinate|urine|water ~1 going|started|out',
      // Straining to pass water, not "groin strain from the steeple water jump".
      'straining ~4 wee|pee|urinate|urine|water',
      'strain ~1 to ~3 wee|pee|urinate|pass_urine|pass_water',
      // "Having to strain to poo for 2 days, which is not me at all".
      'strain|straining ~1 to ~2 poo|poop|open_my_bowels',
      'peeing|weeing|urinating ~3 weird|strange|funny|odd|different|not_right',
      // "Wees feel odd", "stood at the toilet and nothing came", "didn't really feel it happening".
      'wee|wees|pee|pees ~2 feel|feels|felt ~1 odd|weird|strange|different|funny',
      'toilet|loo ~4 nothing ~1 came|happened|would_come',
      // "Keep feeling like I haven't finished weeing", "an inability to pass water".
      'like ~1 i ~1 have not|had_not|havent ~1 finished|emptied ~1 weeing|peeing|wee|pee|urinating',
      'inability|unable ~2 pass_water|pass_urine|urinate|pee|wee',
      // "Passed stool without knowing", "urinary retention since AM".
      'passed|pass|passing stool|stools|urine|motion ~2 without ~1 knowing|realising|realizing|feeling',
      'urinary|urine retention',
      // "Not sure if he's passed urine since this morning".
      'not sure|unsure if|whether ~2 passed|passing urine|water',
      'retention of ~1 urine',
      // "Had an accident, didn't feel I needed to go at all"; "when I wee I can't really feel it
      // coming out".
      '/(?:did not|not) (?:even |really )?(?:feel|realise|realize|know) (?:that )?i (?:needed|need|had) to (?:go|wee|pee|poo)(?![a-z])',
      // "Wee won't come out properly".
      'wee|pee|urine|wees|pees ~2 not|never ~2 come|coming|comes out',
      'cannot ~2 feel ~1 it ~1 coming|come_out|happening',
      // "Not had a pee since this morning and I'm bursting but nothing's coming".
      '/(?:bursting|desperate)(?:[ \\n][^ \\n]+){0,4}[ \\n](?:nothing|hardly anything)(?: is)? (?:coming|comes|came)(?![a-z])',
      // "I go to pee and nothing comes, or very little, I have to push".
      'pee|wee|toilet|loo|urinate ~4 nothing|hardly_anything|very_little ~1 comes|came|coming|happens|happened',
      '/(?:pee|wee|urinate|bladder)(?:[ \\n][^ \\n]+){0,10}[ \\n](?:have to|having to|need to|needing to|must) (?:push|strain)(?![a-z])',
      'not ~2 feel ~1 it ~1 happening|coming|come_out',
      'cannot ~2 tell ~3 need ~2 pee|wee|toilet|poo|loo',
      // "No warning when I need to pee": the feeling of a full bladder lost (NHS Cauda equina
      // syndrome); not the runner's trots ("no warning when I need to go on long runs").
      '/no warning (?:at all )?when i (?:need|needed|have|had) to (?:pee|wee|poo|go to the (?:toilet|loo))(?![a-z])(?!(?:[ \\n][^ \\n]+){0,6}[ \\n](?:run|runs|running|race|races|racing|marathon|ultra|long|training|gels?|mile|miles|parkrun|portaloo|portaloos|queue|queueing)(?![a-z]))(?!(?:[ \\n][^ \\n]+){0,6}[ \\n](?:since|after) (?:having )?(?:my |the |our )?(?:first |second |third |last )?(?:baby|babies|birth|pregnancy|kids|children|prostate)(?![a-z]))(?!(?:[ \\n][^ \\n]+){0,10}[ \\n](?:pelvic floor|prostate)(?![a-z]))',
      // "Trouble knowing when I need to go #2", "could not tell when I need to pass motion": the
      // feeling of a full bowel or bladder lost (NHS Cauda equina syndrome). The writer's own
      // need, with "go" alone or to the toilet: not "when I need to go to the GP", "go easy", a
      // toddler's potty training, nor "hard to know when I need to go on long runs, so I plan
      // loo stops".
      '/(?:trouble|difficulty|problem|problems|struggling|cannot|hard|difficult) (?:to )?(?:knowing|know|tell|telling|feel|feeling|sense)(?: [^ \\n]+)? when i (?:need|needed) (?:[^ \\n]+ ){0,2}(?:(?:go|pee|wee|poo|toilet|loo|pass motion|pass stool|pass urine|pass water)(?=\\n|$)|go (?:2|number 2|number two|for a (?:poo|wee|pee))(?![a-z])|go to the (?:toilet|loo|bathroom)(?![a-z])|(?:pee|wee|poo|pass motion|pass stool|pass urine|pass water)(?![a-z]))(?!(?:[ \\n][^ \\n]+){0,6}[ \\n](?:run|runs|running|race|races|racing|marathon|ultra|long|training|stops|gels?)(?![a-z]))',
      // "I can't tell when my bladder's full and I had a little accident".
      'cannot ~2 tell|feel ~3 bladder|bowel|bowels ~2 full',
      'bladder|bowel|bowels ~6 accident|accidents',
      // "An accident (bowels) with no warning": the kind said in brackets, a clause of its own.
      '/accidents?\\n(?:bowel|bowels|bladder|wee|pee|poo|stool|stools|urine)(?=\\n|$)',
      // "Cannot control my stool", "messed myself".
      'cannot|not ~3 control ~3 stool|stools|bowels|bladder|bowel|toilet|loo',
      // "I dont control well the urine" (not "can't control the urge to pee after a run", nor
      // the pelvic floor's leak with a jump, a cough, after children or an operation: NHS
      // Urinary incontinence).
      `/(?:cannot|not)(?<!(?<![a-z])(?:${LEAK_EXPLAINED})(?:[ \\n][^ \\n]+){0,12}[ \\n](?:cannot|not))(?: [^ \\n]+){0,2} control(?: [^ \\n]+){0,2} (?:urine|pee|wee|weeing|peeing)(?![a-z])(?!(?:[ \\n][^ \\n]+){0,12}[ \\n](?:${LEAK_EXPLAINED})(?![a-z]))`,
      // "Urine is difficult to start", "can't really feel when I need to go to the loo".
      'urine|wee|pee|weeing|peeing ~2 difficult|hard|trouble|slow ~2 start|to_start|starting',
      'cannot ~1 feel|tell ~5 need ~3 pee|wee|toilet|go|poo|loo',
      // "When go toilet for big one I cannot control well".
      'toilet|loo ~6 cannot ~1 control',
      'messed|soiled ~1 myself|himself|herself',
      // "Pooed myself a bit on the run with NO warning, never ever had that": no warning, and
      // new (not gels, coffee or a stomach bug).
      '/(?:pooed|pooped|pood|shat|peed|weed) (?:myself|himself|herself)(?=(?:[ \\n][^ \\n]+){0,8}[ \\n](?:with )?(?:no|without (?:any )?) warning(?:[ \\n][^ \\n]+){0,3}[ \\n](?:never|first time)(?![a-z]))(?!(?:[ \\n][^ \\n]+){0,16}[ \\n](?:gel|gels|coffee|caffeine|bug|diarrhoea|diarrhea|trots|food poisoning|curry|kebab|takeaway|dodgy|ate|sneeze|sneezed|sneezing|cough|coughed|coughing|laugh|laughed|laughing|pregnant|pregnancy)(?![a-z]))',
      // "Wet the bed last night for the first time since I was a kid".
      'wet|wetting the bed ~6 first_time|never_happened|never_happens',
      // "Couldn't hold his bowels", "can't hold my wee in".
      // ("I can't hold my poop and pee well", "I no fit hold my toilet again like before".)
      'cannot|not ~2 hold ~2 bowels|bowel|bladder|wee|pee|poo|poop|urine|toilet|it_in',
      // "New trouble holding my bowels", "struggling to hold my wee".
      'trouble|difficulty|problems|struggling|struggle|hard ~2 hold|holding ~2 bowels|bowel|bladder|wee|pee|poo|urine',
      // "Bowels not behaving", "bladder misbehaving".
      'bladder|bowel|bowels|waterworks ~2 not ~1 behaving|working|right',
      'bladder|bowel|bowels|waterworks ~1 misbehaving|acting_up',
      // "A couple of accidents, bowels not behaving": the accidents are the bowel's.
      'accident|accidents ~6 bowel|bowels|bladder|stool|stools',
      // "Haven't been able to go for a poo properly since".
      'cannot ~3 go_for_a_poo|poo|pee|wee|open_my_bowels|pass_water|pass_urine',
      'lost|losing|loss_of ~2 control ~3 bladder|bowel|bowels',
      // "Since this morning I've had no control over my bowels".
      'no|zero ~1 control ~3 bladder|bowel|bowels|stool|stools|urine|wee|pee',
      // "Toilet control is not proper", "bladder control isn't right".
      'toilet|bladder|bowel|bowels|urine|pee|wee|poo control ~3 not|no|poor|gone|lost|problem|problems|issue|issues',
      'incontinen*',
      // "Didn't realise I needed a wee until I'd already leaked", "till it was too late".
      'not realise|realize|notice|know ~3 need|needed ~2 loo|toilet|wee|pee|poo|bathroom',
      // …"till it was too late" only with the toilet named (not "ran on it until it was too late").
      'loo|toilet|wee|pee|poo|bathroom ~6 till|until it was too late',
      // (Not "nearly wet myself laughing".)
      // (Nor "laughed so hard at the quiz I nearly wet myself".)
      '/(?<!(?:laugh|laughed|laughing|laughs)(?:[ \\n][^ \\n]+){0,8}[ \\n](?:i |he |she )?(?:nearly|almost|practically|basically) )(?:wet|wetting|soiled) (?:myself|himself|herself|themselves)(?! (?:laughing|with laughter|from laughing))',
      // "Had a bowel accident", "a toilet accident".
      'bowel|bowels|bladder|toilet|poo|pee|wee ~1 accident|accidents',
      // "I had accident with stool, I did not feel it coming".
      'accident|accidents ~2 with|in ~1 stool|stools|poo|bowel|bowels|urine|wee|pee|toilet',
      // "An accident in my pants, didn't feel it coming": not feeling it is the warning; an
      // accident from gels at mile 20 alone is not.
      // (A lookahead, so that the "not" of "didn't feel it" does not deny the accident.)
      '/accidents?(?=(?:[ \\n][^ \\n]+){0,8}[ \\n](?:(?:not|cannot) (?:even |really )?feel|without (?:even )?feeling) it coming)',
      'accident|accidents ~3 bowel|bowels|bladder ~1 wise',
      'cannot feel|tell ~4 need ~2 pee|wee|toilet|go|poo|loo',
      // "Peeing problems", "waterworks issues".
      'peeing|weeing|bladder|waterworks ~1 problems|trouble|issues',
      // "My bladder has been weird since my back went": a change in runners' words.
      'bladder|bowel|bowels|waterworks ~3 weird|strange|funny|odd|different|not_right|playing_up',
      // "This morning I didn't make it to the toilet, had no warning at all" (not a run's
      // dash for the loo: "on my long run I didn't make it to the toilet in time, no warning",
      // nor a stomach bug or too much coffee).
      '/(?:did not|not|never) (?:quite )?(?:make|made) it to the (?:toilet|loo|bathroom)(?<!(?:run|runs|running|jog|jogging|mile|miles|gel|gels|race|marathon|parkrun|km|5k|10k|half|tempo|session|intervals|repeats|reps|track|trail|hills)(?:[ \\n][^ \\n]+){0,10}[ \\n](?:did not|not|never) (?:quite )?(?:make|made) it to the (?:toilet|loo|bathroom))(?!(?:[ \\n][^ \\n]+){0,12}[ \\n](?:gel|gels|coffee|caffeine|bug|diarrhoea|diarrhea|gut|trots|food poisoning|curry|run|running|race|jog)(?![a-z]))(?=(?:[ \\n][^ \\n]+){0,8}[ \\n](?:(?:had )?no warning|without (?:any )?warning|never happened|did not feel it)(?![a-z]))',
    ],
    // "Stress incontinence since my kids were born, nothing new there": not a change.
    { sentence: ['not-new'], evidence: CAUDA_EQUINA_EVIDENCE },
  ),

  // "I leaked on my run yesterday": new incontinence in a runner's words. Not the leak a pelvic
  // floor physio has been treating "ever since my 2nd baby": that one is not new.
  contextSign(
    'leaked-on-run',
    [
      '/(?:i|have|had|been|keep|kept) (?:leaked|leaking|leak)(?! (?:my|the|a|some|info|it|news))',
      'leaked|leaking ~3 on_my_run|while_running|when_i_run|urine|wee|pee',
      // "Today I leaked a bit on a slow jog (never happened before)".
      // (Looked ahead to, so the "never" is not read as denying the leak.)
      '/(?:leaked|leaking|wet myself)(?=(?:[ \\n][^ \\n]+){0,10}[ \\n]never (?:happened|had that|done that) before)',
      // "From last night I wet the bed, never before in my life": new, in an adult.
      '/(?:wet|wetted|wetting) (?:the|my) bed(?:[ \\n][^ \\n]+){0,8}[ \\n](?:never|first time)(?![a-z])',
      // "I cannot hold the stool properly", "can't hold my wee".
      'cannot|could_not|unable_to hold ~2 stool|stools|poo|poop|urine|pee|wee|bowels|motion|motions',
      // "Since yesterday I can't feel well when I go to bathroom": the feeling of going, changed.
      'cannot feel ~3 when|while ~1 i ~1 go|going ~3 bathroom|toilet|loo',
    ],
    { sentence: ['old-leak'] },
  ),
  contextSign('old-leak', [
    'pelvic floor',
    'ever since ~4 baby|babies|kids|children|birth|pregnancy|labour|delivery|son|daughter',
    'for years',
  ]),

  // A strangulated hernia: a groin lump that is stuck, with pain or vomiting (NHS).
  contextSign('groin-lump', [
    'lump|bulge|bulging|swelling ~4 groin|crease',
    // "A swelling at the top of his leg in the groin".
    'lump|bulge|swelling ~8 in_the_groin|in_his_groin|in_her_groin|in_my_groin',
    // "A tender egg-sized bump".
    'egg_sized|egg_size|golf_ball_sized|golfball_sized ~2 bump|lump|bulge|swelling',
    // "A ball in my groin", "a bump on the groin", "groin swelling the size of an egg".
    'ball|bump|knot|egg|marble ~1 in|on ~2 groin|crease',
    // "A golf ball thing in my right groin".
    'golf_ball|ping_pong_ball|walnut|grape|plum ~3 in|on ~3 groin|crease',
    // "His 'groin egg'"; "couldn't push the lump back like he always does".
    'groin egg|ball|lump|bulge',
    // "His 'rupture' in the right groin… just pushes it back in": the old word for a hernia.
    '/rupture(?:[ \\n][^ \\n]+){0,12}[ \\n](?:push|pushes|pushed|pop|pops|popped|puts|put) (?:it |him )?back(?![a-z])',
    // "An 'old rupture' in the right groin": the old word, said with the place.
    '/rupture(?:[ \\n][^ \\n]+){0,2}[ \\n](?:in|on) (?:the |my |his |her )?(?:right |left |r |l )?groin(?![a-z])',
    'push|pop|get|pushed|popped ~1 the|his|her|my lump|bulge|hernia ~1 back',
    'groin ~1 swelling|bump',
    // "Lump by my undercarriage stuck out after sprints": the groin, in slang, with a lump.
    'lump|bulge|bump|swelling ~3 by|near|next_to|beside ~2 undercarriage',
    // "Kuna uvimbe (there is a swelling) in my groin": the place a clause after.
    '/(?:lump|bulge|swelling|bump)(?:[ \\n][^ \\n]+){0,3}[ \\n]in (?:my|the|his|her) groin(?![a-z])',
    // "Groin have a ball swelling" (second-language English).
    'groin have|has|got ~2 ball|swelling|bump|knot',
    // "A lump low down where my leg joins my body".
    // Clinic words: "R inguinal swelling, irreducible".
    'inguinal ~1 swelling|lump|bulge|mass',
    'lump|bulge|bump ~8 where_my_leg_joins|leg_joins|where_the_leg_meets|bikini_line',
    // "A squishy swelling where my leg meets my tummy", "came up the size of an egg".
    'swelling|lump|bulge|bump ~3 where ~1 my|the leg|thigh ~1 meets|joins ~2 tummy|belly|body|stomach',
    'came|comes|come|coming|popped|pops up ~2 the size of',
    // "A lump right at the top of my inner thigh/groin".
    // "Una bolita in the ingle (groin)": Spanish speakers' little ball.
    'lump|bulge|bolita|bolitas ~8 groin|crease|inner_thigh|top_of_my_thigh|top_of_my_leg|privates|ingle',
    'groin ~3 lump|bulge',
    // "Felt something go in his groin doing squats, there's a lump there now".
    // ("In my groin there is a swelling that is out since 5 hours.")
    '/in (?:my|his|her|the) (?:right |left )?groin(?:[ \\n][^ \\n]+){0,10}[ \\n](?:there is|now|and now) (?:a |an )?(?:[^ \\n]+ ){0,2}(?:lump|bulge|bump|swelling)(?![a-z])',
    // "A tender swelling at the top of my right thigh, in the groin crease": the place a
    // clause or two on.
    '/(?:lump|bulge|bump|swelling)(?:[ \\n][^ \\n]+){0,10}[ \\n](?:in|on|at) (?:the|my|his|her) (?:right |left )?(?:groin|crease|groin crease)(?![a-z])',
    // "The hernia I've been managing has decided to stay out" (not a repair long done).
    '/hernia(?! (?:repair|repaired|op|operation|surgery|mesh|fixed|sorted))',
    // "A lump near my singit (groin)": the place explained in brackets, a clause of its own.
    '/(?:lump|bulge|bump)(?: [^ \\n]+){0,4}\\n(?:my |the )?(?:groin|crease)(?=\\n|$)',
    // "A tender lump about the size of a grape at the top of my inner thigh".
    '/(?:lump|bulge|bump)(?: [^ \\n]+){0,14} (?:groin|crease|inner thigh|top of my thigh|top of my leg)',
    // "A new lump, very painful, can't get it back in": across the commas.
    // (Looked ahead to, so that "it won't go back in" does not read as denying the lump.)
    '/(?:lump|bulge|bump)(?=(?:[ \\n][^ \\n]+){0,12}[ \\n](?:push|pushes|pushed|pop|pops|popped|go|goes|went|slide|slides|get|gets)(?: [^ \\n]+){0,2} back(?: in| inside)?(?![^ \\n]))',
    // "A lump that pops out when I run and pushes back in": a hernia described, not named.
    'lump|bulge|bump|swelling|ball|bolita ~9 push|pushes|pushed|pop|pops|popped|go|goes|went|slide|slides|get|gets ~2 back_in|back_inside|back',
    // "A soft bump that comes out when I cough".
    'soft ~1 bump|lump|bulge',
    'bump|lump|bulge ~2 comes|came|pops|popped|pokes|poked ~1 out',
    // "A little bulge there when I cough": how a hernia shows itself (NHS Inguinal hernia).
    'bulge|lump|bump|swelling ~3 when|if|whenever ~2 cough|coughing|sneeze|sneezing|strain|straining|lift|lifting',
    '/(?<!(?:sports|sportsman|sportsmans|athletic|gilmore) )hernia(?:s)?',
  ]),
  contextSign('lump-stuck', [
    // ("Now it does not enter back": a second-language speaker's "go back in".)
    // ("I cannot press it back like before.")
    'not|cannot ~3 go|push|pop|get|slide|pushed|popped|enter|enters|entered|press|pressed ~2 back',
    // "It's not going back in".
    'not|never ~2 going|sliding|popping ~1 back ~1 in|inside',
    // "Lump no gree go back" (Nigerian Pidgin: will not go back).
    'no|not gree ~1 go|enter ~1 back|in|down|inside',
    'cannot push|pop|get ~1 the|his|her|my lump|bulge|hernia ~1 back',
    // "Normally disappears when I press it. Not today."
    '/(?:normally|usually|always)(?: [^ \\n]+){0,2} (?:disappears|goes|pops|slides|pushes)(?=(?:[ \\n][^ \\n]+){0,6}[ \\n]not (?:today|tonight|now|this time|this morning|this evening|any ?more)(?![a-z]))',
    // "Always goes back in after a run when I lie down. Today after parkrun it won't".
    '/(?:normally|usually|always)(?: [^ \\n]+){0,2} (?:goes|go|pops|slides) back(?: in)?(?=(?:[ \\n][^ \\n]+){0,12}[ \\n](?:today|tonight|now|this time|this morning|this evening)(?:[ \\n][^ \\n]+){0,4}[ \\n]it (?:will not|would not|did not|does not|is not|has not)(?:\\n|$| (?:and|it|go|come|pop)(?![a-z])))',
    'stuck out',
    // "Usually goes back, now stuck and hurts".
    '/(?:now|is|it is|its|got|gets|getting|feels|seems) stuck(?=\\n|$| and| out| there| now| again)',
    'irreducible',
    // "I've been trying to push it back for 3 hours and it won't go".
    '/(?:trying|tried|try) to (?:push|pop|get|press|ease|put) (?:it|the lump|the bulge|the hernia) back(?: in)?(?:[ \\n][^ \\n]+){0,6}[ \\n](?:and )?(?:it )?(?:will not|would not|does not|did not|cannot|not) (?:go|budge|move|shift)(?![a-z])',
    // "Came out after parkrun and I can't reduce it": the clinic's word, from someone waiting
    // for the repair.
    'not|cannot ~2 reduce',
    // "Usually push it back but it won't go now".
    '/(?:normally|usually|always)(?: [^ \\n]+){0,4} back(?=(?:[ \\n][^ \\n]+){0,4}[ \\n](?:it |he |she )?(?:will not|would not|does not|cannot|not)(?: [^ \\n]+){0,2} (?:now|today|tonight|this time)(?![a-z]))',
    // "Won't go down even lying flat", "gone a bit purple": a lump that is trapped (NHS Hernia).
    'not|cannot ~2 go ~1 down|away|in',
    'gone|turned|going|turning ~2 purple|dark_red|black|blue|discolou*',
    // "Has gone tight and a purple-ish colour tonight".
    'purple_ish|purplish|purply',
    'gone|turned|going ~1 tight|tense|rock_hard',
    'hard|firm ~3 tender|sore|painful',
    // "Tonight it won't budge".
    'not|cannot ~2 budge|shift',
    // "Won't flatten however I lie", "not going inside when I press".
    'not|cannot ~2 flatten|go_flat',
    // "Normally tucks itself away… today it won't tuck".
    'not|cannot ~2 tuck|tucks',
    // "Today cannot push in already, hard like stone".
    'cannot ~1 push|pop|get|put ~2 in|inside|back',
    'hard like ~1 stone|rock|a_stone|a_rock',
    'not ~1 going|go|goes ~1 inside|in ~3 press|push|pressing|pushing',
    // "Always went back when I lay down; since this morning it stays out".
    'stays|stayed|staying|stuck|remains|stay ~1 out|outside|up',
    // "Has come out and stuck today".
    'out and stuck|stayed',
    // "Always gone back in when I lie down, but tonight it won't".
    '/(?:normally|usually|always)(?: [^ \\n]+){0,3} (?:back|in|down)(?=(?:[ \\n][^ \\n]+){0,8}[ \\n](?:today|tonight|now|this time|this morning|this evening) (?:it |he |she )?(?:will not|does not|did not|not|would not)(?![a-z]))',
    // "It's gone really tender", "become firm": a hernia that is trapped (NHS Inguinal hernia).
    'gone|become|becomes|became|turned|getting ~1 really|very|quite|so|pretty ~1 tender|firm|hard',
    // "Usually goes back in when I lie down, this time it's stuck".
    '/(?:this time|today|tonight|now|this morning|this evening) (?:it is|it has|it has been|it got|it) (?:totally |completely |properly |well )?stuck(?! (?:in|on|at|with|behind)(?![a-z]))',
    // "Tried to push it back like the GP showed me but it's stuck and throbbing".
    // (The lump named shortly before: not a gel "back in my pocket but it's stuck".)
    '/(?:lump|hernia|bulge|swelling)(?:[ \\n][^ \\n]+){0,20}[ \\n](?:(?:tried|trying|try) to (?:push|pop|press)|(?:tried|trying) (?:pushing|popping|pressing)) it (?:back|in)(?:[ \\n][^ \\n]+){0,8}\\n(?:it is|it has|it has been|it got|it) (?:totally |completely |properly |well )?stuck(?! (?:in|on|at|with|behind|to)(?![a-z]))',
  ]),
  contextSign('vomiting', [
    'vomit*',
    'throw|throwing|threw|thrown up',
    'chuck|chucked|chucking|chucks up',
    'retch*|dry heav*',
    'being|been sick',
    'puke|puking|puked',
    // "I've spewed twice this morning" (not "I'm spewing I missed the race": angry, in
    // Australian), "boaked" (Scots).
    'spewed|spewd|boaked|boked|honked',
    'spew|spewing up',
    'nausea|nauseous',
    // "Feel sick as a dog": nausea in everyday words.
    'feel|feeling|felt sick',
    // Australian "feel a bit crook in the guts": sick to the stomach.
    'crook in ~1 the|my guts|stomach|tummy|belly',
    // "Brought his dinner back up".
    'brought|bring|brings|bringing ~2 dinner|lunch|breakfast|tea|food|meal|supper ~1 back up',
  ]),

  // A suspected clot: a swollen calf or leg (NHS DVT).
  // Across a comma too: "my calf is hot, swollen and sore".
  contextSign(
    'calf-or-leg-swelling',
    [
      // "My right leg from the knee down is swollen", "a tight calf from running, but since the
      // flight it's swollen", "the calf on that side is hot and hurts and looks swollen": up to
      // ten words between.
      // Not "calves totally fine no swelling".
      // (Not "calf on the other leg is fine\noperated knee is swollen": a leg said to be fine is
      // not the one that swells.)
      `/(?:calf|calves|leg|legs|thigh|thighs)(?:[ \\n](?!(?:fine|ok|okay|normal|toe|toes|eye|eyes|blister|blisters|finger|fingers|hand|hands|face|lip|lips)(?![a-z]))${ANY_WORD}){0,12}[ \\n](?<!(?:^|[ \\n])(?:no|not|without|zero)[ \\n])${SWOLLEN}`,
      `/(?:swollen|swelling|swelled|puffy)(?:[ \\n]${ANY_WORD}){0,3}[ \\n](?:calf|leg|thigh)`,
      // "Calf was fine at first, bit tight Tuesday, now Thursday it's hot, swollen": fine before,
      // swollen now.
      `/(?:calf|calves|leg)(?:[ \\n]${ANY_WORD}){0,12}[ \\n]now(?:[ \\n]${ANY_WORD}){0,3}[ \\n](?:it is|its|it has gone|it went|it has)(?:[ \\n]${ANY_WORD}){0,3}[ \\n]${SWOLLEN}`,
      // "Bit of a fat leg since the coach trip": one leg (not "fat legs", a body worry).
      'fat|fatter calf|leg',
      // "My right calf has become big, red colour, warm": grown, in second-language words.
      'calf|leg ~2 become|grown|grew ~1 big|bigger|huge|massive|thick|thicker',
      // "Leg's gone fat", "calf has blown up", "twice the size": swelling in runners' words.
      // "My right calf is now tight and fat and hot".
      // ("The thigh on that side has blown right up".)
      'calf|calves|leg|legs|thigh|ankle ~5 bigger|fatter|fat=|blown_up|blown_right_up|ballooned|twice_the_size',
      // Tagalog "yung binti ko (calf) namamaga": swollen.
      '/(?:calf|calves|leg|legs|binti)(?:[ \\n][^ \\n]+){0,4}[ \\n](?:namamaga|maga)(?![a-z])',
      // "Right calf is hot, fat and sore", "my right leg is thick, warm and painful".
      // (Up to seven words: "the calf on the op side is now fat, hot and really sore".)
      '/(?:calf|calves|leg)(?:[ \\n][^ \\n]+){0,7}[ \\n](?:fat|fatter|thick|thicker|bigger|chunkier)(?![a-z])',
      // "The calf on the operated side is hot and fat compared to the other one".
      'calf|calves|leg|thigh ~8 fat|fatter|bigger|massive|huge ~2 compared|than|next_to',
      // "My right calf is hot and massive compared to the left".
      'calf|calves|leg|legs|ankle ~4 massive|huge|enormous ~2 compared|next_to|than',
      // "Partners calf massive n hot after flight home": massive and hot, said together.
      'calf|calves|leg ~2 massive|huge|enormous and|n ~1 hot|warm|red|tight|sore',
      'calf|calves|leg|legs|thigh|ankle ~3 like a balloon|balloon',
      // "My calf feels like a sock two sizes too small".
      'calf|calves|leg ~6 sock|socks|stocking|skin ~4 too_small|too_tight',
      // "Gone tight, shiny and fat from the knee down".
      'fat|fatter|thick|swollen|puffy|shiny from the knee|ankle|thigh down',
      // "Looks like somebody's been at it with a bike pump".
      'calf|calves|leg ~8 bike_pump|pumped_up|inflated',
      // "Now it's visibly bigger than the other side".
      'bigger|fatter|larger|thicker|puffier|chunkier than ~2 the ~1 other|other_side|other_one|other_leg|other_calf|left|right|left_one|right_one|operated_side|good_side|good_one',
    ],
    // "My calf was swollen after a flight years ago" is history, not today's clot; "legs heavy
    // and both ankles puffy after the flight" is both legs, from sitting (NHS DVT: usually one).
    { clause: ['long-ago', 'both-sides'] },
  ),
  // One side's calf or leg named as swollen: "both legs on fire and my right calf is swollen
  // and hot after the flight" is still one swollen calf, whatever else the clause says of both.
  contextSign(
    'one-calf-swollen',
    [
      '/(?:left|right) (?:calf|lower leg|leg)(?: (?:is|was|has|has been|looks|feels|has gone|gone|got))?(?: (?:all|really|very|quite|a bit|so|visibly))? (?:swollen|puffy|puffed up|fatter|bigger|swelled up)(?![a-z])',
    ],
    { clause: ['long-ago'] },
  ),
  // A swollen ankle counts too, unless it was just sprained: "rolled my ankle, it's swollen and
  // warm" is the sprain ("sprained my ankle, now my calf is swollen" still counts the calf).
  contextSign(
    'ankle-swelling',
    [
      `/(?:ankle|ankles)(?:[ \\n]${ANY_WORD}){0,4}[ \\n]${SWOLLEN}`,
      `/(?:swollen|swelling|swelled|puffy)(?:[ \\n]${ANY_WORD}){0,3}[ \\n]ankles?`,
      // "Mi left foot swell up" (Jamaican: the leg), "her foot has swelled up".
      'foot ~3 swell|swelled|swollen|swelling up',
    ],
    // "Ankles a bit puffy both sides after the flight": both, from sitting, not one leg's clot,
    // and so is "swollen ankles after the flight, always happens, both sides" in a later clause.
    { clause: ['sprain'], sentence: ['both-sides'] },
  ),
  contextSign('both-sides', [
    'both ~1 sides|ankles|feet|legs|calves|hips|quads',
    // Clinic shorthand: "bilat ankle swelling post flight".
    'bilat|bilateral',
    // "Swollen ankles after the flight": two ankles are both sides.
    'swollen|puffy|fat ~1 ankles=|feet=',
    'ankles=|feet= ~3 swollen|swell|swells|swelled|puffy|puff_up|puffed_up',
    // "Ankles both went a bit puffy on the flight home".
    'ankles=|feet=|legs=|calves= both ~3 swollen|swell|swells|swelled|puffy|puff_up|puffed_up',
  ]),
  // Both legs or ankles said to be swollen: "both ankles like balloons after the flight".
  contextSign('both-swollen', [
    'both ~1 ankles|feet|legs|calves ~4 swollen|puffy|swelling|swell*|balloons|balloon*|fat|puffed',
    // Second-language singulars: "both my ankle a little puffy".
    'both ~1 ankle|foot|leg|calf ~4 swollen|puffy|swelling|swell*|puffed',
    'swollen|puffy|puffed ~2 both ~1 ankles|feet|legs|calves',
    'ankles|feet|legs|calves ~1 both ~2 swollen|puffy|swell*',
    // "My calf is little swollen after long bus… both legs same".
    'both ~1 legs|calves|ankles|feet|sides ~1 same|the_same|equal|alike',
  ]),
  contextSign('sprain', [
    'rolled|sprained|turned|twisted|went_over_on|go_over_on ~2 ankle|ankles|it',
    'sprain|sprained|sprains',
  ]),
  contextSign('travel-or-surgery', [
    '/flights?(?! of)',
    'flew|plane|long_haul',
    'long ~1 drive|journey|car_ride|coach|bus|train',
    'long ~2 car|road|coach|bus|train ~1 trip|journey|ride',
    // "Since the coach trip to Spain": hours sat still.
    'coach trip|journey|holiday|tour',
    'road trip',
    'drove ~3 hours',
    // "After a 14h drive", "a 9 hour bus".
    '/(?:\\d+|several|many|twelve|ten|eight) ?(?:h|hr|hrs|hour|hours) (?:drive|driving|flight|journey|car ride|car journey|bus|bus ride|coach|coach ride|train|train ride|trip)(?![a-z])',
    // "Drove Perth to Adelaide straight through".
    'drove|driven|drive ~5 straight_through|overnight|through_the_night|non_stop|nonstop',
    // "Two weeks after an emergency section".
    'emergency|elective|caesarean section',
    // "11 hours on the bus each way".
    'hours ~1 on ~1 the|a ~1 bus|coach|train|plane',
    // "Came back from Antalya by bus, 14 hours": the way, then how long it took.
    '/by (?:bus|coach|train|car|plane|air)(?:\\n| )(?:\\d+|ten|eleven|twelve|several|many) ?(?:h|hr|hrs|hours)(?![a-z])',
    '# hour ~1 flight|drive|journey|coach|bus|train',
    // "9 hours in the car each way".
    '# hours|hrs ~1 in ~1 the|a ~1 car|coach|van|minibus',
    // "The 6 hr drive back", "a 9hr flight".
    '/\\d+ ?(?:hr|hrs) (?:flight|drive|journey|coach|bus|train|car)',
    '# hour|hours ~3 coach|bus|train|car ~1 trip|journey|ride',
    'operation|surgery|post_op',
    // "Had a hip replacement 2 weeks ago": joint surgery, the classic time for a clot.
    'hip|knee|joint replacement|replacements|resurfacing|arthroplasty',
    // "Had my hip replaced 2 weeks ago", "since they replaced my knee".
    'hip|knee|joint ~1 replaced',
    'replaced ~2 hip|knee',
    'op=',
    'bed_rest|laid_up|immobil*|cast|plaster',
    // "I was in bed one week with covid": days in bed, still (NHS DVT: not moving for long).
    '/(?:in|to|confined to|stuck in|laid up in) bed(?: [^ \\n]+){0,2} (?:for )?(?:\\d+|one|two|three|four|five|six|seven|ten|several|a few|a|a whole|a full) (?:days?|weeks?)(?![a-z])',
    // "Swollen and sore after week in bed", "after a fortnight in bed".
    '/(?:days?|weeks?|fortnight) (?:stuck |laid up |off sick )?in bed(?![a-z])',
    // "Since mi fly from London to Kingston" (not "flew from the gun to halfway").
    '/(?:fly|flew|flown|flying) (?:back )?from (?!(?:the )?(?:start|gun|line|off)(?![a-z]))[a-z]+(?: [a-z]+){0,3} to(?![a-z])',
    // A stay in hospital (NHS DVT: being in hospital for a long time): "after I comot from
    // hospital where I sleep 2 weeks", "discharged from hospital on Monday", "ten days in
    // hospital". (Not "walking home from the hospital after a night shift".)
    'comot|discharged from ~1 the hospital',
    'came|come|got out of ~1 the hospital',
    // "Just out of hospital after 5 days with a kidney infection".
    '/(?:just|recently|only just) out of (?:the )?hospital(?![a-z])(?!(?: [^ \\n]+){0,4} (?:shift|shifts|work|visit|visiting|appointment|clinic|scan)(?![a-z]))',
    'in hospital ~2 for ~1 # days|weeks|nights',
    // "In hospital for a week with pneumonia, mostly in bed".
    'in hospital ~2 for ~1 a|one ~1 week|fortnight',
    'mostly|mainly|largely in bed',
    '# days|weeks|nights in hospital',
    // "Back home after a week in hospital with pneumonia": the writer's own stay, just ended (not
    // "my mum spent a week in hospital", "a week in hospital in 2014", a placement).
    '/(?<!(?:mum|mom|dad|mother|father|wife|husband|son|daughter|partner|gran|nan|grandad|grandma|friend|she|he|they)s? )(?:after|spent|following) (?:a|one|nearly a|almost a) (?:week|fortnight|month) in (?:the )?hospital(?![a-z])(?!(?: [^ \\n]+){0,6} (?:ago|in (?:19|20)\\d\\d|placement|visiting|with (?:my|his|her|our) [a-z]+)(?![a-z]))',
    'stay|stayed|admitted|admission ~2 in|to ~1 hospital',
    // "In a boot for 3 weeks after a sprain", "since I got the stookie off" (Scots: a cast).
    'in ~1 a|the|my boot|moon_boot|walking_boot',
    'stookie',
    // "A knee scope 10 days ago".
    'scope|scoped|arthroscopy',
    // "A C-section 10 days ago": surgery, and just after a birth (NHS DVT).
    'c section|sections',
    'caesarean|cesarean|caesarian|cesarian|csection',
    // "Post CS ako po 2 weeks ago" (Taglish), and the weeks after any birth (NHS DVT: having
    // had a baby in the last 6 weeks raises the risk).
    // ("Post op" and "post surgery" are read above.)
    'post cs|section|partum',
    'postpartum|postnatal',
    '/(?:gave birth|had (?:a|my|the|our) baby|delivered)(?: [^ \\n]+){0,3} (?:\\d+|a|one|two|three|four|five|six) (?:days?|weeks?) ago(?![a-z])',
  ]),
  contextSign('breathless', [
    'short|shortness of breath',
    'breathless*',
    'cannot catch my breath',
    // "Hirap huminga (hard to breathe)" (Taglish), "difficulty breathing".
    'hard|difficult to breathe',
    'difficulty|trouble breathing',
    'hirap huminga',
    'out of breath',
    // "I'm a bit puffed going up the stairs".
    'bit|little|really|so|very puffed',
    'chest pain|pains',
    // "Chest tight" after a long drive with a puffy leg.
    'chest tight|tightness',
    'tight|tightness ~2 in ~1 my|the chest',
    // "A sharp pain in my chest when I breathe in".
    'pain|pains ~2 in ~1 my|the chest',
    // "Totally puffed out climbing the stairs", "it catches sharp in my chest when I breathe in".
    'puffed out',
    'out of puff',
    'catches|catching|stabs|stabbing|sharp ~3 in ~1 my|the chest',
    'cough* ~2 blood',
    // "Calf pain + swelling, on the pill, chest feels tight" (NHS DVT: chest pain or tightness
    // with a swollen calf is a clot that may have reached the lungs).
    'chest ~2 feels|feeling|felt|is|gone|going ~1 tight',
    'tight chest',
    'tightness ~2 chest',
  ]),

  // Soon: weight loss, night sweats or a past cancer with the pain (GP Reasoning; NICE NG12).
  contextSign(
    'unexplained-weight-loss',
    [
      'weight_loss|losing_weight|lost_weight|dropped_weight ~4 without_trying|unexplained|reason|not_trying|unintentional*',
      'lost|losing|dropped|dropping ~6 without|not ~1 trying|dieting|diet|changing|change',
      // "Went from 70 to 63 kg in two months without trying".
      '/(?:went|gone|going|dropped|down) from \\d+(?:p\\d)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone|st)? to \\d+(?:p\\d)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone|st)(?:[ \\n][^ \\n]+){0,6}[ \\n](?:without|not) (?:trying|dieting|a diet|any diet|changing anything)(?![a-z])',
      // "I lose 5 kilos without diet" (a second language's present for the past; not "want to
      // lose 5 kilos without dieting", a plan).
      '/lose(?<=(?:^|[\\n ])i lose)(?<!(?:how|do|did|can|could|should|would|will|might|if|when|hope|hoping|wish|want|wanna|gonna|to|and|so) i lose) (?:about |around |nearly |almost )?(?:\\d+(?:p\\d)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone)|weight)(?:[ \\n][^ \\n]+){0,3}[ \\n](?:without|not) (?:trying|dieting|diet|a diet|any diet|changing|change)(?![a-z])',
      // "I've lost 6kg over two months and I'm not even trying".
      // (Across the "and" that starts a clause.)
      // (Looked ahead to, so the "not" does not read as denying the loss.)
      '/(?:lost|losing|dropped|dropping)(?=(?:[ \\n][^ \\n]+){0,8}[ \\n](?:and )?(?:i am |i m |im )?(?:not even|without even) trying(?![a-z]))',
      // "Lost a fair bit of weight since the summer, not trying": the "not trying" a clause of
      // its own (looked ahead to, as above).
      '/(?:lost|losing|dropped|dropping)(?= (?:[^ \\n]+ ){0,6}(?:weight|kg|kilos?|pounds|lbs|stone)(?:[ \\n][^ \\n]+){0,6}\\n(?:and )?(?:not|without) (?:trying|dieting|meaning to)(?=\\n|$))',
      // "Since May it's dropping again, 4kg, and I don't know why" (looked ahead to: the "not"
      // of "don't know" does not deny the loss).
      '/(?:weight (?:is |has been )?|it is |its )(?:dropping|falling|coming off)(?=(?:[ \\n][^ \\n]+){0,8}[ \\n](?:and )?i (?:do not|dont|cannot|cant) (?:know|work out|explain) why(?![a-z]))',
      // "Lost a lot of weight without meaning to".
      'lost|losing|dropped|dropping ~5 without|not ~1 meaning|wanting|intending ~1 to',
      // "Without any diet I lost 7 kg in two months".
      'without ~2 diet|dieting|trying ~4 lost|losing|dropped ~3 kg|kilos|weight|pounds|lbs|stone',
      // "Down nearly a stone without trying".
      'down ~3 stone|kg|kilos|pounds|lbs|kilo ~3 without|not ~1 trying|dieting',
      // "I lose 7 kilo in two months and I don't know why".
      'lost|lose|losing|dropped ~6 not ~1 know ~1 why',
      // "Down about 6kg without meaning to".
      '/down (?:about |around |nearly |almost )?\\d+(?:p\\d)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone)(?:[ \\n][^ \\n]+){0,3}[ \\n](?:without|not) (?:trying|meaning|dieting|wanting)(?![a-z])',
      'unexplained|unintentional|unintended ~2 weight loss',
      // "Half a stone lighter without meaning to be", "down two dress sizes without dieting".
      'lighter ~3 without|not ~1 meaning|trying|wanting|dieting',
      '/(?:lost|dropped) (?:about |around |nearly |almost )?\\d+(?:p\\d)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone)(?:[ \\n][^ \\n]+){0,8}[ \\n](?:i )?(?:do not|dont|cannot) (?:know|understand|explain) why',
      'dress|clothes|jean|jeans|trouser ~1 size|sizes ~5 without|not ~1 dieting|trying|meaning',
      // "Clothes hanging off me lately, idk why": a loss the runner cannot explain.
      '/(?:clothes|jeans|trousers|pants|shorts) (?:are |is )?(?:hanging|falling) off(?:[ \\n][^ \\n]+){0,4}[ \\n](?:idk|dunno|no idea|not know|not understand) why(?![a-z])',
      // "Dropped 6kg in two months and I haven't changed a thing".
      // (A look-ahead: "Down 14 lb in 6 weeks and I haven't changed a thing" would otherwise read
      // its last word as denied.)
      '/(?:lost|dropped|down) (?:about |around |nearly |almost )?\\d+(?:p\\d)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone)(?=(?:[ \\n][^ \\n]+){0,8}[ \\n](?:not|nothing|without) (?:changed|changing|change|different|trying|tried|dieting|meaning)(?![a-z]))',
      // "Weight falling off me", "dropping weight though I'm eating normally".
      'weight ~2 falling|dropping|fallen|dropped|coming|come|melting off',
      // "My weight is reducing without reason".
      'weight ~3 reducing|reduced|decreasing|decreased|going_down|dropping|falling ~3 without|no ~1 reason|explanation|trying|cause|diet|dieting',
      // "Scales say I'm 7kg down since Christmas without trying".
      '/\\d+(?:p\\d)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone) (?:down|lighter)(?:[ \\n][^ \\n]+){0,4}[ \\n](?:without|not) (?:trying|meaning|dieting|wanting)(?![a-z])',
      // "My weight drop 6 kg but I am not on diet", "without any alteration to my diet".
      'weight ~2 drop|dropped|dropping|down|gone_down ~4 not ~1 on ~1 a|any diet',
      'lost|losing|dropped ~6 without|no ~2 alteration|change|changes ~2 to ~1 my|the diet',
      // "Has lost weight we can't explain".
      'lost|losing|dropped weight ~3 cannot|not ~1 explain|understand',
    ],
    // "The weight has fallen off (midwife says totally normal with feeding)": explained.
    { sentence: ['weight-explained'] },
  ),
  // Weight a writer or their midwife or doctor explains: breastfeeding burns hundreds of
  // calories a day (NHS Breastfeeding and diet), so weight lost while feeding is expected.
  contextSign('weight-explained', [
    'breastfeeding|breast_feeding|breastfeed|breastfeeds|nursing|ebf|ebfing',
    '/(?:midwife|doctor|gp|dr|health visitor|nurse|consultant) (?:says|said|thinks|reckons)(?: (?:its|it is|thats|that is|this is|it was))? (?:totally |completely |perfectly |quite |very |all )?(?:normal|expected|fine|common)(?![a-z])',
  ]),
  // Night sweats, unless the writer explains them (the rule reads the whole text for that).
  contextSign(
    'night-sweats',
    [
      // Not "night sweats sometime" or "the odd night sweat": NHS Night sweats asks for a GP when
      // they come regularly.
      '/(?<!(?:occasional|odd|the odd|an odd) )(?<!(?:sometimes|sometime|occasionally) (?:i |we )?(?:get|have|had|got) )night sweats?(?! (?:sometime|sometimes|occasionally|now and then|once in a while|here and there|every now and then|the odd time|off and on|on and off)(?![a-z]))(?! after (?:my |an |the )?(?:evening |late |night |hard |long )?(?:runs?|training|sessions?|workouts?|races?)(?![a-z]))',
      // "Drenched in sweat some nights", "sweating through my sheets" (drenching sweats at night
      // are night sweats; a fever is read from the fever, shivers or a temperature).
      'sweat|sweats|sweating|sweaty|drenched|soaked ~4 night|nights|in_bed|in_the_night',
      'sweat|sweating|sweated|drenched|soaked ~3 through ~2 sheets|bed|pyjamas|pajamas|duvet',
    ],
    {
      // "Night sweats after big mileage weeks (checked, no temperature)", "since they changed my
      // antidepressant": explained in the same clause.
      clause: ['sweats-explained'],
    },
  ),
  // An infected wound or skin: redness that spreads, a red line tracking up, pus (NHS
  // Cellulitis; NHS Sepsis).
  contextSign('skin-infection', [
    'red=|redness|red_hot ~3 spreading|spread|spreads',
    'spreading ~2 red=|redness',
    // "Now it's red, hot and spreading", across the commas.
    '/(?:red|redness|red hot)(?:[ \\n][^ \\n]+){0,3}[ \\n](?:and )?(?:spreading|spreads|spread)(?![a-z])',
    // "A red line going up my shin": an infection tracking up the leg (NHS Sepsis, Cellulitis).
    'red line|streak|streaks ~3 up|going|running|spreading',
    // "Red, swollen and oozing pus", "the blisters went manky": an infected wound.
    'pus',
    'oozing|weeping ~4 pus|yellow|green|gunk',
    'manky|infected ~3 blister|blisters|cut|wound|graze|toe|nail',
    'blister|blisters|cut|wound|graze ~3 went|gone|going|turned ~1 manky|infected|septic',
    // "Red patch on my shin from a cut, it's spreading up the leg": across the commas.
    '/(?:red|redness|reddish) (?:patch|area|mark|skin|rash|blotch)(?:[ \\n][^ \\n]+){0,8}[ \\n](?:spreading|spreads|spread)(?![a-z])',
    '/(?:cut|graze|wound|blister|scratch)(?:[ \\n][^ \\n]+){0,6}[ \\n](?:spreading|spreads|spread) (?:up|out|across|round|around)(?![a-z])',
  ]),
  // "Hot and swollen... is my ankle after a wasp got me": a sting's heat and swelling.
  contextSign('insect-sting', [
    'wasp|wasps|bee=|bees=|hornet|insect|mosquito|midge|horsefly ~4 got|stung|sting|stings|bit|bite|bitten',
    'stung|sting ~3 by ~1 a|an ~1 wasp|bee=|hornet|insect',
  ]),
  // Some weight taken, not none: "doesn't want to put her full weight through her right leg" is a
  // limp to have seen today, not a leg that takes no weight at all.
  // ("Won't put her weight properly on her right leg" stays a leg that takes no weight: an
  // earlier pass's choice, for a poorly four-year-old.)
  contextSign('partial-weight', [
    FULL_WEIGHT_DENIED,
    // "Walking with one crutch now" twelve days after a new hip: walking, on the way off them.
    // (Not "I have only one crutch and can't bear weight on it".)
    '/(?:(?:walking|walks|walk|getting about|get about) (?:with|on)|down to) (?:one|a single|1) crutch(?![a-z])',
  ]),
  // Where a fall landed: "slipped on ice and landed on my backside" names the place hit, not
  // a place that hurts (what hurts is said in its own words, and the fall is read as a fall).
  contextSign('landed-on', [
    'landed|land|lands|landing|fell|came_down on ~1 my|his|her|the|their ~2 buttock|buttocks|bottom|backside|hip|hips|side|tailbone|coccyx|behind',
  ]),
  // "Can't get out of bed", "can't get up": after a fall in an older person, the broken hip's
  // sign (NHS Hip fracture; the fall rule reads it only with a fall and an age of 65 or more
  // or a past cancer, not a stiff morning).
  contextSign('cannot-get-up', [
    // (Not "can't get up early", "can't get up hills", nor "with flu, can't get out of bed" or
    // "some mornings I can't get out of bed for stiffness".)
    '/(?<!(?:some mornings|most mornings|in the mornings|with (?:the )?flu|with a cold|with covid)(?:[ \\n][^ \\n]+){0,3}[ \\n])(?:cannot|unable to|could not) (?:even )?get (?:out of bed|herself up|himself up|myself up|up off the floor|off the floor)(?! (?:for|because of|with|in the mornings?|some mornings|early)(?![a-z]))',
  ]),
  // "Fine walking", "walking's totally fine": the bone takes the walking load without pain.
  contextSign('walking-fine', [
    'fine|ok|okay|normal|no_problem|no_bother|no_pain|pain_free walking|to_walk|when_walking|on_walks',
    'walking|walk|walks ~2 fine|ok|okay|normal|no_problem|no_bother|pain_free',
  ]),
  // Tiredness with its reason given: "tired all the time but that's the baby", "knackered, but
  // that's night shifts".
  contextSign('tired-explained', [
    '/(?:tired|knackered|exhausted|shattered|wiped out|worn out)(?:[ \\n][^ \\n]+){0,5}[ \\n](?:that is|thats|its|it is|because of|cos of|from|down to|thanks to) (?:the |a |my |our |new )?(?:baby|newborn|kids|toddler|twins|breastfeeding|night feeds|feeds|shifts|night shifts|work|new job)(?![a-z])',
  ]),
  // A walking boot or a cast: "limping around in the boot".
  contextSign('in-a-boot', [
    'in|wearing ~2 a|the|my|this|his|her ~1 boot|cast|moon_boot|moonboot|aircast|walking_boot|plaster',
  ]),
  // A stress fracture below the knee ("a metatarsal stress fracture", "stress fracture in my
  // shin") is not a name for the hip's pain.
  contextSign('foot-or-shin-fracture', [
    'metatarsal|metatarsals|tibia|tibial|shin|shins|navicular|calcaneus|calcaneal|fibula|fibular|heel|foot|toe ~1 stress ~1 fracture|fractures|reaction',
    'stress ~1 fracture|fractures|reaction ~3 metatarsal|metatarsals|tibia|shin|shins|navicular|calcaneus|fibula|heel|foot|toe',
  ]),
  contextSign('weight-of-a-thing', [
    '/weight of (?:the|my|that|this|a|an|his|her|all|those|these) (?!(?:leg|body)(?![a-z]))[^ \\n]+',
  ]),
  contextSign('not-new', [
    // "Had a numb patch on my thigh for a day or two after the birth but that went completely
    // the next day": over, not new. (A lookahead: the mention stays on the numbness.)
    '/(?:numb|numbness|tingly|tingling|pins and needles)(?=(?:[ \\n][^ \\n]+){0,14}[ \\n](?:that |it |which )?(?:(?:went|gone|disappeared|cleared|wore off)(?: away| completely| fully| off){0,2} (?:the next day|the day after|after a day or two|within a day|in a day or two|by the next day)|(?:is )?(?:completely |fully |totally )gone now)(?![a-z]))',
    'nothing new',
    'not new',
    'for years now',
    // "Runner's trots for years - it's a known thing for me".
    'known ~1 thing|issue|problem|quantity ~2 for ~1 me|him|her',
    'always had ~2 since',
    // "Numb place on my thigh since my back operation 2009, it is same, not changing".
    'same ~2 not changing',
    // "Bit of stress incontinence since having the kids… been like that for years": leaking
    // with a cough, a jump or a long run is the pelvic floor's, common after childbirth (NHS
    // Urinary incontinence), not a new loss of bladder control.
    'stress incontinence',
    // "Always had a bit of tingling in the side of my foot since, nothing's changed with it".
    'nothing|nothings ~2 changed ~1 with|about|there',
    'been|is|was like that|this ~1 for years|ages|donkeys',
    'since ~1 having|had ~2 the|my|our ~1 kids|baby|babies|children|twins',
    // "Feet numb for years (neuropathy, podiatrist knows)": a known, long-standing cause.
    'neuropathy|neuropathic',
    // "Toes go numb in tight racing flats (always have)".
    '/(?<![^\\n])always (?:have|has|had|did|do)(?=\\n|$)',
    // "A numb patch on his shin since an op in 2015".
    '/since (?:an |the |my |his |her )?(?:op|operation|surgery)(?: [^ \\n]+){0,3} (?:19|20)\\d\\d(?![0-9])',
  ]),
  // Bisphosphonates and denosumab for thin bones: years on them can bring an unusual fracture of
  // the thigh bone, heralded by thigh, hip or groin pain (NHS Alendronic acid; MHRA Drug Safety
  // Update, atypical femoral fractures).
  contextSign('bone-drug', [
    'alendronic|alendronate|risedronate|risedronic|ibandronic|ibandronate|zoledronic|zoledronate',
    'bisphosphonate|bisphosphonates|fosamax|actonel|bonviva|boniva|aclasta|reclast|prolia|denosumab',
  ]),
  // The runner's own hip replaced: the neck of the thigh bone is gone, so groin pain under load
  // is not its stress fracture (NHS Hip replacement; docs/clinical-decisions.md).
  contextSign('hip-replaced', [
    'hip ~1 replaced|replacement|resurfaced|resurfacing|arthroplasty',
    'replaced ~2 hip',
    '/(?<![a-z])(?:thr|tha)(?![a-z])',
  ]),
  // "Went down on my knee and hip… honestly fine now apart from a scraped knee": after a fall,
  // only the other part is left to speak of.
  contextSign('only-other-part-left', [
    '/(?:all |totally |honestly |otherwise |completely )?fine now,? (?:apart from|except|except for|bar|other than|but for) (?:a |the |my |some )?(?:scraped |grazed |sore |bruised |cut |skinned |bashed )?(?:knee|knees|elbow|elbows|hand|hands|palm|palms|shin|shins|ankle|wrist|shoulder|chin)(?![a-z])',
  ]),
  // A stop for the toilet on a run: "need a wee at mile 3 of every long run".
  contextSign('toilet-stop', [
    'need|needs|needing|needed|stop|stopping|stopped|dash|dashing ~2 for ~1 a ~1 wee|pee|poo|toilet|loo|bathroom|portaloo|number_two',
    'need|needs|needing|needed ~1 a|the ~1 wee|pee|poo|toilet|loo|bathroom',
  ]),
  // Aches in both thighs or legs (growing pains' place: NHS Growing pains), and the thigh named
  // at all: the child rules' reading of a thigh (lookup.ts).
  contextSign('both-thighs', ['both thighs|legs']),
  contextSign('thigh-said', ['thigh|thighs']),
  // A clot looked for and not found: "been to A&E (it was fine, no clot)", "the scan was clear".
  contextSign('clot-ruled-out', [
    '/(?<![^\\n])(?:it was |it is |and )?(?:fine,? )?no clot(?![a-z])',
    'not a ~1 clot|dvt',
    'clot|dvt ~2 ruled_out|excluded|ruled_it_out',
    'ruled_out|excluded ~2 a ~1 clot|dvt',
    'scan|ultrasound|doppler ~4 clear|normal|negative',
  ]),
  // Other operations on the hip: "I had operation on my hip 2 weeks ago (labrum repair)".
  contextSign('hip-operated', [
    'operation|operated|op|surgery|arthroscopy|scope ~3 on ~1 my|the|his|her ~1 hip|hips',
    'hip ~1 arthroscopy|surgery|op|operation|scope',
    'labrum|labral ~1 repair|repaired|surgery|operation|op',
  ]),
  // "Halls are like a sauna so I wake up sweaty", "since the new memory foam mattress": a room
  // or bedding too hot is a common cause of night sweats (NHS Night sweats,
  // https://www.nhs.uk/symptoms/night-sweats/), not the warning sign.
  contextSign('hot-bedroom', [
    'sauna|furnace|oven|greenhouse',
    'new|thick|winter|heavy|tog ~2 duvet|duvets|mattress|quilt|bedding',
    'duvet|mattress|bedding|heating|radiator|room|bedroom|flat|halls ~4 too_hot|so_hot|boiling|roasting|sweltering',
    'heatwave|heat_wave|tropical_night|tropical_nights',
    // "Night sweats from hot summer in Odesa".
    'from|because_of|with|in ~2 hot|humid|sweltering summer|summers|weather|nights|season',
    // "Night sweats cos it's 30 degrees lol".
    '/(?:cos|cause|because|bc|b c|coz|cuz|as|since) (?:it is|its) (?:like )?(?:2[5-9]|3\\d|4[0-5])(?: degrees| c| degrees c)?(?![0-9])',
    // "A hostel with no aircon so I wake up drenched in sweat".
    'no_aircon|no_air_con|no_air_conditioning|no_ac|no_fan',
    // "The radiator in my halls is stuck on full blast".
    // (Not "the heating is stuck off", nor "stuck on but I turned it off… still drenched".)
    '/(?:radiator|radiators|heating)(?: [^ \\n]+){0,4} (?:stuck on|on full blast|full blast|cranked up|on full|on max|too high)(?![a-z])(?!(?:[ \\n][^ \\n]+){0,14}[ \\n](?:but|yet|still|broken|off|freezing)(?![a-z]))',
    // "Aircon broken lol".
    'aircon|air_con|air_conditioning|air_conditioner|ac|fan ~2 broken|broke|bust|died|dead|not_working|packed_up|gave_up|carked|conked_out|kaput',
    // "Weather so hot in Bangkok".
    'weather ~2 so|very|really|too|crazy|insanely hot|humid|muggy',
    // "My apartment is heating very strong in winter".
    'apartment|flat|room|bedroom|house ~3 heating|heated|overheated',
    'heating ~3 very_strong|too_high|on_full|full_blast|too_hot',
    // "My flat is very hot, the heating is crazy".
    'room|bedroom|flat|apartment|house ~2 very|really|so|too|crazy|insanely hot',
    'heating ~2 crazy|mental|insane|mad',
    // "Night sweats because here in Guayaquil is very hot and humid".
    // (Only with "because": "night sweats since the chemo, and I'm hot all night" is not the
    // weather.)
    'because|cos|cause ~5 hot|humid|humidity|heat|muggy|sticky|tropical',
  ]),
  // Night sweats the writer explains: "after big mileage weeks (checked, no temperature)", "since
  // they changed my antidepressant, GP says it's a known side effect".
  contextSign('sweats-explained', [
    // "Night sweats a couple of nights since Berlin": not the regular sweats NHS Night sweats
    // sends to a GP.
    // (Not "a few nights a week for two months", "twice nightly": regular.)
    '/(?:night sweats|sweats) (?:a couple of nights|a few nights|one or two nights|two nights|(?:once|twice)(?: or (?:twice|two|three)(?: times)?)?)(?![a-z])(?! or(?![a-z]))(?![ \\n](?:a|per|every|each|nightly|for|now|in the night|at night)(?![a-z]))',
    'night_sweats|sweats|sweating ~2 after ~2 big_mileage|high_mileage|mileage_weeks|big_weeks|peak_week|peak_weeks|long_runs|hard_sessions',
    'night_sweats|sweats|sweating ~4 since|from|because_of|on ~3 antidepressant|antidepressants|sertraline|venlafaxine|citalopram|fluoxetine|hrt|tamoxifen',
  ]),
  contextSign('menopause', [
    'menopause|menopausal|perimenopause|perimenopausal|postmenopausal|hot_flushes|hot_flashes|the_change',
    // "Night sweats since I came off HRT": the hormones, not a new illness.
    'hrt|hormone_replacement',
    // Shorthand in notes: "night sweats (meno)".
    'meno=|perimeno|peri_meno',
    // "GP reckons hormones": a cause the doctor has already named.
    '/(?:gp|doctor|dr|consultant|nurse) (?:reckons|says|said|thinks|thought)(?: (?:it is|its|it s|they are|theyre|it was))? (?:probably |likely |just |maybe )?(?:hormones|hormonal)(?![a-z])',
  ]),
  contextSign(
    'past-cancer',
    [
      // ("I had linfoma 3 years ago, now in remision": the Spanish spelling.)
      'cancer|tumour|tumor|tumours|tumors|chemo*|radiotherapy|lymphoma|linfoma|leukaemia|leukemia|myeloma',
      // "Had a melanoma removed a few years back".
      'melanoma|sarcoma|carcinoma|mastectomy',
      // Named cancers: "osteosarcoma in my femur at 14", "a neuroblastoma as a baby".
      '/[a-z]*(?:sarcoma|carcinoma|blastoma|lymphoma)s?(?![a-z])',
      'seminoma|teratoma|glioma|mesothelioma|hodgkin*',
      // "Prostate ca history": the clinic's short form.
      'prostate|breast|bowel|lung|skin|kidney|bladder|thyroid|ovarian|cervical ca=',
      // "PMH ca breast 2010", "hx ca prostate".
      'ca= prostate|breast|bowel|lung|skin|kidney|bladder|thyroid|ovarian|cervical|colon|colorectal|rectal',
      // "Had prostate treatment a few years back, the consultant's happy".
      'prostate ~1 treatment|radiotherapy|surgery|removed|removal',
      'metasta*|oncolog*',
      'the big c',
    ],
    // Someone else's cancer ("my mum had cancer") is not the runner's.
    // "Race for Life for my aunt (she had cancer a few years ago)": in a sentence about a
    // charity run, the cancer is the cause's. "What if it's cancer??" is a fear.
    {
      clause: ['charity', 'someone-else', 'screening-question', 'cancer-fear'],
      sentence: ['charity'],
      // "Had breast cancer 5 years ago… and I've done Race for Life every year": her own.
      exceptSentence: ['own-cancer'],
    },
  ),
  // A relation's cancer, for when that relation is the one in pain: "Dad had prostate cancer
  // five years ago… now has a deep ache in his hip" (the rule keeps both to one person).
  contextSign(
    'relative-had-cancer',
    [
      `${ADULT_RELATION} ~4 had|has|was_treated_for|finished|beat|survived ~3 cancer|tumour|tumor|chemo*|radiotherapy|lymphoma|leukaemia|leukemia|myeloma|melanoma|sarcoma|carcinoma|mastectomy`,
    ],
    {
      // "mum had breast cancer my hip clicks": the hip is the writer's, so the cancer is family
      // history, not the history of the one in pain.
      clause: ['charity', 'screening-question', 'cancer-fear', 'relatives-relative', 'writers-hip'],
      sentence: ['charity'],
    },
  ),
  // The writer's own hip said to hurt: "the outside of my hip is sore", "pain over the point of
  // my right hip" (not "should I worry about my hip too", nor "my hip's fine").
  contextSign('writers-hip-hurts', [
    `my ~2 hip|hips|groin|buttock|thigh|glute|sit_bone ~4 ${HURTS}|aches|ache|aching|pain|painful|twinges|niggle`,
    `${HURTS}|aches|ache|aching|pain|painful|twinge|niggle ~5 my ~2 hip|hips|groin|buttock|thigh|glute`,
  ]),
  contextSign('writers-hip', [
    'my hip|hips|groin|buttock|bum|thigh|glute|glutes|sit_bone',
    'my left|right|outer|inner|front ~1 hip|hips|groin|buttock|thigh|glute|side',
  ]),
  // "He's worried because his mum had bone cancer", "her sister had lymphoma": the family of the
  // person in pain, which is family history, not their own cancer.
  contextSign('relatives-relative', [`his|her|their ${ADULT_RELATION}`]),
  contextSign('no-harm', [
    'no harm done',
    'no pain at_all|whatsoever',
    'nothing hurts|hurt ~1 at_all|whatsoever',
    'zero pain',
    'totally|completely|perfectly fine',
    'hips|hip ~2 feel|feels|felt|are|is ~1 totally|completely|perfectly fine',
  ]),
  // Aged 65 or over, for the fall rule: a hip fracture after a fall is mostly an older person's.
  contextSign('aged-65-plus', [
    '/(?:6[5-9]|[7-9]\\d) ?(?:year old|years old|yr old|yo|y o|[mf])(?![a-z])',
    // "Mum's 79", "grandad 84".
    `/(?:${OLDER_RELATION}) (?:6[5-9]|[7-9]\\d)(?![0-9])${NOT_A_COUNT}`,
    '/(?:aged|age|is|who is|she is|he is|i am) (?:6[5-9]|[7-9]\\d)(?![0-9])(?! (?:min|mins|minutes|miles|mile|km|k|weeks|days|hours|kg|kgs|lbs|percent|of|out|x|times|runs|marathons)(?![a-z]))',
    '/(?<![^\\n])(?:6[5-9]|[7-9]\\d)(?=\\n|$)',
    '/in (?:my|his|her) (?:late )?(?:60s|sixties|70s|seventies|80s|eighties|90s|nineties)',
  ]),
  contextSign('not-a-hernia', ['lipoma|lipomas|cyst|cysts', 'fatty lump']),
  // Pain that grows with the running: "getting worse every run", "worse after each session".
  contextSign('worse-each-run', [
    'worse ~2 every|each|with_every|with_each|after_every|after_each run|session|practice|training|race',
  ]),
  contextSign('no-longer', ['/(?:does|do|did|is|has) not any ?more(?![a-z])']),
  // Pain on its way out, slowly: "on the mend", "improving each week", "from 8/10 to 3/10".
  contextSign('improving', [
    'on the mend',
    'improving|improved|better ~2 each|every ~1 week|day|month',
    'slowly|gradually|steadily getting better',
    'slowly|gradually|steadily improving|better',
    'way|much|lot|far less than ~1 before|it_was',
    '/gone (?:down )?from (?:a )?\\d+(?: out of)?(?: 10)? to (?:a |about |around )?\\d+(?![0-9])',
  ]),
  // Training on through the pain, so no rest yet: "six weeks of still running 35 mpw through
  // a sit-bone ache", "kept training through it".
  contextSign('ran-through-it', [
    'still|kept|keep|been ~1 running|training ~5 through|on|mpw|miles|km|a_week',
    'running|training|ran|trained ~1 through ~1 it|the_pain|an_ache|a_niggle',
    'of ~1 still running|training',
    // "'Resting' since Halloween, if you count 40 miles a week as resting".
    '/if you count(?: [^ \\n]+){0,6} as (?:rest|resting)(?![a-z])',
  ]),
  // The writer's own pain, told to compare with someone else's: "I've had bursitis for years so
  // I know what that feels like, and this isn't it" (lookup.ts, patientEvidence).
  contextSign('knows-the-feeling', [
    'know|knew what ~2 feels|feel|felt like',
    'this|that is not ~1 it|the_same|like_mine',
  ]),
  // The runner's own cancer, said in the first person or opening the sentence.
  contextSign('own-cancer', [
    // "Since finishing my own chemo for bowel cancer", "after my radiotherapy".
    'my own ~2 cancer|chemo*|radiotherapy|tumour|tumor|lymphoma|melanoma',
    'finish|finished|finishing|after|since|completed ~1 my ~1 chemo*|radiotherapy',
    'i had|have_had|was_treated_for|survived|beat ~2 cancer|tumour|tumor|lymphoma|leukaemia|leukemia|melanoma',
    '/(?<![^\\n])(?:had|survived|beat) (?:[^ \\n]+ )?(?:cancer|a tumou?r|lymphoma|leuka?emia|melanoma)',
  ]),
  // "What if it's cancer??", "scared it could be a tumour": a fear, not a history.
  contextSign('cancer-fear', [
    'what_if|could|might|scared|worried|afraid|terrified|paranoid|fear ~4 cancer|tumour|tumor',
    // "I'm a bit anxious because my dad had bone cancer".
    'anxious|nervous|worrying|twitchy ~5 cancer|tumour|tumor|lymphoma|leukaemia|leukemia|myeloma|melanoma|sarcoma',
    'no cancer history',
    // "A cancer scare in the summer but the biopsy came back benign": no cancer after all.
    'cancer|tumour|tumor scare|scares',
    'cancer|tumour|tumor ~8 benign|not_cancer|was_nothing|came_back_clear|all_clear_from_the_biopsy',
    // "Googled hip pain and now I'm convinced it's bone cancer".
    'convinced|sure|certain|googled|googling|dr_google ~5 cancer|tumour|tumor',
    // "Reading about lymphoma made me anxious": what was read about, not had.
    'reading|read|googling|googled|looking_up|looked_up|watching|watched about ~2 cancer|cancers|tumour|tumor|tumours|tumors|lymphoma|linfoma|leukaemia|leukemia|myeloma|melanoma|sarcoma',
  ]),
  // "The doctor asked about cancer and weight loss": a question, not a history.
  contextSign('screening-question', [
    'asked|ask|asking|screened|screening|checked|check|tested ~3 about|for ~3 cancer|weight',
  ]),
  // Waiting and shock idioms: "on pins and needles waiting for my ballot result", "numb with
  // shock", "mind-numbing". Feelings, not a nerve (nerve-symptoms does not count them).
  contextSign('still-can', ['can_still|still_can', 'no problem|bother|trouble ~3 putting|getting']),
  contextSign('emotional-idiom', [
    // "Ego severely bruised", "only thing swollen is my ego".
    'ego|pride ~3 bruised|hurt|dented|swollen|wounded|battered|injured',
    'bruised|swollen|wounded|dented|hurt ~3 ego|pride',
    // "Legs are numb in the sense of just done in".
    'in the sense of',
    // "That finish gave me tingles watching it on the stream".
    // (Not "the fall gave me tingles down my leg", "the loo gives me tingles in my bum".)
    '/(?:gave|give|gives|giving) me (?:the )?(?:tingles|goosebumps)(?! (?:down|in|into|through|up|to|along|on|round|around)(?![a-z]))(?!(?: [^ \\n]+){0,4} (?:leg|legs|foot|feet|toes?|bum|buttocks?|thighs?|groin|back|knee|knees|hip|hips|calf|shin)(?![a-z]))',
    // "Tingling with excitement", "a numb bum from sitting on the fence".
    'tingl* ~2 excitement|anticipation|nerves|joy|pride',
    'sitting|sat on the fence',
    // "My brother has MS so I know what numbness is": the word known, not the feeling had.
    'know|knows|knew what ~1 numbness|numb|tingling|pins_and_needles ~1 is|are|feels|feel|means',
    // "'Can't feel my legs' after the hill reps lol": both legs, after a hard session.
    'cannot feel my legs ~4 after|from ~3 reps|hills|session|race|workout|intervals|that|track|marathon|squats',
    // "Couldn't feel my legs on the last rep lol".
    'cannot feel my legs ~2 on|at|by ~2 the ~1 last|final|end',
    '/(?:session|reps|hills|hill session|race|workout|intervals|marathon|parkrun|long run)(?: [^ \\n]+){0,8} (?:literally )?cannot feel my legs',
    'figure of speech',
    'on pins and needles',
    'pins and needles of|with ~1 excitement|anticipation|nerves',
    'pins and needles ~4 waiting|wait|waited|about|over|ballot|result|results|news|draw|lottery|email|announcement|hear|hearing|entry|place',
    'waiting|wait|nervous|anxious|excited ~5 pins and needles',
    'numb= with|from ~1 shock|grief|disbelief|boredom|fear|nerves|cold',
    'mind numbing|numbingly',
    // "Numb to bad races by now": used to something, unless it is numb to the touch.
    '/numb to(?! (?:the )?touch)(?! (?:my |the |his |her )?(?:leg|legs|thigh|foot|feet|knee|hip|skin|toes|buttock))',
    'emotionally numb=',
    // "I just feel numb about the whole thing", "numb about missing sub-3": a feeling.
    // (Not "go numb about 20 mins into a run": a time, not a feeling.)
    '/numb(?:ed)? (?:about|after missing)(?! (?:\\d|a |an |half|halfway|ten|five|twenty|two|three|four|thirty|forty|\\d+ ?(?:min|mins|k|km|mi)))',
    // "Still numb after Sunday, 3:31 after a whole block": the result, not a nerve.
    'still numb ~1 after ~1 sunday|saturday|the_race|the_result|that_race|the_marathon|yesterday',
    // "Honestly just numb after that DNF at mile 20".
    'just|still|totally|completely numb ~1 after ~2 that|the|my ~1 dnf|race|result|marathon|defeat|loss',
    // "Honestly numb after the DNF, gutted".
    '/numb after (?:the |that |my |this |a )?(?:dnf|did not finish|race|result|defeat|loss|news|missing)(?![a-z])',
    // "Couldn't feel my legs after the Comrades": legs spent by a race, said for effect.
    'cannot feel ~1 my ~1 legs ~3 after|at_the_end|by_the_end|at_the_finish ~3 race|marathon|ultra|run|comrades|finish|hills|session|workout|parkrun',
  ]),
  contextSign('someone-else', [
    `my|his|her ~1 ${ADULT_RELATION}`,
    'family history',
    // "Cancer runs in the family (my dad)".
    'run|runs in ~2 family',
    // "Dad had prostate cancer": a relation named without "my".
    `${ADULT_RELATION} ~1 had|has|was|passed|died`,
    // "Has a friend at her running club who just got diagnosed with bone cancer".
    COMPANION_DIAGNOSED,
  ]),
  // "Someone said to hop to check for stress fracture, I can hop fine no pain": advice taken,
  // and the hop did not hurt (not "told me to try hopping on the sore leg: made me yelp").
  contextSign('hop-advice', [
    '/(?:said|told|suggested|says|tells|recommended)(?:[ \\n][^ \\n]+){0,5}[ \\n](?:hop|hopping)(?=(?:[ \\n][^ \\n]+){0,12}[ \\n]no pain (?:hop|hopping)(?![a-z]))',
  ]),
  // "I can walk without limping, I can jump on one leg, no pain at night": a hop said to be
  // possible, with nothing after it that hurts ("I can hop but it hurts" is still pain).
  contextSign('hop-fine', [
    // (Only in a list of what the writer can do, or with "no pain" next: "I can hop on it, it's
    // sore in the groin" is hopping pain.)
    '/(?<![a-z])(?:can|could|able to) (?:still |easily |happily )?(?:hop|jump)(?: [^ \\n]+){0,4}(?=\\n(?:(?:and )?(?:no|zero) (?:pain|problems?|bother|issues?)[^\\n]*|(?:and )?(?:it is |its )?(?:fine|ok|okay|pain free|no problem)|(?:and )?i can (?!not)[^\\n]*)(?:\\n|$))',
  ]),
  // "…to check for stress fracture": what was being looked for, not what was found.
  contextSign('checking-for', ['check|checking|test|testing ~2 for ~2 stress_fracture|fracture']),
  // "No groin or hip pain whatsoever": the hip region's pain denied in so many words (the denial
  // is part of the match, so it is not read as denied).
  contextSign('hip-pain-denied', [
    '/no (?:groin|hip)(?: or (?:groin|hip))? pain(?: whatsoever| at all)?(?![a-z])',
  ]),
  // "Thought I had high hamstring tendinopathy… but since Thursday it shoots down my leg": a
  // guess the writer has moved on from names nothing.
  contextSign('old-guess', [
    'thought|assumed i_had|it_was|i_just_had',
    // "Was sure it was a hip flexor": a guess, said as past.
    'was|were sure|convinced|certain ~1 it_was|i_had',
  ]),
  contextSign('companion-diagnosed', [COMPANION_DIAGNOSED]),
  // "My colleague has sciatica and says it's the same": the condition is the colleague's, told
  // to compare. (Only with what they say: "my husband has sciatica and now his leg is numb" is
  // about the husband, the one in pain.)
  contextSign('other-has-condition', [
    `${ADULT_RELATION}|${ADULT_COMPANIONS} ~1 has|had|gets|got|suffers_from|suffered_from ~2 sciatica|a_slipped_disc|a_disc|bursitis|arthritis|a_stress_fracture and ~1 says|said|thinks|thought|reckons|reckoned`,
  ]),
  // Someone else is the one who is ill: "my wife has a fever", "the kids brought home flu".
  contextSign('someone-else-unwell', [
    // "Whole house has had a fever this week (kids and husband), somehow I dodged it".
    'whole|entire ~1 house|household|family|office|team|class|squad ~3 has|had|have|got|caught|is|was|been ~3 fever|fevers|feverish|flu|temperature|temp|covid|bug|virus',
    'everyone|everybody ~2 home|house|family|work ~2 has|had|have|got|caught|is|was|been ~3 fever|fevers|feverish|flu|temperature|temp|covid|bug|virus',
    // The other person has it: not "the kids brought home a bug and now I have a fever".
    `${OTHER_PERSON} ~1 has|had|have|got|gets|is|was|caught|off ~3 fever|fevers|feverish|flu|temperature|temp|unwell|ill|sick|poorly|covid|bug|virus|shivering|shivery`,
    // "Our 6 year old has been off colour since the weekend, hot to touch".
    // (A child's, said of them: "my partner says I'm burning up" is the runner's own fever.)
    'year_old|yo|toddler|baby|kid|child|little_one ~4 off colour|color',
    'year_old|yo|toddler|baby|kid|child|little_one ~4 hot to ~1 touch',
    // "Daughter is 5, hot to the touch and off her food".
    '/(?:son|daughter|boy|girl|toddler|baby)(?:[ \\n][^ \\n]+){0,5}[ \\n]hot to (?:the )?touch(?![a-z])',
  ]),
  // Leaking a little when jumping, running or coughing (stress incontinence, common after
  // childbirth): the pelvic floor's, not a sign of pain or of the cauda equina flag.
  contextSign('bladder-leak', [
    // ("I leak a tiny bit when I jump or sneeze".)
    'leak|leaks|leaking|leaked|leakage|dribble|dribbling|wee_a_little ~6 jump|jumping|run|running|cough|coughing|sneeze|sneezing|laugh|laughing|skipping',
  ]),
  contextSign('charity', [
    'charity|fundrais*|sponsor*|macmillan|research|awareness',
    'race for life',
    'raising money',
  ]),
  contextSign('generally-unwell', [
    // "Knackered all the time", "exhausted all the time".
    'knackered|exhausted|shattered|wiped_out|washed_out ~1 all the time',
    'generally|really unwell',
    // "Feeling generally rubbish n run down for weeks".
    'generally ~1 rubbish|crap|rough|awful|grotty|ropey|ropy|poorly|lousy',
    'feeling|feel|felt crap|rubbish|rough|grotty|lousy|awful generally',
    'run down ~2 for ~1 weeks|months|ages',
    // ("Feel unwell generally since a month".)
    'unwell ~2 for|since',
    'unwell generally',
    'not ~1 myself',
    'not right in myself',
    'tired all the time',
    'always ~1 tired|exhausted|knackered|worn_out',
    // "I feel tired always and not well" (the adverb after, as many second languages put it).
    'tired|exhausted|weak always',
    'feel|feels|feeling|felt ~4 not well',
    // (Not "lost my appetite for racing after a rubbish season": the wish to race.)
    '/lost (?:my|his|her|their) appetite(?! for (?:racing|running|races|parkrun|parkruns|training|competition|competing|hills|long runs|marathons|the sport)(?![a-z]))',
    // "Feel proper run down n off me food" (northern English "me" for "my").
    'off my|me|his|her|their food',
    // "My sister says I look grey", "looks grey".
    'look|looks|looking|looked ~1 grey|gray|ashen|gaunt',
    'feel|feeling|felt [proper|really|so|very|totally|completely|dead|well] run down',
    // "Appetite is less".
    'appetite ~2 less|poor|gone|reduced|down|low|not_there',
    // "Feel like a wet rag for weeks, no appetite" (not "no appetite for hills").
    // (Not after a long run or a race, nor race-morning nerves.)
    '/(?<!(?:race morning|race day|nerves|nervous)(?:[ \\n][^ \\n]+){0,3}[ \\n])no appetite(?![ \\n](?:for|after|before|on|the morning|pre|post)(?![a-z]))(?![a-z])(?!(?:[ \\n][^ \\n]+){0,4}[ \\n](?:nerves|nervous|race|marathon|long run)(?![a-z]))',
    'like a ~1 wet_rag|wrung_out_rag|dishrag|dish_rag ~3 for|since ~2 weeks|months|ages',
  ]),

  // Soon: six weeks or more without getting better.
  contextSign(
    'long-duration',
    [
      // Numbers of weeks or months ("2 full months"; "faz 2 meses", as Portuguese speakers write).
      '/(?<!(?:^|[ \\n])in )(?:six|seven|eight|nine|ten|eleven|twelve|[6-9]|[1-9]\\d|several|many)(?: and a half)?(?: (?:full|whole|solid|good|long|straight|entire))? weeks' +
        '(?! (?:out|to go|until|till|before|away|left|from|into|pregnant|pregnancy|postpartum|post partum|pp|gestation))',
      // ("Seven months of rehab".)
      '/(?<!(?:^|[ \\n])in )(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of|few|many|[2-9]|1[0-2]|[1-9]p\\d)(?: and a (?:half|bit))?(?: (?:full|whole|solid|good|long|straight|entire))? (?:months?|meses|mo|mos|mths?)' +
        '(?! (?:out|to go|until|till|before|away|left|from))',
      'for|over ~1 months',
      // "I rest 7 weeks from the groin strain", "rested 2 months from running": a rest that has
      // lasted ("from" is the reason or the thing stopped, not a date to come).
      '/(?:rest|rested|resting|off|stopped|stop|break|paused)(?: (?:for|of))? (?:six|seven|eight|nine|ten|eleven|twelve|[6-9]|1[0-2]) weeks from(?![a-z])',
      '/(?:rest|rested|resting|off|stopped|stop|break|paused)(?: (?:for|of))? (?:two|three|four|five|six|several|[2-9]|1[0-2]) months from(?![a-z])',
      // "Since mid-March, it's now June", "since beginning of Feb, now mid April": two or more
      // months between the two months named. The match starts after "since", so "haven't run
      // since March" does not deny it.
      MONTHS_APART,
      // "Rested since New Year (it's now the end of Feb)".
      '/(?<=since )(?:last )?(?:new year|christmas|xmas)(?:[ \\n][^ \\n]+){0,40}[ \\n](?:now|it is now|its now|and now|it is|its|till|until|to) (?:(?:mid |late |the end of |end of )(?:february|feb)|(?:mid |early |late |the end of |end of )?(?:march|mar|april|apr|may|june))(?![^ \\n])',
      'months now',
      // "Still not right after three months": the denial is of the hip, not of the months.
      // (And "hasn't shifted after 2 months".)
      '/(?:not|no) (?:right|better|improved|any better|healed|fixed|sorted|gone|shifted|budged|changed|settled|eased|cleared)(?: yet)? (?:after|in|for|despite) (?:(?:six|seven|eight|nine|ten|eleven|twelve|[6-9]|1[0-2]) weeks|(?:two|three|four|five|six|several|[2-9]) months)(?![a-z])',
      // "A month and a half of no running", "the 6 week physio class", "gave up for Lent".
      'a month and a half',
      '/(?:six|6|seven|7|eight|8) week (?:physio|rehab|class|course|programme|program|block)(?![a-z])',
      'ash wednesday ~2 to|till|until ~1 easter',
      // "Stopped running before Easter… It's now August".
      '/(?<=(?:since|before|at|after|over) )easter(?:[ \\n][^ \\n]+){0,30}[ \\n](?:now|it is now|its now|and now) (?:(?:mid |early |late |the end of |end of )?(?:june|jul|july|aug|august|sep|sept|september|october|oct|november|nov)|(?:late |the end of |end of )may)(?![^ \\n])',
      // "Haven't run a single step in 7 weeks", "haven't run for two months", "I did not run for
      // 2 months": a rest that has lasted, not a race "in 6 weeks".
      // (The denial is part of the match, so it is not read as denying the duration.)
      '/(?:(?:have|has|had|did|ve) not|no running|not been|without running)(?:[ \\n][^ \\n]+){0,6}[ \\n](?:in|for) (?:six|seven|eight|nine|ten|eleven|twelve|[6-9]|1[0-2]) weeks',
      // ("I've not run for 2 months", read as "i ve not".)
      '/(?:(?:have|has|had|did|ve) not|no running|not been|without running)(?:[ \\n][^ \\n]+){0,6}[ \\n](?:in|for) (?:two|three|four|five|six|several|[2-9])(?: and a half)? months',
      // "Cut running to zero for two months": the "zero" is the rest, not a denial of it.
      '/(?:cut|dropped|reduced|took) (?:my )?(?:running|mileage|runs) (?:right )?(?:down |back )?to (?:zero|nothing|0) for (?:two|three|four|five|six|several|[2-9]) months(?![a-z])',
      // "No speedwork or hills for 3 months": a rest from something, kept for months.
      '/no (?:[^ \\n]+ ){1,3}for (?:two|three|four|five|six|several|[2-9])(?: and a half)? months',
      // "Week 9 of physio", "GP said give it six weeks. It's been ten".
      '/week (?:[6-9]|1\\d|six|seven|eight|nine|ten|eleven|twelve) of (?:physio|physiotherapy|pt|rehab|treatment|exercises|rest|loading)(?![a-z])',
      // "Week 10 of this groin pinch" (not "week 8 of my marathon plan").
      '/week (?:[6-9]|1\\d|six|seven|eight|nine|ten|eleven|twelve) of (?:this|my|the)(?! (?:[^ \\n]+ )?(?:plan|training|block|programme|program|schedule|build|cycle|couch|c25k)(?![a-z]))(?![a-z])',
      // "Rested the whole of Lent": forty days.
      'the_whole_of|all_of|all_through lent',
      '/(?:six|6) weeks(?:[ \\n][^ \\n]+){0,4}[ \\n](?:it is|its|it has) been (?:seven|eight|nine|ten|eleven|twelve|[7-9]|1[0-2])(?![a-z0-9])(?! (?:days?|hours?|minutes?|mins?)(?![a-z]))',
      // "8 physio sessions… no change": weekly sessions, so six weeks or more of treatment.
      '/(?:six|seven|eight|nine|ten|eleven|twelve|[6-9]|1[0-9]) (?:physio|physiotherapy|rehab|treatment|osteo|chiro) (?:sessions|appointments|visits)(?![a-z])',
      // "Been to the physio six times": weekly visits, so six weeks or more.
      '/(?:physio|physiotherapist|osteo|chiro|chiropractor)(?: [^ \\n]+)? (?:six|seven|eight|nine|ten|[6-9]|1\\d) times(?![a-z])',
      // "Pain since the summer, it's now November".
      '/(?<=since )(?:the |last )?summer(?:[ \\n][^ \\n]+){0,30}[ \\n](?:now|it is now|its now|and now) (?:october|oct|november|nov|december|dec)(?![^ \\n])',
      // "Day 45 of no running (yes I'm counting)": a count of days of rest, six weeks or more.
      '/day (?:4[2-9]|[5-9]\\d|[1-3]\\d\\d) (?:of|without|off)(?: (?:no|not|zero|complete|total))? (?:running|rest|resting|physio|rehab|pt|pain|this)(?![a-z])',
      // "Week 8 update: still not better".
      '/week (?:[6-9]|1\\d|six|seven|eight|nine|ten|eleven|twelve) update(?![a-z])',
      // "Weeks 7-9 (now, mid January): still exactly the same": a diary's span reaching now.
      // (Not "weeks 3-6 (now) of the marathon plan".)
      '/weeks? (?:[1-9]|1\\d) (?:[6-9]|[1-4]\\d)(?=\\n(?:now|so far|today|currently)(?![a-z]))(?!(?:\\n[^\\n]*){1,2}(?:plan|training|block|programme|program|schedule|build|cycle)(?![a-z]))',
      // "Week 8 (now): no better".
      '/week (?:[6-9]|1\\d|six|seven|eight|nine|ten|eleven|twelve)[ \\n](?:now|so far|today)',
      'over|for a_year|years',
      // "My hip pain don dey there for almost 2 years" (Pidgin): the pain, years long.
      // ("My groin has been stiff for two years".)
      '/(?:pain|ache|hurt|hurts|hurting|sore|niggle|problem|there|stiff|aching|achy|painful)(?: [^ \\n]+){0,6} (?:for|since) (?:almost |nearly |about |over |around |like |more than )?(?:[1-9]|two|three|four|five) (?:years?|yrs?)(?![a-z])',
      // Clinic shorthand for months: "8/12 despite rehab", "groin pain 4/12".
      '/(?<![0-9] )(?:[2-9]|1[01]) 12(?= despite| hx| history| duration| sx| symptoms| of (?:pain|symptoms)|\\n|$)',
    ],
    // "Stopped on 1st September. It's now 20th October": the days between two dates.
    { clause: ['if-not-better'], alsoRead: readLongDateSpan },
  ),
  // A doctor's "come back if it's not better after 6 weeks" is a plan, not six weeks gone.
  contextSign('if-not-better', [
    // "Physio said 6 weeks off running. It's been 2 weeks": the plan, not the time gone.
    'said|says|told|advised|recommended|prescribed ~4 weeks|months ~2 off|rest|of_rest',
    'if ~3 not|no ~1 better|improv*|improving|settled|settling',
    'come|go back ~1 if|in',
  ]),
  contextSign(
    'no-better',
    [
      // ("Not reducing even after taking complete rest and physiotherapy".)
      'not|no ~2 better|improv*|easing|eased|settling|settled|change|difference|reducing|reduced|decreasing|subsiding|lessening',
      // "Rested, did the loading. Still 6/10 on the outside of the hip": a score still there (a
      // 1 or 2 is nearly there).
      '/still (?:a |at |about |around |sitting at )?(?:[3-9]|10) (?:out of |of )?10(?![^ \\n])',
      // "Took rest, tablets and physio but no relief", "also never better", "no use", "as bad
      // as ever", "nae better" (Scots).
      'no relief|use|joy',
      // "Physio for FAI since September - 4 months - it's worse if anything".
      'worse if anything',
      'if anything ~1 worse',
      // "The physio exercises haven't made a dent", "failed conservative mx" (a clinic note).
      'not ~1 made|make|making ~2 dent',
      'failed ~1 conservative|physio|physiotherapy|rehab|treatment|management',
      // "Done all the exercises, nothing".
      // (A look-ahead: "no change" ending the match would read as denying it.)
      '/(?:done|did|doing|tried) (?:all )?(?:the |my )?(?:exercises|physio|rehab|everything)(?=(?: [^ \\n]+){0,2}[ \\n](?:nothing|zilch|zero|no change)(?![a-z]))',
      // "Had physio, did the rehab. Nope.": the answer a sentence of its own (looked ahead to).
      '/(?:physio|rehab|exercises|stretches|treatment|injection)(?=[ \\n]+(?:nope|nada|nothing|zilch)(?:\\n|$))',
      'never|nay better',
      // "Rested 6 weeks, had a steroid injection, it came back worse 3 weeks later".
      'came|comes|come back worse',
      // "3 months of physio and the exercises exactly as prescribed, and if anything the groin
      // pain is a bit worse", "…it's got worse rather than better": worse after the treatment,
      // said of the pain as a whole (not "physio is working on it. But since yesterday my back
      // is much worse", a new change, nor "worse when I sit", which says when it hurts).
      '/(?:physio|physiotherapy|rehab|exercises|treatment|injection|rest|rested|resting)(?:[ \\n][^ \\n]+){0,12}[ \\n](?:if anything|actually)(?:[ \\n][^ \\n]+){0,9}[ \\n]worse(?! (?:when|on|after|with|at|if|in|going|doing|sitting|standing|lying|climbing|running|first|than|the)(?![a-z]))(?![a-z])',
      'worse rather than better',
      // "None of it has helped at all", "nothing has worked".
      'none of it|them ~2 helped|worked|helps|works|made_a_difference|made_any_difference',
      'nothing ~2 helped|worked|has_helped|has_worked',
      // "Nearly 2 months now despite dropping speedwork and doing my physio's exercises".
      '/despite (?:[^ \\n]+ ){0,6}(?:physio|physiotherapy|rest|resting|exercises|rehab|treatment|dropping|stopping|cutting|injection|injections)(?![a-z])',
      // "9 weeks of rest and rehab and it still stings", "rested a month. Still hits at 5k".
      '/(?:rest|rested|resting|rehab|physio|physiotherapy|treatment|exercises|injection)(?:[ \\n][^ \\n]+){0,6}[ \\n](?:and |but )?(?:it |the pain |pain )?still (?:stings|hurts|aches|catches|twinges|niggles|hits|bites|comes on|sore)(?![a-z])',
      // "Tried rest, physio, shockwave, nada".
      '/(?:tried|done|did|had)(?: [^ \\n]+){0,6}[ \\n](?:nada|zilch|nothing|no joy|no luck|no dice)(?=\\n|$)',
      // "Physio for 10 weeks, pain same".
      '/(?:pain|ache|it)(?: is| still| stays| remains)? (?:the )?same(?=\\n|$)',
      // "Been off running two months… tried a jog yesterday and it came on at exactly the same
      // spot": back as before, after the rest.
      '/(?:tried|attempted|went for) (?:a |an |my )?(?:easy |short |gentle |test |little )?(?:jog|run)(?:[ \\n][^ \\n]+){0,8}[ \\n](?:it |the pain |pain )?(?:came|come|comes) (?:on|back)(?: again)? (?:at|in) (?:exactly |just )?the same (?:spot|place|point|distance)(?![a-z])',
      // Tagalog in a Taglish post: "hindi pa rin gumagaling" (still not healing).
      'hindi|di ~2 gumagaling|gumaling|bumubuti',
      // …and "wala pa ring improvement" (still no improvement).
      'wala ~2 improvement|improv*|pagbabago|ginhawa',
      // "I do all the physio exercises, still when I sit for danfo… e dey pain me" (Pidgin).
      '/still when(?: [^ \\n]+){1,8} (?:pain|pains|hurts?|hurting|sore|aches?|aching)(?![a-z])',
      // "Sit bone pain 6 months, tried everything": nothing has worked.
      '/tried (?:absolutely |literally |just about |pretty much )?everything(?! (?:once|new|on|at|from|in|they))(?![a-z])',
      // "Rested 6 weeks… still kicks in at 5k", "tried again and it came back at 3k".
      'still kicks|comes|starts in|on ~2 at|after|by',
      // "Rested 6 weeks… it comes back at exactly the same point".
      '/(?:comes|came|keeps coming) back at (?:exactly |just |pretty much )?the (?:exact )?same (?:point|spot|place|distance|mile|km|time)(?![a-z])',
      // "First test run, same sharp pain at 3k"; "nothing's shifted".
      '/(?:test run|run back|first run|tried a run)(?:[ \\n][^ \\n]+){0,3}[ \\n](?:the )?same (?:sharp |dull |old )?(?:pain|ache|twinge|niggle)(?![a-z])',
      'nothing|nothings|not ~1 shifted|budged|shifting|budging',
      // "Rest, eccentric loading, shockwave, nothing's touched it".
      'nothing|nothings|none_of_it ~1 touched|touches|touching|has_touched ~1 it',
      // "Honestly it's no different", "same as before", "still there", "still sore".
      'no|not different',
      'still there|sore|hurting|the_same',
      // "Done all me rehab… still crook in the groin", "the groin still pinches".
      'still crook|pinches|catches|aches|niggles|twinges',
      // "Hasn't moved an inch with rest", "not budged an inch".
      'not ~1 moved|budged|shifted|improved ~1 an_inch|a_bit|one_bit',
      // "Tried 2k on Saturday and it went sharp on the outside of the knee again".
      '/tried (?:a |an )?(?:\\d+ ?(?:k|km|miles?)|run|jog)(?: [^ \\n]+){0,3} and it (?:went|was|got|felt) (?:sharp|sore|bad|painful|the same)(?![a-z])',
      '/tried (?:again|running again|to run again|a run|a jog)(?: [^ \\n]+){0,3}[ \\n](?:and |but )?(?:it )?(?:came back|returned|was still there|still hurt)(?![a-z])',
      'as bad as ever',
      // ("I rest and make exercise, still not good".)
      'still not right|good|ok|okay',
      // "Zero improvment", "hardly any improvement".
      'zero|little|hardly_any|barely_any|zilch|nada improv*|change|difference',
      // "Ice rest physio nada": the treatments listed, then nothing.
      '/(?:rest|physio|physiotherapy|ice|rehab|exercises|stretches|treatment|injection|injections)(?: [^ \\n]+){0,3} (?:nada|zilch|zip)(?=\\n|$| since| for)',
      // …and "Rest, ice, physio, nada": the list split by its commas.
      '/(?<=(?:rest|physio|physiotherapy|ice|rehab|exercises|stretches|treatment|injection|injections)\\n)(?:nada|zilch|zip|nothing)(?=\\n|$)',
      // "This persists since 3 months although rest and physiotherapy".
      '/(?:persist|persists|persisted|persisting)(?: [^ \\n]+){0,2} (?:since|for)(?![a-z])',
      // "Exactly where it was in March".
      'exactly|still|just where it was',
      // "The pain continues the same".
      'continues|continue|continuing|remains|stays ~1 the ~1 same',
      // "Complete rest, all the exercises, still no relief".
      // (…"still no diff" in a phone text.)
      'still ~1 no ~1 relief|improvement|change|difference|diff|better',
      // "Groin is still just as stiff every morning" after six months of physio.
      'still [just] as stiff|sore|bad|painful|tight|achy',
      // "Sit bone pain since jan, 3 months of rehab, same": a clause that is only "same", after
      // the treatment (not a training log's "4 mi, same").
      '/(?<=(?:rehab|physio|physiotherapy|rest|rested|resting|treatment|exercises|injection|injections)\\n)(?:same|the same|no change|no different)(?=\\n|$)',
      // "Hip flexor still angry after 7 wks rest n PT": a part still complaining.
      '/(?:flexors?|hip|hips|groin|glute|glutes|buttock|itb|it band|hamstring|tendon|back) (?:is |are |still is )?still (?:angry|cranky|grumpy|unhappy|cross|upset|playing up|acting up|flaring)(?![a-z])',
      `still ~3 ${HURTS}|sharp|shooting|shoots|radiating|pulls|pulling|stabs|stabbing|grabs|grabbing|shouts|screams|moans|twinges|bites|biting|nags|nagging|grumbles|there|bad|niggl*|twing*|flar*|grumbl*|click*|catch*|lock*|clunk*|pinch*|kills|killing|agony|awful|terrible|horrible|grim`,
      // "Pain is still same".
      // "Still the same" (and the phone's "still the sane").
      'still ~2 same|sane',
      // "Complete rest and physiotherapy for 2 months but it is same only" (Indian English).
      'it_is|its same only',
      // "Off running nearly two months. Same km, same pain the moment I try".
      '/same (?:km|mile|spot|place|point|distance)[ \\n]same (?:pain|ache|niggle)(?![a-z])',
      // "Physio exercises haven't touched it" (the treatment as the one that did not).
      'physio|physiotherapy|exercises|rehab|treatment|injection|injections|tablets|painkillers ~2 not|never touched|dented it',
      // "It's December and it's literally the same".
      'it_is|its ~1 literally|exactly|just|pretty_much|basically the same',
      // "It still comes on at the same point whenever I try".
      'still ~1 comes|come|coming ~1 on|back',
      // "Still can't sit through a film", "still not able to run".
      'still ~1 cannot|not ~3 sit|walk|run|sleep|lie|stand|squat|climb|get|do|squeeze|lift|kick|bend|cross',
      // "The outside of my knee still goes on the stairs".
      // ("Still goes sharp on the outside of the knee at 4k".)
      '/still (?:goes|gives|catches)(?= (?:on|at|when|going|if|after|every|sharp|sore|tight))',
      // "It's been like this since the Ring of Kerry in June": unchanged since.
      'been like this since',
      // "Been the same for 4 months despite two rounds of physio and a break from running".
      'despite ~4 physio|physiotherapy|rehab|rehabilitation|rest|resting|treatment|injection|injections|exercises|break',
      // "It's the same on the hard chairs", "bang on the same", "the same on day 56 as day 1".
      '/(?:it is|its) (?:still )?the same (?:on|in|at|when)(?![a-z])',
      'bang|spot on the same',
      // "I did rest, the physio, the pills, everything. It's the same."
      '/(?:it is|its|pain is|the pain is) the same(?=\\n|$)',
      'same on day',
      'exactly|just like it did',
      'nothing ~2 help|helps|helped|working|works|worked',
      // ("Physio 8 weeks not help", "it did not heal": a second language's plain verb.)
      'not ~2 improved|gone|eased|settled|helped|helping|worked|working|help|helps|heal|healed|healing',
      // ("After 6 weeks physiotherapy is not going away".)
      'not ~1 gone|going|go away',
      // "Same as before", "same as it was before" (not "bladder same as before baby": something
      // else said to be unchanged).
      '/(?<!(?:bladder|bowel|bowels|periods?|pee|wee|weeing|peeing|toilet|waterworks)(?: is| are| has been| have been| feels| feel| was| were| all| still)?(?: [^ \\n]+)? )same as (?:[^ \\n]+ ){0,2}(?:before|ever)(?![a-z])',
      // "Exactly the same", "no different", "hasn't budged": no change is no better.
      '/(?:exactly|still|just|much|pretty much|all) the same(?! (?:spot|place|point|side|way|time|distance|pace|route|shoes|mileage|as))',
      // "Exactly the same as the week after", "just the same as when I stopped".
      '/(?:exactly|still|just) the same as (?:the |on )?(?:week|day|first|start|when|before|it was)(?![a-z])',
      'no different',
      'unchanged',
      // "If anything it's worse".
      'if anything ~2 worse',
      'as bad|sore|painful as ~1 ever|before',
      'just|still|every_bit|exactly as bad|sore|painful',
      'nothing ~2 changed',
      // "Nothing change" in a second language: the same complaint.
      'nothing ~1 change|changes',
      // "Six weeks physiotherapy… nothing improve", "is the same like the first day".
      'nothing ~1 improve|improves|improved|improving',
      // "8 weeks of fisioterapia and rest, nothing better", "no progress at all".
      '/(?<![^\\n])nothing better(?=\\n|$)',
      'no|zero|little|not_much ~1 progress',
      // "Still going down the back of my leg every time I sit".
      'still ~1 going|goes|shooting|shoots|radiating ~2 down',
      'same like ~2 the_first_day|day_one|the_start|the_beginning|before',
      // "Seven weeks off, first jog back and it goes at 3k": back as it was.
      'first ~2 run|jog|run_back|jog_back|session_back ~6 goes|went|came_back|back|straight_away',
      // "Exactly the same as day one", "as bad as when I stopped".
      'same as ~2 week_one|week_1|day_one|day_1|the_start|the_beginning|the_first_day|when_i_stopped|when_it_started',
      'as bad as ~2 when_i_stopped|when_it_started|day_one|the_start|the_first_day',
      // "Lifting my knee is as sore as it was in week one".
      'as bad|sore|painful|tender as ~4 week_one|week_1|day_one|day_1|the_first_week|the_first_day|when_i_stopped|when_it_started',
      // Pain that goes on "despite rest" or "even with no running" is not getting better.
      `${HURTS}|hurt ~5 despite|even_with|even_after ~2 rest|resting|rested|no_running|not_running|time_off|weeks_off`,
      'not ~1 budged|shifted|shifting|budging',
      'barely|hardly|not_really ~1 changed|improved|better|budged|shifted|moved',
      'barely|hardly|not ~1 any ~1 change|difference|improvement|better',
      'no improvement',
      'zero|little|not_much|hardly_any ~1 improvement|change|difference',
      'getting worse',
      'despite|even_with|even_after ~2 rest|resting|rested|time_off|physio|stopping|rehab|exercises|treatment|hep|analgesia|painkillers|medication|meds',
      // Clinic notes: "progressive despite HEP".
      'progressive|progressing|worsening ~1 despite|over',
      // "The deep ache… that's been building for three months": worse, not settling (not "been
      // building my mileage").
      '/(?:that|which|it|pain|ache)(?: is| has)? been (?:slowly |steadily |gradually )?building(?= (?:for|over|since)(?![a-z])|\\n|$)',
      // "Nothing is better, is the same" (not "nothing is better than a long run").
      '/nothing (?:is|gets|got|getting|has got) better(?! than)',
    ],
    // "My 5k time is not improving": training that stalls is not pain that will not settle.
    // "Diabetic neuropathy so my toes have been numb for years (no change)": a long-known
    // numbness unchanged, not pain that rest has not settled.
    { clause: ['performance-stall', 'if-not-better'], sentence: ['not-new'] },
  ),
  contextSign('performance-stall', [
    'time|times|pace|pb|pr|splits|fitness|speed|racing|results ~3 not|no ~2 improv*|better|faster|budg*',
    'plateau|plateaued|plateauing',
    // "Not improving at all on my 5k time".
    'not|no ~2 improv* ~4 time|times|pace|pb|pr|splits|speed',
  ]),
  // Losing weight while eating as usual is unexplained weight loss: "dropping weight though I'm
  // eating normally" (the weight-loss-or-cancer rule needs both).
  contextSign(
    'losing-weight',
    [
      // "Trousers falling off me", "my jeans are hanging off me".
      // ("Trousers falling down".)
      'trousers|clothes|jeans|pants|belt ~3 falling_off|falling_down|hanging_off|loose|baggy',
      // "Belt's gone in two notches".
      'belt ~4 notch|notches|holes',
      // "Had to punch a new hole in my belt", "her rings slide off now", "her face has gone so
      // thin", "everyone keeps saying I look thin".
      'new hole|notch ~3 belt',
      'rings|ring|wedding_ring ~3 slide|slides|sliding|falling|fall|fell|slip|slips ~1 off',
      'face ~3 gone|going|looks|looking|got ~2 thin|gaunt|hollow',
      'look|looks|looking so|very|really|too thin|gaunt',
      // (Not "I've lost no weight".)
      '/(?:lost|losing|dropping|dropped|shedding)(?: (?!(?:no|any|zero)(?![a-z]))[^ \\n]+){0,2} (?:weight|kg|kilos|pounds|lbs|stone)(?![a-z])',
      // "Lost 8kg since Christmas".
      // ("I don lose like 7kg for two months": Nigerian Pidgin's "have lost".)
      // ("I lose 7 kilo in two months", a second language's past tense.)
      '/(?:lost|losing|lose|dropped|dropping|shed|don lose|done lose) (?:about |around |nearly |almost |over |like )?\\d+(?:p\\d+)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone)(?![a-z])',
      // "Down 6kg in 2 months".
      '/down (?:about |nearly |almost |over |around )?(?:\\d+(?:p\\d+)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone)|a stone|half a stone)',
    ],
    // "Lost 5kg on purpose for the marathon" is a plan, not a warning sign.
    { sentence: ['weight-on-purpose'] },
  ),
  contextSign('weight-on-purpose', [
    'on purpose',
    'deliberately|intentionally|intentional',
    'trying to ~2 lose|drop|shed',
    'diet|dieting|dietitian|dietician|calorie_deficit|race_weight|racing_weight|slimming_world|weight_watchers',
  ]),
  contextSign('eating-normally', [
    'eating|eat ~2 normally|loads|plenty|lots|more|well|properly|as_usual|as_normal|the_same|like_a_horse',
    // "I haven't changed what I eat", "not dieting".
    'not ~1 changed ~2 what_i_eat|my_diet|my_eating|how_i_eat',
    'not ~1 dieting|on_a_diet|on_diet',
    // "I don't do diet", "not on any diet".
    'not ~2 do_diet|any_diet|a_diet',
    // "I no dey diet at all" (Pidgin; the reading drops "dey"), "an she nah try" (patois).
    'no diet|dieting',
    // Tagalog "hindi siya nagda-diet" (she is not dieting).
    'hindi ~2 dieting',
    'nah|na try|trying',
    // "He eats normal".
    'eats|eat|eating normal=',
    // "Down about 6kg and I've not been trying".
    'not ~2 trying|tried ~2 to_lose',
    'not been trying',
    'not trying',
    'without trying',
    // "I haven't changed a thing with food or training".
    'not ~1 changed ~3 thing|anything ~3 food|eating|diet',
    // "Haven't changed a thing, same food same training".
    'same food|diet|eating',
  ]),
  // A recent injection into the hip: an infection risk with fever, feeling ill or a hip that
  // will not move (NHS Septic arthritis: a recent joint injection or operation raises the risk).
  contextSign(
    'joint-injection',
    [
      'steroid|cortisone|hydrocortisone|prp|hyaluronic ~3 injection|injections|jab|jabs|shot|shots',
      // Into the hip, not a flu jab in the arm.
      'injection|injections|injected ~1 into|in ~2 hip|hips|joint|bursa|groin|it',
      'hip ~3 injected|injection|aspirated|drained|arthroscopy|scope|scoped',
      'arthroscopy',
    ],
    // "My dad had a hip injection" is not the runner's; "should I just get the hip injected like
    // last time?" is one not yet had.
    { clause: ['someone-else', 'injection-not-yet'] },
  ),
  // An injection asked about, offered or waited for: not one that could have carried an infection.
  contextSign('injection-not-yet', [
    '/should (?:i|we|he|she) (?:just )?(?:get|have|book|ask for)(?: [^ \\n]+){0,3} (?:injected|injection|jab)(?![a-z])',
    'thinking_about|considering|offered|waiting_for|waiting_list_for|booked_in_for|booked_for ~3 injection|injections|jab|jabs',
    'like last time',
  ]),
  // Night pain in any position, not only lying on the sore side ("not just when I lie on it",
  // "on my back too, doesn't matter"): the night flag stands (GP Reasoning; NHS Devon).
  contextSign('no-side', POSITION_DOES_NOT_MATTER),
  // "Even when I'm not lying on it", "not just when I lie on it": any position, and no denial
  // that lying on it hurts.
  contextSign('not-only-lying', NOT_ONLY_LYING),
  contextSign('any-position', [
    // "Wakes me up at 2am when I'm lying on the other side or on me back": not the sore side.
    // (Not "so I sleep on the other side": the way round it.)
    'when|while|even [i] [am] lying|lie|lay|sleeping on ~1 the|my ~1 other|opposite|good side',
    // Woken again and again, whatever the cause: "3 or 4 times a night now".
    '# or # times ~1 a|every|each night',
    // "Every night wake me up 2 or 3 times".
    'every|each night ~4 # or # times',
    'several|few|many|multiple|couple_of times ~1 a|every|each night',
    // "Not because I'm lying on it, I've tried both sides and my back".
    'tried ~2 both_sides|every_side|all_sides|every_position',
    // "Can't lie on that side and now it aches sitting still on the couch too".
    'sitting|sat still ~4 too|as_well|also',
    // "Sore lying on it… but now it also throbs when I'm just sat on the sofa".
    'also ~1 throbs|hurts|aches|aching|throbbing ~5 sat|sitting on the ~1 sofa|couch|settee',
    // "Used to be only when I lay on it but now it aches lying flat on my back at night".
    'used to be ~1 only|just ~3 lay|lie|lying|on_it ~8 now',
    'lying|lie|lay|laying flat on ~1 my|his|her back ~3 at_night|in_bed|too|as_well|even',
    // "Won't let me lie flat on either side": no position spares it.
    'lie|lying|sleep|sleeping ~2 on ~1 either_side|both_sides|any_side',
    'sleeping|sleep|slept|sleeps in ~2 recliner|armchair',
    // "Wakes me every time I roll onto that side": again and again, not once.
    'wakes|waking|woken|wake ~6 every_time|each_time|whenever',
    // "For the past fortnight it wakes me every night": sleep broken night after night.
    'wakes|waking|woken|wake ~5 every_night|each_night|nightly|most_nights|every_single_night',
    ...POSITION_DOES_NOT_MATTER,
    'on my|the back|front ~2 too|also|as_well|as_much',
    // "I can be flat on my back and it still gets me".
    'flat on my back ~4 still',
    // "Even when I'm flat on my back".
    'even ~4 on my|the|her|his|their back|front|other_side',
    // "Waking me at 4am even when I'm on my left side" (the right hip sore): either side.
    'even ~4 on my|her|his left|right|good side',
    ...NOT_ONLY_LYING,
    // "Even when I'm lying on the other side", "throbs at night even lying on other side".
    'even ~4 lying|lie|lay|sleeping ~1 on ~1 [the|my] other_side|back|front',
    // "Waking me up many times, also when I lie on the other side".
    'also|too ~4 lying|lie|lay|sleeping ~1 on ~1 the|my other_side|back|front',
    // "Night also paining when lying other side", "every position" (not "so now I am
    // sleeping on other side": moving off the sore side).
    'also|even|too ~3 lying|lie|lay|sleeping [on] other side',
    'every|any|each position',
    // "Now it wakes me lying on my back or on the other side".
    'wakes|woke|waking|woken me ~2 lying|lie|lay|sleeping on ~1 my|the|her|his back|front|other_side|good_side',
    // "It woke me at 2 even though I was lying on the OTHER side": the contrast word starts a
    // clause of its own, so the side is read at the clause's start.
    '/(?<![^\\n])(?:i was|i am|im|she was|he was|she is|he is) (?:lying|lie|lay|sleeping) on (?:the|my|her|his) (?:other|good|opposite) side(?![a-z])',
    'wakes|waking|woken|wake ~3 many|several|multiple times',
    // "Now it throbs whatever side I'm on", "even lying on my LEFT side".
    'whatever|whichever side i_am|im ~1 on|lie|lying',
    'even ~2 lying on ~1 my|the ~1 good|left|right side',
  ]),
];

/**
 * Evidence that means something else in a child. The guide's conditions are adult running
 * injuries: a limp in someone under 18 points to the hip joint itself (a slipped growth plate,
 * irritable hip, Perthes), not to a stress fracture, while the child flag leads (NHS 111 Wales,
 * irritable hip; Perth Children's Hospital, SUFE). docs/clinical-decisions.md records the rule.
 */
export const CHILD_WEIGHTS: Readonly<Partial<Record<SignId, EvidenceWeights>>> = {
  limp: { 'hip-joint': 3 },
  // A young child who will not stand on the leg, after a cold, is most often an irritable hip.
  'cannot-bear-weight': { 'hip-joint': 3 },
  // A growing child's knee or thigh pain may be the hip's (SUFE often shows as knee pain).
  'knee-or-thigh': { 'hip-joint': 1 },
  // A growing child who walks with the foot turned out: a slipped growth plate's classic sign.
  'leg-shortened-or-turned': { 'hip-joint': 3 },
  // Heavy or growing fast: a slipped growth plate's risk factors.
  'heavy-or-growing': { 'hip-joint': 2 },
  // Pain on walking in a child: the hip's own problems (irritable hip, Perthes, a slipped growth
  // plate) as much as bone stress, which is rarer before the teens ("my lad (11) says his thigh
  // hurts and he's walking a bit funny").
  'weight-bearing': { 'stress-fracture': 4, 'hip-joint': 1 },
};
/**
 * At 45 or over, with no build-up in training to explain it, a groin or hip ache at rest or at
 * night is far more often the joint's (NICE NG226: osteoarthritis is diagnosed clinically from
 * 45; NHS Osteoarthritis: stiff, painful joints, worse after rest) than a stress fracture's. The
 * bone-stress flag is read by its own rules and still leads the advice; this only changes the
 * page to read first (docs/clinical-decisions.md, twenty-sixth pass).
 */
export const OLDER_REST_WEIGHTS: EvidenceWeights = {
  'hip-joint': 2,
  'stress-fracture': 1,
  'hip-bursitis': 1,
};
/**
 * A buttock or back-of-hip ache at rest or at night, with nothing said of the outer hip or of
 * lying on that side: the outer hip's tendons hurt at night when lain on, while pain that is
 * there sitting still, whatever the position, is more often referred from the lower back or
 * the sacroiliac joint (GP Reasoning, hip pain; NHS Sciatica), or a sacral bone under stress.
 */
export const BUTTOCK_REST_WEIGHTS: EvidenceWeights = {
  'back-referred-pain': 2,
  'stress-fracture': 1,
};
/** Signs of a training build-up, with which an older runner's rest pain is still the bone's. */
export const TRAINING_BUILD_UP: readonly SignId[] = [
  'mileage-jump',
  'earlier-each-run',
  'low-energy',
  'previous-stress-fracture',
];
export const CHILD_WEIGHT_SOURCES: readonly string[] = [
  'https://111.wales.nhs.uk/Encyclopaedia/i/article/irritablehip(hippaininchildren)',
  PCH_SUFE,
];

/** Every sign, checker options first. */
export const ALL_SIGNS: readonly Sign[] = [
  // A place named next to chafing or a blister is where the skin is sore ("chafing on my inner
  // thighs"), not where the hip hurts.
  ...ZONES.map((zone) => ({
    ...zone,
    unlessClauseHas: [
      ...(zone.unlessClauseHas ?? []),
      'skin-complaint' as const,
      'hip-is-fine' as const,
      'thigh-knock' as const,
      'money-idiom' as const,
      'landed-on' as const,
    ],
  })),
  ...FEELINGS,
  ...TRIGGERS,
  ...ONSETS,
  // "IT band feels fine", "no issues with my hip flexor": a named part said to be fine.
  ...CLUES.map((clue) =>
    clue.id.startsWith('named-')
      ? {
          ...clue,
          unlessClauseHas: [
            ...(clue.unlessClauseHas ?? []),
            'hip-is-fine' as const,
            'a-guess' as const,
            'old-guess' as const,
          ],
        }
      : clue,
  ),
  ...CONTEXT_SIGNS,
];

/** The hip region's anchors that are the back's. */
export const BACK_ANCHORS: readonly SignId[] = ['lower-back', 'named-back'];

/** Signs that show the text is about the hip region (a zone, a named condition, the word "hip"). */
export const HIP_ANCHORS: readonly SignId[] = [
  ...ZONES.map((zone) => zone.id),
  'named-bursitis',
  'named-cartilage-tear',
  'named-it-band',
  'named-hip-flexor',
  'named-hip-joint',
  'named-adductor',
  'named-hamstring',
  'named-back',
  'hip-mentioned',
  'deep-hip',
  'deep-buttock',
];

/**
 * When and how it hurts, or how it started: in free text these describe pain only next to a
 * word that says something hurts, a place, a feeling or a named condition.
 */
export const CIRCUMSTANCE_SIGNS: readonly SignId[] = [
  ...TRIGGERS.map((trigger) => trigger.id),
  ...ONSETS.map((onset) => onset.id),
  // "Landed on my hip, bit of a graze but no pain at all": how it started, nothing more.
  'fall-on-outer-hip',
];

/**
 * Training and history signs: they change the odds but describe no pain, so on their own
 * ("training for a marathon on roads", "I'm 58") they suggest nothing.
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
  'older-age',
];

/** A red flag is raised when, for one of its rules, every group has at least one sign present. */
export interface RedFlagRule {
  redFlag: RedFlagId;
  needsOneOfEach: readonly (readonly SignId[])[];
  /**
   * Where the rule may apply: 'any' stands even when the text is about another body part ("my
   * calf is hot and swollen after a flight"); 'leg' also stands for another part of the leg ("my
   * calf is numb"); by default the text must be about the hip region.
   */
  reach?: 'any' | 'leg';
  /**
   * The rule must hold for the person in pain: "my husband has sciatica with numbness, but this
   * is about me: clicking in my groin" raises nothing for the runner (lookup.ts, patient).
   */
  patientOnly?: true;
  /**
   * Every group must hold in the clauses about one person: "my toddler wakes me. my hip aches"
   * is not a child in pain (see `readPeople` in text-reading.ts).
   */
  onePerson?: true;
  /**
   * The rule must hold without the sentences that tell a story which has ended: "last year I
   * had sciatica with tingling in my foot, sorted with physio, all gone" is history. Only for
   * the nerve flag, the groin-pain bone-stress rule ("night pain back in March, fully settled
   * with physio"), the child flag ("my 9yo had a limp last year, all sorted") and the "soon"
   * flags; an emergency is never ruled out by a word like "gone".
   */
  nowOnly?: true;
  /**
   * The rule does not hold when every sign of any one of these sets is present: "hip arthritis,
   * 73, the groin pain wakes me at night" is an arthritic joint at night, not a runner's bone
   * under load.
   */
  unlessAllOf?: readonly (readonly SignId[])[];
}

/** A swollen calf, leg or ankle, for the clot rules (one named side counts beside "both"). */
const LEG_SWELLING: readonly SignId[] = [
  'calf-or-leg-swelling',
  'one-calf-swollen',
  'ankle-swelling',
];

/** Where it hurts when a stress fracture of the femoral neck is the worry. */
const BONE_STRESS_PLACES: readonly SignId[] = ['groin', 'front-hip', 'named-stress-fracture'];
/** Bone-stress behaviour: pain with load, a limp, pain at rest or at night. */
const BONE_STRESS_SIGNS: readonly SignId[] = [
  'weight-bearing',
  'single-leg-stance',
  'hop-pain',
  'limp',
  'rest-or-night',
  'cannot-bear-weight',
];

/**
 * When to raise each red flag; the sources are on each flag in `guide/red-flags.ts`. Deliberately
 * plain: a clinician can read every rule here and see why it fires.
 */
export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  // Emergency
  { redFlag: 'cannot-bear-weight', needsOneOfEach: [['cannot-bear-weight']], reach: 'leg' },
  { redFlag: 'fall-injury', needsOneOfEach: [['deformity']], reach: 'leg' },
  {
    redFlag: 'fall-injury',
    needsOneOfEach: [
      ['fall-or-twist'],
      ['cannot-bear-weight', 'cannot-move-leg', 'leg-shortened-or-turned'],
    ],
    reach: 'leg',
    // "Fractured my hip in a bike crash last year… all healed. This week my heel is agony first
    // thing": a fall in a story that has ended, and pain from something else now.
    nowOnly: true,
  },
  // Severe pain after a fall, unless the runner says walking is fine: "stacked it doing the
  // splits… hurts like buggery squeezing my knees. Walking's fine, ran an easy 5 this arvo" is
  // a strain to read about, not a broken hip (NHS Hip fracture: cannot walk or stand).
  {
    redFlag: 'fall-injury',
    needsOneOfEach: [['fall-or-twist'], ['severe-pain']],
    reach: 'leg',
    nowOnly: true,
    unlessAllOf: [['walking-fine']],
  },
  // An older person, or one whose bones cancer may have weakened, who fell and now limps or
  // hurts with every step: a broken hip can still be walked on, so it is seen at once (NHS Hip
  // fracture: most happen in older people after a fall; docs/clinical-decisions.md).
  {
    redFlag: 'fall-injury',
    needsOneOfEach: [
      ['fall-or-twist'],
      ['aged-65-plus', 'past-cancer'],
      // (Standing on one leg loads the hip whole: "I'm 80 and fell yesterday, standing on one leg
      // hurts".)
      ['limp', 'weight-bearing', 'single-leg-stance', 'severe-pain', 'cannot-get-up'],
    ],
    reach: 'leg',
    onePerson: true,
    nowOnly: true,
  },
  // A leg that looks shorter or turned out, with severe pain or a leg that will not take weight
  // or move, is a broken hip until shown otherwise, whether or not the fall is told in words the
  // lookup reads ("went arse over… worst pain I can remember… my left leg looks shorter"; NHS
  // Hip fracture). (Not "can't turn my leg outwards like I used to", a stiff old hip.)
  {
    redFlag: 'fall-injury',
    needsOneOfEach: [
      ['leg-shortened-or-turned'],
      ['severe-pain', 'cannot-bear-weight', 'cannot-move-leg'],
    ],
    reach: 'leg',
    onePerson: true,
    nowOnly: true,
  },
  // A deep hip infection often shows no redness: a fever or shivers with hip pain is enough, and
  // so is a fever with a hip you cannot move. A fever on its own ("off sick with a fever") is not.
  // Both must be about the same person: "my daughter had a fever all week… my hip was tender"
  // is a well runner with a poorly child.
  {
    redFlag: 'infection-signs',
    needsOneOfEach: [['fever'], [...HIP_ANCHORS, 'hot-red-swollen', 'cannot-move-leg']],
    onePerson: true,
  },
  {
    redFlag: 'infection-signs',
    needsOneOfEach: [['fever-back'], [...HIP_ANCHORS, 'hot-red-swollen', 'cannot-move-leg']],
    onePerson: true,
  },
  // Heat and swelling at the hip; in a swollen calf or leg they are the clot's (below).
  {
    redFlag: 'infection-signs',
    needsOneOfEach: [['hot-skin'], ['swelling'], HIP_ANCHORS],
    unlessAllOf: [['calf-or-leg-swelling'], ['insect-sting']],
  },
  // A fever with a leg that will not be moved, in one person: "burning up, 38.7… won't let me
  // move or even touch her right leg" (NHS Septic arthritis: cannot move the joint, with a high
  // temperature).
  {
    redFlag: 'infection-signs',
    needsOneOfEach: [['fever'], ['cannot-move-leg']],
    reach: 'leg',
    onePerson: true,
  },
  // A fever with a leg that cannot take weight, in one person: a child "with a temperature,
  // refusing to walk" is an infected joint or bone until shown otherwise (NHS Septic arthritis).
  {
    redFlag: 'infection-signs',
    needsOneOfEach: [['fever'], ['cannot-bear-weight']],
    reach: 'leg',
    onePerson: true,
  },
  // …and a fever with a new limp: "a temperature and now she's limping" is the same worry, in
  // a child above all (NHS Healthier Together, Septic arthritis: a limp or not bearing weight,
  // with a fever, in a child; guide/red-flags.ts has the link).
  {
    redFlag: 'infection-signs',
    needsOneOfEach: [['fever', 'fever-back'], ['limp']],
    reach: 'leg',
    onePerson: true,
  },
  // "My son has a temperature and has started limping": the fever is read as someone else's, so
  // the runner's own fever sign stays silent; in the one person who has both, the same worry.
  {
    redFlag: 'infection-signs',
    needsOneOfEach: [['someone-else-unwell'], ['limp', 'cannot-bear-weight', 'cannot-move-leg']],
    reach: 'leg',
    onePerson: true,
  },
  // "My daughter has a fever and her hip is swollen": a swollen hip with that person's fever (not
  // "wife's got a fever and a swollen knee… I'm asking about me: pain on the outside of my hip").
  {
    redFlag: 'infection-signs',
    needsOneOfEach: [['someone-else-unwell'], ['hot-red-swollen'], HIP_ANCHORS],
    onePerson: true,
    patientOnly: true,
  },
  // A fever with pain in a leg, in one person, wherever in the leg: "shins sore + fever 39",
  // "sore on the ball of my foot has gone smelly and I've got a temperature and feel shivery".
  // An infected bone, joint or skin is the worry (NHS Septic arthritis, Cellulitis, Sepsis). The
  // aches of flu ("achy all over, flu") are not (docs/clinical-decisions.md, "Seventeenth pass").
  {
    redFlag: 'infection-signs',
    needsOneOfEach: [
      ['fever'],
      ['leg-mentioned'],
      ['pain-word', 'severe-pain', 'tender-to-touch', 'dull-ache', 'throbbing', 'sharp'],
    ],
    reach: 'leg',
    onePerson: true,
    unlessAllOf: [['general-soreness']],
  },
  { redFlag: 'infection-signs', needsOneOfEach: [['hot-red-swollen'], ['feeling-unwell']] },
  // Red, hot, swollen skin anywhere on the leg with a fever: "my shin is red hot and swollen,
  // T 38.6", a blister "gone septic… red right up to the ankle… fever and the chills" (NHS
  // Cellulitis: a high temperature with it is urgent; with signs of sepsis, 999).
  {
    redFlag: 'infection-signs',
    needsOneOfEach: [['hot-red-swollen'], ['fever']],
    reach: 'leg',
    onePerson: true,
  },
  // Red, hot skin spreading from chafing or a cut, or a wound with pus, with a fever: an
  // infection on the move, in the groin or the thigh as anywhere (NHS Cellulitis: call 999 with
  // signs of sepsis).
  {
    redFlag: 'infection-signs',
    needsOneOfEach: [['skin-infection'], ['fever']],
    reach: 'any',
    onePerson: true,
  },
  // A hip that suddenly cannot be moved for pain, with no injury, is treated as an infected
  // joint until shown otherwise (NHS Septic arthritis: severe pain, cannot move the joint).
  {
    redFlag: 'infection-signs',
    needsOneOfEach: [['cannot-move-leg'], ['severe-pain'], HIP_ANCHORS],
  },
  // …and one that cannot be moved and feels hot to the touch: "so painful I literally can't
  // move it… the front feels hot" (NHS Septic arthritis: a hot joint you cannot move).
  {
    redFlag: 'infection-signs',
    needsOneOfEach: [['cannot-move-leg'], ['hot-skin', 'hot-red-swollen'], HIP_ANCHORS],
  },
  // A hip that will not move at all, with nothing to explain it: the issue's "or you can't move
  // the hip" (NHS Septic arthritis). Not "can't lift my leg into the car".
  {
    redFlag: 'infection-signs',
    needsOneOfEach: [['hip-will-not-move'], HIP_ANCHORS],
  },
  // …and a hip that will not move while the runner feels ill ("seized, and I feel rough, like
  // flu"): feeling unwell stands in for the fever no one has measured (NHS Septic arthritis).
  {
    redFlag: 'infection-signs',
    needsOneOfEach: [['cannot-move-leg'], ['feeling-unwell', 'generally-unwell'], HIP_ANCHORS],
  },
  // A recent injection into the hip, then fever, feeling ill, heat, swelling or a hip that will
  // not move: the needle can carry an infection into the joint (NHS Septic arthritis).
  {
    redFlag: 'infection-signs',
    needsOneOfEach: [
      ['joint-injection'],
      ['fever', 'feeling-unwell', 'hot-red-swollen', 'hot-skin', 'cannot-move-leg', 'severe-pain'],
    ],
  },
  { redFlag: 'cauda-equina', needsOneOfEach: [['saddle-numbness']], reach: 'any' },
  { redFlag: 'cauda-equina', needsOneOfEach: [['both-legs-sciatica']], reach: 'any' },
  {
    redFlag: 'cauda-equina',
    needsOneOfEach: [
      ['bladder-bowel-change', 'leaked-on-run'],
      [
        ...HIP_ANCHORS,
        'numbness-tingling',
        'leg-weakness',
        'travels-down-leg',
        'pain-word',
        'leg-mentioned',
      ],
    ],
    reach: 'any',
  },
  // (A lump a doctor has called a lipoma or a cyst is not a hernia, stuck or not, unless it is
  // now very painful or brings vomiting.)
  {
    redFlag: 'strangulated-hernia',
    needsOneOfEach: [['groin-lump'], ['lump-stuck']],
    reach: 'any',
    unlessAllOf: [['not-a-hernia']],
  },
  {
    redFlag: 'strangulated-hernia',
    needsOneOfEach: [['groin-lump'], ['vomiting', 'severe-pain']],
    reach: 'any',
  },
  {
    redFlag: 'blood-clot',
    needsOneOfEach: [LEG_SWELLING, ['travel-or-surgery', 'breathless']],
    reach: 'any',
    // Both ankles or legs puffy after a long flight, and nothing hurts: the sitting, not a clot
    // (NHS DVT: swelling in one leg, rarely both). Pain, heat or breathlessness still count.
    unlessAllOf: [['both-swollen'], ['clot-ruled-out']],
  },
  {
    redFlag: 'blood-clot',
    needsOneOfEach: [
      LEG_SWELLING,
      ['travel-or-surgery', 'breathless'],
      ['calf-pain', 'hot-skin', 'breathless', 'tender-to-touch'],
    ],
    reach: 'any',
    // "A&E checked him, it was fine, no clot": looked for and not found.
    unlessAllOf: [['clot-ruled-out']],
  },
  // A sore calf after a long journey, and now breathless or with chest pain: a clot that may
  // have reached the lungs (NHS DVT: call 999 if breathless or with chest pain).
  {
    redFlag: 'blood-clot',
    needsOneOfEach: [['calf-pain'], ['travel-or-surgery'], ['breathless']],
    reach: 'any',
    unlessAllOf: [['clot-ruled-out']],
  },
  // A calf that hurts and is hot after a long journey or an operation, even with no swelling
  // named ("back by bus, 14 hours… my calf is red and hot and it hurts when I walk"): NHS DVT
  // lists pain in one leg and warm skin around it among the signs, and travel as the risk.
  {
    redFlag: 'blood-clot',
    needsOneOfEach: [['calf-pain'], ['travel-or-surgery'], ['hot-skin']],
    reach: 'any',
    unlessAllOf: [['insect-sting'], ['clot-ruled-out']],
  },
  // A limb that swells and turns warm with no injury to explain it is a clot until shown
  // otherwise (NHS DVT: swelling and warm skin, usually in one leg), painful or not.
  {
    redFlag: 'blood-clot',
    needsOneOfEach: [LEG_SWELLING, ['hot-skin']],
    reach: 'any',
    unlessAllOf: [['insect-sting'], ['clot-ruled-out']],
  },
  // Same day
  // (Not the outside of the knee, where IT band pain comes on earlier each run as it worsens.)
  {
    redFlag: 'bone-stress',
    needsOneOfEach: [['earlier-each-run']],
    unlessAllOf: [['outer-thigh', 'knee-or-thigh']],
  },
  // A limp after a jump in training, wherever in the hip it is felt: bone stress is the worry
  // until a clinician says otherwise (AAOS and Mayo Clinic Stress fractures: too much too soon,
  // pain on weight-bearing). Not a hip that only hurts to walk on: outer-hip pain does that too.
  {
    redFlag: 'bone-stress',
    needsOneOfEach: [['limp'], ['mileage-jump']],
    patientOnly: true,
    nowOnly: true,
  },
  // …or a limp in a runner who is under-fuelled or has lost her periods: bone stress anywhere
  // in the pelvis until shown otherwise (Mayo Clinic, Stress fractures: low energy and missed
  // periods; docs/clinical-decisions.md).
  {
    redFlag: 'bone-stress',
    needsOneOfEach: [['limp'], ['low-energy']],
    patientOnly: true,
    nowOnly: true,
  },
  // The place and the behaviour must be the runner's: "my dog also has a limp" is not. A hip
  // replaced on that side has no femoral neck left to crack (docs/clinical-decisions.md). A
  // stress fracture named below the knee, with the hips said to be fine, is the heel's or the
  // shin's ("is the heel a stress fracture thing too?… No groin or hip pain whatsoever").
  {
    redFlag: 'bone-stress',
    needsOneOfEach: [BONE_STRESS_PLACES, BONE_STRESS_SIGNS.filter((id) => id !== 'rest-or-night')],
    patientOnly: true,
    nowOnly: true,
    unlessAllOf: [['hip-replaced'], ['foot-or-shin-fracture', 'hip-pain-denied']],
  },
  // Groin or front-hip pain walking up the stairs in a runner who is under-fuelled ("lost 7kg…
  // not really eating enough… it hurts walking up the stairs at home"): pain in daily walking,
  // with the strongest risk for a femoral neck stress fracture (Mayo Clinic, Stress fractures;
  // docs/clinical-decisions.md, twenty-seventh pass). An ache on long runs alone stays a page to
  // read (seventh pass).
  {
    redFlag: 'bone-stress',
    needsOneOfEach: [BONE_STRESS_PLACES, ['low-energy'], ['stairs']],
    patientOnly: true,
    nowOnly: true,
    unlessAllOf: [['hip-replaced']],
  },
  // Years on a bisphosphonate or denosumab, and the thigh, hip or groin hurts to walk on or
  // makes the runner limp: an unusual fracture of the thigh bone, seen today (NHS Alendronic
  // acid; MHRA Drug Safety Update, atypical femoral fractures).
  {
    redFlag: 'bone-stress',
    needsOneOfEach: [
      ['bone-drug'],
      [...HIP_ANCHORS, 'knee-or-thigh'],
      ['weight-bearing', 'single-leg-stance', 'limp', 'cannot-bear-weight', 'rest-or-night'],
    ],
    patientOnly: true,
    nowOnly: true,
  },
  // A pubic bone that hurts to walk on, or makes the runner limp, may be a pelvic stress
  // fracture: seen today too. Hopping alone is not enough there ("sore on the pubic bone when I
  // hop, fine walking": a bone to rest and have checked, not a femoral neck to see today).
  {
    redFlag: 'bone-stress',
    needsOneOfEach: [['pubic-bone'], ['weight-bearing', 'limp', 'cannot-bear-weight']],
    patientOnly: true,
    nowOnly: true,
  },
  // …and a pubic bone that hurts to hop or to stand on one leg, in a runner with the reason for
  // a stress fracture (a jump in training, under-fuelling, a past one): the pubic ramus takes
  // that load (AAOS Stress fractures of the pelvis; docs/clinical-decisions.md).
  {
    redFlag: 'bone-stress',
    needsOneOfEach: [
      ['pubic-bone'],
      ['hop-pain', 'single-leg-stance'],
      ['mileage-jump', 'low-energy', 'earlier-each-run', 'previous-stress-fracture'],
    ],
    patientOnly: true,
    nowOnly: true,
    // "Sore on the pubic bone when I hop… fine walking": a bone to rest and have checked, as
    // above.
    unlessAllOf: [['walking-fine']],
  },
  // Groin or front-hip pain at rest or at night, unless an older runner names the arthritis
  // that explains it, or describes it (morning stiffness for months, or with socks and shoes
  // hard: NICE NG226): then it is the "soon" night-pain flag (docs/clinical-decisions.md).
  {
    redFlag: 'bone-stress',
    needsOneOfEach: [BONE_STRESS_PLACES, ['rest-or-night']],
    patientOnly: true,
    nowOnly: true,
    unlessAllOf: [
      ['named-hip-joint', 'older-age'],
      ['morning-stiffness', 'older-age', 'long-duration'],
      ['morning-stiffness', 'older-age', 'socks-and-shoes'],
      ['hip-replaced'],
    ],
  },
  // …but arthritis does not explain groin pain at night in someone with a past cancer or
  // weight lost without trying: a bone weakened by a deposit can break, so it is seen today
  // ("he had bladder cancer… lost weight… the pain is worst at night… Mum thinks it's just his
  // arthritis"; NICE NG12, bone pain; docs/clinical-decisions.md).
  {
    redFlag: 'bone-stress',
    needsOneOfEach: [
      BONE_STRESS_PLACES,
      ['rest-or-night'],
      ['past-cancer', 'unexplained-weight-loss'],
    ],
    patientOnly: true,
    nowOnly: true,
  },
  // A deep hip ache that hurts under load (walking, standing, a hop) or with a limp is a
  // bone-stress worry; at rest or at night only when training has built up to it. Otherwise
  // night pain alone is the "soon" flag below (docs/clinical-decisions.md).
  {
    redFlag: 'bone-stress',
    needsOneOfEach: [['deep-hip'], BONE_STRESS_SIGNS.filter((id) => id !== 'rest-or-night')],
    patientOnly: true,
    unlessAllOf: [['hip-replaced']],
  },
  {
    redFlag: 'bone-stress',
    needsOneOfEach: [
      ['deep-hip'],
      ['rest-or-night'],
      ['mileage-jump', 'earlier-each-run', 'low-energy', 'previous-stress-fracture'],
    ],
    patientOnly: true,
  },
  {
    redFlag: 'nerve-symptoms',
    needsOneOfEach: [['numbness-tingling', 'leg-weakness', 'foot-drop']],
    reach: 'leg',
    patientOnly: true,
    nowOnly: true,
  },
  {
    redFlag: 'child-hip-pain',
    needsOneOfEach: [
      ['under-18'],
      // A child's low back on its own ("sore lower back after back walkovers… hips fine, legs
      // fine, no limp") is not the hip, thigh or knee the issue names.
      [
        ...HIP_ANCHORS.filter((id) => !BACK_ANCHORS.includes(id)),
        'knee-or-thigh',
        // "A grab in the middle of the back of his thigh": a thigh, in a child (the issue's "hip,
        // thigh or knee"), though an adult's mid-thigh hamstring is outside the guide.
        'mid-thigh',
        'limp',
        'cannot-bear-weight',
        'cannot-move-leg',
      ],
      // Something that hurts, or a walk that tells of it (a click or snap alone: the rule below).
      [
        'knee-or-thigh',
        'pain-word',
        'limp',
        'severe-pain',
        'cannot-bear-weight',
        'dull-ache',
        'sharp',
        'throbbing',
        'cannot-move-leg',
        'tender-to-touch',
        // "Starts at 6 miles every time": a pain that comes on, told by when.
        'same-point-each-run',
        // "Deep pinch in the front of my hip when I squat" is a pain in other words.
        'pinching',
        // A pop or pull at the front of a growing hip can be a bone pulled off (avulsion:
        // https://pmc.ncbi.nlm.nih.gov/articles/PMC6502104/, docs/clinical-decisions.md).
        'sudden-pull',
        // "My 17 y/o pulled groin": a named strain in a growing hip is a complaint too, and a
        // slipped growth plate is often first called one (docs/clinical-decisions.md).
        'named-adductor',
        'named-hip-flexor',
        'named-hamstring',
      ],
    ],
    reach: 'any',
    onePerson: true,
    // "My 9yo had a limp last year, all sorted long ago" is over.
    nowOnly: true,
  },
  // A child's hip that clicks, snaps or catches is a hip complaint to check too, unless the
  // writer says it does not hurt ("a snapping feeling… no pain, she's not bothered": a dancer's
  // painless snapping hip, docs/clinical-decisions.md). A limp or pain still raises the flag.
  {
    redFlag: 'child-hip-pain',
    needsOneOfEach: [
      ['under-18'],
      [...HIP_ANCHORS.filter((id) => !BACK_ANCHORS.includes(id)), 'knee-or-thigh'],
      ['clicking', 'snapping'],
    ],
    reach: 'any',
    onePerson: true,
    nowOnly: true,
    unlessAllOf: [['no-pain-said']],
  },
  // Soon
  // The runner's nights: "my wife's hip keeps her up at night" is hers.
  {
    redFlag: 'night-or-rest-pain',
    needsOneOfEach: [['rest-or-night']],
    patientOnly: true,
    nowOnly: true,
  },
  {
    redFlag: 'weight-loss-or-cancer',
    needsOneOfEach: [
      ['unexplained-weight-loss', 'past-cancer'],
      [...HIP_ANCHORS, 'pain-word'],
    ],
    // "My running buddy just finished chemo": the cancer must be the runner's.
    patientOnly: true,
  },
  // Night sweats with the pain, unless the menopause explains them ("49 and firmly in
  // perimenopause. Night sweats are horrendous"), anywhere in the text.
  {
    redFlag: 'weight-loss-or-cancer',
    needsOneOfEach: [['night-sweats'], [...HIP_ANCHORS, 'pain-word']],
    patientOnly: true,
    unlessAllOf: [['menopause'], ['hot-bedroom']],
  },
  // …or the cancer and the pain are the same relation's, told by someone else.
  {
    redFlag: 'weight-loss-or-cancer',
    needsOneOfEach: [['relative-had-cancer'], [...HIP_ANCHORS, 'pain-word']],
    onePerson: true,
    // …and that relation must be the one in pain: "my mum had bone cancer in her hip, so I'm
    // paranoid, but mine is a sore outer hip" is the runner's worry, not a past cancer of theirs.
    patientOnly: true,
    // "Me mam had bone cancer years ago so I'm a bit paranoid… the outside of my hip is sore":
    // a hip the writer calls theirs puts the pain with the writer, wherever the cancer is told.
    unlessAllOf: [['writers-hip-hurts']],
  },
  // Feeling generally unwell, unless it is the tiredness of under-fuelling ("knackered all the
  // time and my periods have stopped": RED-S, counted for bone stress).
  // (Nor the tiredness the writer explains: "tired all the time but that's the baby".)
  {
    redFlag: 'weight-loss-or-cancer',
    needsOneOfEach: [['generally-unwell'], [...HIP_ANCHORS, 'pain-word']],
    patientOnly: true,
    unlessAllOf: [['low-energy'], ['tired-explained']],
  },
  {
    redFlag: 'weight-loss-or-cancer',
    needsOneOfEach: [['losing-weight'], ['eating-normally'], [...HIP_ANCHORS, 'pain-word']],
    patientOnly: true,
  },
  // Weight coming off while feeling unwell: "he's lost weight… off his food and not himself"
  // (NHS Unintentional weight loss; NICE NG12). Weight lost on purpose is read out by the
  // sign itself.
  {
    redFlag: 'weight-loss-or-cancer',
    needsOneOfEach: [['losing-weight'], ['feeling-unwell'], [...HIP_ANCHORS, 'pain-word']],
    patientOnly: true,
  },
  // Weight coming off an older person who is not trying ("79… gone thin in the face, lost
  // over a stone"): unexplained until a GP has looked (NICE NG12: unexplained weight loss at 60
  // and over).
  {
    redFlag: 'weight-loss-or-cancer',
    needsOneOfEach: [['losing-weight'], ['aged-65-plus'], [...HIP_ANCHORS, 'pain-word']],
    patientOnly: true,
    onePerson: true,
    // "Lost 2 stone on purpose with Slimming World… better than before he lost the weight": the
    // loss told again is the one already explained.
    unlessAllOf: [['weight-on-purpose']],
  },
  // Something must hurt: "my 5k time isn't improving after 6 weeks" is training, not pain.
  {
    redFlag: 'not-improving',
    // ("Three months of clamshells and I still can't lie on my left side": the side's pain.)
    needsOneOfEach: [
      ['long-duration'],
      ['no-better'],
      [...HIP_ANCHORS, 'pain-word', 'lying-on-side'],
    ],
    nowOnly: true,
    // The flag is for pain that rest has not settled: "six weeks of still running 35 miles a
    // week through it" has had no rest yet (docs/clinical-decisions.md); pain that is slowly
    // getting better ("8/10 to 3/10 over seven weeks, on the mend") is settling.
    unlessAllOf: [['ran-through-it'], ['improving']],
  },
];
