/** Build-time modules made in wxt.config.ts. */
declare module 'virtual:term-spellings' {
  import type { TermSpellings } from './glossary-variants';

  const spellings: TermSpellings[];
  export default spellings;
}
