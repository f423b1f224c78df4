import { describe, expect, it } from 'vitest';
import { isMarkNames, markStyleSheet } from '../../../../platform/background/mark-styles';

describe('the marks’ style sheet', () => {
  it('styles exactly the two names it is given', () => {
    const css = markStyleSheet({ underline: 'qwertyuiopas', background: 'zxcvbnmlkjhg' });
    expect(css.match(/::highlight\(([a-z]+)\)/g)).toEqual([
      '::highlight(qwertyuiopas)',
      '::highlight(zxcvbnmlkjhg)',
    ]);
    expect(css).not.toMatch(/hip-pain-guide/);
  });

  it('accepts only names that cannot break out of the rule', () => {
    expect(isMarkNames({ underline: 'qwertyuiopas', background: 'zxcvbnmlkjhg' })).toBe(true);
    for (const names of [
      null,
      { underline: 'qwertyuiopas' },
      { underline: 'qwertyuiopas', background: 'a) } body { display: none } ::highlight(b' },
      { underline: 'short', background: 'zxcvbnmlkjhg' },
      { underline: 'QWERTYUIOPAS', background: 'zxcvbnmlkjhg' },
    ]) {
      expect(isMarkNames(names)).toBe(false);
    }
  });
});
