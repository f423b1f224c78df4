/**
 * Exports the brand mark (public/icon.svg) to the PNG icons the manifest and the toolbar use:
 * `public/icons/icon-{16,32,48,128}.png`, plus toolbar variants for a site that is off and for
 * a global pause (`icon-off-*`, `icon-paused-*`, 16 and 32 px).
 *
 * Run with `npm run icons` after editing the SVG; the PNGs are committed, so a build needs no
 * renderer. @resvg/resvg-js renders SVG exactly and identically on every machine (a Rust
 * renderer shipped as a prebuilt npm binary: no browser, no system libraries).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = readFileSync(resolve(ROOT, 'public/icon.svg'), 'utf8');
const OUT_DIR = resolve(ROOT, 'public/icons');

const BRAND_BLUE = '#0d5a85';
const AMBER = '#ffb020';
const OFF_GREY = '#6b7785';

/** The mark greyed out: the extension does nothing on this site. */
const offSvg = SOURCE.replaceAll(BRAND_BLUE, OFF_GREY).replace(AMBER, '#d5dbe1');

/** Greyed out with two amber pause bars: everything is paused until the reader resumes. */
const pausedSvg = offSvg.replace(
  '</svg>',
  `<rect x="70" y="66" width="54" height="58" rx="14" fill="${AMBER}"/>` +
    '<rect x="83" y="78" width="10" height="34" rx="3" fill="#1d2630"/>' +
    '<rect x="101" y="78" width="10" height="34" rx="3" fill="#1d2630"/></svg>',
);

function exportPng(svg: string, size: number, name: string): void {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(resolve(OUT_DIR, name), png);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of [16, 32, 48, 128]) exportPng(SOURCE, size, `icon-${size}.png`);
for (const size of [16, 32]) {
  exportPng(offSvg, size, `icon-off-${size}.png`);
  exportPng(pausedSvg, size, `icon-paused-${size}.png`);
}
console.log(`Icons written to ${OUT_DIR}`);
