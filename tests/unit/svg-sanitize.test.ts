import { describe, expect, it } from 'vitest';
import { expandSimpleEntities, MAX_INPUT_BYTES, sanitizeSvg } from '../../src/lib/logos/svg-sanitize.ts';

const wrap = (inner: string, attrs = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 100"${attrs}>${inner}<rect width="10" height="10" fill="#123456"/></svg>`;

function clean(svg: string): string {
  const result = sanitizeSvg(svg);
  if (!result.ok) throw new Error(result.reason);
  return result.svg;
}

describe('sanitizeSvg', () => {
  it('keeps the drawing and reports its aspect ratio', () => {
    const result = sanitizeSvg(wrap(''));
    expect(result).toMatchObject({ ok: true, aspect: 2 });
  });

  const XHTML = 'xmlns:h="http://www.w3.org/1999/xhtml"';
  /** Each of these passed the deny-list sanitizer that came before the allow-list (see issue 19). */
  const bypasses: Array<[string, string]> = [
    ['a script prefixed with the SVG namespace', wrap('<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>')],
    ['a script prefixed with the XHTML namespace', wrap(`<h:script ${XHTML}>alert(1)</h:script>`)],
    ['an XHTML meta refresh (open redirect)', wrap(`<h:meta ${XHTML} http-equiv="refresh" content="0;url=https://evil.example/"/>`)],
    ['an XHTML iframe with srcdoc', wrap(`<h:iframe ${XHTML} srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"/>`)],
    ['an XHTML object', wrap(`<h:object ${XHTML} data="https://evil.example/x.swf"/>`)],
    ['a style import as the first child of a link', wrap('<a><style>@import url(https://evil.example/x.css);</style><rect width="5" height="5"/></a>')],
    ['an escaped url() in CSS', wrap('<style>rect{fill:u\\72l(https://evil.example/x)}</style>')],
    ['an escaped @import', wrap('<style>@\\69mport "https://evil.example/x.css";</style>')],
    ['image-set() in CSS', wrap('<style>svg{background-image:image-set("https://evil.example/x.png" 1x)}</style>')],
    ['an escaped url() in a presentation attribute', wrap('<rect width="5" height="5" fill="u\\72l(https://evil.example/x)"/>')],
    ['the XLink prefix bound to another namespace', wrap('<use xmlns:xlink="http://www.w3.org/1999/xhtml" xlink:href="#a"/>')],
  ];
  it.each(bypasses)('rejects %s (it used to pass)', (_, input) => {
    expect(sanitizeSvg(input)).toMatchObject({ ok: false, reason: expect.stringMatching(/^not allowed in a logo: /) });
  });

  it.each([
    ['a script element', wrap('<script>alert(1)</script>'), /element <script>/],
    ['an event handler', wrap('<g onload="alert(1)"><rect width="5" height="5"/></g>'), /attribute onload on <g>/],
    ['a javascript: link', wrap('<a href="javascript:alert(1)"><rect width="5" height="5"/></a>'), /element <a>/],
    ['an external image', wrap('<image href="https://tracker.example/p.png" width="5" height="5"/>'), /refers outside the document/],
    ['an external use', wrap('<use xlink:href="https://evil.example/s.svg#x"/>'), /refers outside the document/],
    ['foreignObject', wrap('<foreignObject><iframe src="https://evil.example"/></foreignObject>'), /element <foreignObject>/],
    ['a plain style import', wrap('<style>@import url(https://evil.example/x.css); rect{fill:red}</style>'), /at-rule @import/],
    ['an external style url', wrap('<rect width="5" height="5" style="fill:url(https://evil.example/f#g)"/>'), /url\(https:\/\/evil/],
    ['animation that sets attributes', wrap('<set attributeName="href" to="javascript:alert(1)"/>'), /element <set>/],
    ['an xml-stylesheet instruction', `<?xml-stylesheet href="https://evil.example/x.css"?>${wrap('')}`, /processing instruction/],
    ['a default namespace switched to XHTML', wrap('<g xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></g>'), /declares the namespace/],
    ['a relative url() in an attribute', wrap('<rect width="5" height="5" fill="url(\'x.svg#a\')"/>'), /refers outside/],
  ])('rejects %s and says why', (_, input, reason) => {
    expect(sanitizeSvg(input)).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
  });

  it('rejects what passes the allow-list but still matches the last check', () => {
    const result = sanitizeSvg(wrap('<text>javascript:alert(1)</text>'));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^still contains active content after cleaning/) });
  });

  it('strips only inert editor data: Illustrator\'s private copy, ICC profiles, unknown attributes', () => {
    const ai = '<switch><foreignObject requiredExtensions="http://ns.adobe.com/AdobeIllustrator/10.0/" x="0" y="0" width="1" height="1"/>'
      + '<g p-id="3" strokeWidth="2"><rect width="5" height="5" fill="#abcdef"/></g></switch>';
    const out = clean(wrap(`<color-profile name="x" xlink:href="data:application/vnd.iccprofile;base64,AAAA"/>${ai}`));
    expect(out).not.toMatch(/foreignObject|color-profile|p-id|strokeWidth|iccprofile/);
    expect(out).toContain('#abcdef');
  });

  it('keeps embedded raster images and internal references, also to non-ASCII ids', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const defs = '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><linearGradient id="渐变_4" xlink:href="#g"/></defs>';
    const out = clean(wrap(`${defs}<image href="${png}" width="5" height="5"/><rect width="9" height="9" fill="url(#g)"/><rect width="9" height="9" style="fill:url(#渐变_4)"/>`));
    expect(out).toContain(png);
    expect(out).toMatch(/url\(#/);
  });

  it('expands the plain entities design tools declare, and rejects entity bombs', () => {
    const illustrator = `<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
      <!ENTITY ns_svg "http://www.w3.org/2000/svg">
    ]><svg xmlns="&ns_svg;" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>`;
    expect(clean(illustrator)).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const bomb = `<!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><text>&b;</text></svg>`;
    expect(sanitizeSvg(bomb)).toMatchObject({ ok: false, reason: expect.stringMatching(/refer to other entities/) });
    const external = `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><text>&x;</text></svg>`;
    expect(sanitizeSvg(external)).toMatchObject({ ok: false, reason: expect.stringMatching(/external or parameter/) });
    expect(expandSimpleEntities('<svg/>')).toEqual({ ok: true, text: '<svg/>' });
  });

  it('rejects huge files, non-SVG input and unsizable drawings with a reason', () => {
    expect(sanitizeSvg(Buffer.alloc(MAX_INPUT_BYTES + 1, 32))).toMatchObject({ ok: false, reason: expect.stringMatching(/MB limit/) });
    expect(sanitizeSvg('<html><body>hi</body></html>')).toMatchObject({ ok: false, reason: expect.stringMatching(/not an SVG/) });
    expect(sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>')).toMatchObject({ ok: false, reason: expect.stringMatching(/viewBox/) });
    expect(sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect</svg>')).toMatchObject({ ok: false });
  });
});
