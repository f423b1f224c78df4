/**
 * How the background reads what content scripts send it. A message is accepted only from a
 * content script of ours (this extension's id, inside a tab) and only in a shape it can send; a
 * route must be one the extension itself could make (`routeFromPage`). Everything else is
 * dropped unanswered: the page sees the same silence as from a message it got wrong.
 */
import { routeFromPage } from '../../knowledge/handed-routes';
import { checkedGateReaderState } from '../../knowledge/terms/gate-reader';
import { isMarkScope } from '../mark-scope';
import {
  isCount,
  isOurExtension,
  messageReader,
  type PageToBackgroundCalls,
  type Sender,
} from '../messages';
import { isMarkNames } from './mark-styles';

/** Longest term id the glossary uses, with room to spare: a longer one is not a term. */
const TERM_ID_MAX = 80;

/** True for a content script of ours: this extension, in a tab's top frame. */
export function isOurContentScript(sender: Sender): boolean {
  return isOurExtension(sender) && sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0;
}

/** The message a content script sent, checked; null when its shape or its sender is wrong. */
export const readPageMessage = messageReader<PageToBackgroundCalls>(isOurContentScript, (raw) => {
  switch (raw.type) {
    case 'page→background:describe-term':
      return typeof raw.termId === 'string' && raw.termId.length <= TERM_ID_MAX
        ? { type: raw.type, termId: raw.termId }
        : null;
    case 'page→background:open-guide': {
      const route = routeFromPage(raw.route);
      return route ? { type: raw.type, route } : null;
    }
    case 'page→background:gate-read': {
      const state = raw.state === null ? null : checkedGateReaderState(raw.state);
      return Array.isArray(raw.texts) &&
        raw.texts.every((text) => typeof text === 'string') &&
        typeof raw.title === 'string' &&
        (raw.state === null || state !== null)
        ? { type: raw.type, texts: raw.texts, title: raw.title, state }
        : null;
    }
    case 'page→background:load-card':
    case 'page→background:load-explainer':
      return { type: raw.type };
    case 'page→background:mark-styles':
      return isMarkNames(raw.names) && isMarkScope(raw.scope) && typeof raw.on === 'boolean'
        ? { type: raw.type, names: raw.names, scope: raw.scope, on: raw.on }
        : null;
    case 'page→background:page-state':
      return typeof raw.explaining === 'boolean' && isCount(raw.termCount)
        ? { type: raw.type, explaining: raw.explaining, termCount: raw.termCount }
        : null;
    default:
      return null;
  }
});
