import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initials, monogram } from '../../src/lib/logos/fallback-logos.ts';
import { svgViolations } from '../../src/lib/logos/svg-allow-list.ts';
import { escapeMarkup } from '../../src/lib/site/escape-markup.ts';
import { buildLogos } from '../../src/lib/logos/logo-build.ts';

describe('buildLogos', () => {
  const dir = mkdtempSync(join(tmpdir(), 'logos-'));
  writeFileSync(join(dir, 'good.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 30 10"><rect width="30" height="10"/></svg>');
  writeFileSync(join(dir, 'hostile.svg'), '<!DOCTYPE svg [<!ENTITY a "x"><!ENTITY b "&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');

  it('uses the sanitized real logo, else a brand icon, else a monogram', () => {
    const result = buildLogos(
      [
        { slug: 'good', name: 'Good Thing', logo: 'good.svg' },
        { slug: 'kubernetes', name: 'Kubernetes', logo: 'missing.svg' },
        { slug: 'hostile', name: 'Hostile Co', logo: 'hostile.svg' },
      ],
      dir,
    );
    expect(result.logos['good']).toMatchObject({ kind: 'hosted', aspect: 3, src: expect.stringMatching(/^\/logos\/good-[0-9a-f]{8}\.svg$/) });
    expect(result.logos['kubernetes']).toEqual({ kind: 'brand', aspect: 1, src: '/logos/brand-kubernetes.svg', thumb: '/logos/brand-kubernetes.svg' });
    expect(result.logos['hostile']).toEqual({ kind: 'monogram', aspect: 1, src: '/logos/monogram-hostile.svg', thumb: '/logos/monogram-hostile.svg' });
    expect(result.rejected).toEqual([{ logo: 'hostile.svg', reason: expect.stringMatching(/entities/) }]);
    expect(result.missing).toEqual(['missing.svg']);
    expect(result.counts).toEqual({ hosted: 1, brand: 1, monogram: 1 });
    expect([...result.files.keys()]).toHaveLength(3);
  });

  it('works without a logos directory', () => {
    const result = buildLogos([{ slug: 'x', name: 'Xyzzy Quux', logo: 'x.svg' }], undefined);
    expect(result.logos['x']?.kind).toBe('monogram');
  });
});

describe('monogram', () => {
  it('takes initials of letters and digits only', () => {
    expect(initials('Open Policy Agent (OPA)')).toBe('OP');
    expect(initials('containerd')).toBe('CO');
    expect(initials('<script>')).toBe('SC');
    for (const name of ['A&B Corp', '"Quoted" <Name>', "O'Reilly & Sons", '&&', '<<>>']) expect(initials(name)).toMatch(/^(?:[\p{L}\p{N}]{1,2}|\?)$/u);
  });

  it('draws a well-formed SVG that passes the logo allow-list, whatever the name', () => {
    for (const name of ['A&B Corp', '"Quoted" <Name>', "O'Reilly & Sons", '&&', 'Ünïcode Ωmega']) {
      const { svg } = monogram(name);
      expect(svgViolations(svg), name).toEqual([]);
      expect(/<text[^>]*>([^<]*)<\/text>/.exec(svg)?.[1], name).toBe(escapeMarkup(initials(name)));
    }
  });

  it('is stable for a name', () => {
    expect(monogram('Same').svg).toBe(monogram('Same').svg);
  });
});
