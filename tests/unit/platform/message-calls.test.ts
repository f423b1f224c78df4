/**
 * Type-level checks on the call maps: `npx tsc --noEmit` fails if a reply type drifts from what
 * its sender expects, or if a handler could answer with something else. The vitest run only
 * confirms the file loads; the proof is the typecheck (`npm run typecheck`, part of `npm test`).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { TermDescription } from '../../../knowledge/terms/term-description';
import type {
  BackgroundToPageCalls,
  CallHandlers,
  OpenGuideReply,
  PageSiteReply,
  PageTermsReply,
  PageToBackgroundCalls,
  ReplyOf,
  SidebarToPageCalls,
  sendToBackground,
  sendToPage,
  ToPageCalls,
} from '../../../platform/messages';

describe('the call maps', () => {
  it('give every message its reply type', () => {
    expectTypeOf<
      ReplyOf<PageToBackgroundCalls, 'page→background:open-guide'>
    >().toEqualTypeOf<OpenGuideReply>();
    expectTypeOf<
      ReplyOf<PageToBackgroundCalls, 'page→background:describe-term'>
    >().toEqualTypeOf<TermDescription | null>();
    expectTypeOf<
      ReplyOf<SidebarToPageCalls, 'sidebar→page:list-terms'>
    >().toEqualTypeOf<PageTermsReply | null>();
    expectTypeOf<ReplyOf<SidebarToPageCalls, 'sidebar→page:show-term'>>().toEqualTypeOf<boolean>();
    expectTypeOf<
      ReplyOf<SidebarToPageCalls, 'sidebar→page:which-site'>
    >().toEqualTypeOf<PageSiteReply>();
    expectTypeOf<
      ReplyOf<BackgroundToPageCalls, 'background→page:next-term'>
    >().toEqualTypeOf<null>();
    expectTypeOf<ReplyOf<BackgroundToPageCalls, 'background→page:ping'>>().toEqualTypeOf<true>();
  });

  it('make the send helpers resolve each reply without a cast', () => {
    expectTypeOf<ReturnType<typeof sendToBackground<'page→background:open-guide'>>>().toEqualTypeOf<
      Promise<OpenGuideReply>
    >();
    expectTypeOf<ReturnType<typeof sendToPage<'sidebar→page:show-term'>>>().toEqualTypeOf<
      Promise<boolean>
    >();
    // A message's body is checked too: show-term needs its term and index.
    expectTypeOf<Parameters<typeof sendToPage<'sidebar→page:show-term'>>[2]>().toEqualTypeOf<{
      termId: string;
      index: number;
    }>();
  });

  it('hold every handler to its reply', () => {
    const handlers: CallHandlers<ToPageCalls> = {
      'sidebar→page:list-terms': () => ({ terms: [{ termId: 'itbs', count: 2 }] }),
      'sidebar→page:show-term': async () => true,
      'sidebar→page:which-site': () => ({ host: 'www.reddit.com' }),
      'background→page:next-term': () => null,
      'background→page:ping': () => true,
      'background→page:page-state': () => ({ explaining: true, termCount: 3 }),
    };
    expectTypeOf(handlers).toEqualTypeOf<CallHandlers<ToPageCalls>>();

    const wrongReply: CallHandlers<PageToBackgroundCalls> = {
      'page→background:describe-term': () => null,
      // @ts-expect-error: open-guide must answer `{ opened }`, not a bare boolean.
      'page→background:open-guide': () => true,
    };
    // @ts-expect-error: every message of the map needs its handler.
    const missing: CallHandlers<PageToBackgroundCalls> = {
      'page→background:describe-term': () => null,
    };
    expectTypeOf(wrongReply).not.toBeAny();
    expectTypeOf(missing).not.toBeAny();
  });
});
