/**
 * Blind sets the lookup has been tuned on but that do not yet meet issue #12's targets (see
 * ./below-target/README.md). Their targets are not asserted here, because they do not hold
 * yet. What is asserted: every case outside `known-failures.json` passes, so a change can
 * mend these sets but never lose a case from them. When a set meets the targets it moves to
 * ./blind/, where `lookup-blind-sets.test.ts` holds it to them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBlindSet, scoreCase } from '../../../eval/lookup-score';

const DIR = join(__dirname, 'below-target');
const SETS = readdirSync(DIR).filter((file) => file.startsWith('heldout-'));
const KNOWN_FAILURES: Record<string, string[]> = JSON.parse(
  readFileSync(join(DIR, 'known-failures.json'), 'utf8'),
);

describe('blind sets below target', () => {
  it('lists known failures only for sets that are here', () => {
    expect(Object.keys(KNOWN_FAILURES).sort()).toEqual([...SETS].sort());
  });

  describe.each(SETS)('%s', (file) => {
    const cases = readBlindSet(JSON.parse(readFileSync(join(DIR, file), 'utf8')), file);
    const known = new Set(KNOWN_FAILURES[file] ?? []);

    it('names only cases that exist', () => {
      const ids = new Set(cases.map((blind) => blind.id));
      expect([...known].filter((id) => !ids.has(id))).toEqual([]);
    });

    it('passes every case it passed when it was last recorded', () => {
      const lost = cases
        .filter((blind) => !known.has(blind.id))
        .map(scoreCase)
        .filter((result) => !result.pass)
        .map((result) => `${result.blind.id}: ${result.problems.join('; ')}`);
      expect(lost).toEqual([]);
    });
  });
});
