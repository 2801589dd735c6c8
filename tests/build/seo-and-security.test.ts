/** Search-engine metadata and what the built pages may load, checked on every page of the build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { svgViolations } from '../../src/lib/logos/svg-allow-list.ts';
import { REDIRECTS_MAX_BYTES, REDIRECTS_MAX_RULES } from '../../src/lib/site/legacy-redirects.ts';
import {
  COMMON_HEADERS,
  CONTENT_SECURITY_POLICY,
  EMBED_CONTENT_SECURITY_POLICY,
  LOGO_CONTENT_SECURITY_POLICY,
  headersForPath,
  nginxHeaders,
  parseHeadersFile,
} from '../../src/lib/site/security-headers.ts';
import { allPages, builtFile, dist, inlineScripts } from './built-site.ts';

const pages = allPages();
const indexable = [...pages].filter(([, html]) => !html.includes('<meta name="robots" content="noindex"'));
const attr = (html: string, re: RegExp) => re.exec(html)?.[1];

describe('search engines and sharing', () => {
  it('every indexable page has a title and meta description unique in its language, a canonical URL and OpenGraph/Twitter tags', () => {
    expect(indexable.length).toBeGreaterThan(2500);
    const titles = new Map<string, string[]>();
    const descriptions = new Map<string, string[]>();
    for (const [path, html] of indexable) {
      const title = attr(html, /<title>([^<]*)<\/title>/) ?? '';
      const description = attr(html, /<meta name="description" content="([^"]*)"/) ?? '';
      expect(title, path).not.toBe('');
      expect(description.length, `${path} description`).toBeGreaterThan(20);
      expect(html, path).toMatch(/<link rel="canonical" href="[^"]+">/);
      for (const tag of ['og:title', 'og:description', 'og:url', 'og:type']) expect(html, `${path} ${tag}`).toContain(`property="${tag}"`);
      expect(html, path).toContain('name="twitter:card"');
      // The same page in another language may share its title (a project's name); within a language titles are unique.
      const lang = attr(html, /<html lang="([^"]+)"/) ?? '';
      titles.set(`${lang} ${title}`, [...(titles.get(`${lang} ${title}`) ?? []), path]);
      descriptions.set(`${lang} ${description}`, [...(descriptions.get(`${lang} ${description}`) ?? []), path]);
    }
    expect([...titles].filter(([, p]) => p.length > 1)).toEqual([]);
    expect([...descriptions].filter(([, p]) => p.length > 1)).toEqual([]);
  });

  it('project pages use our one-line description and carry SoftwareSourceCode and breadcrumb JSON-LD', () => {
    const html = builtFile('/projects/envoy/').toString('utf8');
    const description = attr(html, /<meta name="description" content="([^"]*)"/);
    const data = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1] ?? '') as Record<string, unknown>);
    expect(data.map((d) => d['@type'])).toEqual(['BreadcrumbList', 'SoftwareSourceCode']);
    expect(data[1]).toMatchObject({ name: 'Envoy', description, codeRepository: 'https://github.com/envoyproxy/envoy' });
  });

  it('_redirects stays within what every host reads (1,000 rules, 64 KB), and every rule leads to a built page', () => {
    const file = builtFile('_redirects').toString('utf8');
    expect(Buffer.byteLength(file)).toBeLessThanOrEqual(REDIRECTS_MAX_BYTES);
    const rules = file.trim().split('\n').map((line) => line.split(' '));
    expect(rules.length).toBeLessThanOrEqual(REDIRECTS_MAX_RULES);
    expect(rules.length).toBeGreaterThan(500);
    for (const [from, to, status] of rules) {
      expect(status, from).toBe('301');
      expect(pages.has(to ?? ''), `${from} → ${to}`).toBe(true);
    }
    expect(new Set(rules.map(([from]) => from)).size).toBe(rules.length);
  });

  it('the sitemap lists exactly the indexable pages, and robots.txt points to it', () => {
    const sitemap = builtFile('/sitemap.xml').toString('utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname).sort();
    expect(listed).toEqual(indexable.map(([path]) => path).filter((p) => !p.endsWith('.html')).sort());
    expect(builtFile('/robots.txt').toString('utf8')).toMatch(/Sitemap: \S+\/sitemap\.xml/);
  });
});

describe('security and privacy', () => {
  it('no page loads anything from another host or runs inline script', () => {
    for (const [path, html] of pages) {
      const markup = html.replace(/<pre\b[\s\S]*?<\/pre>/g, '');
      const foreign = [...markup.matchAll(/<(?:script|img|iframe|source|video|audio)\b[^>]*\ssrc="(https?:)?\/\/[^"]*"|<link\b(?![^>]*rel="(?:canonical|alternate)")[^>]*href="(?:https?:)?\/\/[^"]*"/g)].map((m) => m[0]);
      expect(foreign, path).toEqual([]);
      expect(inlineScripts(html), path).toEqual([]);
    }
  });

  it('text from the data file is escaped: no raw markup from names reaches the HTML', () => {
    // Every project name appears in its page title; a name containing < or & must arrive escaped.
    for (const [path, html] of pages) {
      const title = attr(html, /<title>([\s\S]*?)<\/title>/) ?? '';
      expect(title, path).not.toMatch(/<|&(?![a-z]+;|#\d+;|#x[0-9a-f]+;)/i);
    }
  });

  it('every published SVG logo passes the sanitizer\'s allow-list, and logos are served with their own CSP', () => {
    const logos = readdirSync(join(dist, 'logos')).filter((f) => f.endsWith('.svg'));
    expect(logos.length).toBeGreaterThan(0);
    const failing = logos.flatMap((f) => svgViolations(readFileSync(join(dist, 'logos', f), 'utf8')).slice(0, 1).map((p) => `${f}: ${p}`));
    expect(failing).toEqual([]);
    const rules = parseHeadersFile(builtFile('_headers').toString('utf8'));
    const logoHeaders = headersForPath(rules, `/logos/${logos[0]}`);
    expect(logoHeaders.filter((h) => h.name === 'Content-Security-Policy').map((h) => h.value)).toEqual([LOGO_CONTENT_SECURITY_POLICY]);
    expect(logoHeaders.filter((h) => h.name === 'Cache-Control').map((h) => h.value)).toEqual(['public, max-age=31536000, immutable']);
    const deployment = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'deployment.md'), 'utf8');
    const logoLocation = /location \^~ \/logos\/ \{([\s\S]*?)\}/.exec(deployment)?.[1] ?? '';
    expect(logoLocation, 'docs/deployment.md: the nginx logos location').toContain(nginxHeaders({ 'Content-Security-Policy': LOGO_CONTENT_SECURITY_POLICY }));
  });

  it('the changes feed is Atom: one feed id, title and updated, and every entry has an id, title, updated and link', () => {
    const feed = builtFile('changes.xml').toString('utf8');
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    // Well-formed: svgo's XML parser throws on anything that is not.
    expect(() => svgViolations(feed)).not.toThrow();
    const head = feed.split('<entry>')[0] ?? '';
    for (const tag of ['<id>', '<title>', '<updated>', '<link rel="self"']) expect(head).toContain(tag);
    const entries = feed.split('<entry>').slice(1);
    expect(entries.length).toBeGreaterThan(10);
    for (const e of entries) expect(e).toMatch(/<id>urn:landscape-docs:change:[^<]+<\/id>[\s\S]*<title>[^<]+<\/title>[\s\S]*<updated>\d{4}-\d{2}-\d{2}T00:00:00Z<\/updated>[\s\S]*<link href="https?:\/\/[^"]+"\/>/);
    expect(new Set(entries.map((e) => /<id>([^<]+)/.exec(e)?.[1])).size).toBe(entries.length);
  });
});

describe('embeds (/embed/)', () => {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => `/${relative(dist, join(d.parentPath, d.name)).replace(/\\/g, '/')}`);
  const embeds = [...pages].filter(([path]) => path.startsWith('/embed/'));

  it('exist for every subcategory and item, are noindex and outside search, and open links in the framing page', () => {
    const subcategoryPages = [...pages.keys()].filter((p) => /^\/categories\/[^/]+\/[^/]+\/$/.test(p));
    expect(embeds.filter(([p]) => p.startsWith('/embed/categories/')).map(([p]) => p.replace('/embed', '')).sort()).toEqual(subcategoryPages.sort());
    expect(embeds.filter(([p]) => p.startsWith('/embed/projects/')).length).toBeGreaterThan(2000);
    for (const [path, html] of embeds) {
      expect(html, path).toContain('<meta name="robots" content="noindex">');
      expect(html, path).toContain('<base target="_top">');
      expect(html, path).not.toContain('data-pagefind-body');
      expect(html, path).not.toMatch(/<header|<footer/);
    }
  });

  it('load nothing from another host: every script, stylesheet and image is a file of this site, and the CSS fetches nothing else', () => {
    const loaded = new Set<string>();
    for (const [path, html] of embeds) {
      const refs = [
        ...html.matchAll(/<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\ssrc="([^"]*)"/g),
        ...html.matchAll(/<link\b[^>]*\shref="([^"]*)"/g),
        ...html.matchAll(/\ssrcset="([^"]*)"/g),
        ...html.matchAll(/<object\b[^>]*\sdata="([^"]*)"/g),
      ].map((m) => m[1] ?? '');
      expect(refs.length, path).toBeGreaterThan(1);
      for (const ref of refs) {
        expect(ref, path).toMatch(/^\/(?!\/)/);
        loaded.add(ref.split(/[?#\s]/)[0] ?? '');
      }
      expect(html, path).not.toMatch(/\sstyle="[^"]*url\(/);
      expect(inlineScripts(html), path).toEqual([]);
    }
    for (const file of loaded) {
      const content = builtFile(file);
      if (file.endsWith('.css')) expect(content.toString('utf8'), file).not.toMatch(/@import|url\(\s*["']?(?:https?:)?\/\//);
    }
  });

  it('only /embed/ may be framed: frame-ancestors * there, frame-ancestors none and X-Frame-Options DENY for every other file', () => {
    const rules = parseHeadersFile(builtFile('_headers').toString('utf8'));
    // Hosts read _headers and _redirects and do not serve them.
    const served = files.filter((f) => f !== '/_headers' && f !== '/_redirects');
    expect(served.length).toBeGreaterThan(5000);
    for (const file of served) {
      const headers = headersForPath(rules, file);
      const values = (name: string) => headers.filter((h) => h.name === name).map((h) => h.value);
      const policies = values('Content-Security-Policy');
      expect(policies, file).toHaveLength(1);
      if (file.startsWith('/embed/')) {
        expect(policies[0], file).toBe(EMBED_CONTENT_SECURITY_POLICY);
        expect(values('X-Frame-Options'), file).toEqual([]);
      } else {
        expect(policies[0], file).toMatch(/frame-ancestors 'none'/);
        expect(values('X-Frame-Options'), file).toEqual(['DENY']);
      }
      for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(values(name), `${file} ${name}`).toEqual([value]);
    }
    // Page URLs as browsers ask for them (folders), not only the index.html files behind them.
    expect(headersForPath(rules, '/projects/helm/').find((h) => h.name === 'Content-Security-Policy')?.value).toBe(CONTENT_SECURITY_POLICY);
    expect(headersForPath(rules, '/').find((h) => h.name === 'Content-Security-Policy')?.value).toBe(CONTENT_SECURITY_POLICY);
    expect(headersForPath(rules, '/embed/projects/helm/').find((h) => h.name === 'Content-Security-Policy')?.value).toBe(EMBED_CONTENT_SECURITY_POLICY);
  });

  it('docs/deployment.md gives nginx the same headers for /embed/', () => {
    const deployment = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'deployment.md'), 'utf8');
    const embedLocation = /location \^~ \/embed\/ \{([\s\S]*?)\}/.exec(deployment)?.[1] ?? '';
    // nginx's add_header in a location replaces the server's, so the location repeats the shared headers.
    for (const line of nginxHeaders({ 'Content-Security-Policy': EMBED_CONTENT_SECURITY_POLICY, ...COMMON_HEADERS }).split('\n')) {
      expect(embedLocation, 'docs/deployment.md: the nginx embed location').toContain(line);
    }
    expect(embedLocation).not.toContain('X-Frame-Options');
  });
});
