/**
 * The blind description sets in ./blind/ (written by someone who never saw the lookup), scored
 * the way `npm run eval:lookup` scores them, against issue #12's targets: at least 95% pass,
 * every red flag caught at its tier or higher, no emergency false alarms, at most 2% others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeScore, readBlindSet, scoreSet } from '../../../eval/lookup-score';

const DIR = join(__dirname, 'blind');
const SETS = readdirSync(DIR).filter((file) => file.endsWith('.json'));

describe('blind description sets', () => {
  it('has the tuning set', () => {
    expect(SETS).toContain('tuning.json');
  });

  describe.each(SETS)('%s', (file) => {
    const cases = readBlindSet(JSON.parse(readFileSync(join(DIR, file), 'utf8')), file);
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
