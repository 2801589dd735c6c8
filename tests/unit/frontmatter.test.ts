import { describe, expect, it } from 'vitest';
import { FrontmatterError, readMdx, writeMdx } from '../../src/lib/content/frontmatter.ts';

describe('frontmatter', () => {
  it('round-trips byte for byte', () => {
    const text = writeMdx({ name: 'On', dates: { accepted: '2016-03-10' }, aliases: ['yes'] }, '## Body\n\nText with --- inside.\n');
    expect(text).toBe('---\nname: "On"\ndates:\n  accepted: "2016-03-10"\naliases:\n  - "yes"\n---\n## Body\n\nText with --- inside.\n');
    const read = readMdx(text, 'x.mdx');
    expect(writeMdx(read.data, read.body)).toBe(text);
  });

  it('names the file and line of broken frontmatter', () => {
    expect(() => readMdx('---\nname: ok\nbad: [\n---\n', 'content/projects/x.mdx')).toThrow(/^content\/projects\/x\.mdx:\d+: invalid YAML/);
    expect(() => readMdx('---\nname: ok\n', 'y.mdx')).toThrow(FrontmatterError);
    expect(() => readMdx('---\n- a list\n---\n', 'z.mdx')).toThrow(/must be a mapping/);
  });
});
