/**
 * Scores the symptom lookup on a set of runner descriptions written blind (by someone who has
 * not seen the code). Shared by the `eval:lookup` script and the unit test that holds the
 * targets, so both judge the same way.
 */

import { redFlagById } from '../../knowledge/guide/red-flags';
import { lookupSymptoms } from '../../knowledge/lookup';
import {
  CONDITION_IDS,
  RED_FLAG_IDS,
  type RedFlagId,
  type RedFlagUrgency,
} from '../../knowledge/types';

/** One blind case, as the JSON sets hold it. */
export interface BlindCase {
  id: string;
  text: string;
  /** Acceptable first-ranked condition ids; "none" = nothing ranked; "any" = not judged. */
  top: string[] | 'none' | 'any';
  flags: string[];
  tier: RedFlagUrgency | null;
  note?: string;
}

export interface CaseResult {
  blind: BlindCase;
  pass: boolean;
  top: string | null;
  raised: RedFlagId[];
  raisedTier: RedFlagUrgency | null;
  problems: string[];
}

export interface SetScore {
  cases: number;
  passed: number;
  /** Expected flags caught by a raised flag at their tier or higher. */
  flagsCaught: number;
  /** …and of those, raised under the very same id. */
  flagsSameId: number;
  flagsExpected: number;
  /** Cases that raised a tier above the highest one they expected (none expected = 0). */
  falseAlarms: Record<RedFlagUrgency, number>;
  results: CaseResult[];
}

const RANK: Record<RedFlagUrgency, number> = { soon: 1, 'same-day': 2, emergency: 3 };
const TIERS: readonly RedFlagUrgency[] = ['emergency', 'same-day', 'soon'];

function rank(tier: RedFlagUrgency | null): number {
  return tier ? RANK[tier] : 0;
}

function highest(tiers: readonly RedFlagUrgency[]): RedFlagUrgency | null {
  return tiers.reduce<RedFlagUrgency | null>((best, t) => (rank(t) > rank(best) ? t : best), null);
}

function isRedFlagId(id: string): id is RedFlagId {
  return (RED_FLAG_IDS as readonly string[]).includes(id);
}

/** Checks a set's shape, so a typo in a case fails loudly instead of scoring wrongly. */
export function readBlindSet(json: unknown, name: string): BlindCase[] {
  if (!Array.isArray(json)) throw new Error(`${name}: expected an array of cases`);
  return json.map((raw, index) => {
    const where = `${name}, case ${index + 1}`;
    const item = raw as Partial<BlindCase>;
    if (typeof item.text !== 'string') throw new Error(`${where}: "text" must be a string`);
    const top = item.top;
    if (top !== 'none' && top !== 'any') {
      if (!Array.isArray(top)) throw new Error(`${where}: "top" must be a list, "none" or "any"`);
      for (const id of top) {
        if (!(CONDITION_IDS as readonly string[]).includes(id)) {
          throw new Error(`${where}: unknown condition "${id}"`);
        }
      }
    }
    const flags = item.flags ?? [];
    for (const id of flags) {
      if (!isRedFlagId(id)) throw new Error(`${where}: unknown red flag "${id}"`);
    }
    const tier = item.tier ?? null;
    if (tier !== null && !(tier in RANK)) throw new Error(`${where}: unknown tier "${tier}"`);
    return { id: String(item.id ?? index + 1), text: item.text, top, flags, tier, note: item.note };
  });
}

/** Runs the lookup on one case and says whether it passes, and why not. */
export function scoreCase(blind: BlindCase): CaseResult {
  const result = lookupSymptoms(blind.text);
  const top = result.conditions[0]?.id ?? null;
  const raised = result.redFlags.map((flag) => flag.id);
  const raisedTier = highest(result.redFlags.map((flag) => flag.urgency));
  const expectedTier = highest([
    ...(blind.tier ? [blind.tier] : []),
    ...blind.flags.filter(isRedFlagId).map((id) => redFlagById(id).urgency),
  ]);
  const problems: string[] = [];
  if (blind.top === 'none' && top !== null) problems.push(`ranked ${top}, expected nothing`);
  if (Array.isArray(blind.top) && (top === null || !blind.top.includes(top))) {
    problems.push(`top ${top ?? 'nothing'}, expected ${blind.top.join(' or ')}`);
  }
  if (rank(raisedTier) < rank(expectedTier)) {
    problems.push(`highest tier ${raisedTier ?? 'none'}, expected ${expectedTier}`);
  }
  if (expectedTier === null && raised.length > 0) {
    problems.push(`raised ${raised.join(', ')}, expected no flag`);
  }
  return { blind, pass: problems.length === 0, top, raised, raisedTier, problems };
}

/** Scores every case of a set. */
export function scoreSet(cases: readonly BlindCase[]): SetScore {
  const results = cases.map(scoreCase);
  const falseAlarms: Record<RedFlagUrgency, number> = { emergency: 0, 'same-day': 0, soon: 0 };
  let flagsExpected = 0;
  let flagsCaught = 0;
  let flagsSameId = 0;
  for (const result of results) {
    const expectedIds = result.blind.flags.filter(isRedFlagId);
    const expectedTier = highest([
      ...(result.blind.tier ? [result.blind.tier] : []),
      ...expectedIds.map((id) => redFlagById(id).urgency),
    ]);
    for (const id of expectedIds) {
      flagsExpected += 1;
      if (rank(result.raisedTier) >= rank(redFlagById(id).urgency)) flagsCaught += 1;
      if (result.raised.includes(id)) flagsSameId += 1;
    }
    const raisedTiers = new Set(result.raised.map((id) => redFlagById(id).urgency));
    for (const tier of TIERS) {
      if (raisedTiers.has(tier) && rank(tier) > rank(expectedTier)) falseAlarms[tier] += 1;
    }
  }
  return {
    cases: results.length,
    passed: results.filter((result) => result.pass).length,
    flagsCaught,
    flagsSameId,
    flagsExpected,
    falseAlarms,
    results,
  };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** The score as a short report: figures first, then each failing case. */
export function describeScore(name: string, score: SetScore): string {
  const lines = [
    `${name}: ${score.cases} cases`,
    `  pass rate            ${score.passed}/${score.cases} (${percent(score.passed, score.cases)})`,
    `  red flags caught     ${score.flagsCaught}/${score.flagsExpected} at their tier or higher` +
      ` (${score.flagsSameId}/${score.flagsExpected} under the same id)`,
    `  false alarms         ${TIERS.map(
      (tier) =>
        `${tier} ${score.falseAlarms[tier]} (${percent(score.falseAlarms[tier], score.cases)})`,
    ).join(', ')}`,
  ];
  const failing = score.results.filter((result) => !result.pass);
  if (failing.length > 0) lines.push('  failing cases:');
  for (const result of failing) {
    lines.push(`  - ${result.blind.id}: ${result.problems.join('; ')}`);
    lines.push(`      "${result.blind.text}"`);
    lines.push(`      got: ${result.top ?? 'nothing'} [${result.raised.join(', ')}]`);
  }
  return lines.join('\n');
}
