import { describe, expect, it } from 'vitest';
import { svgViolations } from '../../src/lib/logos/svg-allow-list.ts';
import { apiProjectSchema } from '../../src/schemas/api.ts';
import { csvField, projectsCsv } from '../../src/lib/site/api-data.ts';
import { badgeSvg, textWidth } from '../../src/lib/site/badge.ts';
import { hasLegacyMarkers, legacyInput } from '../../src/lib/site/landscape-lookup.ts';
import { checkLinks, pagePath, readPage } from '../../src/lib/site/link-check.ts';
import { linkSnippets } from '../../src/lib/site/link-snippets.ts';
import { buildMentions } from '../../src/lib/site/mentions.ts';
import { legacyPathRedirects } from '../../src/lib/site/legacy-redirects.ts';
import { aliasRedirects, redirectsFile } from '../../src/lib/site/redirects.ts';

describe('buildMentions', () => {
  it('lists the pages linking to a project, guides first, never the project itself, once per page', () => {
    const mentions = buildMentions([
      { kind: 'project', title: 'Istio', url: '/projects/istio/', texts: ['Uses [Envoy](project:envoy) and [Envoy](project:envoy).'] },
      { kind: 'category', title: 'Orchestration', url: '/categories/o/', texts: ['', 'about: <ProjectLink slug="envoy" />'] },
      { kind: 'guide', title: 'Platforms', url: '/guides/p/', texts: ['[Envoy](project:envoy#how-it-works)'] },
      { kind: 'project', title: 'Envoy', url: '/projects/envoy/', texts: ['[Envoy](project:envoy) [Istio](project:istio)'] },
    ]);
    expect(mentions.get('envoy')?.map((m) => m.url)).toEqual(['/guides/p/', '/categories/o/', '/projects/istio/']);
    expect(mentions.get('istio')?.map((m) => m.title)).toEqual(['Envoy']);
    expect(mentions.get('nothing')).toBeUndefined();
  });
});

describe('aliasRedirects', () => {
  const items = [
    { slug: 'kubernetes', aliases: ['k8s', 'K8s'] },
    { slug: 'argo', aliases: ['Argo CD'] },
    { slug: 'one', aliases: ['Shared'] },
    { slug: 'two', aliases: ['shared', 'kubernetes'] },
  ];
  it('gives each free alias slug a redirect and skips taken or ambiguous ones', () => {
    expect(aliasRedirects(items)).toEqual([
      { from: '/projects/argo-cd/', to: '/projects/argo/', alias: 'Argo CD', slug: 'argo' },
      { from: '/projects/k8s/', to: '/projects/kubernetes/', alias: 'k8s', slug: 'kubernetes' },
    ]);
  });
  it('writes the _redirects format', () => {
    expect(redirectsFile(aliasRedirects(items))).toBe('/projects/argo-cd/ /projects/argo/ 301\n/projects/k8s/ /projects/kubernetes/ 301\n');
  });
});

describe('legacyPathRedirects', () => {
  const tables = {
    items1: { kubernetes: '/projects/kubernetes/', 'some-product': '/projects/some-product/', 'has space': '/projects/kubernetes/' },
    items2: { 'orchestration-management--scheduling-orchestration--kubernetes': '/projects/kubernetes/' },
    categories: { 'service-mesh': '/categories/o/service-mesh/', 'orchestration-management--service-mesh': '/categories/o/service-mesh/' },
  };
  const rules = legacyPathRedirects(tables, (url) => url === '/projects/kubernetes/');
  const lines = redirectsFile(rules).split('\n');

  it('answers the landscape1 path forms of CNCF projects, categories, maturity and members', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        '/selected=kubernetes /projects/kubernetes/ 301',
        '/category=service-mesh /categories/o/service-mesh/ 301',
        '/landscape=service-mesh /categories/o/service-mesh/ 301',
        '/project=graduated /maturity/graduated/ 301',
        '/format=members /categories/cncf-members/ 301',
        '/members /categories/cncf-members/ 301',
      ]),
    );
  });

  it('leaves out other items, landscape2 keys and ids that are not literal paths', () => {
    expect(rules.some((r) => r.from.includes('some-product'))).toBe(false);
    expect(rules.some((r) => r.from.includes('--'))).toBe(false);
    expect(rules.some((r) => r.from.includes(' '))).toBe(false);
  });
});

