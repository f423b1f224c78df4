/** Build-time modules made in wxt.config.ts. */
declare module 'virtual:compiled-terms' {
  import type { CompiledTerms } from './term-matcher';

  const compiled: CompiledTerms;
  export default compiled;
}

declare module 'virtual:term-gate' {
  import type { GateMode, TermGate } from './term-gate';

  /** `gate.mode`, as a constant the bundler folds. */
  export const mode: GateMode;
  const gate: TermGate;
  export default gate;
}

declare module 'virtual:term-gate-patterns' {
  import type { TermGate } from './term-gate';

  const gate: TermGate;
  export default gate;
}
