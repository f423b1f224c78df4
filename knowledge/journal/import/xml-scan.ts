/**
 * A small streaming XML scanner for GPX and TCX files: it calls back for each element's start and
 * end and for text, with namespace prefixes dropped (`gpxtpx:hr` → `hr`). It runs where the
 * browser's `DOMParser` does not: Chrome has no `DOMParser` in workers, and big imports parse in a
 * worker. It checks that tags nest and close, so a file cut short or damaged is reported, not read
 * as a shorter activity. No DTDs or external entities are ever fetched or expanded.
 */
import { ActivityFileProblem } from './activity';

/** What a format's reader does with the scanner's events. */
export interface XmlHandler {
  /**
   * The root element a file of this format has (`gpx`), and the problem to report when the
   * file's root is another ("is not a GPX file."), before any other event.
   */
  root?: { name: string; otherwise: string };
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  /**
   * Text between tags, entities decoded; whitespace-only text is not reported. `path` is the
   * elements open around it, outermost first (`['gpx', 'trk', 'trkpt', 'time']`).
   */
  text(value: string, path: readonly string[]): void;
}

const OPEN_TAG = /<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Decodes the five predefined entities and character references. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_match, hex?: string, decimal?: string, named?: string) => {
    if (named) return NAMED[named] ?? '';
    const code = hex ? Number.parseInt(hex, 16) : Number(decimal);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function damaged(why: string): never {
  throw new ActivityFileProblem(`is damaged or cut short (${why}).`);
}

/** Scans `xml`, calling `handler` in document order. Throws `ActivityFileProblem` when malformed. */
export function scanXml(xml: string, handler: XmlHandler): void {
  const open: string[] = [];
  let sawRoot = false;
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > at) {
      const raw = xml.slice(at, textEnd);
      if (open.length > 0 && /\S/.test(raw)) handler.text(decodeEntities(raw.trim()), open);
    }
    if (lt === -1) break;
    if (xml.startsWith('<?', lt)) {
      at = skipPast(xml, lt, '?>');
    } else if (xml.startsWith('<!--', lt)) {
      at = skipPast(xml, lt, '-->');
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end === -1) damaged('a CDATA section never ends');
      if (open.length > 0) handler.text(xml.slice(lt + 9, end), open);
      at = end + 3;
    } else if (xml.startsWith('<!', lt)) {
      // A DOCTYPE: skipped, never expanded.
      at = skipPast(xml, lt, '>');
    } else if (xml.startsWith('</', lt)) {
      const end = xml.indexOf('>', lt);
      if (end === -1) damaged('the last tag is not finished');
      const name = localName(xml.slice(lt + 2, end).trim());
      const expected = open.pop();
      if (expected !== name) damaged(`<${name}> closes where <${expected ?? 'nothing'}> was open`);
      handler.close(name);
      at = end + 1;
    } else {
      OPEN_TAG.lastIndex = lt;
      const match = OPEN_TAG.exec(xml);
      if (!match) damaged('a tag is not finished or not well formed');
      if (open.length === 0 && sawRoot) damaged('there is more than one root element');
      const name = localName(match[1] ?? '');
      if (!sawRoot && handler.root && name !== handler.root.name) {
        throw new ActivityFileProblem(handler.root.otherwise);
      }
      sawRoot = true;
      handler.open(name, attributesOf(match[2] ?? ''));
      if (match[3] === '/') handler.close(name);
      else open.push(name);
      at = OPEN_TAG.lastIndex;
    }
  }
  if (!sawRoot) damaged('there is no XML in it');
  if (open.length > 0) damaged(`<${open.at(-1)}> is never closed`);
}

function skipPast(xml: string, from: number, end: string): number {
  const found = xml.indexOf(end, from);
  if (found === -1) damaged('the file ends inside a tag');
  return found + end.length;
}

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (source === '') return attributes;
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes[localName(match[1] ?? '')] = decodeEntities(match[2] ?? match[3] ?? '');
  }
  return attributes;
}
