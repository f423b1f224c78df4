/**
 * `npm run eval:lookup [set.json …]`: scores the symptom lookup on blind description sets (by
 * default every JSON file in tests/unit/knowledge/symptoms/blind/) and prints the pass rate, red
 * flags caught, false alarms by tier and the failing cases. See lookup-score.ts for the rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describeScore, readBlindSet, scoreSet } from './lookup-score';

const DEFAULT_DIR = 'tests/unit/knowledge/symptoms/blind';

const paths =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(DEFAULT_DIR)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => join(DEFAULT_DIR, file));

if (paths.length === 0) {
  console.error(`No sets given and no JSON files in ${DEFAULT_DIR}`);
  process.exit(1);
}

for (const path of paths) {
  const cases = readBlindSet(JSON.parse(readFileSync(path, 'utf8')), basename(path));
  const started = performance.now();
  const score = scoreSet(cases);
  const ms = performance.now() - started;
  console.log(describeScore(basename(path), score));
  console.log(
    `  time                 ${(ms / Math.max(1, cases.length)).toFixed(2)} ms per case\n`,
  );
}
