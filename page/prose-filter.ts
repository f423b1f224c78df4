/**
 * Which text on a page is prose worth explaining. Scripts, styles, form fields, code, editable
 * areas and hidden text are skipped: marking them would be wrong or would get in the reader's way.
 * Our own card needs no rule: its text lives in a closed shadow root, which no walk enters.
 */

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
]);

/** True if `element` and everything in it is skipped. Cheap: no style or layout is read. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  return element.getAttribute('role') === 'textbox';
}

/** True if any ancestor of `node` (or the node itself) is skipped, or the document is editable. */
export function isInsideSkipped(node: Node): boolean {
  if ((node.ownerDocument ?? document).designMode === 'on') return true;
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (isSkippedElement(element)) return true;
  }
  return false;
}

/** The calls of a `TreeWalker` that the page side makes, over prose text nodes only. */
export interface ProseWalker {
  currentNode: Node;
  nextNode(): Text | null;
  previousNode(): Text | null;
}

/**
 * A walker over the prose text nodes under `root`, in document order. It steps over text nodes
 * only, in the browser's own code, and checks each one's elements here, each element once
 * (`proseElements` may be shared by the walks of one pass): a `TreeWalker` with a filter calls
 * script for every element and text node it passes, which cost more than the walk itself on
 * pages with heavy markup (1–2 ms of calls from the browser into script at every load).
 */
export function proseWalker(
  root: Node,
  /** Whether each element seen is prose: neither skipped nor inside a skipped element below `root`. */
  proseElements = new Map<Element, boolean>(),
): ProseWalker {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const inProse = (parent: Element | null): boolean => {
    const unknown: Element[] = [];
    let prose: boolean | undefined = true;
    for (let element = parent; element && element !== root; element = element.parentElement) {
      prose = proseElements.get(element);
      if (prose !== undefined) break;
      unknown.push(element);
      prose = true;
    }
    // From the top down: an element is prose if its parent is and it is not skipped itself.
    for (let i = unknown.length - 1; i >= 0; i--) {
      const element = unknown[i] as Element;
      prose &&= !isSkippedElement(element);
      proseElements.set(element, prose);
    }
    return prose;
  };
  const step = (move: () => Node | null): Text | null => {
    for (let node = move() as Text | null; node; node = move() as Text | null) {
      // Whitespace-only and one-letter nodes cannot hold a term.
      if (node.data.length > 1 && /\S/.test(node.data) && inProse(node.parentElement)) return node;
    }
    return null;
  };
  return {
    get currentNode() {
      return walker.currentNode;
    },
    set currentNode(node) {
      walker.currentNode = node;
    },
    nextNode: () => step(() => walker.nextNode()),
    previousNode: () => step(() => walker.previousNode()),
  };
}
