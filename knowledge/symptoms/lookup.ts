/**
 * The symptom lookup: a runner's words and/or checker answers in, ranked conditions and red
 * flags out. Pure: no DOM, no browser API. The evidence model lives in `evidence.ts`; this module
 * reads text into evidence, adds it up and applies the red-flag rules.
 */
import { inLocalWords } from '../guide/local-care';
import { redFlagById } from '../guide/red-flags';
import {
  CONDITION_IDS,
  type ConditionId,
  RED_FLAG_IDS,
  type RedFlagAnswer,
  type RedFlagId,
  type RedFlagUrgency,
  ZONE_IDS,
  type ZoneId,
} from '../types';
import {
  ALL_SIGNS,
  BACK_ANCHORS,
  BACKGROUND_SIGNS,
  BUTTOCK_REST_WEIGHTS,
  CHILD_WEIGHTS,
  CIRCUMSTANCE_SIGNS,
  FEELINGS,
  type FeelingId,
  HIP_ANCHORS,
  OLDER_REST_WEIGHTS,
  type OnsetId,
  OUTSIDE_HIP_PARTS,
  RED_FLAG_RULES,
  type Sign,
  type SignId,
  TRAINING_BUILD_UP,
  TRIGGERS,
  type TriggerId,
  ZONES,
} from './evidence';
import { hypotheticalClauses } from './hypothetical';
import {
  compilePhrases,
  findPhrase,
  namesAnAnimal,
  type ParsedText,
  type People,
  parseText,
  readPeople,
} from './text-reading';

/** What the sidebar checker collects. Picked answers and free text both count. */
export interface CheckerAnswers {
  zones: ZoneId[];
  feelings: FeelingId[];
  triggers: TriggerId[];
  onset: OnsetId | null;
  /**
   * The safety questions answered so far. "unsure" raises the flag at its own tier, as "yes"
   * does (a runner who cannot rule a red flag out is advised as if it were there).
   */
  redFlagAnswers: Partial<Record<RedFlagId, RedFlagAnswer>>;
  /** Anything the runner typed; may be empty. */
  text: string;
}

/** One condition that fits, with the reasons for and against in plain words. */
export interface ConditionMatch {
  id: ConditionId;
  /** Evidence points; only comparable within one result. */
  score: number;
  /** What fits, strongest first: "Pain on the outside of the hip". */
  why: string[];
  /** What does not fit: "No clicking, catching or locking". */
  whyNot: string[];
}

/** A red flag the answers or the text describe, ready to show. */
export interface RedFlagMatch {
  id: RedFlagId;
  title: string;
  /** The banner's first words; action and advice hold slots for the locale (`inLocalWords`). */
  action: string;
  advice: string;
  urgency: RedFlagUrgency;
  /** True when the only reason is a checker answer of "not sure": "You weren't sure whether…". */
  unsure?: true;
}

/** A complaint outside the hip region, and where to look instead. */
export interface OutsideHip {
  part: string;
  suggestion: string;
}

/** Conditions best first (only those with some evidence) and red flags most urgent first. */
export interface LookupResult {
  conditions: ConditionMatch[];
  redFlags: RedFlagMatch[];
  /**
   * Set when the text is only about another body part (heel, shin, calf…): nothing is ranked,
   * and the checker says the guide covers hips and where to look instead.
   */
  outsideHip: OutsideHip | null;
}

/** The contract's red flag: what a caller outside the checker needs to act on it. */
export interface LookupRedFlag {
  id: RedFlagId;
  advice: string;
  urgency: RedFlagUrgency;
  action: string;
}

/** Whether a text describes a sign or rules it out ("no swelling", "it never locks"). */
export type SignState = 'present' | 'ruled-out';

/** The signs a text describes or rules out. */
export type TextEvidence = Partial<Record<SignId, SignState>>;

/**
 * Nerve signs a runner rules out ("no numbness, no weakness, nothing going down the leg") count
 * nothing against back pain: most back pain that reaches the hip has none (NHS Back pain). Nor
 * do the emergency's signs said to be absent ("no saddle numbness", "bladder's fine"): a runner
 * answering the safety questions is not arguing against the back.
 */
const NO_PENALTY_WHEN_ABSENT: readonly SignId[] = [
  'travels-down-leg',
  'numbness-tingling',
  'leg-weakness',
  'foot-drop',
  'saddle-numbness',
  'bladder-bowel-change',
];
/** A sign the runner ruled out counts this share of its weight against a condition. */
const RULED_OUT_FACTOR = 0.5;
/** A sign this strong for one condition is "not typical" for a condition it gives nothing. */
const TELLING_WEIGHT = 3;
const URGENCY_ORDER: readonly RedFlagUrgency[] = ['emergency', 'same-day', 'soon'];

const SIGN_PATTERNS: readonly { sign: Sign; pattern: RegExp }[] = ALL_SIGNS.map((sign) => ({
  sign,
  pattern: compilePhrases(sign.phrases),
}));

const OUTSIDE_HIP_PATTERNS = OUTSIDE_HIP_PARTS.map((part) => ({
  part,
  pattern: compilePhrases(part.phrases),
}));

interface Mention {
  clause: number;
  sentence: number;
  negated: boolean;
}

type Mentions = Partial<Record<SignId, Mention[]>>;

/** Reads free text into evidence: the signs it describes and the signs it rules out. */
export function readSymptomText(text: string): TextEvidence {
  return evidenceFrom(readMentions(parseText(text)));
}

function readMentions(parsed: ParsedText): Mentions {
  const mentions: Mentions = {};
  // What is only supposed ("should I worry if I get a fever?") is not read at all.
  const unreal = hypotheticalClauses(parsed);
  for (const { sign, pattern } of SIGN_PATTERNS) {
    const found = [...findPhrase(parsed, pattern), ...(sign.alsoRead?.(parsed) ?? [])].filter(
      (hit) => !unreal.has(hit.clause),
    );
    const hits = found.map((hit) => ({
      ...hit,
      sentence: parsed.clauses[hit.clause]?.sentence ?? -1,
    }));
    if (hits.length > 0) mentions[sign.id] = hits;
  }
  return mentions;
}

/** The evidence in the mentions, optionally only those in some clauses. */
function evidenceFrom(all: Mentions, clauses?: ReadonlySet<number>): TextEvidence {
  let mentions = all;
  if (clauses) {
    mentions = {};
    for (const [id, found] of Object.entries(all) as [SignId, Mention[]][]) {
      const kept = found.filter((mention) => clauses.has(mention.clause));
      if (kept.length > 0) mentions[id] = kept;
    }
  }
  const affirmedIn = (ids: readonly SignId[] | undefined, where: 'clause' | 'sentence') => {
    const places: number[] = [];
    for (const id of ids ?? []) {
      for (const mention of mentions[id] ?? []) if (!mention.negated) places.push(mention[where]);
    }
    return places;
  };

  const evidence: TextEvidence = {};
  for (const sign of ALL_SIGNS) {
    if (!mentions[sign.id]) continue;
    const blockedClauses = affirmedIn(sign.unlessClauseHas, 'clause');
    const unblocked = affirmedIn(sign.exceptSentenceHas, 'sentence');
    const blockedSentences = affirmedIn(sign.unlessSentenceHas, 'sentence').filter(
      (sentence) => !unblocked.includes(sentence),
    );
    const blocksIn = (ids: readonly SignId[] | undefined) =>
      (ids ?? [])
        .flatMap((id) => mentions[id] ?? [])
        .filter((block) => !block.negated && !unblocked.includes(block.sentence));
    const laterBlocks = blocksIn(sign.unlessLaterInSentence);
    const earlierBlocks = blocksIn(sign.unlessEarlierInSentence);
    const counted = (mentions[sign.id] ?? []).filter(
      (mention) =>
        !blockedClauses.includes(mention.clause) &&
        !blockedSentences.includes(mention.sentence) &&
        !laterBlocks.some(
          (block) => block.sentence === mention.sentence && block.clause >= mention.clause,
        ) &&
        !earlierBlocks.some(
          (block) => block.sentence === mention.sentence && block.clause <= mention.clause,
        ),
    );
    if (counted.some((mention) => !mention.negated)) evidence[sign.id] = 'present';
    else if (counted.length > 0) evidence[sign.id] = 'ruled-out';
  }
  return evidence;
}

