/**
 * Generated pages for the benchmark, deterministic (seeded), in the shapes the page side must
 * handle: a magazine article, a big forum thread, and a stress page with 100k+ text nodes.
 * Every page has `#ticker`, a text node the page updates once a frame during the live-update run.
 */

const TERM_SENTENCES = [
  'A dull ache on the outside of the hip after long runs is often trochanteric bursitis.',
  'Foam rolling the IT band rarely fixes ITBS on its own; glute strength matters more.',
  'Groin pain that comes earlier in every run can be a femoral neck stress fracture.',
  'My physio found a labral tear and mild FAI on the MRI.',
  'Hip flexor tendinitis flared after hill repeats, so I switched to cross-training.',
  'The greater trochanter is the bony point you can feel on the side of your hip.',
  "Low-impact exercise kept my fitness while the runner's hip bursitis settled.",
  'Tight hamstrings and weak glutes often go together in runners with hip pain.',
];

const FILLER_SENTENCES = [
  'We ran the river loop twice before the sun came up.',
  'The splits were even, and the last mile was the fastest of the week.',
  'Bring a light jacket: the wind on the ridge picks up after noon.',
  'Our club meets on Thursdays at the track behind the school.',
  'Hydration matters more than most people think on humid mornings.',
  'The new shoes felt stiff for the first fifty kilometres.',
  'Race day started cold and finished warm, as it always seems to.',
  'Coach wants strides after every easy run this month.',
];

/** A small seeded PRNG (mulberry32), so every run generates the same pages. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function paragraph(next: () => number, sentences: number, termShare: number): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const pool = next() < termShare ? TERM_SENTENCES : FILLER_SENTENCES;
    parts.push(pool[Math.floor(next() * pool.length)] as string);
  }
  return parts.join(' ');
}

function shell(title: string, style: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 Georgia,serif;margin:0;color:#222;background:#fff}${style}</style></head>
<body><header style="position:sticky;top:0;background:#c8102e;color:#fff;padding:8px 16px">Running <span id="ticker">0</span></header>
${body}</body></html>`;
}

/** ~30 KB of article text with a few hundred terms. */
export function articlePage(): string {
  const next = random(1);
  let body = '<main style="max-width:680px;margin:0 auto;padding:16px">';
  for (let i = 0; i < 60; i++) {
    if (i % 8 === 0) body += `<h2>Section ${i / 8 + 1}</h2>`;
    body += `<p>${paragraph(next, 5, 0.5)}</p>`;
  }
  return shell('Article', 'p{margin:0 0 1em}', `${body}</main>`);
}

/** A forum thread of `posts` posts, each with a header, body and footer (many text nodes). */
export function forumPage(posts = 4000): string {
  const next = random(2);
  let body = '<div style="max-width:900px;margin:0 auto">';
  for (let i = 0; i < posts; i++) {
    body +=
      `<div class="post"><div class="who"><b>runner${i}</b> · <span>${1 + (i % 28)} Mar</span></div>` +
      `<p>${paragraph(next, 3, 0.35)}</p><p>${paragraph(next, 2, 0.2)}</p>` +
      `<div class="foot"><a href="#r${i}">Reply</a> · <span>${i % 17} likes</span> · <a href="#q${i}">Quote</a></div></div>`;
  }
  return shell(
    'Forum',
    '.post{border:1px solid #ccd;margin:0 0 8px;padding:8px 12px}.who,.foot{font:12px sans-serif;color:#557}',
    `${body}</div>`,
  );
}

/** The stress page: a forum three times the size (~12k posts, ~200k text nodes). */
export function stressPage(): string {
  return forumPage(12_000);
}
