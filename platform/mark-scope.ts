/**
 * Which elements the marks' style sheet styles: the elements that hold marked text, each named
 * by its path from the root (`:root>body:nth-child(2)>div:nth-child(7)>p:nth-child(1)`).
 *
 * Why not every element: a sheet whose `::highlight()` rule matches every element makes the
 * browser recalculate the style of the whole page when it is inserted (Chromium: 200–700 ms on
 * a 2 MB forum, ~2 s on a 6 MB page), and that was most of what marking cost on big pages. A
 * rule that matches a few elements costs a walk over the page (~10 ms on the forum) and the
 * style of those elements. Highlight styles are inherited (CSS Pseudo 4, highlight
 * inheritance), so marked text inside a styled element's children is styled too.
 *
 * Shared by the page side (which checks with `Element.closest` that a sheet covers its marks)
 * and the background (which writes the sheet): one owner for the selector text.
 */

/** One step of a path: an element's tag and its position among its parent's elements (from 1). */
export type ScopeStep = readonly [tag: string, position: number];
/** The steps from the root element's child down to a styled element. */
export type ScopePath = readonly ScopeStep[];
/** Every styled element's path. */
export type MarkScope = readonly ScopePath[];

/** Most paths one sheet carries (a screen holds far fewer elements with terms in them). */
export const MAX_SCOPE_PATHS = 400;
/** Deepest path accepted (pages nest deeper than this only in pathological cases). */
const MAX_PATH_STEPS = 128;
/** A tag a type selector can name without escaping; anything else is written as `*`. */
const PLAIN_TAG = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;

/** True if `scope` is a well-formed scope: nothing in it can break out of a selector. */
export function isMarkScope(scope: unknown): scope is MarkScope {
  return (
    Array.isArray(scope) &&
    scope.length <= MAX_SCOPE_PATHS &&
    scope.every(
      (path) =>
        Array.isArray(path) &&
        path.length <= MAX_PATH_STEPS &&
        path.every(
          (step) =>
            Array.isArray(step) &&
            step.length === 2 &&
            typeof step[0] === 'string' &&
            (step[0] === '*' || PLAIN_TAG.test(step[0])) &&
            Number.isInteger(step[1]) &&
            step[1] >= 1,
        ),
    )
  );
}

/**
 * The selector list naming every element of `scope`. Each path ends in a tag: the browser
 * then re-checks only elements of that tag when the sheet comes or goes (a rule ending in `*`
 * or a bare pseudo-class would make it recalculate every element).
 */
export function scopeSelector(scope: MarkScope): string {
  return scope
    .map((path) =>
      [':root', ...path.map(([tag, position]) => `${tag}:nth-child(${position})`)].join('>'),
    )
    .join(',');
}

/** The path of `element` from the root, or null if it is not in the document's element tree. */
export function scopePathOf(element: Element): ScopePath | null {
  const root = element.ownerDocument.documentElement;
  const steps: ScopeStep[] = [];
  for (let at: Element = element; at !== root; ) {
    const parent = at.parentElement;
    if (!parent || steps.length >= MAX_PATH_STEPS) return null;
    let position = 1;
    for (
      let sibling = at.previousElementSibling;
      sibling;
      sibling = sibling.previousElementSibling
    ) {
      position++;
    }
    steps.push([PLAIN_TAG.test(at.localName) ? at.localName : '*', position]);
    at = parent;
  }
  return steps.reverse();
}
