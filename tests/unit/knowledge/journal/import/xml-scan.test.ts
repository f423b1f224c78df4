import { describe, expect, it } from 'vitest';
import { scanXml } from '../../../../../knowledge/journal/import/xml-scan';

function events(xml: string): string[] {
  const out: string[] = [];
  scanXml(xml, {
    open: (name, attributes) => out.push(`<${name}${JSON.stringify(attributes)}>`),
    close: (name) => out.push(`</${name}>`),
    text: (value) => out.push(value),
  });
  return out;
}

describe('scanXml', () => {
  it('reports elements, attributes and text, with prefixes dropped and entities decoded', () => {
    expect(
      events(
        `<?xml version="1.0"?><!-- c --><!DOCTYPE x><a:gpx v='1' b="x &amp; y"><n>Tom &lt;3 &#233;</n><e/><![CDATA[<raw>]]></a:gpx>`,
      ),
    ).toEqual([
      '<gpx{"v":"1","b":"x & y"}>',
      '<n{}>',
      'Tom <3 é',
      '</n>',
      '<e{}>',
      '</e>',
      '<raw>',
      '</gpx>',
    ]);
  });

  it('refuses a document cut short, tags that do not nest, and text that is not XML', () => {
    expect(() => events('<gpx><trk><trkpt lat="1"')).toThrow(/damaged or cut short/);
    expect(() => events('<gpx><trk></gpx>')).toThrow(/<gpx> closes where <trk> was open/);
    expect(() => events('<gpx><trk>')).toThrow(/<trk> is never closed/);
    expect(() => events('just text')).toThrow(/no XML/);
  });
});