describe('badges and snippets', () => {
  it('draws a badge sized to its text, with the data escaped', () => {
    const svg = badgeSvg('A <b> & "c": CNCF graduated', 'graduated');
    expect(svg).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;: CNCF graduated</title>');
    // A name that tries to break out of the title or the aria-label attribute stays text.
    const hostile = badgeSvg(`X"/><script>alert(1)</script><g onload='y': CNCF sandbox`, 'sandbox');
    expect(svgViolations(hostile)).toEqual([]);
    expect(hostile).toContain('aria-label="X&quot;/&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;g onload=&#39;y&#39;: CNCF sandbox"');
    expect(svg).toContain('>graduated</text>');
    expect(badgeSvg('X', undefined)).toContain('>CNCF landscape</text>');
    expect(textWidth('incubating')).toBeGreaterThan(textWidth('sandbox'));
  });

  it('offers Markdown, HTML and AsciiDoc with the permanent URL, escaping the name', () => {
    const { formats } = linkSnippets('x', 'A [b] <c>', 'sandbox', new URL('https://docs.example/'));
    const code = Object.fromEntries(formats.map((f) => [f.id, f.code]));
    expect(code['markdown']).toContain('[A \\[b\\] <c>](https://docs.example/projects/x/)');
    expect(code['html']).toContain('<a href="https://docs.example/projects/x/">A [b] &lt;c&gt;</a>');
    expect(code['asciidoc']).toContain('image:https://docs.example/badges/x.svg[A [b\\] <c>: CNCF sandbox,link=https://docs.example/projects/x/]');
  });
});

describe('the data API', () => {
  const project = apiProjectSchema.parse({
    slug: 'x',
    name: 'X, "the" one',
    url: 'https://d.example/projects/x/',
    maturity: null,
    category: 'runtime',
    category_name: 'Runtime',
    subcategory: 'container-runtime',
    subcategory_name: 'Container Runtime',
    also_in: [],
    aliases: ['Ex', 'Why'],
    landscape_id: 'runtime--container-runtime--x',
    landscape_url: 'https://landscape.cncf.io/?item=runtime--container-runtime--x',
    homepage: 'https://x.example/',
    repository: null,
    description: 'Line one\nline two',
    badge: 'https://d.example/badges/x.svg',
    dates: { accepted: null, incubating: null, graduated: null, archived: null },
  });

  it('quotes CSV fields as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    const csv = projectsCsv([project]);
    expect(csv.split('\r\n')[0]).toBe(
      'slug,name,url,maturity,category,category_name,subcategory,subcategory_name,aliases,landscape_id,homepage,repository,description,accepted,incubating,graduated,archived',
    );
    expect(csv).toContain('x,"X, ""the"" one",https://d.example/projects/x/,,runtime,Runtime,container-runtime,Container Runtime,Ex; Why,');
    expect(csv).toContain('"Line one\nline two"');
  });

  it('rejects a project that breaks the schema', () => {
    expect(() => apiProjectSchema.parse({ ...project, maturity: 'famous' })).toThrow();
  });
});

describe('checkLinks', () => {
  const site = 'https://docs.example';
  const pages = new Map([
    ['/', readPage('<a href="/projects/envoy/">x</a><a href="/projects/envoy/#how">y</a><img src="/logos/envoy.svg"><a href="https://github.com/">z</a>')],
    ['/projects/envoy/', readPage('<h2 id="how">How</h2><a href="../../">up</a><a href="#how">here</a><a href="https://docs.example/">home</a><pre>&lt;a href="/nowhere/"&gt;</pre>')],
  ]);
  const files = new Set(['/logos/envoy.svg']);

  it('accepts a site whose links all resolve, ignoring other origins and code samples', () => {
    expect(checkLinks(pages, files, site)).toEqual([]);
  });

  it('catches a missing page, a missing file and a missing anchor', () => {
    pages.set('/guides/x/', readPage('<a href="/projects/enovy/">a</a><img src="/logos/gone.svg"><a href="/projects/envoy/#nope">b</a><a href="https://docs.example/x/">c</a>'));
    expect(checkLinks(pages, files, site)).toEqual([
      { page: '/guides/x/', link: '/projects/enovy/', reason: 'no page at this path' },
      { page: '/guides/x/', link: '/logos/gone.svg', reason: 'no such file' },
      { page: '/guides/x/', link: '/projects/envoy/#nope', reason: 'no element with id "nope" on /projects/envoy/' },
      { page: '/guides/x/', link: 'https://docs.example/x/', reason: 'no page at this path' },
    ]);
  });

  it('maps built files to the paths they are served at', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('projects/envoy/index.html')).toBe('/projects/envoy/');
    expect(pagePath('404.html')).toBe('/404.html');
  });
});

describe('old landscape.cncf.io links in the browser', () => {
  it('recognizes the addresses that carry an old link, and nothing else', () => {
    for (const u of ['/?item=a--b--c', '/selected=prometheus', '/card-mode?category=x', '/#runtime--container-runtime', '/guide', '/members', '/embed/embed.html?key=a--b', '/items/kubernetes']) {
      expect(hasLegacyMarkers(new URL(u, 'https://docs.example/')), u).toBe(true);
    }
    for (const u of ['/', '/projects/helm/', '/search/?q=kubernetes', '/guides/', '/#top']) expect(hasLegacyMarkers(new URL(u, 'https://docs.example/')), u).toBe(false);
  });

  it('reads what is pasted on /landscape/: a whole link, a landscape2 id or a landscape1 id', () => {
    expect(legacyInput('https://landscape.cncf.io/selected=harbor')).toBe('https://landscape.cncf.io/selected=harbor');
    expect(legacyInput(' provisioning--container-registry--harbor ')).toBe('/?item=provisioning--container-registry--harbor');
    expect(legacyInput('open-policy-agent-opa')).toBe('/?selected=open-policy-agent-opa');
  });
});
