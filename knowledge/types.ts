/**
 * The shapes of everything Hip Pain Guide knows. Pure data types: no DOM, no browser API.
 * The sidebar, the page cards and the symptom lookup all read these.
 */

/** The conditions. These ids are fixed: routes, tests and stored history rely on them. */
export const CONDITION_IDS = [
  'hip-bursitis',
  'stress-fracture',
  'cartilage-tear',
  'it-band-syndrome',
  'hip-flexor-tendinitis',
  'hip-joint',
  'adductor-strain',
  'hamstring-tendinopathy',
  'back-referred-pain',
] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];

/** Where a reader can check a fact: the site and the page title (and its address, for a link). */
export interface Source {
  site: string;
  title: string;
  url: string;
}

/** How soon to get professional help, most urgent first. */
export type Urgency = 'emergency' | 'same-day' | 'soon' | 'routine';

/** The checker's body zones, shared by the hip map, the lookup and the journal. */
export const ZONE_IDS = [
  'outer-hip',
  'groin',
  'front-hip',
  'outer-thigh',
  'buttock',
  'inner-thigh',
  'sit-bone',
  'lower-back',
] as const;
export type ZoneId = (typeof ZONE_IDS)[number];

export interface Condition {
  id: ConditionId;
  name: string;
  /** Other names runners use for it ("trochanteric bursitis", "ITBS"). */
  otherNames: string[];
  /** One line, for lists and cards. */
  summary: string;
  /** A short phrase for cards: "Outer hip". */
  whereShort: string;
  /** Zones where it usually hurts, most typical first. */
  zones: ZoneId[];
  /** What it is, in a few plain sentences. */
  whatItIs: string;
  /** Where it hurts and what it feels like. */
  feelsLike: string[];
  /** When it hurts: during or after runs, at rest, at night, lying on the side, stairs… */
  whenItHurts: string[];
  /** Typical causes and risk factors for runners. */
  causes: string[];
  /** What to do now. */
  doNow: string[];
  /** When to see a professional, and how urgently. */
  seeAProfessional: { urgency: Urgency; advice: string };
  /** Typical recovery and return to running. */
  recovery: string;
  prevention: string[];
  sources: Source[];
}

/**
 * A less common cause of hip or groin pain that the guide has no page for, but that a runner
 * should know about: what it is, who it affects, and when to get it checked.
 */
export interface OtherCause {
  id: string;
  name: string;
  /** What it is and how it feels, in two or three plain sentences. */
  text: string;
  /** When to get it checked, and how urgently. */
  seeAProfessional: { urgency: Urgency; advice: string };
  /** Guide pages where it is worth mentioning: pain in the same place, easy to mistake. */
  mistakenFor: ConditionId[];
  sources: Source[];
}

/**
 * The red flags, most urgent tier first. These ids are fixed: stored checks, backups, other
 * helpers' data and the evaluation sets use them.
 */
export const RED_FLAG_IDS = [
  // emergency
  'cannot-bear-weight',
  'fall-injury',
  'infection-signs',
  'cauda-equina',
  'strangulated-hernia',
  'blood-clot',
  // same-day
  'bone-stress',
  'nerve-symptoms',
  'child-hip-pain',
  // soon
  'night-or-rest-pain',
  'weight-loss-or-cancer',
  'not-improving',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

/** Urgency tiers for red flags (a red flag is never "routine"). */
export type RedFlagUrgency = Exclude<Urgency, 'routine'>;

/** The checker's answer to one red-flag question. "Unsure" counts as yes (see red-flags.ts). */
export type RedFlagAnswer = 'yes' | 'no' | 'unsure';

export interface RedFlag {
  id: RedFlagId;
  /** Short name: "You cannot put weight on the leg". */
  title: string;
  /** A yes/no question the checker asks early, phrased so that yes = red flag. */
  question: string;
  /**
   * The first words of the banner, what to do now. Action and advice hold slots for where to get
   * help ("{number}", "{emergency-place}"), filled for the reader's locale by `inLocalWords`
   * (guide/local-care.ts) where they are shown.
   */
  action: string;
  /** Plain advice: why, what to do and what not to do (with the same slots). */
  advice: string;
  urgency: RedFlagUrgency;
  /**
   * How runners say it in their own words. The lookup must raise this flag for each of them
   * (the red-flag tests check every one).
   */
  phrasings: readonly string[];
  /** Where the rule and its urgency come from. */
  sources: readonly Source[];
  /** Guide entry most related, if any. */
  relatedCondition?: ConditionId;
}

/** Relief and prevention habits. */
export interface Habit {
  id: string;
  title: string;
  text: string;
  kind: 'relief' | 'prevention';
  helps: ConditionId[];
  /** True when the habit comes from the source article (the other ones come from NHS/AAOS/Mayo). */
  fromArticle: boolean;
  sources: Source[];
}

/** A guide entry a term or a search result can point to. */
export type GuideEntryId = ConditionId | 'habits' | 'red-flags';

export interface GlossaryTerm {
  id: string;
  /** Display name: "Iliotibial band". */
  name: string;
  /**
   * Every surface form a page may use, lowercase, including the name itself: abbreviations,
   * hyphen/space spellings, irregular plurals. Regular plurals ("-s", "-es") and possessives
   * ("'s", "s'") are matched automatically and need not be listed.
   */
  variants: string[];
  /** The card text: at most ~280 characters of plain words. */
  card: string;
  /** The guide entry it belongs to. */
  entry: GuideEntryId;
  category: 'anatomy' | 'condition' | 'test-or-treatment' | 'training';
}
