/**
 * Owns the card's shadow root and shows one card at a time. The host element goes into the top
 * layer as a manual popover, so page transforms, z-index wars and `overflow: hidden` cannot hide
 * or misplace it; its own styles live inside a closed shadow root where page CSS cannot reach.
 *
 * Privacy: the host is a plain `div` with no id, class or name of ours, known by reference only,
 * and it is on the page only while a card is open. A page cannot pre-define or style it by name,
 * and finds nothing of ours while no card shows.
 */
import { type Box, placeCard } from './card-placement';
import cardCss from './term-card.css?inline';
import { renderTermCard, type TermCardProps } from './term-card-view';

export type CardContent = Omit<TermCardProps, 'onClose'>;

export interface TermCardController {
  /**
   * Shows the card next to `anchor` (the boxes of the term's lines), pointing at it; with `focus`,
   * moves keyboard focus into it.
   */
  show(
    content: CardContent,
    anchor: readonly Box[],
    options: { dark: boolean; focus: boolean },
  ): void;
  /** Re-renders the open card with new content (e.g. a hint after "More in the guide"). */
  update(content: CardContent): void;
  hide(): void;
  isOpen(): boolean;
  /** True if `node` is inside the card (for hover: the pointer moved onto the card). */
  contains(target: EventTarget | null): boolean;
  destroy(): void;
}

/**
 * Inline !important styles beat any page rule, even `* { all: unset !important }`, and the
 * browser's own popover styles (border, padding, inset): `all: initial` resets every property,
 * so only what differs from the initial values needs saying.
 */
const HOST_STYLE = 'all: initial !important; position: fixed !important; display: block !important';

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
  /** Disconnects the host's listeners when the host goes. */
  let hostListeners: AbortController | null = null;
  let restoreFocusTo: HTMLElement | null = null;
  let current: CardContent | null = null;
  let anchorBox: readonly Box[] | null = null;

  const ensureHost = () => {
    if (host && mount) return { host, mount };
    host = doc.createElement('div');
    host.popover = 'manual';
    host.style.cssText = HOST_STYLE;
    shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = cardCss;
    mount = doc.createElement('div');
    shadow.append(style, mount);
    hostListeners = new AbortController();
    host.addEventListener(
      'focusout',
      (event) => {
        const next = event.relatedTarget;
        if (!event.isTrusted || !open || !(next instanceof Node) || host?.contains(next)) return;
        events.onFocusLeft();
      },
      { signal: hostListeners.signal },
    );
    doc.documentElement.append(host);
    return { host, mount };
  };

  /** Nothing of ours stays on the page while no card shows. */
  const removeHost = () => {
    hostListeners?.abort();
    host?.remove();
    host = mount = shadow = null;
  };

  const focusIsInCard = () => shadow?.activeElement != null;

  const renderCard = (content: CardContent) => {
    current = content;
    const hadFocus = focusIsInCard();
    mount?.replaceChildren(renderTermCard(doc, { ...content, onClose: () => controller.hide() }));
    // Re-rendering replaces the buttons: keep a keyboard user's place.
    if (hadFocus) {
      mount
        ?.querySelector<HTMLButtonElement>(content.muted ? 'button.undo' : 'button.primary')
        ?.focus();
    }
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
    // The arrow (term-card.css) sits on the side facing the term, over its middle.
    mount?.setAttribute('data-side', placement.side);
    mount?.style.setProperty('--arrow-left', `${placement.arrowLeft}px`);
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
      // The theme is a class inside the shadow root; the host only carries `color-scheme`, so the
      // browser's own parts (a scrollbar) follow it too.
      mount.className = dark ? 'theme dark' : 'theme';
      host.style.setProperty('color-scheme', dark ? 'dark' : 'light', 'important');
      anchorBox = anchor;
      renderCard(content);
      if (!open) host.showPopover();
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
      // Leaving the document closes the popover too.
      removeHost();
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
      removeHost();
    },
  };
  return controller;
}
