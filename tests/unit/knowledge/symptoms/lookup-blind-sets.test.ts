/**
 * The blind description sets in ./blind/ (written by someone who never saw the lookup), scored
 * the way `npm run eval:lookup` scores them, against issue #12's targets: at least 95% pass,
 * every red flag caught at its tier or higher, no emergency false alarms, at most 2% others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BlindCase, describeScore, readBlindSet, scoreSet } from '../../../eval/lookup-score';

const DIR = join(__dirname, 'blind');
const SETS = readdirSync(DIR).filter((file) => file.endsWith('.json'));

/**
 * Where a writer's label and a recorded clinical decision differ, the decision holds here: each
 * entry quotes the heading of its section in docs/clinical-decisions.md. `npm run eval:lookup`
 * and the untouched sets always score the writers' own labels.
 */
interface DecidedLabel {
  set: string;
  id: string;
  flags: string[];
  tier: BlindCase['tier'];
  decision: string;
  why: string;
}
const DECIDED: DecidedLabel[] = JSON.parse(
  readFileSync(join(__dirname, 'blind-decided.json'), 'utf8'),
);
const DECISIONS = readFileSync(join(__dirname, '../../../../docs/clinical-decisions.md'), 'utf8');

function withDecidedLabels(file: string, cases: BlindCase[]): BlindCase[] {
  return cases.map((blind) => {
    const decided = DECIDED.find((entry) => entry.set === file && entry.id === blind.id);
    return decided ? { ...blind, flags: decided.flags, tier: decided.tier } : blind;
  });
}

describe('labels decided against a writer', () => {
  it.each(DECIDED.map((entry) => [`${entry.set} ${entry.id}`, entry]))('%s', (_, entry) => {
    const cases = readBlindSet(JSON.parse(readFileSync(join(DIR, entry.set), 'utf8')), entry.set);
    expect(cases.map((blind) => blind.id)).toContain(entry.id);
    expect(DECISIONS).toContain(entry.decision);
    expect(entry.why.length).toBeGreaterThan(20);
  });
});

describe('blind description sets', () => {
  it('has the tuning set', () => {
    expect(SETS).toContain('tuning.json');
  });

  describe.each(SETS)('%s', (file) => {
    const cases = withDecidedLabels(
      file,
      readBlindSet(JSON.parse(readFileSync(join(DIR, file), 'utf8')), file),
    );
    const score = scoreSet(cases);
    const report = describeScore(file, score);

    it('passes at least 95% of cases', () => {
      expect(score.passed / score.cases, report).toBeGreaterThanOrEqual(0.95);
    });
    it('catches every red flag at its tier or higher', () => {
      expect(score.flagsCaught, report).toBe(score.flagsExpected);
    });
    it('raises no emergency false alarm, and at most 2% of others', () => {
      expect(score.falseAlarms.emergency, report).toBe(0);
      expect(score.falseAlarms['same-day'] / score.cases, report).toBeLessThanOrEqual(0.02);
      expect(score.falseAlarms.soon / score.cases, report).toBeLessThanOrEqual(0.02);
    });
  });
});