/**
 * Pins and needles or weakness running down the leg to the foot is a nerve from the back (NHS
 * Sciatica): in the guide's scope, wherever it is felt. A twinge "halfway down the back of the
 * thigh" alone, with none of these, is a hamstring strain, not.
 */
const NERVE_OR_BACK_SIGNS: readonly SignId[] = [
  'numbness-tingling',
  'leg-weakness',
  'foot-drop',
  'named-back',
  'lower-back',
];

/**
 * Text about another body part ("my hip is fine, my calf hurts", "shin splints") says nothing
 * about the hip, unless something in it points at the hip.
 */
function isAboutAnotherBodyPart(evidence: TextEvidence): boolean {
  if (evidence['other-body-part'] !== 'present') return false;
  // ("Left hip replaced 2 years ago, brilliant… back of my heel is sore… hips both great": a
  // hip named only as the operation and as fine is no place that hurts.)
  // (Nor "operation on my hip 2 weeks ago (labrum repair)… the hip itself is ok": the tear is
  // the operation's name.)
  const hipOnlyOperatedAndFine =
    (evidence['hip-replaced'] === 'present' || evidence['hip-operated'] === 'present') &&
    evidence['hip-is-fine'] === 'present';
  const namesTheOperation: readonly SignId[] = ['hip-mentioned', 'named-cartilage-tear'];
  // ("Went down on my knee and hip… fine now apart from a scraped knee": the hip named in the
  // fall, and nothing left of it.)
  const onlyOtherPartLeft = evidence['only-other-part-left'] === 'present';
  const atTheHip = HIP_ANCHORS.some(
    (id) =>
      evidence[id] === 'present' &&
      !(namesTheOperation.includes(id) && hipOnlyOperatedAndFine) &&
      !(id === 'hip-mentioned' && onlyOtherPartLeft),
  );
  // "Tingling down my shin into my big toe. No back pain, no hip pain": with the back and the
  // hip both denied, a nerve felt below the knee is not read about the back, as with a dropped
  // foot below (docs/clinical-decisions.md, "Fifteenth pass"). The nerve flag still stands.
  // ("Hips and back feel fine" too.)
  const backDenied =
    evidence['back-said'] === 'ruled-out' ||
    (evidence['back-said'] !== 'present' && evidence['back-is-fine'] === 'present');
  if (
    backDenied &&
    (evidence['hip-mentioned'] === 'ruled-out' || evidence['hip-is-fine'] === 'present') &&
    !atTheHip
  ) {
    return true;
  }
  // A leg gone weak ("can't push off on hills") is a nerve root from the back.
  if (evidence['leg-weakness'] === 'present') return false;
  // "My foot slaps down and I catch my toes… back twinge last week": foot drop too. With no
  // back, buttock or hip in the story ("no pain anywhere, back's fine"), a nerve pressed below
  // the knee is as likely (docs/clinical-decisions.md, "Fourteenth pass").
  if (evidence['foot-drop'] === 'present' && (evidence['back-said'] === 'present' || atTheHip)) {
    return false;
  }
  if (
    evidence['travels-down-leg'] === 'present' &&
    NERVE_OR_BACK_SIGNS.some((id) => evidence[id] === 'present')
  ) {
    return false;
  }
  return !atTheHip;
}

/**
 * "Is it my IT band? Pain's right around the kneecap… nothing on the outside of the knee",
 * "Hamstring tendinopathy or strain? A twang mid back of my thigh… buttock and sit bone are
 * fine": a hip condition only named in a question, while the part said to hurt is elsewhere and
 * the hip region is said to be fine, is the writer's guess, not a place that hurts. Left out only
 * when that leaves the text about the other part: "ITB? Outside of my knee at 5k" and "Is it
 * bursitis? It wakes me every night and my knee hurts" still read the hip. (The clause-level
 * `a-guess` sign, "could it be this IT band thing", blocks a name wherever it stands; this one
 * needs the whole text, so it is read here, once the mentions are known.)
 */
function withoutGuesses(parsed: ParsedText, mentions: Mentions): Mentions {
  if (parsed.questions.size === 0) return mentions;
  const asked = NAMED_CONDITION_SIGNS.filter((id) => {
    const found = mentions[id] ?? [];
    return found.length > 0 && found.every((mention) => parsed.questions.has(mention.sentence));
  });
  if (asked.length === 0) return mentions;
  const withoutAsked = { ...mentions };
  for (const id of asked) delete withoutAsked[id];
  const evidence = evidenceFrom(withoutAsked);
  // (A place denied, such as "nothing on the outside of the knee", counts only below the thigh:
  // "High hamstring? Sitting on the bone hurts" is about the sit bone.)
  const belowTheThigh = !['back of the thigh', 'front of the thigh'].includes(
    outsidePart(parsed)?.part ?? '',
  );
  const hipDenied =
    evidence['hip-is-fine'] === 'present' ||
    (belowTheThigh && ZONES.some((zone) => evidence[zone.id] === 'ruled-out'));
  return hipDenied && isAboutAnotherBodyPart(evidence) ? withoutAsked : mentions;
}

/** The signs that name a condition ("ITBS", "bursitis", "psoas"). */
const NAMED_CONDITION_SIGNS: readonly SignId[] = HIP_ANCHORS.filter((id) =>
  id.startsWith('named-'),
);

/** The body part an off-topic text is about, first mentioned first. */
function outsidePart(parsed: ParsedText): OutsideHip | null {
  let best: { clause: number; part: OutsideHip } | null = null;
  for (const { part, pattern } of OUTSIDE_HIP_PATTERNS) {
    const hit = findPhrase(parsed, pattern).find((found) => !found.negated);
    if (hit && (best === null || hit.clause < best.clause)) {
      best = { clause: hit.clause, part: { part: part.part, suggestion: part.suggestion } };
    }
  }
  return best?.part ?? null;
}

/** Whether the text says something of an outside part (by its `part` name), not denied. */
function namesOutsidePart(parsed: ParsedText, name: string): boolean {
  return OUTSIDE_HIP_PATTERNS.some(
    ({ part, pattern }) =>
      part.part === name && findPhrase(parsed, pattern).some((found) => !found.negated),
  );
}

