import { describe, expect, it } from 'vitest';
import { pageLinks, repositoryWebUrl } from '../../src/lib/site/repository.ts';

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
