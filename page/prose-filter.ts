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

const PROSE_FILTER: NodeFilter = {
  acceptNode(node: Node): number {
    if (node.nodeType === Node.TEXT_NODE) {
      // Whitespace-only and one-letter nodes cannot hold a term.
      return (node as Text).data.length > 1 && /\S/.test((node as Text).data)
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_SKIP;
    }
    return isSkippedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
  },
};

/** A walker over the prose text nodes under `root`, in document order. */
export function proseWalker(root: Node): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, PROSE_FILTER);
}
