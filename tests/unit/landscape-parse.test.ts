import { describe, expect, it } from 'vitest';
import { LandscapeDataError, parseLandscape } from '../../src/lib/landscape/landscape-parse.ts';
import { fixture } from './helpers.ts';

function errorsOf(text: string, file = 'test.yml') {
  try {
    parseLandscape(text, file);
  } catch (error) {
    if (error instanceof LandscapeDataError) return error.errors;
    throw error;
  }
  throw new Error('expected the data to be rejected');
}

describe('parseLandscape', () => {
  it('reads categories, subcategories and items with their source lines', () => {
    const data = parseLandscape(fixture('landscape', 'valid.yml'), 'valid.yml');
    expect(data.categories.map((c) => c.name)).toEqual(['Orchestration & Management', 'Runtime']);
    const k8s = data.categories[0]?.subcategories[0]?.items[0];
    expect(k8s).toMatchObject({
      name: 'Kubernetes',
      project: 'graduated',
      line: 9,
      repo_url: 'https://github.com/kubernetes/kubernetes',
      second_path: [{ category: 'Runtime', subcategory: 'Container Runtime' }],
      extra: { accepted: '2016-03-10', graduated: '2018-03-06', lfx_slug: 'k8s', urls: { dev_stats_url: 'https://k8s.devstats.cncf.io/' } },
    });
  });

  it('never reads the upstream description or summary text', () => {
    const json = JSON.stringify(parseLandscape(fixture('landscape', 'valid.yml'), 'valid.yml'));
    expect(json).not.toContain('MUST-NOT-APPEAR');
  });

  it('reports invalid YAML with file and line', () => {
    const errors = errorsOf(fixture('landscape', 'broken-yaml.yml'), 'broken-yaml.yml');
    expect(errors[0]).toMatchObject({ file: 'broken-yaml.yml' });
    expect(errors[0]?.message).toMatch(/^invalid YAML/);
    expect(errors[0]?.line).toBeGreaterThanOrEqual(9);
  });

  it('reports every bad field at once, each with its line', () => {
    const messages = errorsOf(fixture('landscape', 'bad-fields.yml'), 'bad-fields.yml').map((e) => `${e.line}: ${e.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^8: .*"name" is required/),
        expect.stringMatching(/^11: item "No Homepage".*"homepage_url" is required/),
        expect.stringMatching(/^19: item "Twice".*duplicate name in this subcategory \(first at line 14\)/),
        expect.stringMatching(/^26: item "Wrong Types".*"project" must be one of graduated, incubating, sandbox, archived, not "mature"/),
        expect.stringMatching(/^27: item "Wrong Types".*"repo_url" must be an http\(s\) URL, not "42"/),
        expect.stringMatching(/^28: item "Wrong Types".*"enduser" must be true or false/),
        expect.stringMatching(/^30: item "Wrong Types".*"extra.accepted" must be a date written YYYY-MM-DD/),
        expect.stringMatching(/^31: item "Wrong Types".*"extra.other_links" must be a list/),
      ]),
    );
  });

  it('names nested fields and the subcategory or category around them', () => {
    const text = [
      'landscape:',
      '  - name: Runtime',
      '    subcategories:',
      '      - items: []',
      '      - name: Storage',
      '        items:',
      '          - name: Disk',
      '            homepage_url: https://example.org',
      '            logo: disk.svg',
      '            additional_repos:',
      '              - repo_url: ftp://example.org/repo',
      '            extra:',
      '              audits:',
      '                - type: security',
      '                  vendor: 7',
      '                  url: not a url',
      '  - name: Second',
      '    subcategories: 3',
    ].join('\n');
    expect(errorsOf(text).map((e) => `${e.line}: ${e.message}`)).toEqual([
      '4: subcategory 1 of category "Runtime": "name" is required',
      '11: item "Disk" (Runtime / Storage): "additional_repos.repo_url" must be an http(s) URL, not "ftp://example.org/repo"',
      '15: item "Disk" (Runtime / Storage): "extra.audits.vendor" must be a string, not number 7',
      '16: item "Disk" (Runtime / Storage): "extra.audits.url" must be an http(s) URL, not "not a url"',
      '18: category "Second": "subcategories" must be a list, not number 3',
    ]);
  });

  it('rejects a file without a landscape list', () => {
    expect(errorsOf('categories: 3\n')[0]?.message).toMatch(/top-level "landscape" list/);
    expect(errorsOf('just text')[0]?.message).toMatch(/must be a mapping|top-level/);
  });

  it('skips, with a warning, second placements that upstream would skip', () => {
    const text = fixture('landscape', 'valid.yml').replace('- Runtime / Container Runtime', '- Runtime / Nowhere\n              - A / B / C');
    const data = parseLandscape(text, 'valid.yml');
    expect(data.categories[0]?.subcategories[0]?.items[0]?.second_path).toEqual([]);
    expect(data.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('"A / B / C"'),
      expect.stringContaining('"Runtime / Nowhere": no such subcategory'),
    ]);
  });

  it('accepts logos written as ./name.svg, as upstream does', () => {
    const text = fixture('landscape', 'valid.yml').replace('logo: istio.svg', 'logo: ./istio.svg');
    expect(parseLandscape(text, 'valid.yml').categories[0]?.subcategories[1]?.items[0]?.logo).toBe('istio.svg');
  });
});
