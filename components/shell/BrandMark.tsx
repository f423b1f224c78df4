/**
 * The brand mark (public/icon.svg) drawn inline, so it scales with the text and needs no request:
 * a runner in mid-stride with the hip picked out in amber. Decorative wherever it sits beside
 * the name, so hidden from screen readers.
 */
import type { JSX } from 'preact';

export function BrandMark({ size = 24 }: { size?: number }): JSX.Element {
  return (
    <svg
      class="brand-logo"
      width={size}
      height={size}
      viewBox="0 0 128 128"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="4" y="4" width="120" height="120" rx="28" fill="#0d5a85" />
      <g
        fill="none"
        stroke="#ffffff"
        stroke-width="13"
        stroke-linecap="round"
        stroke-linejoin="round"
      >
        <path d="M71 41 L60 70" />
        <path d="M44 56 L62 44 L84 54" />
        <path d="M60 70 L84 84 L78 108" />
        <path d="M60 70 L46 92 L24 94" />
      </g>
      <circle cx="78" cy="24" r="11" fill="#ffffff" />
      <circle cx="60" cy="70" r="10" fill="#ffb020" stroke="#0d5a85" stroke-width="3" />
    </svg>
  );
}
