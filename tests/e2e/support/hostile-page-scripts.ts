/**
 * Scripts a hostile page runs before its own content and ours, shared by the Chromium and
 * Firefox tests: pass one to Playwright's `addInitScript` or puppeteer's `evaluateOnNewDocument`
 * (each sends the function's source to the page, so it must use nothing from outside itself).
 */

/** Takes the card element name an older version used, and breaks any element made under it. */
export function claimOldCardElementName(): void {
  customElements.define(
    'hip-pain-guide-card',
    class extends HTMLElement {
      constructor() {
        super();
        // What a hostile page might do to an element it expects us to create.
        this.attachShadow({ mode: 'open' }).textContent = 'hijacked';
        throw new Error('no cards here');
      }
    },
  );
}

/** Pretends the Alt key went down, as page script can: untrusted events the guide must ignore. */
export function forgeAltKeydown(): void {
  for (const target of [document, document.body]) {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Alt', altKey: true, bubbles: true }));
  }
}
