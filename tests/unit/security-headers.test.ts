import { describe, expect, it } from 'vitest';
import {
  COMMON_HEADERS,
  CONTENT_SECURITY_POLICY,
  EMBED_CONTENT_SECURITY_POLICY,
  LOGO_CONTENT_SECURITY_POLICY,
  headersFile,
  headersForPath,
  parseHeadersFile,
} from '../../src/lib/site/security-headers.ts';

const site = [
  { name: 'index.html', folder: false },
  { name: '404.html', folder: false },
  { name: 'sitemap.xml', folder: false },
  { name: '_headers', folder: false },
  { name: '_redirects', folder: false },
  { name: '_astro', folder: true },
  { name: 'embed', folder: true },
  { name: 'logos', folder: true },
  { name: 'projects', folder: true },
];
const rules = parseHeadersFile(headersFile(site));
const header = (path: string, name: string) => headersForPath(rules, path).filter((h) => h.name === name).map((h) => h.value);

describe('the _headers file', () => {
  it('denies framing on every page and file but the embeds, which any site may frame', () => {
    for (const path of ['/', '/index.html', '/404.html', '/projects/envoy/', '/sitemap.xml', '/_astro/a.js']) {
      expect(header(path, 'Content-Security-Policy'), path).toEqual([CONTENT_SECURITY_POLICY]);
      expect(header(path, 'X-Frame-Options'), path).toEqual(['DENY']);
    }
    for (const path of ['/embed/projects/envoy/', '/embed/categories/runtime/container-runtime/']) {
      expect(header(path, 'Content-Security-Policy'), path).toEqual([EMBED_CONTENT_SECURITY_POLICY]);
      expect(header(path, 'X-Frame-Options'), path).toEqual([]);
    }
    expect(EMBED_CONTENT_SECURITY_POLICY).toMatch(/frame-ancestors \*$/);
    expect(CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", '')).toBe(EMBED_CONTENT_SECURITY_POLICY.replace('frame-ancestors *', ''));
  });

  it('gives logos their own policy and every response the common headers, each header from one rule only', () => {
    expect(header('/logos/envoy-1a2b3c4d.svg', 'Content-Security-Policy')).toEqual([LOGO_CONTENT_SECURITY_POLICY]);
    for (const path of ['/', '/embed/projects/envoy/', '/logos/x.svg', '/_astro/a.js', '/no-such-folder/']) {
      for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(header(path, name), `${path} ${name}`).toEqual([value]);
      const names = headersForPath(rules, path).map((h) => h.name);
      expect(new Set(names).size, path).toBe(names.length);
    }
  });

  it('has no rule for the files hosts do not serve, and the same file for the same entries in any order', () => {
    expect(rules.map((r) => r.path)).not.toContain('/_headers');
    expect(rules.map((r) => r.path)).not.toContain('/_redirects');
    expect(headersFile([...site].reverse())).toBe(headersFile(site));
  });
});
