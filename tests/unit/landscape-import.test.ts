import { describe, expect, it } from 'vitest';
import { readMdx } from '../../src/lib/content/frontmatter.ts';
import { reportFileUrl } from '../../src/lib/landscape/import-items.ts';
import { planImport } from '../../src/lib/landscape/landscape-import.ts';
import { parseLandscape } from '../../src/lib/landscape/landscape-parse.ts';
import { asExisting, fixture } from './helpers.ts';

const base = fixture('landscape', 'valid.yml');
const parse = (text: string) => parseLandscape(text, 'test.yml');

function firstRun(text = base) {
  const plan = planImport(parse(text), [], []);
  return { plan, categories: asExisting(plan.writes, 'categories'), projects: asExisting(plan.writes, 'projects') };
}

describe('planImport', () => {
  it('creates one file per category and item, facts only', () => {
    const { plan } = firstRun();
    expect([...plan.writes.keys()].sort()).toEqual([
      'categories/orchestration-management.mdx',
      'categories/runtime.mdx',
      'projects/containerd.mdx',
      'projects/istio.mdx',
      'projects/kubernetes.mdx',
      'projects/nomad-container-runtime.mdx',
      'projects/nomad.mdx',
    ]);
    expect(plan.report.added).toHaveLength(5);
    expect(plan.totals).toEqual({ categories: 2, subcategories: 3, items: 5, projects: 3 });
    const k8s = readMdx(plan.writes.get('projects/kubernetes.mdx') ?? '', 'k8s').data;
    expect(k8s).toMatchObject({
      name: 'Kubernetes',
      landscape_id: 'orchestration-management--scheduling-orchestration--kubernetes',
      category: 'orchestration-management',
      subcategory: 'scheduling-orchestration',
      also_in: [{ category: 'runtime', subcategory: 'container-runtime' }],
      maturity: 'graduated',
      dates: { accepted: '2016-03-10', graduated: '2018-03-06' },
      links: { devstats: 'https://k8s.devstats.cncf.io/' },
    });
    expect(JSON.stringify([...plan.writes.values()])).not.toContain('MUST-NOT-APPEAR');
  });

  it('quotes dates so a YAML 1.1 reader keeps them as text', () => {
    expect(firstRun().plan.writes.get('projects/kubernetes.mdx')).toContain('accepted: "2016-03-10"');
  });

  it('is idempotent: a second run writes nothing', () => {
    const { categories, projects } = firstRun();
    const second = planImport(parse(base), categories, projects);
    expect(second.writes.size).toBe(0);
    expect(second.report.unchanged).toBe(5);
    expect(second.report.categories.unchanged).toBe(2);
  });

  it('keeps bodies and editorial fields, and updates facts', () => {
    const { categories, projects } = firstRun();
    const k8s = projects.find((p) => p.slug === 'kubernetes');
    if (!k8s) throw new Error('missing');
    k8s.data = { ...k8s.data, description: 'Our words.', aliases: ['k8s'] };
    k8s.body = '## What it is\n\nOur text.\n';
    k8s.text = '(edited)';
    const plan = planImport(parse(base.replace("graduated: '2018-03-06'", "graduated: '2018-03-07'")), categories, projects);
    const text = plan.writes.get('projects/kubernetes.mdx') ?? '';
    expect(text).toContain('graduated: "2018-03-07"');
    expect(text).toMatch(/description: Our words\.\naliases:\n {2}- k8s\n---\n## What it is\n\nOur text\.\n$/);
    expect(plan.report.updated).toEqual(['kubernetes']);
  });

  it('keeps the slug of a renamed item and records its old name as an alias', () => {
    const { categories, projects } = firstRun();
    const plan = planImport(parse(base.replace('name: Istio', 'name: Istio Mesh')), categories, projects);
    expect(plan.report.renamed).toEqual([{ slug: 'istio', from: 'Istio', to: 'Istio Mesh' }]);
    const istio = readMdx(plan.writes.get('projects/istio.mdx') ?? '', 'istio').data;
    expect(istio).toMatchObject({ name: 'Istio Mesh', aliases: ['Istio'], landscape_id: 'orchestration-management--service-mesh--istio-mesh' });
    expect(plan.report.added).toEqual([]);
  });

  it('keeps the slug of a moved item and reports the move', () => {
    const { categories, projects } = firstRun();
    // Move containerd from Runtime to Service Mesh: cut it from one list, paste into the other.
    const block = /( {10}- item:\n {12}name: containerd\n(?: {12}.*\n)+)/.exec(base)?.[1] ?? '';
    const moved = base.replace(block, '').replace('        name: Service Mesh\n        items:\n', `        name: Service Mesh\n        items:\n${block}`);
    const plan = planImport(parse(moved), categories, projects);
    expect(plan.report.moved).toEqual([{ slug: 'containerd', from: 'runtime/container-runtime', to: 'orchestration-management/service-mesh' }]);
    expect(plan.report.added).toEqual([]);
  });

  it('marks items gone upstream instead of deleting them, and restores them when they return', () => {
    const { categories, projects } = firstRun();
    const without = base.replace(/ {10}- item:\n {12}name: Istio\n(?: {12}.*\n)+/, '');
    const plan = planImport(parse(without), categories, projects);
    expect(plan.report.removed).toEqual(['istio']);
    expect(readMdx(plan.writes.get('projects/istio.mdx') ?? '', 'istio').data['removed_upstream']).toBe(true);
    const after = asExisting(plan.writes, 'projects', projects);
    const back = planImport(parse(base), asExisting(plan.writes, 'categories', categories), after);
    expect(back.report.restored).toEqual(['istio']);
    expect(readMdx(back.writes.get('projects/istio.mdx') ?? '', 'istio').data['removed_upstream']).toBeUndefined();
  });

  it('does not match on a repository that several items share', () => {
    const { categories, projects } = firstRun();
    // Both Nomad entries renamed; Nomad (Scheduling) is found by its repository, the other has none.
    const plan = planImport(parse(base.replaceAll('name: Nomad', 'name: HashiCorp Nomad')), categories, projects);
    expect(plan.report.renamed.map((r) => r.slug)).toEqual(['nomad', 'nomad-container-runtime']);
  });

  it('keeps subcategory explanations written in category files', () => {
    const { categories, projects } = firstRun();
    const runtime = categories.find((c) => c.slug === 'runtime');
    if (!runtime) throw new Error('missing');
    runtime.data = {
      ...runtime.data,
      subcategories: [{ name: 'Container Runtime', slug: 'container-runtime', landscape_id: 'container-runtime', about: 'Our text.' }],
    };
    runtime.text = '(edited)';
    const plan = planImport(parse(base), categories, projects);
    expect(plan.writes.get('categories/runtime.mdx')).toContain('about: Our text.');
  });
});

describe('reportFileUrl', () => {
  it('links a PDF report on GitHub to the file itself, at the same ref', () => {
    expect(reportFileUrl('https://github.com/cri-o/cri-o/blob/main/security/2022_audit.pdf')).toBe('https://github.com/cri-o/cri-o/raw/main/security/2022_audit.pdf');
  });

  it('leaves other addresses alone', () => {
    for (const url of ['https://github.com/o/r/blob/main/SECURITY.md', 'https://ostif.org/report.pdf', 'https://github.com/o/r/raw/main/a.pdf']) expect(reportFileUrl(url)).toBe(url);
  });
});
