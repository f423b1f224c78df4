// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isInsideSkipped, proseWalker } from '../../../page/prose-filter';

function proseOf(html: string): string[] {
  document.body.innerHTML = html;
  const walker = proseWalker(document.body);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    texts.push((node as Text).data.trim());
  }
  return texts;
}

describe('proseWalker', () => {
  it('visits prose and skips code, forms, editors and hidden text', () => {
    expect(
      proseOf(`
        <p>Prose with ITBS</p>
        <pre>pre ITBS</pre><p><code>code ITBS</code> after code</p>
        <textarea>textarea ITBS</textarea><select><option>option ITBS</option></select>
        <div contenteditable="true">editable ITBS</div><div contenteditable="false">fixed ITBS</div>
        <p hidden>hidden ITBS</p><span aria-hidden="true">decoration ITBS</span>
        <script>var itbs = 1;</script><style>.itbs {}</style><noscript>noscript ITBS</noscript>
        <button>button ITBS</button><svg><text>svg ITBS</text></svg>
        <div role="textbox">textbox ITBS</div>
      `),
    ).toEqual(['Prose with ITBS', 'after code', 'fixed ITBS']);
  });

  it('skips the same text walking backwards from an element, as the viewport pass does', () => {
    document.body.innerHTML =
      '<p>first ITBS</p><pre>pre ITBS</pre><div hidden><b>hidden ITBS</b></div><p id="end">last</p>';
    const walker = proseWalker(document.body);
    walker.currentNode = document.getElementById('end') as Node;
    const texts: string[] = [];
    for (let node = walker.previousNode(); node; node = walker.previousNode()) {
      texts.push(node.data);
    }
    expect(texts).toEqual(['first ITBS']);
  });

  it('never enters a card in a closed shadow root, so the card needs no name to be skipped', () => {
    document.body.innerHTML = '<p>Prose with ITBS</p>';
    const host = document.createElement('div');
    host.attachShadow({ mode: 'closed' }).append(document.createTextNode('card ITBS'));
    document.body.append(host);
    const walker = proseWalker(document.body);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      texts.push((node as Text).data);
    }
    expect(texts).toEqual(['Prose with ITBS']);
  });

  it('knows when a node sits inside skipped content', () => {
    document.body.innerHTML = '<pre><b id="in">x</b></pre><p id="out">y</p>';
    expect(isInsideSkipped(document.getElementById('in') as Node)).toBe(true);
    expect(isInsideSkipped(document.getElementById('out')?.firstChild as Node)).toBe(false);
  });
});
