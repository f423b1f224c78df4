/**
 * Every message between the content script, the background and the sidebar, with its reply, as
 * one call map per direction (after hypothesis's `port-rpc-calls`): a message is named
 * `from→to:what`, and its entry says what it carries and what comes back. Sends go through the
 * typed helpers below, so a send and its reply need no cast; every receiver reads an incoming
 * message with a validator that checks its shape and its sender first (`listenForCalls`).
 * No data from `knowledge/` is imported here: the content script carries this module.
 */
import { type Browser, browser } from 'wxt/browser';
import type { Route } from '../knowledge/routes';
import type { GateReadAnswer, GateReadRequest } from '../knowledge/terms/gate-reader';
import type { TermDescription } from '../knowledge/terms/term-description';
import { loggedAs } from './log';
import type { MarkScope } from './mark-scope';

/** Calls the content script makes to the background. */
export type PageToBackgroundCalls = {
  /** A card's "More in the guide" / "Check my symptoms": open the sidebar at `route`. */
  'page→background:open-guide': { message: { route: Route }; reply: OpenGuideReply };
  /** A page card asks for a term's text (the content script carries only the spellings). */
  'page→background:describe-term': {
    message: { termId: string };
    reply: TermDescription | null;
  };
  /**
   * Inject the card's code (`page-card.js`) into the sender's frame, beside the content script,
   * the first time a card is needed there (page/card-module.ts). Resolves once it has run.
   */
  'page→background:load-card': { message: Record<never, never>; reply: null };
  /**
   * Inject the explainer's code (`page-explainer.js`) into the sender's frame, beside the content
   * script, when the page could hold a term (page/explainer-module.ts). Resolves once it has run.
   */
  'page→background:load-explainer': { message: Record<never, never>; reply: null };
  /**
   * Could the page hold a term? The page gate sends its text (the whole page, then what its
   * changes add, with the state of the last answer) and the background reads it with the gate's
   * patterns and keeps nothing (knowledge/terms/gate-reader.ts, `answerGateRead`): the patterns
   * are compiled and run there, not on the page's main thread. PRIVACY.md says what this sends.
   */
  'page→background:gate-read': { message: GateReadRequest; reply: GateReadAnswer };
  /**
   * Style this page load's marks in the elements of `scope` (`on`), or stop: a style sheet for
   * `::highlight()` under the page's random names, inserted into the sender's frame (page CSP
   * cannot block it, page scripts cannot list it). Each scope is a sheet of its own, removed with
   * the same scope. Background side: platform/background/mark-styles.ts.
   */
  'page→background:mark-styles': {
    message: { names: MarkNames; scope: MarkScope; on: boolean };
    reply: null;
  };
  /**
   * Whether the page explains terms now, and how many different ones: the toolbar button shows it
   * for this tab (sent on load and whenever the settings change what the page does).
   */
  'page→background:page-state': { message: PageState; reply: null };
};

/** Calls the extension's own pages (the sidebar, the welcome page) make to the background. */
export type SidebarToBackgroundCalls = {
  /**
   * Pause (or resume) every mark and card. The background saves it, not the page: a sidebar
   * closed right after the click would take an unfinished save with it. Replies the pause as
   * saved. Background side: platform/background/pause.ts.
   */
  'sidebar→background:set-paused': { message: { paused: boolean }; reply: { paused: boolean } };
};

/** Everything the background answers. */
export type ToBackgroundCalls = PageToBackgroundCalls & SidebarToBackgroundCalls;

/** Calls the sidebar makes to the content script of the page it shows terms for. */
export type SidebarToPageCalls = {
  /** Which terms the page shows; null when the site is switched off. */
  'sidebar→page:list-terms': { message: Record<never, never>; reply: PageTermsReply | null };
  /** Scroll to the `index`-th hit of a term and open its card; false if it is gone. */
  'sidebar→page:show-term': { message: { termId: string; index: number }; reply: boolean };
  /**
   * Which site the page is on (the sidebar cannot read the address of a running site without
   * the "tabs" permission), so that it can offer to switch it on.
   */
  'sidebar→page:which-site': { message: Record<never, never>; reply: PageSiteReply };
};

/** Calls the background makes to a content script. */
export type BackgroundToPageCalls = {
  /** Step to the next term (keyboard command). */
  'background→page:next-term': { message: Record<never, never>; reply: null };
  /** Is a content script of ours already running in this tab? Any answer means yes. */
  'background→page:ping': { message: Record<never, never>; reply: true };
  /** What the page does now (after a load or an in-page navigation), for the toolbar button. */
  'background→page:page-state': { message: Record<never, never>; reply: PageState };
};

/** Everything a content script answers. */
export type ToPageCalls = SidebarToPageCalls & BackgroundToPageCalls;

/** The shape every call map has: per message type, what it carries and what it replies. */
export type CallMap = { [type: string]: { message: object; reply: unknown } };

/** The message of one call, type included. */
export type MessageOf<Calls extends CallMap, K extends keyof Calls> = {
  type: K;
} & Calls[K]['message'];

