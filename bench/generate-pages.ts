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

// ── Ordinary pages: big, heavily marked-up, and with few or no hip terms ─────────────────────

const NEWS_SENTENCES = [
  'The council approved the budget after a long debate on Tuesday evening.',
  'Shares in the company rose sharply after the quarterly results beat forecasts.',
  'Residents say the new bus lanes have made their commute faster but noisier.',
  'The minister declined to comment on reports of a cabinet reshuffle.',
  'Heavy rain is expected across the north of the country this weekend.',
  'The museum will reopen in spring with a new wing devoted to modern design.',
  'Our release cadence moved to two weeks, and the team ships smaller changes.',
  'Fans queued overnight for tickets to the final match of the season.',
];

const sentenceFrom = (next: () => number, pool: string[]) =>
  pool[Math.floor(next() * pool.length)] as string;

/** Markup as news sites write it: wrappers, inline spans, share bars, ads and related links. */
function newsBlock(next: () => number, i: number): string {
  const words = Array.from({ length: 4 }, () => sentenceFrom(next, NEWS_SENTENCES)).join(' ');
  const inline = words.replace(
    /(\w+) (\w+)/,
    '<a href="/topic/$1"><span class="kw">$1</span></a> <em>$2</em>',
  );
  let block = `<div class="row"><div class="col"><div class="text-wrap"><p class="para" data-i="${i}">${inline}</p></div></div></div>`;
  if (i % 5 === 0) {
    block +=
      '<aside class="ad"><div class="ad-inner"><span>Advertisement</span><div class="slot" style="height:90px"></div></div></aside>' +
      `<div class="share"><button>Share</button><button>Tweet</button><button>Email</button><span>${i * 7} comments</span></div>`;
  }
  if (i % 9 === 0) {
    block += '<ul class="related">';
    for (let j = 0; j < 6; j++) {
      block += `<li><a href="/story/${i}-${j}"><img alt="" width="80" height="60"><span>${sentenceFrom(next, NEWS_SENTENCES)}</span></a></li>`;
    }
    block += '</ul>';
  }
  return block;
}

/** A long news article with heavy markup and no hip terms (a "release cadence" in one sentence of eight). */
export function newsPage(blocks = 400): string {
  const next = random(3);
  let body = '<nav class="topnav">';
  for (let i = 0; i < 120; i++) body += `<a href="/section/${i}">Section ${i}</a> `;
  body +=
    '</nav><article style="max-width:720px;margin:0 auto"><h1>City budget passes after marathon session</h1>';
  for (let i = 0; i < blocks; i++) body += newsBlock(next, i);
  body += '</article><footer>';
  for (let i = 0; i < 300; i++) body += `<a href="/about/${i}">Footer link ${i}</a> `;
  return shell(
    'News',
    '.row,.col,.text-wrap{display:block}.share button{margin:2px}.related{display:flex;flex-wrap:wrap}.ad{background:#eee}',
    `${body}</footer>`,
  );
}

/**
 * `html` (an ordinary page above) with its first "release cadence" only: the others read "release
 * schedule". The pages above hold one in each eighth sentence (171–519), where a real page holds
 * a few at most; the gate reads the context of a few (page/page-gate.ts).
 */
export function withOneCadence(html: string): string {
  let seen = false;
  return html.replaceAll('release cadence', (found) => {
    if (seen) return 'release schedule';
    seen = true;
    return found;
  });
}

/** A portal front page: thousands of short links in boxes and lists. */
export function portalPage(links = 4000): string {
  const next = random(4);
  let body = '<div class="portal">';
  for (let box = 0; box < links / 40; box++) {
    body += `<section class="box"><h3>Topic ${box}</h3><ul>`;
    for (let j = 0; j < 40; j++) {
      const headline = sentenceFrom(next, NEWS_SENTENCES).split(' ').slice(0, 6).join(' ');
      body += `<li><a href="/n/${box}/${j}">${headline}</a> <small>${j}m</small></li>`;
    }
    body += '</ul></section>';
  }
  return shell(
    'Portal',
    '.portal{display:grid;grid-template-columns:repeat(4,1fr);gap:8px}.box ul{margin:0;padding-left:16px;font-size:13px}',
    `${body}</div>`,
  );
}

/** A wiki page: infobox, sections, tables, many links, a long reference list. */
export function wikiPage(sections = 60): string {
  const next = random(5);
  let body =
    '<div class="wiki"><table class="infobox">' +
    Array.from(
      { length: 20 },
      (_, i) => `<tr><th>Field ${i}</th><td><a href="/wiki/F${i}">Value ${i}</a></td></tr>`,
    ).join('') +
    '</table><h1>History of the city</h1>';
  for (let s = 0; s < sections; s++) {
    body += `<h2><span class="mw-headline">Section ${s}</span><span class="edit">[<a href="/edit/${s}">edit</a>]</span></h2>`;
    for (let p = 0; p < 4; p++) {
      const text = Array.from({ length: 5 }, () => sentenceFrom(next, NEWS_SENTENCES))
        .join(' ')
        .replace(/(\w{6,})/g, (word) =>
          next() < 0.15 ? `<a href="/wiki/${word}">${word}</a>` : word,
        );
      body += `<p>${text}<sup class="ref"><a href="#cite-${s}-${p}">[${s * 4 + p + 1}]</a></sup></p>`;
    }
    if (s % 6 === 0) {
      body += '<table class="data"><tr><th>Year</th><th>Population</th><th>Note</th></tr>';
      for (let r = 0; r < 25; r++)
        body += `<tr><td>${1900 + r * 4}</td><td>${10_000 + r * 917}</td><td><a href="/wiki/Y${r}">census</a></td></tr>`;
      body += '</table>';
    }
  }
  body += '<ol class="references">';
  for (let r = 0; r < sections * 4; r++)
    body += `<li id="cite-${r}"><a href="/src/${r}">Source ${r}</a>, retrieved ${1 + (r % 28)} March.</li>`;
  return shell(
    'Wiki',
    '.infobox{float:right;border:1px solid #aaa;font-size:13px}.data td,.data th{border:1px solid #ccc;padding:2px 6px}',
    `${body}</ol></div>`,
  );
}
