// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  isMarkScope,
  MAX_SCOPE_PATHS,
  scopePathOf,
  scopeSelector,
} from '../../../platform/mark-scope';

describe('the elements the marks’ style sheet styles', () => {
  it('names an element by its path from the root, which selects that element alone', () => {
    document.body.innerHTML = '<main><p>One</p><p>Two <em id="x">three</em></p></main><p>Four</p>';
    const em = document.getElementById('x') as Element;
    const path = scopePathOf(em);
    expect(path).toEqual([
      ['body', 2],
      ['main', 1],
      ['p', 2],
      ['em', 1],
    ]);
    const selector = scopeSelector([path ?? []]);
    expect(selector).toBe(
      ':root>body:nth-child(2)>main:nth-child(1)>p:nth-child(2)>em:nth-child(1)',
    );
    expect([...document.querySelectorAll(selector)]).toEqual([em]);
  });

  it('has no path for an element outside the document', () => {
    expect(scopePathOf(document.createElement('p'))).toBeNull();
  });

  it('accepts only paths that cannot break out of a selector', () => {
    expect(
      isMarkScope([
        [
          ['body', 2],
          ['p', 1],
        ],
        [['*', 3]],
      ]),
    ).toBe(true);
    for (const scope of [
      null,
      'p',
      [[['p{}body', 1]]],
      [[['p', 0]]],
      [[['p', 1.5]]],
      [[['p']]],
      [[[') ::highlight(x', 1]]],
      Array.from({ length: MAX_SCOPE_PATHS + 1 }, () => [['p', 1]]),
    ]) {
      expect(isMarkScope(scope)).toBe(false);
    }
  });
});
