/**
 * Finds the prose text nodes on screen (and a margin around it) without walking the whole page:
 * it starts from the text found last time and from a few points in the viewport, and walks
 * outwards in document order until the text leaves the window. Work is proportional to what is on
 * screen, whatever the size of the page (docs/highlighting.md: observing every block of a
 * 2 MB forum cost ~20 ms a frame).
 */
import { isInsideSkipped, proseWalker } from './prose-filter';

/**
 * How far above and below the viewport text counts as near, in viewport heights. Registered
 * ranges cost render time in every frame where the page changes (measured: on a 2 ms-per-frame
 * article, 10 ranges → 4 ms, 50 → 9 ms), so the window stays small.
 */
const MARGIN_IN_VIEWPORTS = 0.25;
/**
 * Points sampled across the viewport, as fractions of its width and height: the middle column
 * first (most pages' main text), then the sides (sidebars, multi-column layouts).
 */
const SAMPLE_POINTS: readonly (readonly [number, number])[] = [
  [0.5, 0.35],
  [0.5, 0.65],
  [0.5, 0.05],
  [0.5, 0.95],
  [0.2, 0.35],
  [0.8, 0.35],
  [0.2, 0.65],
  [0.8, 0.65],
  [0.2, 0.05],
  [0.8, 0.05],
  [0.2, 0.95],
  [0.8, 0.95],
];
export const SAMPLE_COUNT = SAMPLE_POINTS.length;
/** Off-window nodes a walk may pass (fixed headers, hidden menus) before it gives up. */
const MAX_MISSES = 200;

type Place = 'above' | 'in' | 'below' | 'none';

/** The caret under a point on screen: the text (or element) there and the offset in it. */
export function caretAtPoint(
  doc: Document,
  x: number,
  y: number,
): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  // Chrome before 128 has only the older, non-standard call.
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export interface NearViewportOptions {
  /**
   * Text found by the last pass. Walking on from what is still in the window needs no hit test,
   * and a hit test is the expensive step: ~5 ms on a page with 12k posts side by side.
   */
  seeds?: Iterable<Text>;
  /** The sample point to start from; they are tried in turn up to the last. */
  firstSample?: number;
  /** Time allowed for sampling points after the walk from the seeds (one is always sampled). */
  samplingMs?: number;
}

export interface NearViewportScan {
  /** The prose text nodes within the viewport and its margin, in no particular order. */
  found: Set<Text>;
  /** The first point not tried before the deadline (`SAMPLE_COUNT` once all have been). */
  nextSample: number;
}

/**
 * The prose text nodes within the viewport and its margin. With a deadline the pass may leave
 * some sample points untried (see `nextSample`); the text reachable from the seeds is always found.
 */
export function textNodesNearViewport(
  doc: Document,
  { seeds = [], firstSample = 0, samplingMs = Number.POSITIVE_INFINITY }: NearViewportOptions = {},
): NearViewportScan {
  const view = doc.defaultView;
  const body = doc.body;
  const found = new Set<Text>();
  if (!view || !body) return { found, nextSample: SAMPLE_COUNT };
  const height = view.innerHeight;
  const top = -height * MARGIN_IN_VIEWPORTS;
  const bottom = height * (1 + MARGIN_IN_VIEWPORTS);
  const range = doc.createRange();
  const visibleParents = new Map<Element, boolean>();
  const proseElements = new Map<Element, boolean>();

  const placeOf = (text: Text): Place => {
    const parent = text.parentElement;
    if (!parent) return 'none';
    let visible = visibleParents.get(parent);
    if (visible === undefined) {
      visible =
        typeof parent.checkVisibility !== 'function' ||
        parent.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
      visibleParents.set(parent, visible);
    }
    if (!visible) return 'none';
    range.selectNodeContents(text);
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return 'none';
    if (rect.bottom < top) return 'above';
    if (rect.top > bottom) return 'below';
    return 'in';
  };

  const walkFrom = (start: Node, forward: boolean) => {
    const walker = proseWalker(body, proseElements);
    walker.currentNode = start;
    // A start inside skipped content (a code block) must not make its text count as prose.
    const skippedRoot = isInsideSkipped(start) ? start : null;
    let misses = 0;
    let node: Node | null = start.nodeType === Node.TEXT_NODE ? start : null;
    if (!node) node = forward ? walker.nextNode() : walker.previousNode();
    for (; node; node = forward ? walker.nextNode() : walker.previousNode()) {
      if (found.has(node as Text)) {
        // Another sample already walked on from here.
        if (node !== start) break;
        continue;
      }
      if (skippedRoot && isInsideSkipped(node)) continue;
      const place = placeOf(node as Text);
      if (place === 'in') {
        found.add(node as Text);
        misses = 0;
      } else if (place === (forward ? 'below' : 'above')) {
        break;
      } else if (++misses > MAX_MISSES) {
        break;
      }
    }
  };

  for (const seed of seeds) {
    if (found.has(seed) || !seed.isConnected || placeOf(seed) !== 'in') continue;
    walkFrom(seed, true);
    walkFrom(seed, false);
  }
  const deadline = performance.now() + samplingMs;
  let next = firstSample;
  for (; next < SAMPLE_COUNT; next++) {
    if (next > firstSample && performance.now() > deadline) break;
    const [fx, fy] = SAMPLE_POINTS[next] as [number, number];
    const start = caretAtPoint(doc, view.innerWidth * fx, height * fy)?.node;
    if (!start || !body.contains(start) || found.has(start as Text)) continue;
    walkFrom(start, true);
    walkFrom(start, false);
  }
  range.detach();
  return { found, nextSample: next };
}