/** Any message of a call map. */
export type AnyMessageOf<Calls extends CallMap> = {
  [K in keyof Calls]: MessageOf<Calls, K>;
}[keyof Calls];

/** The reply of one call. */
export type ReplyOf<Calls extends CallMap, K extends keyof Calls> = Calls[K]['reply'];

/** The highlight names of one page load, per mark style: random letters, no name of ours. */
export interface MarkNames {
  underline: string;
  background: string;
}

/** What the page answers to `sidebar→page:list-terms`. */
export interface PageTermsReply {
  terms: { termId: string; count: number }[];
}

/** What a page does, as the toolbar button shows it. */
export interface PageState {
  /** Terms are explained on this page now (the site is on and nothing is paused). */
  explaining: boolean;
  /** How many different terms the page explains (0 when not explaining). */
  termCount: number;
}

/** What the page answers to `sidebar→page:which-site`. */
export interface PageSiteReply {
  /** `location.hostname` of the page. */
  host: string;
}

/** What the background answers to `page→background:open-guide`. */
export interface OpenGuideReply {
  /**
   * False when the sidebar does not show: in Firefox, which cannot open it from a page click, unless
   * it was open already. The card then says how to open it.
   */
  opened: boolean;
  /** When not opened: how to open it, naming the user's own shortcut for it. */
  hint?: string;
}

/** The sender of a message, as the browser reports it. */
export type Sender = Browser.runtime.MessageSender;

/** Reads a raw message: the typed message if its shape and sender are right, else null. */
export type MessageReader<Calls extends CallMap> = (
  raw: unknown,
  sender: Sender,
) => AnyMessageOf<Calls> | null;

/** One handler per message of a call map, each bound to return that message's reply. */
export type CallHandlers<Calls extends CallMap> = {
  [K in keyof Calls]: (
    message: MessageOf<Calls, K>,
    sender: Sender,
  ) => ReplyOf<Calls, K> | Promise<ReplyOf<Calls, K>>;
};

/** Sends a call to the background (from a content script or a page of ours); resolves its reply. */
export async function sendToBackground<K extends keyof ToBackgroundCalls>(
  type: K,
  body: ToBackgroundCalls[K]['message'],
): Promise<ReplyOf<ToBackgroundCalls, K>> {
  // The one place a reply is typed: the background answers each call through `CallHandlers`.
  return (await browser.runtime.sendMessage({ type, ...body })) as ReplyOf<ToBackgroundCalls, K>;
}

/**
 * Sends a call to the content script in `tabId`; resolves its reply. Rejects when the tab has no
 * content script of ours (a site that is off, a browser page), which callers expect and handle.
 */
export async function sendToPage<K extends keyof ToPageCalls>(
  tabId: number,
  type: K,
  body: ToPageCalls[K]['message'],
): Promise<ReplyOf<ToPageCalls, K>> {
  // The one place a reply is typed: the content script answers each call through `CallHandlers`.
  return (await browser.tabs.sendMessage(tabId, { type, ...body })) as ReplyOf<ToPageCalls, K>;
}

/** True when `sender` is part of this extension (its pages, its worker, its content scripts). */
export function isOurExtension(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

/**
 * Answers the calls of one call map: each incoming message is read by `read` (shape and sender),
 * and only a message it accepts reaches its handler. Anything else gets no answer from here, so
 * another listener (or none) may answer it. Returns the way to stop listening.
 *
 * The answer goes through `sendResponse`, after returning `true` ("an answer will follow"),
 * rather than as a returned promise: the content script runs without webextension-polyfill (its
 * size budget; wxt.config.ts), and Chrome before 144 ignores a promise a listener returns.
 * Firefox and the polyfill take both. A handler that fails is logged and answers `undefined`,
 * which the sender treats as no answer.
 */
export function listenForCalls<Calls extends CallMap>(
  read: MessageReader<Calls>,
  handlers: CallHandlers<Calls>,
): () => void {
  const listener = (
    raw: unknown,
    sender: Sender,
    sendResponse: (reply: unknown) => void,
  ): boolean => {
    const message = read(raw, sender);
    if (!message) return false;
    // TypeScript cannot pair a union message with its own handler; `read` checked the pairing.
    const handle = handlers[message.type] as (
      message: AnyMessageOf<Calls>,
      sender: Sender,
    ) => unknown;
    new Promise((resolve) => resolve(handle(message, sender)))
      .catch(loggedAs(`answering ${String(message.type)}`))
      .then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** A plain object, for validators to read fields from. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A count or a position in a list: a whole number, zero or more. */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * The reader of one call map: a message is read only when `fromUs` accepts its sender and it is
 * a plain object; `shapeOf` then returns the typed message, or null for a shape it does not know.
 */
export function messageReader<Calls extends CallMap>(
  fromUs: (sender: Sender) => boolean,
  shapeOf: (raw: Record<string, unknown>) => AnyMessageOf<Calls> | null,
): MessageReader<Calls> {
  return (raw, sender) => (isRecord(raw) && fromUs(sender) ? shapeOf(raw) : null);
}
