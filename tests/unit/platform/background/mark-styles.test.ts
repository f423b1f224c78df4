import { describe, expect, it } from 'vitest';
import { isMarkNames, markStyleSheet } from '../../../../platform/background/mark-styles';

describe('the marks’ style sheet', () => {
  it('styles exactly the two names it is given, in the elements of its scope only', () => {
    const css = markStyleSheet({ underline: 'qwertyuiopas', background: 'zxcvbnmlkjhg' }, [
      [
        ['body', 2],
        ['p', 3],
      ],
      [
        ['body', 2],
        ['ul', 5],
        ['li', 1],
      ],
    ]);
    expect(css.match(/:root[^,{]*::highlight\([a-z]+\)/g)).toEqual([
      ':root>body:nth-child(2)>p:nth-child(3)::highlight(qwertyuiopas)',
      ':root>body:nth-child(2)>ul:nth-child(5)>li:nth-child(1)::highlight(qwertyuiopas)',
      ':root>body:nth-child(2)>p:nth-child(3)::highlight(zxcvbnmlkjhg)',
      ':root>body:nth-child(2)>ul:nth-child(5)>li:nth-child(1)::highlight(zxcvbnmlkjhg)',
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
