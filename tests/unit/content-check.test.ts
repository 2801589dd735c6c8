import { describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '../../src/lib/content/content-check.ts';

const runtime: SourceFile = {
  path: 'content/categories/runtime.mdx',
  text: `---
name: Runtime
landscape_id: runtime
order: 1
reviewed: "2026-11-29"
sources:
  - {title: a, url: "https://a.example/"}
  - {title: b, url: "https://b.example/"}
subcategories:
  - name: Container Runtime
    slug: container-runtime
    landscape_id: container-runtime
    about: |
      Low-level and high-level runtimes, such as [containerd](project:containerd).
---
`,
};

function project(slug: string, fields: string, body = ''): SourceFile {
  return {
    path: `content/projects/${slug}.mdx`,
    text: `---\nname: ${slug}\nlandscape_id: runtime--container-runtime--${slug}\ncategory: runtime\nsubcategory: container-runtime\nhomepage: https://example.org/${slug}\nlogo: ${slug}.svg\n${fields}---\n${body}`,
  };
}

const REVIEWED = 'reviewed: "2026-11-29"\nsources:\n  - {title: a, url: "https://a.example/"}\n  - {title: b, url: "https://b.example/"}\n';

const check = (projects: SourceFile[], guides: SourceFile[] = []) => checkContent({ categories: [runtime], projects, guides });

describe('checkContent', () => {
  it('accepts valid content', () => {
    expect(check([project('containerd', `maturity: graduated\n${REVIEWED}`, 'See [runc](project:runc).\n'), project('runc', '')])).toEqual([]);
  });

  it('fails a CNCF project page, guide or category text without a reviewed date or with fewer than two sources', () => {
    const oneSource = 'reviewed: "2026-11-29"\nsources:\n  - {title: a, url: "https://a.example/"}\n';
    const problems = check(
      [project('containerd', 'maturity: graduated\n', 'Runs containers.\n'), project('runc', `maturity: sandbox\n${oneSource}description: Spawns containers.\n`), project('product', '')],
      [{ path: 'content/guides/g.mdx', text: '---\ntitle: G\ndescription: A guide.\n---\n' }],
    ).map((p) => `${p.path}: ${p.message}`);
    expect(problems).toEqual([
      'content/projects/containerd.mdx: field "reviewed": missing; a CNCF project page must say on which day its facts were checked',
      'content/projects/runc.mdx: field "sources": a CNCF project page lists 1 source(s); it needs 2 to 6 it was checked against',
      'content/guides/g.mdx: field "reviewed": missing; a guide must say on which day its facts were checked',
    ]);
  });

  it('asks nothing of a CNCF project or category the importer has just added, with no text of ours yet', () => {
    const bare: SourceFile = { path: 'content/categories/runtime.mdx', text: runtime.text.replace(/reviewed:[\s\S]*?(?=subcategories:)/, '').replace(/    about:[\s\S]*?(?=---)/, '') };
    expect(bare.text).not.toMatch(/reviewed|about/);
    expect(checkContent({ categories: [bare], projects: [project('containerd', 'maturity: graduated\n')], guides: [] })).toEqual([]);
    // One subcategory text is enough to need a date and sources.
    const withAbout: SourceFile = { path: bare.path, text: bare.text.replace('landscape_id: container-runtime\n', 'landscape_id: container-runtime\n    about: Runtimes.\n') };
    expect(checkContent({ categories: [withAbout], projects: [], guides: [] }).map((p) => p.message)).toEqual([
      'field "reviewed": missing; a category text must say on which day its facts were checked',
    ]);
  });

  it('names the file, line and field of an unknown category or subcategory, with a hint', () => {
    const bad = project('x', '').text.replace('category: runtime\nsubcategory: container-runtime', 'category: runtme\nsubcategory: container-runtime');
    const badSub = project('y', '').text.replace('subcategory: container-runtime', 'subcategory: container-runtimes');
    const problems = check([
      { path: 'content/projects/x.mdx', text: bad },
      { path: 'content/projects/y.mdx', text: badSub },
      project('containerd', ''),
    ]);
    expect(problems).toEqual([
      { path: 'content/projects/x.mdx', line: 4, message: 'field "category": unknown category "runtme" (did you mean "runtime"?)' },
      {
        path: 'content/projects/y.mdx',
        line: 5,
        message: 'field "subcategory": unknown subcategory "container-runtimes" in category "runtime" (did you mean "container-runtime"?)',
      },
    ]);
  });

  it('reports malformed frontmatter and wrong field types with lines', () => {
    const problems = check([
      { path: 'content/projects/a.mdx', text: '---\nname: [unclosed\n---\n' },
      { path: 'content/projects/b.mdx', text: 'no frontmatter' },
      project('c', 'maturity: mature\ndescription: 42\n'),
      project('containerd', ''),
    ]);
    expect(problems.map((p) => `${p.path}:${p.line}: ${p.message}`)).toEqual([
      expect.stringMatching(/^content\/projects\/a\.mdx:\d: invalid YAML in frontmatter/),
      'content/projects/b.mdx:1: the file must start with a "---" frontmatter block',
      expect.stringMatching(/^content\/projects\/c\.mdx:8: field "maturity": /),
      expect.stringMatching(/^content\/projects\/c\.mdx:9: field "description": /),
    ]);
  });

  it('rejects a description longer than 160 characters and unknown fields', () => {
    const problems = check([project('containerd', `description: ${'x'.repeat(161)}\ncolour: blue\n`)]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('field "description"'),
      expect.stringMatching(/colour/),
    ]);
  });

  it('rejects an alias that is another item\'s name, because search would send it elsewhere', () => {
    const problems = check([project('openelb', 'aliases:\n  - Porter\n'), project('porter', ''), project('containerd', 'aliases:\n  - k8s\n')]);
    expect(problems).toEqual([
      { path: 'content/projects/openelb.mdx', line: 8, message: 'field "aliases": "Porter" is the name of another item (porter)' },
    ]);
  });

  it('finds duplicate items and bad file names', () => {
    const one = project('containerd', '');
    const twin = { path: 'content/projects/Containerd-2.mdx', text: one.text };
    const problems = check([one, twin]);
    expect(problems.map((p) => p.message)).toEqual([
      'file name "Containerd-2" is not a valid slug (lower-case letters, digits and single hyphens)',
      expect.stringMatching(/^field "landscape_id": duplicate item/),
    ]);
  });

  it('fails links to unknown projects, categories and guides, naming the nearest', () => {
    const body = 'Uses [runc](project:runcc), [Runtime](category:runtim), [CR](category:runtime/container), [g](guide:maturity).\n';
    const problems = check([project('containerd', '', body), project('runc', '')], [
      { path: 'content/guides/cncf-maturity-levels.mdx', text: `---\ntitle: Maturity\ndescription: Levels.\n${REVIEWED}---\n` },
    ]);
    expect(problems).toEqual([
      { path: 'content/projects/containerd.mdx', line: 9, message: 'link to unknown project "runcc" (nearest: runc)' },
      { path: 'content/projects/containerd.mdx', line: 9, message: 'link to unknown category "runtim" (nearest: runtime)' },
      { path: 'content/projects/containerd.mdx', line: 9, message: 'link to unknown subcategory "runtime/container" (nearest: runtime/container-runtime)' },
      { path: 'content/projects/containerd.mdx', line: 9, message: 'link to unknown guide "maturity" (nearest: cncf-maturity-levels)' },
    ]);
  });

  it('checks links in subcategory explanations too', () => {
    const problems = check([project('runc', '')]);
    expect(problems).toEqual([{ path: 'content/categories/runtime.mdx', line: 14, message: 'link to unknown project "containerd"' }]);
  });
});
