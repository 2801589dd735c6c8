import { describe, expect, it } from 'vitest';
import { formatDate, projectLinks, projectTimeline } from '../../src/lib/site/project-facts.ts';
import { logoSize } from '../../src/lib/site/logo-size.ts';
import { groupByInitial } from '../../src/lib/site/alphabet.ts';
import { projectSchema } from '../../src/schemas/project.ts';

const project = (fields: Record<string, unknown>) =>
  projectSchema.parse({ name: 'X', landscape_id: 'a--b--x', category: 'a', subcategory: 'b', homepage: 'https://x.org/', logo: 'x.svg', ...fields });

describe('projectTimeline', () => {
  it('lists the CNCF journey oldest first, merging acceptance straight into incubation', () => {
    expect(projectTimeline(project({ dates: { accepted: '2016-03-10', incubating: '2016-03-10', graduated: '2018-03-06' } }))).toEqual([
      { date: '2016-03-10', label: 'Accepted into the CNCF at incubating level', key: 'timeline.acceptedIncubating' },
      { date: '2018-03-06', label: 'Graduated', key: 'timeline.graduated' },
    ]);
    expect(projectTimeline(project({ dates: { archived: '2022-01-31', accepted: '2019-05-01' } })).map((e) => e.label)).toEqual([
      'Accepted into the CNCF',
      'Archived',
    ]);
  });

  it('formats dates without depending on the locale or time zone', () => {
    expect(formatDate('2018-03-06')).toBe('6 March 2018');
  });
});

describe('projectLinks', () => {
  it('starts with the website and source, then the known links in reading order', () => {
    const links = projectLinks(project({ repository: 'https://github.com/x/x', links: { twitter: 'https://x.com/x', docs: 'https://docs.x.org/' }, clomonitor_name: 'x' }));
    expect(links.map((l) => l.label)).toEqual(['Website', 'Source code', 'Documentation', 'X (Twitter)', 'CLOMonitor report']);
  });
});

describe('logoSize', () => {
  it('keeps the aspect ratio within limits', () => {
    expect(logoSize({ aspect: 2 }, 40)).toEqual({ width: 80, height: 40 });
    expect(logoSize({ aspect: 10 }, 40)).toEqual({ width: 100, height: 40 });
    expect(logoSize({ aspect: 0.1 }, 40)).toEqual({ width: 16, height: 40 });
  });
});

describe('groupByInitial', () => {
  it('groups A–Z with everything else last', () => {
    expect(groupByInitial([{ name: 'beta' }, { name: '3scale' }, { name: 'Alpha' }, { name: 'Ávila' }]).map((g) => [g.letter, g.items.length])).toEqual([
      ['A', 2],
      ['B', 1],
      ['#', 1],
    ]);
  });
});
