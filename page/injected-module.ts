/**
 * A module the background injects into the content scripts' world as a file of its own
 * (`page-card.js`, `page-explainer.js`): the file leaves its functions on that world's global,
 * which the page's own scripts never see (an isolated world in Chrome, the content script
 * sandbox in Firefox), and the content script takes them right after the injection it asked for
 * resolves. Nothing of it is web-accessible, so no page can fetch it to tell the extension is
 * installed.
 */
export interface InjectedModule<T> {
  /** Called by the injected file when it runs (each injection replaces the last). */
  provide(module: T): void;
  /** The module's functions, once its file ran in this world; throws if it did not. */
  take(): T;
}

/** The module kept on the global `key`; `name` says which script, should it be missing. */
export function injectedModule<T>(key: string, name: string): InjectedModule<T> {
  const world = globalThis as typeof globalThis & Record<string, T | undefined>;
  return {
    provide: (module) => {
      world[key] = module;
    },
    take: () => {
      const module = world[key];
      if (!module) throw new Error(`The ${name} script did not run in this page`);
      return module;
    },
  };
}
