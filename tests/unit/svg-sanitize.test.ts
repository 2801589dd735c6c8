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

  it.each([
    ['a script element', wrap('<script>alert(1)</script>'), /script|alert/i],
    ['an event handler', wrap('<g onload="alert(1)"><rect width="5" height="5"/></g>', ' onclick="alert(2)"'), /onload|onclick|alert/i],
    ['a javascript: link', wrap('<a href="javascript:alert(1)"><rect width="5" height="5"/></a>'), /javascript|<a/i],
    ['an external image', wrap('<image href="https://tracker.example/p.png" width="5" height="5"/>'), /tracker/],
    ['an external use', wrap('<use xlink:href="https://evil.example/s.svg#x"/>'), /evil/],
    ['foreignObject', wrap('<foreignObject><iframe src="https://evil.example"/></foreignObject>'), /foreignObject|iframe|evil/i],
    ['a style import', wrap('<style>@import url(https://evil.example/x.css); rect{fill:red}</style>'), /@import|evil/],
    ['an external style url', wrap('<rect width="5" height="5" style="fill:url(https://evil.example/f#g)"/>'), /evil/],
    ['animation that sets attributes', wrap('<set attributeName="href" to="javascript:alert(1)"/>'), /<set|javascript/],
  ])('removes %s', (_, input, forbidden) => {
    const out = clean(input);
    expect(out).not.toMatch(forbidden);
    expect(out).toContain('#123456');
  });

  it('keeps embedded raster images and internal references', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const out = clean(wrap(`<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><image href="${png}" width="5" height="5"/><rect width="9" height="9" fill="url(#g)"/>`));
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
