/** Whether the page around an element looks dark, so the card can match it. */

/**
 * Any CSS colour as sRGB channels and alpha. Computed colours are usually rgb()/rgba(); modern
 * ones (oklch(), color(), lab()) are converted by painting one pixel on a canvas.
 */
function toRgb(doc: Document, color: string): [number, number, number, number] | null {
  const parsed = parseRgb(color);
  if (parsed || color === 'transparent') return parsed;
  const context = doc.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

function parseRgb(color: string): [number, number, number, number] | null {
  const match = color.match(/rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\)/);
  if (!match) return null;
  const alphaText = match[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith('%')
        ? parseFloat(alphaText) / 100
        : Number(alphaText);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** Relative luminance (WCAG) of an sRGB colour given as 0–255 channels. */
export function luminance(r: number, g: number, b: number): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * True when the first opaque background behind `element` is dark. With no opaque background the
 * page shows the browser's canvas, which follows its `color-scheme` and the user's preference.
 */
export function isDarkAround(element: Element | null): boolean {
  const view = element?.ownerDocument.defaultView;
  for (let el = element; el && view; el = el.parentElement) {
    const rgb = toRgb(el.ownerDocument, view.getComputedStyle(el).backgroundColor);
    if (rgb && rgb[3] > 0.5) return luminance(rgb[0], rgb[1], rgb[2]) < 0.2;
  }
  if (!view) return false;
  const scheme = view.getComputedStyle(view.document.documentElement).colorScheme;
  return (
    scheme.includes('dark') &&
    (!scheme.includes('light') || view.matchMedia('(prefers-color-scheme: dark)').matches)
  );
}
