/**
 * Follows the page's own changes: drops what they made stale (hits of changed text, marks of
 * removed text) and asks the marked window for a pass only when new or changed text holds a term,
 * so that a page updating text without terms (a like counter, a clock) costs no viewport work.
 */
import type { Lifetime } from './lifetime';
import type { MarkedWindow } from './marked-window';
import { isInsideSkipped, isSkippedElement, proseWalker } from './prose-filter';
import type { TermIndex } from './term-index';

/** Text nodes read from one inserted subtree before leaving the rest to the viewport pass. */
const MAX_TEXT_NODES_READ_ON_INSERT = 2000;

export function followPageChanges(
  doc: Document,
  index: TermIndex,
  marks: MarkedWindow,
  life: Lifetime,
): void {
  const view = doc.defaultView as Window & typeof globalThis;

  const forget = (node: Node) => {
    index.forget(node);
    if (node.nodeType === Node.TEXT_NODE) marks.unmark(node as Text);
  };

  /**
   * True if `node` (text, or an element's prose) holds a term. A very large insertion (a page
   * swap) is not read here: the viewport pass will.
   */
  const holdsTerms = (node: Node): boolean => {
    if (node.nodeType === Node.TEXT_NODE) return index.hitsOf(node as Text).length > 0;
    if (node.nodeType !== Node.ELEMENT_NODE || isSkippedElement(node as Element)) return false;
    const walker = proseWalker(node);
    for (let text = walker.nextNode(), seen = 0; text; text = walker.nextNode(), seen++) {
      if (seen > MAX_TEXT_NODES_READ_ON_INSERT || index.hitsOf(text as Text).length > 0) {
        return true;
      }
    }
    return false;
  };

  const observer = new view.MutationObserver((records) => {
    if (!life.isValid) return;
    index.pageChanged();
    let needsUpdate = false;
    for (const record of records) {
      const target = record.target;
      for (const removed of record.removedNodes) forget(removed);
      // Typing in an editor, a script or the title changes nothing we mark.
      if (
        isInsideSkipped(target) ||
        (target.nodeType === Node.ELEMENT_NODE && isSkippedElement(target as Element))
      ) {
        continue;
      }
      if (record.type === 'characterData') {
        // Text changed in place: its ranges point at old offsets, so drop them now.
        const hadMarks = marks.isMarked(target as Text);
        forget(target);
        needsUpdate ||= hadMarks || holdsTerms(target);
      } else {
        for (const added of record.addedNodes) {
          if (needsUpdate) break;
          needsUpdate = holdsTerms(added);
        }
      }
    }
    marks.dropDisconnected();
    if (needsUpdate) marks.schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  life.onEnd(() => observer.disconnect());
}
