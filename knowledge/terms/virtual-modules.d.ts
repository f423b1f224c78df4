/** Build-time modules made in wxt.config.ts. */
declare module 'virtual:compiled-terms' {
  import type { CompiledTerms } from './term-matcher';

  const compiled: CompiledTerms;
  export default compiled;
}