function pickedEvidence(answers: CheckerAnswers): TextEvidence {
  const evidence: TextEvidence = {};
  const picked: SignId[] = [...answers.zones, ...answers.feelings, ...answers.triggers];
  if (answers.onset) picked.push(answers.onset);
  for (const id of picked) evidence[id] = 'present';
  return evidence;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Signs that say something is wrong even without a word for pain ("my leg looks shorter"). */
const HARM_SIGNS: readonly SignId[] = [
  'pain-word',
  'tender-to-touch',
  'severe-pain',
  'deformity',
  'cannot-move-leg',
  'hot-red-swollen',
  'numbness-tingling',
  'leg-weakness',
  // "Foot slapping the ground… low back has been stiff": a dropped foot is something wrong.
  'foot-drop',
  // "I get a pinch in the front of the groin when I squat": a pain, in other words.
  'pinching',
  ...FEELINGS.map((feeling) => feeling.id),
];

/** What sore skin feels like: red, hot, burning. */
const SKIN_FEELINGS: readonly SignId[] = ['hot-red-swollen', 'burning'];

/**
 * True when some sign says where or how it hurts, not only training history. When and how it
 * started (stairs, downhill, "at 32k", a fall) count only once something is said to be wrong:
 * picked answers, a pain word, a feeling or an alarm sign.
 */
function describesPain(evidence: TextEvidence, painSaid: boolean): boolean {
  const hurts = painSaid || HARM_SIGNS.some((id) => evidence[id] === 'present');
  // "Tripped and went down on my hip. Honestly no pain at all, just a small bruise": a fall the
  // writer says left nothing hurting, with no place in the hip region named but the word "hip",
  // has no complaint to rank (a bruise they say does not hurt is not a tender spot). Another
  // place named keeps it ("no pain at all… separate thing: my sit bone has been grumbling"), and
  // so does any other complaint ("nothing hurts, but my hip gives way": no fall told).
  const saysNoPainAtAll =
    !painSaid &&
    evidence['fall-or-twist'] === 'present' &&
    evidence['pain-word'] === 'ruled-out' &&
    evidence['no-harm'] === 'present';
  if (
    saysNoPainAtAll &&
    !HARM_SIGNS.some((id) => id !== 'tender-to-touch' && evidence[id] === 'present') &&
    !HIP_ANCHORS.some((id) => id !== 'hip-mentioned' && evidence[id] === 'present')
  ) {
    return false;
  }
  // "My outer hip thing got better… ran pain-free today": a place named in a story that ended
  // well, with nothing said to hurt now, is thanks, not a symptom. (Unless it came back: "3
  // months pain free, but it's back since the new job" is the complaint again.)
  if (!hurts && evidence.resolved === 'present' && evidence['came-back'] !== 'present') {
    return false;
  }
  // "Inner thighs raw after the long run, stings like mad": sore skin, with no place in the hip
  // region left that hurts, is the skin's (the guide covers hips).
  // ("The hip belt rubs red marks on the bony bit at the front of my hips. No pain once I take
  // it off, just the skin": a place named, but nothing said to hurt there.)
  // ("Raw from chafing, like they're on fire… the skin's red": the heat and redness are the
  // skin's, not a sign that something under it hurts.)
  const hurtsUnderSkin =
    painSaid || HARM_SIGNS.some((id) => !SKIN_FEELINGS.includes(id) && evidence[id] === 'present');
  if (
    evidence['skin-complaint'] === 'present' &&
    (!HIP_ANCHORS.some((id) => evidence[id] === 'present') ||
      !hurtsUnderSkin ||
      // "Chafing from my shorts… No other pain" (said with a "no", the phrase reads as denied:
      // either way it was said).
      evidence['nothing-else-hurts'] !== undefined)
  ) {
    return false;
  }
  // "Legs like concrete after the mountain marathon, everything hurts, both sides": soreness all
  // over with no place in the hip region named is a hard race's, not a hip to rank. So is "both
  // quads and both hips sore" the day after: the hips named, but no place in them.
  // ("DOMS so bad after legs day, quads and glutes both sides": the glutes are one of the
  // muscle groups a session left sore, unless a pain is named in them.)
  const soreMusclesOnly = (id: SignId) =>
    id === 'hip-mentioned' || (id === 'buttock' && evidence['pain-word'] !== 'present');
  // ("All muscles of the thighs are sore, like Muskelkater, down stairs I walk backwards": no
  // hip named at all, so no side need be said.)
  if (
    (evidence['general-soreness'] === 'present' || evidence['all-muscles-sore'] === 'present') &&
    (evidence['both-sides'] === 'present' || evidence['hip-mentioned'] !== 'present') &&
    !HIP_ANCHORS.some((id) => !soreMusclesOnly(id) && evidence[id] === 'present')
  ) {
    return false;
  }
  return ALL_SIGNS.some(
    (sign) =>
      evidence[sign.id] === 'present' &&
      // The bare word "hip" ("a mobility routine for my hips") needs something to be wrong.
      ((HIP_ANCHORS.includes(sign.id) && (sign.id !== 'hip-mentioned' || hurts)) ||
        (Object.keys(sign.weights).length > 0 &&
          !BACKGROUND_SIGNS.includes(sign.id) &&
          (hurts || !CIRCUMSTANCE_SIGNS.includes(sign.id)))),
  );
}

/**
 * "Left foot is catching the ground and slaps down. No pain anywhere": a dropped foot with
 * nothing said of the hip region, the back, a weak leg or pain travelling down it is as likely a
 * nerve pressed at the knee as one from the back (docs/clinical-decisions.md, "Seventeenth
 * pass"). The nerve flag stands; no hip or back condition is ranked.
 */
function isFootDropAlone(evidence: TextEvidence): boolean {
  const present = (id: SignId) => evidence[id] === 'present';
  return (
    present('foot-drop') &&
    !HIP_ANCHORS.some(present) &&
    !(['back-said', 'travels-down-leg', 'leg-weakness'] as const).some(present)
  );
}

/**
 * "No back pain, but a numb strip down the outside of my calf and my toes tingle": numbness or a
 * dropped foot below the knee, with the back said to be fine and nothing of the hip region, is
 * as likely a nerve pressed at the knee (the flag stands; docs/clinical-decisions.md).
 */
function isNerveWithBackDenied(evidence: TextEvidence): boolean {
  const present = (id: SignId) => evidence[id] === 'present';
  return (
    (present('numbness-tingling') || present('foot-drop')) &&
    evidence['back-said'] === 'ruled-out' &&
    present('other-body-part') &&
    // (A leg that is weaker too is read as a nerve root: "tingling down to the foot and it is
    // weaker… no back pain. I did deadlifts".)
    !present('leg-weakness') &&
    !HIP_ANCHORS.some(present)
  );
}

/** Where the pain is, as the runner places it ("my hip" alone places it nowhere in particular). */
const PLACES: readonly SignId[] = [...ZONE_IDS, 'deep-hip', 'deep-buttock'];

/** Signs of an illness of the whole body, beside hip pain. */
const SYSTEMIC_SIGNS: readonly SignId[] = [
  'unexplained-weight-loss',
  'generally-unwell',
  'past-cancer',
];
/** What points away from the joint: the outer hip's tendons, the back, the sit bone. */
const POINTS_AWAY_FROM_JOINT: readonly SignId[] = [
  'outer-hip',
  'outer-thigh',
  'lying-on-side',
  'buttock',
  'sit-bone',
  'lower-back',
  'back-said',
];
const UNWELL_JOINT_WEIGHT = 2.5;
const UNWELL_JOINT_WHY = 'Unwell or losing weight, with no change in training';

/** Triggers of outer-hip pain that load the sacroiliac joint too (NHS Sacroiliac joint pain). */
const SACROILIAC_TOO: readonly SignId[] = ['lying-on-side', 'single-leg-stance'];

function rankConditions(
  evidence: TextEvidence,
  painSaid: boolean,
  child: boolean,
): ConditionMatch[] {
  // A child's limp, or a foot turned out as they walk, is something wrong at the hip even when
  // no hip word is said ("a sore knee for a month, and now he walks with his foot turned out").
  const childHipSign = child && CHILD_HIP_SIGNS.some((id) => evidence[id] === 'present');
  if (!describesPain(evidence, painSaid) && !childHipSign) return [];
  if (isFootDropAlone(evidence) || isNerveWithBackDenied(evidence)) return [];
  const mentioned = ALL_SIGNS.filter((sign) => evidence[sign.id] !== undefined);
  // Pain placed at the back and not on the outside of the hip: rolling over in bed and standing
  // on one leg load the sacroiliac joint as much as the outer hip's tendons, so they do not
  // point to the outer hip there ("in the dimple at the bottom of my back, worse rolling over in
  // bed"; docs/clinical-decisions.md, twenty-fifth pass).
  // (The back said, or the buttock: "waist" is the hip in many Englishes, "the side of my waist
  // bone… when I lie on that side" the outer hip.)
  const placedAtTheBack =
    evidence['lower-back'] === 'present' &&
    evidence['outer-hip'] !== 'present' &&
    (evidence.buttock === 'present' || evidence['back-said'] === 'present');
  // (At the joint's places, the groin or deep in the hip, or "my hip" with no place said and
  // not lain on; not the back's.)
  const olderAtRest =
    !child &&
    evidence['older-age'] === 'present' &&
    (evidence.groin === 'present' ||
      evidence['deep-hip'] === 'present' ||
      (!PLACES.some((id) => evidence[id] === 'present') &&
        evidence['lying-on-side'] !== 'present')) &&
    evidence['lower-back'] !== 'present' &&
    evidence['back-said'] !== 'present' &&
    !TRAINING_BUILD_UP.some((id) => evidence[id] === 'present');
  // (In the buttock or behind the hip, and not the outer hip's, nor lain on. Never with the
  // older runner's rule above, which needs the groin or the deep hip.)
  const buttockAtRest =
    !child &&
    evidence.buttock === 'present' &&
    evidence['sit-bone'] !== 'present' &&
    evidence['sitting-long'] !== 'present' &&
    evidence['outer-hip'] !== 'present' &&
    evidence['lying-on-side'] !== 'present' &&
    evidence.groin !== 'present' &&
    evidence['deep-hip'] !== 'present';
  // Weight lost without trying, feeling run down or a past cancer, with no build-up in training
  // to explain the pain and no place that points to the outer hip's tendons, the back or the sit
  // bone: such pain is read first at the joint and the bone inside it, where infection,
  // inflammatory arthritis and a growth show as a deep hip or groin ache (GP Reasoning, hip pain;
  // docs/clinical-decisions.md, thirty-eighth pass). The flag leads the advice either way.
  const unwellUnexplained =
    !child &&
    SYSTEMIC_SIGNS.some((id) => evidence[id] === 'present') &&
    !TRAINING_BUILD_UP.some((id) => evidence[id] === 'present') &&
    !POINTS_AWAY_FROM_JOINT.some((id) => evidence[id] === 'present') &&
    // (Nor where a sign tells of another condition: "sore when he squeezes his knees together".)
    !mentioned.some(
      (sign) =>
        evidence[sign.id] === 'present' &&
        Object.entries(sign.weights).some(
          ([id, weight]) => id !== 'hip-joint' && (weight ?? 0) >= TELLING_WEIGHT,
        ),
    );
  const matches: ConditionMatch[] = [];
  for (const id of CONDITION_IDS) {
    const reasons: { text: string; weight: number }[] = [];
    const whyNot: string[] = [];
    let score = 0;
    for (const sign of mentioned) {
      const state = evidence[sign.id];
      const weights =
        (child ? CHILD_WEIGHTS[sign.id] : undefined) ??
        (olderAtRest && sign.id === 'rest-or-night' ? OLDER_REST_WEIGHTS : undefined) ??
        (buttockAtRest && sign.id === 'rest-or-night' ? BUTTOCK_REST_WEIGHTS : undefined) ??
        sign.weights;
      const weight =
        placedAtTheBack && id === 'hip-bursitis' && SACROILIAC_TOO.includes(sign.id)
          ? 0
          : (weights[id] ?? 0);
      if (state === 'present' && weight > 0) {
        score += weight;
        reasons.push({ text: sign.why, weight });
      } else if (state === 'ruled-out' && weight > 0 && !NO_PENALTY_WHEN_ABSENT.includes(sign.id)) {
        score -= weight * RULED_OUT_FACTOR;
        whyNot.push(sign.absent);
      } else if (state === 'present' && weight === 0 && !sign.id.startsWith('named-')) {
        const strongest = Math.max(0, ...Object.values(weights));
        if (strongest >= TELLING_WEIGHT) whyNot.push(`Not typical here: ${lowerFirst(sign.why)}`);
      }
    }
    if (unwellUnexplained && id === 'hip-joint') {
      score += UNWELL_JOINT_WEIGHT;
      reasons.push({ text: UNWELL_JOINT_WHY, weight: UNWELL_JOINT_WEIGHT });
    }
    if (score > 0 && reasons.length > 0) {
      // A stable sort keeps equal weights in the evidence model's order.
      const why = reasons.sort((a, b) => b.weight - a.weight).map((reason) => reason.text);
      matches.push({ id, score, why, whyNot });
    }
  }
  // Ties keep CONDITION_IDS order, so the same answers always rank the same way.
  return matches.sort((a, b) => b.score - a.score);
}

/** Signs that say how old someone is. */
const AGE_SIGNS: readonly SignId[] = ['under-18', 'older-age', 'aged-65-plus'];

/** What an ended story may have been about for its age to belong to that story alone. */
const ENDED_COMPLAINT: readonly SignId[] = [
  ...HIP_ANCHORS,
  'limp',
  'knee-or-thigh',
  'leg-mentioned',
  'pain-word',
  'fall-or-twist',
];

/**
 * The ages told in sentences whose story has ended, when that story was an illness and not a
 * leg: "15yo son had flu a month ago, all gone now. This week… a twinge in his groin" still
 * says how old he is now. "My son (13) had a limp in the autumn… fine for months. Now it's me"
 * is an ended story about that child's leg, and the age stays with it, unless the story is
 * said to have come back: "Daughter (12) had irritable hip in March, settled in a week… This
 * week the same hip hurts again and she's limping" is the same child, still 12.
 */
function agesKept(mentions: Mentions, ended: ReadonlySet<number>): TextEvidence {
  const story = evidenceFrom(mentionsWhere(mentions, (mention) => ended.has(mention.clause)));
  // (Not when an age is told again after the ending: "My son (13) had a limp… settled. Now it's
  // me, I'm 46, and my groin aches at night again" is the writer's own.)
  const outsideEnded = (mention: { negated: boolean; clause: number }) =>
    !mention.negated && !ended.has(mention.clause);
  const cameBack =
    (mentions['came-back'] ?? []).some(outsideEnded) &&
    !AGE_SIGNS.some((id) => (mentions[id] ?? []).some(outsideEnded));
  if (!cameBack && ENDED_COMPLAINT.some((id) => story[id] === 'present')) return {};
  return Object.fromEntries(
    AGE_SIGNS.filter((id) => story[id] === 'present').map((id) => [id, 'present']),
  );
}

/** The evidence each kind of rule may use: see `RedFlagRule.reach`. */
interface EvidenceByReach {
  hip: TextEvidence;
  leg: TextEvidence;
  any: TextEvidence;
  /** The evidence about each person the text talks about, for `onePerson` rules (lazy). */
  byPerson: () => TextEvidence[];
  /** The evidence about the person in pain, for `patientOnly` rules (lazy). */
  patient: () => TextEvidence;
  /** The evidence outside stories that have ended, for `nowOnly` rules (lazy). */
  now: () => TextEvidence;
  /** The evidence with the clauses naming a pet left out: every rule must hold there too. */
  people: () => TextEvidence;
}

function raisedRedFlags(
  evidence: EvidenceByReach,
  answered: CheckerAnswers['redFlagAnswers'],
): RedFlagMatch[] {
  const fromRules = new Set<RedFlagId>();
  for (const rule of RED_FLAG_RULES) {
    const holdsFor = (facts: TextEvidence) =>
      rule.needsOneOfEach.every((group) => group.some((id) => facts[id] === 'present')) &&
      !rule.unlessAllOf?.some((set) => set.every((id) => facts[id] === 'present'));
    const reached = holdsFor(evidence[rule.reach ?? 'hip']);
    const holds =
      reached &&
      (!rule.onePerson || evidence.byPerson().some(holdsFor)) &&
      (!rule.patientOnly || holdsFor(evidence.patient())) &&
      (!rule.nowOnly || holdsFor(evidence.now())) &&
      // "My dog can't bear weight on his back leg": a pet is never the one to send to A&E.
      holdsFor(evidence.people());
    if (holds) fromRules.add(rule.redFlag);
  }
  const matches: RedFlagMatch[] = [];
  for (const id of RED_FLAG_IDS) {
    const answer = answered[id];
    const picked = answer === 'yes' || answer === 'unsure';
    if (!picked && !fromRules.has(id)) continue;
    const { title, action, advice, urgency } = redFlagById(id);
    const match: RedFlagMatch = { id, title, action, advice, urgency };
    // "Not sure" is raised at the flag's own tier; the view says it was not sure.
    if (answer === 'unsure' && !fromRules.has(id)) match.unsure = true;
    matches.push(match);
  }
  // A stable sort keeps RED_FLAG_IDS order within a tier.
  return matches.sort(
    (a, b) => URGENCY_ORDER.indexOf(a.urgency) - URGENCY_ORDER.indexOf(b.urgency),
  );
}

/**
 * The evidence with the clauses about animals left out: "our spaniel is limping". With
 * `onlyNaming`, only the clauses that name the animal themselves: a red flag is never set aside
 * because the clauses after a pet were read as the pet's ("walks the spaniel twice a day… she
 * can't get up, her leg is rolled out"; "fit as a butcher's dog… he can't put weight on it").
 */
function withoutAnimals(
  parsed: ParsedText,
  people: People,
  mentions: Mentions,
  all: TextEvidence,
  onlyNaming = false,
): TextEvidence {
  const animals = new Set(
    people.animals.filter((i) => {
      const clause = parsed.clauses[i];
      return !onlyNaming || (clause !== undefined && namesAnAnimal(clause));
    }),
  );
  if (animals.size === 0) return all;
  return evidenceFrom(
    mentions,
    new Set(parsed.clauses.map((_, i) => i).filter((i) => !animals.has(i))),
  );
}

/**
 * The evidence about the person in pain. "Mum fell and broke her hip last winter… mine is just
 * morning stiffness": the runner's own clauses decide the ranking when they describe pain, and
 * what happened to someone else does not count. A parent writing only about their child keeps
 * the whole text, since the child is the one in pain.
 */
function patientEvidence(
  parsed: ParsedText,
  people: People,
  mentions: Mentions,
  all: TextEvidence,
): TextEvidence {
  const humans = withoutAnimals(parsed, people, mentions, all);
  const { runner } = people;
  if (!runner || runner.length === 0) return humans;
  // "I've had my usual bursitis for years so I know what that feels like, and this isn't it":
  // the runner's own pain told only to compare is not what the post is about.
  const comparing = new Set(
    (mentions['knows-the-feeling'] ?? []).filter((m) => !m.negated).map((m) => m.sentence),
  );
  const own = evidenceFrom(
    mentions,
    new Set(runner.filter((i) => !comparing.has(parsed.clauses[i]?.sentence ?? -1))),
  );
  // "My wife has hip pain at night… me, I'm fine apart from a stitch": a runner who says they
  // are fine but for another part is not asking about the hip someone else has.
  const fineButElsewhere = own.relief === 'present' && isAboutAnotherBodyPart(own);
  // "My buddy just got diagnosed with a stress fracture… I feel totally fine, no groin pain",
  // "zero pain anywhere, but my dad had a hip replacement": a runner who says they are in no
  // pain, writing about someone for whom no pain is told either, is asking about themself.
  // ("My husband's groin hurts walking… I'm fine, no pain" stays about the husband.)
  if (describesPain(own, false) || fineButElsewhere) return own;
  const saysPainFree =
    own['pain-word'] === 'ruled-out' && (own['no-harm'] === 'present' || own.relief === 'present');
  if (!saysPainFree) return humans;
  const theirs = others(parsed, runner, mentions);
  return SOMETHING_WRONG.some((id) => theirs[id] === 'present') ? humans : own;
}

/** Signs that say something is wrong with someone: a place, a feeling, a trigger, a limp. */
const SOMETHING_WRONG: readonly SignId[] = [
  ...HARM_SIGNS,
  ...ZONES.map((zone) => zone.id),
  ...TRIGGERS.map((trigger) => trigger.id),
  'limp',
  'cannot-bear-weight',
  'leg-shortened-or-turned',
  'fever',
];

/** The evidence in the clauses about anyone but the runner. */
function others(parsed: ParsedText, runner: number[], mentions: Mentions): TextEvidence {
  const theirs = new Set(
    parsed.clauses.map((_, index) => index).filter((i) => !runner.includes(i)),
  );
  return evidenceFrom(mentions, theirs);
}

/** "It came back on Sunday", "but now it's back": a story coming back, told first. */
const CAME_BACK_OPENING =
  /^(?:and |but |then |now |so )*(?:it|that|they|the pain|the tingling|the numbness|the ache)(?: has| have| had| is| was)? (?:came|come|comes|back|returned|started again)(?![a-z])/;
/**
 * "That's long gone", "it hasn't woken me for weeks": an ending about what went before. ("Went
 * after a week.", "UPDATE: totally gone since the physio sorted my back": the same, the "it"
 * left out; not "Gone by the next day.", every run's pattern.)
 */
const ENDING_POINTS_BACK =
  /(?:^|[ \n](?:and|but|so) )(?:thankfully |luckily )?(?:that|thats|it|its|this|those|they|all that|all of that|all fine|all good|all ok|all okay|all sorted|all clear)(?![a-z])|^(?:went|settled|cleared|disappeared|eased off)(?: away| up| completely)? (?:after|within|in)(?![a-z])/;
/**
 * "UPDATE: totally gone since the physio sorted my back": an ending with no subject, after only
 * a post's heading, is about the sentence before (not "She had shingles down that side last
 * year, completely gone now", which ends its own; nor "Edit: completely gone since Sunday, the
 * night pain anyway", or "completely gone since Friday the bruise on my thigh", which name what
 * went; nor when something is "still" there after it).
 */
const GONE_AFTER_A_HEADING =
  /^(?:totally|completely|fully|all) (?:gone|cleared|settled)(?: now)?(?:(?: since| after| within) (?:the |my )?(?:(?!the |my )[^ \n]+ ){0,2}(?!the |my )[^ \n]+(?: [a-z]+ (?:my|the|his|her) [a-z]+)?)?$/;
/** A post's heading before an update: "UPDATE:", "EDIT 2:". */
const POST_HEADING = /^(?:update|edit|ps|later|edit \d|update \d)$/;
/** "…completely gone since Sunday, the night pain anyway": the ending names what went. */
const NAMES_WHAT_WENT = /^(?:the|my|that|this|i mean)(?![a-z])/;
/** "…totally gone after the weekend. Still limping": something goes on. */
const STILL = /(?:^|[ \n])still(?![a-z])/;
/**
 * An earlier episode told as one before its ending, in the ending's own sentence: "She had the
 * same thing briefly last year and it went in a couple of days" ends last year's, not the limp
 * told the sentence before. Both a repeat ("had the same", "same thing") and a time in the past;
 * not "That was two years ago, it went after six weeks off", which dates the story before and
 * ends it.
 */
const EARLIER_EPISODE = new RegExp(
  '(?:^|[ \\n])(?:had|got|get|getting) (?:the same|this|that|it) (?:[^ \\n]+ ){0,4}(?:' +
    '(?:last|previous) (?:year|summer|spring|autumn|fall|winter|season|time)(?![a-z])|' +
    '(?:a|one|two|three|four|five|six|seven|eight|nine|ten|some|few|couple of|many|[0-9]+) ' +
    '(?:years?|months?) (?:ago|back)(?![a-z])|' +
    'in (?:19|20)[0-9][0-9](?![0-9]))',
);
/** What a sentence may tell of its own before its ending, so the ending is its own story's. */
const TOLD_IN_A_STORY: readonly SignId[] = [
  ...SOMETHING_WRONG,
  'fall-or-twist',
  'other-body-part',
  'general-soreness',
  'illness-over',
  'mileage-jump',
];

/** Words that open the present again after a story told as over, in the same sentence. */
const PRESENT_OPENERS = new Set(['now', 'currently', 'nowadays', 'lately', 'today']);
/** "Flu all gone now, since I started back the front of my hip hurts": the return, then now. */
const SINCE_COMING_BACK =
  /^(?:and |but |so )?since (?:i |i have |i ve |ive )?(?:started|starting|got|getting|came|coming|went|going) back(?![a-z])/;

/**
 * The clauses that tell a story which has ended: "The groin pain I had after the marathon went
 * after 4 days of rest." Their signs are history, not what hurts now, so the ranking leaves them
 * out; a story that came back ("went, then came back", "still there"), or left something behind
 * ("all gone apart from a twinge"), is not over. Only the clauses of a sentence up to its last
 * ending are history, and on until a later clause opens the present again ("calf was swollen
 * after the ultra but went down in two days, now I just have a tight outer hip on stairs";
 * "bladder control has been fine since physio sorted it; the hip issue now is a pinch in the
 * groin"), or says something is no better ("the limp went within a week, but the outer hip ache
 * is the same 7 weeks on": the limp stays over).
 */
function endedClauses(parsed: ParsedText, mentions: Mentions): Set<number> {
  const open = new Set([
    ...sentencesWith(mentions, 'came-back'),
    ...sentencesWith(mentions, 'something-left'),
    // "…settled after a week back in March. It came back on Sunday": a sentence that opens
    // with the story coming back keeps the one before it open.
    ...parsed.clauses
      .filter(
        (clause, index) =>
          parsed.clauses[index - 1]?.sentence !== clause.sentence &&
          CAME_BACK_OPENING.test(clause.joined),
      )
      .map((clause) => clause.sentence - 1),
  ]);
  // The last clause of each ended sentence that says it ended.
  const lastEnding = new Map<number, number>();
  for (const mention of mentions['story-ended'] ?? []) {
    if (mention.negated || open.has(mention.sentence)) continue;
    lastEnding.set(
      mention.sentence,
      Math.max(lastEnding.get(mention.sentence) ?? -1, mention.clause),
    );
  }
  const ended = new Set<number>();
  if (lastEnding.size === 0) return ended;
  // An ending that tells nothing wrong of its own before it ends the sentence before it:
  // "…pins and needles right down to my little toe for about a week. That's long gone";
  // "Used to get a pain in my groin at night when I was pregnant. Baby is 2 now and that's
  // long gone". ("My knee went after a week" tells its own story, and ends only that.)
  const toldBeforeEnding = new Set(
    TOLD_IN_A_STORY.flatMap((id) => mentions[id] ?? [])
      .filter((m) => !m.negated && m.clause < (lastEnding.get(m.sentence) ?? -1))
      .map((m) => m.sentence),
  );
  // (Not when a later sentence says it came back: "…it went completely, I was fine right
  // through Christmas. Since last week's hill session it's grumbling again".)
  const lastCameBack = Math.max(
    -1,
    ...(mentions['came-back'] ?? []).filter((m) => !m.negated).map((m) => m.sentence),
  );
  for (const [sentence, endingClause] of [...lastEnding.entries()]) {
    const before = sentence - 1;
    if (before < 0 || toldBeforeEnding.has(sentence) || open.has(before)) continue;
    if (lastCameBack > sentence) continue;
    const ending = parsed.clauses[endingClause]?.joined ?? '';
    const earlierClauses = parsed.clauses
      .filter((clause, index) => clause.sentence === sentence && index < endingClause)
      .map((clause) => clause.joined);
    const pointsBack =
      ENDING_POINTS_BACK.exec(ending) ??
      (GONE_AFTER_A_HEADING.test(ending) &&
      earlierClauses.every((text) => POST_HEADING.test(text)) &&
      !NAMES_WHAT_WENT.test(parsed.clauses[endingClause + 1]?.joined ?? '') &&
      !parsed.clauses.slice(endingClause + 1).some((clause) => STILL.test(clause.joined))
        ? { index: 0 }
        : null);
    if (!pointsBack) continue;
    // What the sentence told before its ending, in its earlier clauses or its ending's own.
    const toldFirst = [...earlierClauses, ending.slice(0, pointsBack.index)];
    if (toldFirst.some((text) => EARLIER_EPISODE.test(text))) continue;
    if (lastEnding.has(before)) continue;
    const clauses = clausesOf(parsed, new Set([before]));
    const last = clauses[clauses.length - 1];
    if (last !== undefined) lastEnding.set(before, last);
  }
  // The sentences that go on, after their ending, to say something is no better.
  const noBetterAfter = new Set(
    (mentions['no-better'] ?? [])
      .filter((m) => !m.negated && m.clause > (lastEnding.get(m.sentence) ?? m.clause))
      .map((m) => m.sentence),
  );
  const reopened = new Set<number>();
  parsed.clauses.forEach((clause, index) => {
    const last = lastEnding.get(clause.sentence);
    if (last === undefined) return;
    if (
      index > last &&
      (noBetterAfter.has(clause.sentence) ||
        clause.tokens.some((token) => PRESENT_OPENERS.has(token)) ||
        SINCE_COMING_BACK.test(clause.joined))
    ) {
      reopened.add(clause.sentence);
    }
    if (!reopened.has(clause.sentence)) ended.add(index);
  });
  return ended;
}

/**
 * "Ignore my last post about my hip, it was a stitch!!": a clause that only takes back an earlier
 * post, with nothing else in it. (A correction that tells more, "ignore my last post, the
 * numbness is now in both legs", is read as usual: corrections often make things worse.)
 */
const TAKES_BACK_A_POST =
  /^(?:please |pls )?(?:ignore|disregard|forget) (?:my|the) (?:last|previous|earlier|first|other) (?:post|comment|message)(?: (?:about|on|re) (?:my|the) (?:hip|hips|groin|bum|buttock|thigh|leg))?$/;

/** The clauses that only take back an earlier post: read no more than an ended story. */
function takenBackClauses(parsed: ParsedText): number[] {
  return parsed.clauses.flatMap((clause, index) =>
    TAKES_BACK_A_POST.test(clause.joined) ? [index] : [],
  );
}

/** The clauses of the given sentences. */
function clausesOf(parsed: ParsedText, sentences: ReadonlySet<number>): number[] {
  const clauses: number[] = [];
  parsed.clauses.forEach((clause, index) => {
    if (sentences.has(clause.sentence)) clauses.push(index);
  });
  return clauses;
}

/** The sentences that say `id`, or with `denied` the ones that deny it ("no pain"). */
function sentencesWith(mentions: Mentions, id: SignId, denied = false): number[] {
  return (mentions[id] ?? [])
    .filter((mention) => mention.negated === denied)
    .map((m) => m.sentence);
}

/** The mentions that `keep` keeps, by sign. */
function mentionsWhere(mentions: Mentions, keep: (mention: Mention) => boolean): Mentions {
  const kept: Mentions = {};
  for (const [id, found] of Object.entries(mentions) as [SignId, Mention[]][]) {
    const some = found.filter(keep);
    if (some.length > 0) kept[id] = some;
  }
  return kept;
}

/** The mentions outside the given clauses. */
function mentionsOutside(mentions: Mentions, clauses: ReadonlySet<number>): Mentions {
  return mentionsWhere(mentions, (mention) => !clauses.has(mention.clause));
}

/** Signs that a sore bone is being loaded: pain on walking, standing or hopping, or a limp. */
const LOAD_SIGNS: readonly SignId[] = [
  'weight-bearing',
  'hop-pain',
  'limp',
  'cannot-bear-weight',
  'earlier-each-run',
];

/**
 * Whether the flag's picture is a runner's loaded bone: pain under load or a limp, not only at
 * night, and not an older runner's stiff joint (osteoarthritis ranks first there; the flag still
 * leads the results either way).
 */
function loadedBoneStress(evidence: TextEvidence): boolean {
  const present = (id: SignId) => evidence[id] === 'present';
  // Thin bones, or a bone drug, make stairs or rest pain a loaded bone's too, at any age: "52,
  // osteopenia on the last scan… hurts walking up and down the stairs", "68F, on alendronate…
  // worse when I walk the dog" (Mayo Clinic Stress fractures; MHRA, atypical femoral fractures).
  const thinBone = present('low-energy') || present('bone-drug');
  return (
    (LOAD_SIGNS.some(present) ||
      // (Or pain at rest after a jump in training: "after a camp of double sessions, it hurts
      // even sitting and lying in bed".)
      (present('rest-or-night') && present('mileage-jump')) ||
      (thinBone && (present('stairs') || present('rest-or-night')))) &&
    (!present('older-age') || thinBone)
  );
}

/** Why a stress fracture leads when the bone-stress flag is raised. */
const BONE_STRESS_FIRST =
  'Groin or front-of-hip pain with a limp, on load or at rest: a bone stress injury is the first thing to rule out';

/**
 * When the bone-stress flag is raised by a loaded, painful bone, a stress fracture is the
 * closest match to read about, whatever else scores higher: it is the one that must be ruled
 * out first (see docs/clinical-decisions.md). "Teammates say it's a flexor thing" does not push
 * it down.
 */
function withBoneStressFirst(ranked: ConditionMatch[]): ConditionMatch[] {
  return withFirst(ranked, 'stress-fracture', BONE_STRESS_FIRST);
}

/** Why the back leads when the cauda equina flag is raised. */
const CAUDA_EQUINA_FIRST =
  'Numbness between the legs with bladder or bowel changes comes from the nerves at the base of the spine';

/** A child's walk that tells of the hip, with or without a hip word. */
const CHILD_HIP_SIGNS: readonly SignId[] = [
  'limp',
  'leg-shortened-or-turned',
  'cannot-bear-weight',
];

/** Signs of a moment of injury or a training load, when a child's limp is not the joint's. */
const CHILD_INJURY_SIGNS: readonly SignId[] = [
  'mileage-jump',
  'low-energy',
  'sudden-pull',
  'snapping',
  'inner-thigh',
  'named-adductor',
  'pubic-bone',
  // A teenage runner's limp with pain on walking, hopping, sprinting or lifting the knee is a
  // bone stress or a hip flexor's pull before a joint (docs/clinical-decisions.md).
  'weight-bearing',
  'hop-pain',
  'lifting-knee',
  'named-hip-flexor',
  'worse-each-run',
  'earlier-each-run',
  // …and the sit bone, the back and the nerves have their own places to read about.
  'sit-bone',
  'lower-back',
  'numbness-tingling',
  'leg-weakness',
];

/** Below this, a child's top condition rests on a time or a word, not a place or a feeling. */
const WEAK_LEAD = 2;
/** Signs of how or when it hurts that say nothing of where, for a child's weak lead. */
const NOT_WHERE_SIGNS: readonly SignId[] = ['dull-ache', 'rest-or-night'];

function withoutSigns(evidence: TextEvidence, ids: readonly SignId[]): TextEvidence {
  const kept = { ...evidence };
  for (const id of ids) delete kept[id];
  return kept;
}

/** Why the hip joint leads for a limping child. */
const CHILD_LIMP_FIRST =
  'A child with a limp: the hip joint (an irritable hip, Perthes or a slipped growth plate) is the first thing to have checked';

/** Why the hip joint leads for a child's aching hip, thigh or knee. */
const CHILD_THIGH_FIRST =
  "A growing child's hip, thigh or knee pain can come from the hip joint (an irritable hip, a slipped growth plate or Perthes): it is the first thing to have checked";

/** `ranked` with `id` lifted to the top, saying why first. */
function withFirst(ranked: ConditionMatch[], id: ConditionId, reason: string): ConditionMatch[] {
  // A child who will not stand or let the hip move may score nothing at all: the hip joint
  // still leads, with the reason alone.
  const lead = ranked.find((match) => match.id === id) ?? { id, score: 0, why: [], whyNot: [] };
  const top = ranked[0];
  if (top === lead) return ranked;
  const lifted: ConditionMatch = {
    ...lead,
    score: (top?.score ?? 0) + 0.5,
    why: [reason, ...lead.why],
  };
  return [lifted, ...ranked.filter((match) => match !== lead)];
}

/**
 * Ranks the conditions for the checker's answers plus any typed text, with reasons for and
 * against each, and the red flags they describe (answered or found in the text).
 */
export function lookupAnswers(answers: CheckerAnswers): LookupResult {
  const parsed = parseText(answers.text);
  const mentions = withoutGuesses(parsed, readMentions(parsed));
  const fromText = evidenceFrom(mentions);
  const picked = pickedEvidence(answers);
  const offTopic = isAboutAnotherBodyPart(fromText);
  const pickedAny = Object.keys(picked).length > 0;
  // Text about another body part raises only the rules that reach there: leg alarms when the
  // leg is named ("my calf is numb"), and the ones that stand anywhere (a clot, cauda equina).
  // ("She won't stand on that leg" names the leg, though it denies something about it.)
  const legNamed = (mentions['leg-mentioned'] ?? []).length > 0;
  // Who is in pain is read once, when a rule or the ranking first needs it.
  let people: People | undefined;
  const peopleOnce = () => {
    people ??= readPeople(parsed);
    return people;
  };
  let patient: TextEvidence | undefined;
  let withoutPets: TextEvidence | undefined;
  let nowEvidence: TextEvidence | undefined;
  const patientOnce = () => {
    patient ??= patientEvidence(parsed, peopleOnce(), mentions, fromText);
    return patient;
  };
  // The ranking reads what hurts now: stories that have ended are left out.
  const ended = endedClauses(parsed, mentions);
  for (const clause of takenBackClauses(parsed)) ended.add(clause);
  // …and so are the sentences about a groin lump said not to hurt: a hernia is the guide's
  // "other things it could be" note, not a hip condition to rank ("small bulge in my groin when
  // I cough, pops back in, no pain", "…goes back when I lie down. No pain at all."). A painful
  // one is the emergency's, on the whole text.
  // (From the lump's clause on: "Dull ache in the groin when I kick, the tendon is tender,
  // and there's a small soft bulge… Bulge isn't painful" keeps the groin's ache.)
  const painDenied = new Set(sentencesWith(mentions, 'pain-word', true));
  const painlessLumps = (mentions['groin-lump'] ?? []).filter(
    (lump) => painDenied.has(lump.sentence) || painDenied.has(lump.sentence + 1),
  );
  const notRanked = new Set([
    ...ended,
    ...parsed.clauses.flatMap((clause, index) =>
      painlessLumps.some((lump) => clause.sentence === lump.sentence && index >= lump.clause)
        ? [index]
        : [],
    ),
  ]);
  // Read once, when the ranking first needs it (it is asked up to three times below).
  let currentEvidence: TextEvidence | undefined;
  const current = () => {
    if (notRanked.size === 0) return patientOnce();
    if (!currentEvidence) {
      const now = mentionsOutside(mentions, notRanked);
      currentEvidence = patientEvidence(parsed, peopleOnce(), now, evidenceFrom(now));
    }
    return currentEvidence;
  };
  const redFlags = raisedRedFlags(
    {
      hip: { ...(offTopic ? {} : fromText), ...picked },
      leg: { ...(offTopic && !legNamed ? {} : fromText), ...picked },
      any: { ...fromText, ...picked },
      // Only worth splitting by person when the whole text would raise the rule.
      byPerson: () =>
        peopleOnce().byPerson.map((clauses) => ({
          ...evidenceFrom(mentions, new Set(clauses)),
          ...picked,
        })),
      patient: () => ({ ...patientOnce(), ...picked }),
      // Asked once per `nowOnly` rule: read once.
      now: () => {
        nowEvidence ??= {
          ...(ended.size === 0
            ? fromText
            : { ...evidenceFrom(mentionsOutside(mentions, ended)), ...agesKept(mentions, ended) }),
          ...picked,
        };
        return nowEvidence;
      },
      people: () => {
        // Asked once per rule that reaches this far: read once.
        withoutPets ??= {
          ...withoutAnimals(parsed, peopleOnce(), mentions, fromText, true),
          ...picked,
        };
        return withoutPets;
      },
    },
    answers.redFlagAnswers,
  );
  // A child's knee or thigh pain can come from the hip (SUFE): never send them elsewhere.
  const childFlag = redFlags.some((flag) => flag.id === 'child-hip-pain');
  // "My wife's hip is giving her grief. Mine's fine, but my Achilles is stiff": what hurts now,
  // in the one in pain, decides whether the text is about the hip.
  // (What hurts now is read once: the rules below and the ranking all ask it.)
  const now = current();
  const offTopicNow = offTopic || isAboutAnotherBodyPart(now);
  // A moment of injury or a training load, in what hurts now or in the answers picked: a
  // child's limp or ache may be a muscle's or a bone's. (Read once, for the three child rules
  // below.)
  const childInjury = CHILD_INJURY_SIGNS.some(
    (id) => now[id] === 'present' || picked[id] === 'present',
  );
  // …unless the one in pain is a child with a limp: knee pain and a limp are read as the hip's
  // (SUFE often shows as knee pain); a sore bump below the kneecap alone is the knee's.
  // So is a limping child's sore thigh when another part is named too ("…with my 6-year-old on
  // my shoulders… he's limping and says his thigh hurts"). A knock on the thigh (a dead leg)
  // explains the limp: the thigh's bruise, not the hip (the flag still stands).
  const childKneeLimp =
    offTopicNow &&
    childFlag &&
    CHILD_HIP_SIGNS.some((id) => now[id] === 'present') &&
    now['thigh-knock'] !== 'present' &&
    // (The knee anywhere in the text: "Sever's in his heels last year… now pain in his left
    // knee, and he's limping" names the heel first.)
    (namesOutsidePart(parsed, 'knee') ||
      // (Not a pulled hamstring halfway down the thigh: that is the muscle's.)
      (now['knee-or-thigh'] === 'present' &&
        now['mid-thigh'] !== 'present' &&
        now['named-hamstring'] !== 'present' &&
        !namesOutsidePart(parsed, 'back of the thigh') &&
        !childInjury));
  // A hot, swollen calf or leg with nothing at the hip is the clot's alone: there is no hip
  // condition to read about ("his left leg is swollen from the knee down after the drive").
  // A hip named only as the operation or as fine ("ten days after his hip replacement, his calf
  // is hot and swollen") is no place that hurts either, when the calf or leg is named.
  // So is a bad back named only as what kept the runner in bed ("laid up on the sofa with my
  // back, now my calf is fat and hot").
  const clotAlone =
    redFlags.some((flag) => flag.id === 'blood-clot') &&
    !HIP_ANCHORS.some((id) => {
      return (
        now[id] === 'present' &&
        !(id === 'hip-mentioned' && now['other-body-part'] === 'present') &&
        !(BACK_ANCHORS.includes(id) && now['back-laid-up'] === 'present')
      );
    });
  const rankedEvidence = {
    ...((offTopicNow && !childKneeLimp) || clotAlone ? {} : now),
    ...picked,
  };
  const ranked = rankConditions(rankedEvidence, pickedAny, childFlag);
  // In a child a limp points to the hip joint first (SUFE, Perthes); a stress fracture leads
  // only when training has jumped or the child is not eating enough (RED-S).
  const leadsWithBoneStress =
    redFlags.some((flag) => flag.id === 'bone-stress' && !flag.unsure) &&
    loadedBoneStress(rankedEvidence) &&
    (!childFlag ||
      rankedEvidence['mileage-jump'] === 'present' ||
      rankedEvidence['low-energy'] === 'present');
  // A limping child with no jump in training and no moment of injury is the hip joint's first
  // (NHS 111 Wales, Irritable hip; SUFE and Perthes), whatever the thigh words score for a
  // muscle. A pop or a pull is a muscle's, or the growth plate's that the muscle tugs on.
  // A growing child who walks with the foot turned out is a slipped growth plate's classic sign
  // (Perth Children's Hospital, SUFE), whatever else is said.
  const childLimp =
    childFlag &&
    !leadsWithBoneStress &&
    (rankedEvidence['leg-shortened-or-turned'] === 'present' ||
      ((rankedEvidence.limp === 'present' || rankedEvidence['cannot-bear-weight'] === 'present') &&
        !childInjury));
  // A child's thigh that aches with nothing else to read about ("my 11 yr old says his thigh
  // hurts after PE"): the hip joint's page, where SUFE and Perthes are, not nothing. So too a
  // child's hip that hurts with no place or feeling to read about ("a temperature, and now his
  // hip hurts so much he won't move it").
  // ("She says her thigh is hurting after the running club": a time, but no place at the hip to
  // read about. "Her thigh aches, down towards her knee": the thigh named, with the knee.)
  // (A lead earned by a time or a word alone, "after runs", is weak: a click that catches is not.)
  // (Nor by a dull ache that wakes her: how and when it hurts say nothing of where, and a
  // child's night pain is the flag's, not the bursa's.)
  const weakLead =
    childFlag &&
    !HIP_ANCHORS.some((id) => id !== 'hip-mentioned' && rankedEvidence[id] === 'present') &&
    (rankConditions(withoutSigns(rankedEvidence, NOT_WHERE_SIGNS), pickedAny, childFlag)[0]
      ?.score ?? 0) < WEAK_LEAD;
  // (Not a pulled hamstring halfway down the thigh, nor a thigh said to be fine, nor aches in
  // both thighs of an evening, which are growing pains: NHS Growing pains.)
  const childThighNamed =
    offTopicNow &&
    now['knee-or-thigh'] === 'present' &&
    fromText['both-thighs'] === undefined &&
    now['named-hamstring'] !== 'present' &&
    now['hip-is-fine'] !== 'present' &&
    !namesOutsidePart(parsed, 'back of the thigh') &&
    // (The word itself, said at all, even denied.)
    fromText['thigh-said'] !== undefined;
  const childThigh =
    childFlag &&
    (ranked.length === 0 || weakLead) &&
    (rankedEvidence['knee-or-thigh'] === 'present' ||
      rankedEvidence['hip-mentioned'] === 'present' ||
      childThighNamed) &&
    now['mid-thigh'] !== 'present' &&
    !childInjury;
  // A child's groin or hip pain that a stress fracture tops only by its score, with no jump in
  // training, no low energy and no sign of a loaded bone ("one of my U14 girls has had groin
  // pain for two months… still sore as soon as she runs"): the growing hip joint is the first
  // thing to have checked (a slipped growth plate, Perthes), as for a limp (Perth Children's
  // Hospital, SUFE; docs/clinical-decisions.md, "Twenty-eighth pass"). So is a front-of-hip or
  // thigh ache that a hip flexor tops with nothing a hip flexor would tell: "my grandson, 11, an
  // ache in the front of his thigh after junior parkrun" (a slipped growth plate often shows as
  // just that).
  // (A jump in training, low energy, a knee lift and a named strain are among the child's injury
  // signs; sprinting, kicking and hills are read here.)
  const topLeadsUnexplained =
    ranked[0]?.id === 'stress-fracture' ||
    (ranked[0]?.id === 'hip-flexor-tendinitis' &&
      rankedEvidence['uphill-or-sprinting'] !== 'present');
  const childTopUnexplained =
    childFlag && !leadsWithBoneStress && !childInjury && topLeadsUnexplained;
  // Numbness in the saddle with bladder or bowel changes is the nerves at the base of the spine:
  // the back is the page to read, whatever the thigh words score (NHS Cauda equina syndrome).
  // (Also when nothing else ranks but the back or pain down the leg is told: "Me back's been at
  // me for a fortnight, pain down the right leg into the calf. Now the saddle area is numb".)
  const backTold = now['back-said'] === 'present' || now['travels-down-leg'] === 'present';
  const leadsWithBack =
    (ranked.length > 0 || backTold) &&
    redFlags.some((flag) => flag.id === 'cauda-equina' && !flag.unsure);
  return {
    conditions: leadsWithBack
      ? withFirst(ranked, 'back-referred-pain', CAUDA_EQUINA_FIRST)
      : leadsWithBoneStress
        ? withBoneStressFirst(ranked)
        : childLimp
          ? withFirst(ranked, 'hip-joint', CHILD_LIMP_FIRST)
          : childThigh || childTopUnexplained
            ? withFirst(ranked, 'hip-joint', CHILD_THIGH_FIRST)
            : ranked,
    redFlags,
    outsideHip: offTopicNow && !pickedAny && !childFlag ? outsidePart(parsed) : null,
  };
}

/**
 * Free-text lookup: "burning on the outside of my hip, worse lying on that side" → conditions
 * best first with plain reasons, and any red flags the text describes (empty when none), their
 * action and advice in the words of the reader's locale (UK by default, as the NHS sources).
 */
export function lookupSymptoms(
  text: string,
  locale = 'en-GB',
): {
  conditions: { id: ConditionId; score: number; why: string[] }[];
  redFlags: LookupRedFlag[];
  outsideHip: OutsideHip | null;
} {
  const result = lookupAnswers({
    zones: [],
    feelings: [],
    triggers: [],
    onset: null,
    redFlagAnswers: {},
    text,
  });
  return {
    conditions: result.conditions.map(({ id, score, why }) => ({ id, score, why })),
    redFlags: result.redFlags.map(({ id, advice, urgency, action }) => ({
      id,
      advice: inLocalWords(advice, locale),
      urgency,
      action: inLocalWords(action, locale),
    })),
    outsideHip: result.outsideHip,
  };
}

/**
 * Runs one small lookup so the engine compiles the phrase patterns now. The first lookup pays
 * for compiling a few hundred patterns (2 to 4 s of CPU in Node on this project's machines);
 * an extension page calls this when idle so the runner's first keystroke in search or the
 * checker does not.
 */
export function warmUpLookup(): void {
  lookupSymptoms('my hip hurts');
}

/** How many of `SIGN_PATTERNS` `warmUpLookupStep` has run. */
let signPatternsWarmed = 0;

/**
 * `warmUpLookup` a few patterns at a time, so that no one task holds the page for the seconds
 * all of them take (each compiles at its first run; the largest alone takes a few hundred ms):
 * runs sign patterns while `timeLeft()` is above zero (always at least one), then, once all
 * have run, the small lookup for the rest. True once the lookup is warm.
 */
export function warmUpLookupStep(timeLeft: () => number): boolean {
  do {
    const entry = SIGN_PATTERNS[signPatternsWarmed];
    if (!entry) {
      warmUpLookup();
      return true;
    }
    entry.pattern.lastIndex = 0;
    entry.pattern.exec('my hip hurts');
    signPatternsWarmed += 1;
  } while (timeLeft() > 0);
  return false;
}
