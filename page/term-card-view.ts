/**
 * The explanation card shown beside a term on a page. A view only: the card controller decides
 * when it shows and where, and passes everything in. Built with plain DOM calls rather than
 * Preact because it runs on every page of every running site, where each kilobyte counts
 * (the content script's budget is 15 KB gzip); every text goes in through `textContent`, so
 * nothing from a page or the glossary is ever parsed as HTML.
 */

export interface TermCardProps {
  /** The term as a reader knows it: "Iliotibial band syndrome". */
  name: string;
  explanation: string;
  /** The guide entry the term belongs to, if it is a condition: "IT band syndrome". */
  relatedName: string | null;
  /** Shown after "More in the guide" where the browser cannot open the sidebar from the page. */
  openHint: string | null;
  /** The reader just chose not to mark this term: the card says so and offers the undo. */
  muted: boolean;
  onMore(): void;
  onCheck(): void;
  onMute(): void;
  onUndoMute(): void;
  onClose(): void;
}

type Child = Node | string | null | false;

function el(
  doc: Document,
  tag: string,
  attributes: Record<string, string>,
  ...children: Child[]
): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

function button(doc: Document, label: string, className: string, onClick: () => void) {
  const element = el(doc, 'button', { type: 'button', class: className }, label);
  // Only the reader's own clicks and keys (a page cannot reach into the closed shadow root, but a
  // forged event should never act for the reader anyway).
  element.addEventListener('click', (event) => event.isTrusted && onClick());
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The brand mark (public/icon.svg) drawn in the card itself: a picture fetched from the extension
 * would have to be web-accessible, and a page can probe those to tell that the extension is
 * installed (issue #14). The four limbs are one path here, to keep the script small.
 */
const MARK_SHAPES: readonly [string, Record<string, string>][] = [
  ['rect', { x: '4', y: '4', width: '120', height: '120', rx: '28', fill: '#0d5a85' }],
  [
    'path',
    {
      d: 'M71 41L60 70M44 56L62 44L84 54M60 70L84 84L78 108M60 70L46 92L24 94',
      fill: 'none',
      stroke: '#fff',
      'stroke-width': '13',
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    },
  ],
  ['circle', { cx: '78', cy: '24', r: '11', fill: '#fff' }],
  [
    'circle',
    { cx: '60', cy: '70', r: '10', fill: '#ffb020', stroke: '#0d5a85', 'stroke-width': '3' },
  ],
];

function brandMark(doc: Document): SVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  for (const [name, value] of Object.entries({
    viewBox: '0 0 128 128',
    width: '14',
    height: '14',
    'aria-hidden': 'true',
    focusable: 'false',
  })) {
    svg.setAttribute(name, value);
  }
  for (const [tag, attributes] of MARK_SHAPES) {
    const shape = doc.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attributes)) shape.setAttribute(name, value);
    svg.append(shape);
  }
  return svg;
}

/** Builds the card's DOM; the caller puts it in the shadow root, replacing any previous card. */
export function renderTermCard(doc: Document, props: TermCardProps): HTMLElement {
  const close = button(doc, '×', 'close', props.onClose);
  close.setAttribute('aria-label', 'Close explanation');
  return el(
    doc,
    'div',
    {
      class: 'card',
      role: 'dialog',
      'aria-labelledby': 'hpg-card-title',
      'aria-describedby': 'hpg-card-text',
    },
    el(
      doc,
      'div',
      { class: 'header' },
      el(doc, 'p', { class: 'brand' }, brandMark(doc), 'Hip Pain Guide'),
      close,
    ),
    el(
      doc,
      'h2',
      { id: 'hpg-card-title', class: 'title' },
      el(doc, 'span', { class: 'visually-hidden' }, 'Hip Pain Guide: '),
      props.name,
    ),
    el(doc, 'p', { id: 'hpg-card-text', class: 'text' }, props.explanation),
    props.relatedName !== null &&
      el(doc, 'p', { class: 'related' }, 'Related to ', el(doc, 'strong', {}, props.relatedName)),
    el(
      doc,
      'div',
      { class: 'actions' },
      button(doc, 'More in the guide', 'primary', props.onMore),
      button(doc, 'Check my symptoms', '', props.onCheck),
    ),
    props.openHint !== null && el(doc, 'p', { class: 'hint', role: 'status' }, props.openHint),
    props.muted
      ? el(
          doc,
          'p',
          { class: 'hint', role: 'status' },
          `${props.name} will not be marked or explained again. `,
          button(doc, 'Undo', 'undo', props.onUndoMute),
        )
      : button(doc, 'Don’t mark this word', 'mute', props.onMute),
    el(doc, 'p', { class: 'note' }, 'General information, not a diagnosis.'),
  );
}
