import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSource, pageLinks, repositoryWebUrl } from '../../src/lib/site/repository.ts';

describe('repository links', () => {
  it.each([
    ['owner/repo', 'https://github.com/owner/repo'],
    ['github:owner/repo', 'https://github.com/owner/repo'],
    ['git+https://github.com/owner/repo.git', 'https://github.com/owner/repo'],
    ['git@gitlab.com:group/docs.git', 'https://gitlab.com/group/docs'],
    [{ type: 'git', url: 'https://github.com/owner/repo' }, 'https://github.com/owner/repo'],
  ])('reads %j', (value, url) => expect(repositoryWebUrl(value)).toBe(url));

  it('gives no address for nothing or nonsense, and then no links', () => {
    for (const v of [undefined, '', 'not a repo', 42, { url: 'ftp://x/y/z' }]) expect(repositoryWebUrl(v)).toBeUndefined();
    expect(pageLinks(undefined, 'content/guides/a.mdx', 'https://d.example/guides/a/', 'A')).toBeUndefined();
  });

  it('points "edit" at the source file and "report" at a new issue naming the page', () => {
    const links = pageLinks('https://github.com/o/r', 'content/projects/envoy.mdx', 'https://d.example/projects/envoy/', 'Envoy');
    expect(links?.edit).toBe('https://github.com/o/r/edit/main/content/projects/envoy.mdx');
    const report = new URL(links?.report ?? '');
    expect(report.pathname).toBe('/o/r/issues/new');
    expect(report.searchParams.get('title')).toBe('Problem on “Envoy”');
    expect(report.searchParams.get('body')).toContain('Page: https://d.example/projects/envoy/');
  });
});

/**
 * The build in `npm test` has no repository configured (package.json has no `repository` and no
 * REPOSITORY_URL is set), so its pages carry no such links to check in a browser; this checks what
 * the pages would link to instead: for every page with a text, the edit link opens its real file.
 */
describe('"Edit this page" and "Report a problem" for every written page', () => {
  const root = join(import.meta.dirname, '..', '..');
  it.each(['projects', 'guides', 'categories'] as const)('%s: the edit link opens the page\'s own file, the report names the page', (collection) => {
    const files = readdirSync(join(root, 'content', collection)).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const id = file.replace(/\.mdx$/, '');
      const source = contentSource(collection, id);
      expect(existsSync(join(root, source)), source).toBe(true);
      const pageUrl = `https://d.example/${collection}/${id}/`;
      const links = pageLinks('https://github.com/o/r', source, pageUrl, id);
      expect(links?.edit).toBe(`https://github.com/o/r/edit/main/content/${collection}/${file}`);
      const body = new URL(links?.report ?? '').searchParams.get('body') ?? '';
      expect(body).toContain(`Page: ${pageUrl}\nSource: ${source}`);
    }
  });
});
