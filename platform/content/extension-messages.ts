/**
 * How the content script reads what the sidebar and the background send it. A message is accepted
 * only from this extension (`sender.id`), and only in a shape one of them sends; anything else
 * is left unanswered. Kept small: it ships in the content script, on every page of every site.
 */
import { isCount, isOurExtension, messageReader, type ToPageCalls } from '../messages';

/** The message the extension sent, checked; null when its shape or its sender is wrong. */
export const readExtensionMessage = messageReader<ToPageCalls>(isOurExtension, (raw) => {
  switch (raw.type) {
    case 'sidebar→page:list-terms':
    case 'sidebar→page:which-site':
    case 'background→page:next-term':
    case 'background→page:ping':
    case 'background→page:page-state':
      return { type: raw.type };
    case 'sidebar→page:show-term':
      return typeof raw.termId === 'string' && isCount(raw.index)
        ? { type: raw.type, termId: raw.termId, index: raw.index }
        : null;
    default:
      return null;
  }
});
