import { describe, expect, it } from 'vitest';
import { describeDeletion } from '../../../../components/settings/DeleteAllData';

describe('what "Delete all my data" says it will delete', () => {
  it('counts each kind, in the singular when there is one', () => {
    expect(describeDeletion({ checks: 3, runs: 1, shoes: 2 })).toBe(
      'This deletes 3 saved checks, 1 run and 2 pairs of shoes from your journal, and your settings, from this browser. It cannot be undone.',
    );
    expect(describeDeletion({ checks: 1, runs: 0, shoes: 1 })).toBe(
      'This deletes 1 saved check, 0 runs and 1 pair of shoes from your journal, and your settings, from this browser. It cannot be undone.',
    );
  });
});
