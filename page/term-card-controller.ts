/**
 * Owns the card's shadow root and shows one card at a time. The host element goes into the top
 * layer as a manual popover, so page transforms, z-index wars and `overflow: hidden` cannot hide
 * or misplace it; its own styles live inside a closed shadow root where page CSS cannot reach.
 */
import { renderTermCard, type TermCardProps } from '../components/term-card-view';
import { type Box, placeCard } from './card-placement';
import { CARD_HOST_TAG } from './prose-filter';
import cardCss from './term-card.css?inline';

export type CardContent = Omit<TermCardProps, 'onClose'>;

export interface TermCardController {
  /** Shows the card next to `anchor`; with `focus`, moves keyboard focus into it. */
  show(content: CardContent, anchor: Box, options: { dark: boolean; focus: boolean }): void;
  /** Re-renders the open card with new content (e.g. a hint after "More in the guide"). */
  update(content: CardContent): void;
  hide(): void;
  isOpen(): boolean;
  /** True if `node` is inside the card (for hover: the pointer moved onto the card). */
  contains(target: EventTarget | null): boolean;
  destroy(): void;
}

// Inline !important styles beat any page rule, even `* { all: unset !important }`.
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  inset: 'auto',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  width: 'auto',
  height: 'auto',
  transform: 'none',
  'z-index': '2147483647',
};

export function createTermCardController(
  doc: Document,
  events: {
    /** Keyboard focus moved from the card to the page (Tab out): the card should close. */
    onFocusLeft(): void;
  },
): TermCardController {
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let open = false;
  let restoreFocusTo: HTMLElement | null = null;
  let current: CardContent | null = null;
  let anchorBox: Box | null = null;

  const ensureHost = () => {
    if (host && mount) return { host, mount };
    host = doc.createElement(CARD_HOST_TAG);
    host.setAttribute('popover', 'manual');
    for (const [name, value] of Object.entries(HOST_STYLE)) {
      host.style.setProperty(name, value, 'important');
    }
    host.style.setProperty('display', 'none', 'important');
    shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = cardCss;
    mount = doc.createElement('div');
    shadow.append(style, mount);
    host.addEventListener('focusout', (event) => {
      const next = event.relatedTarget;
      if (open && next instanceof Node && !host?.contains(next)) events.onFocusLeft();
    });
    doc.documentElement.append(host);
    return { host, mount };
  };

  const focusIsInCard = () => shadow?.activeElement != null;

  const renderCard = (content: CardContent) => {
    current = content;
    const hadFocus = focusIsInCard();
    mount?.replaceChildren(renderTermCard(doc, { ...content, onClose: () => controller.hide() }));
    // Re-rendering replaces the buttons: keep a keyboard user's place.
    if (hadFocus) mount?.querySelector<HTMLButtonElement>('button.primary')?.focus();
  };

  /** Places the card beside the anchor; measured at its natural height, in the visible area. */
  const place = () => {
    const card = mount?.firstElementChild as HTMLElement | null;
    if (!host || !card || !anchorBox) return;
    host.style.setProperty('visibility', 'hidden', 'important');
    card.style.setProperty('--max-height', 'none');
    const root = doc.documentElement;
    const placement = placeCard(
      anchorBox,
      { width: card.offsetWidth, height: card.offsetHeight },
      // The layout viewport without scrollbars: what the card may cover.
      { width: root.clientWidth, height: root.clientHeight },
    );
    card.style.setProperty('--max-height', `${placement.maxHeight}px`);
    host.style.setProperty('left', `${placement.left}px`, 'important');
    host.style.setProperty('top', `${placement.top}px`, 'important');
    host.style.setProperty('visibility', 'visible', 'important');
  };

  const controller: TermCardController = {
    show(content, anchor, { dark, focus }) {
      const { host, mount } = ensureHost();
      // Where focus goes back to on close: where it was before the first card, not the card.
      if (focus && !focusIsInCard()) {
        restoreFocusTo = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
      }
      host.dataset.theme = dark ? 'dark' : 'light';
      anchorBox = anchor;
      renderCard(content);
      host.style.setProperty('display', 'block', 'important');
      if (!open && typeof host.showPopover === 'function' && !host.matches(':popover-open')) {
        host.showPopover();
      }
      open = true;
      place();
      if (focus) mount.querySelector<HTMLButtonElement>('button.primary')?.focus();
    },
    update(content) {
      if (!open) return;
      renderCard(content);
      place();
    },
    hide() {
      if (!open || !host || !mount) return;
      const hadFocus = focusIsInCard();
      open = false;
      current = null;
      anchorBox = null;
      if (host.matches(':popover-open')) host.hidePopover();
      host.style.setProperty('display', 'none', 'important');
      mount.replaceChildren();
      // Give focus back only if it was still in the card; never pull it from where the user went.
      if (hadFocus) restoreFocusTo?.focus({ preventScroll: true });
      restoreFocusTo = null;
    },
    isOpen: () => open && current !== null,
    contains(target) {
      return host !== null && target instanceof Node && (target === host || host.contains(target));
    },
    destroy() {
      controller.hide();
      host?.remove();
      host = null;
      mount = null;
      shadow = null;
    },
  };
  return controller;
}
