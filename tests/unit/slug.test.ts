import { describe, expect, it } from 'vitest';
import { allocateSlug, SLUG_PATTERN, slugify } from '../../src/lib/landscape/slug.ts';

describe('slugify', () => {
  it.each([
    ['Kubernetes', 'kubernetes'],
    ['Open Policy Agent (OPA)', 'open-policy-agent-opa'],
    ['CDK for Kubernetes (CDK8s)', 'cdk-for-kubernetes-cdk8s'],
    ['C++', 'c-plus-plus'],
    ['C#', 'c-sharp'],
    ['Kübernetes', 'kubernetes'],
    ['  --weird--  ', 'weird'],
    ['Metal³', 'metal3'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });
});

describe('allocateSlug', () => {
  it('prefers the plain slug, then adds the subcategory, then a number', () => {
    const taken = new Set<string>();
    expect(allocateSlug('k0rdent', 'scheduling', taken)).toBe('k0rdent');
    expect(allocateSlug('k0rdent', 'platform', taken)).toBe('k0rdent-platform');
    expect(allocateSlug('k0rdent', 'platform', taken)).toBe('k0rdent-2');
    expect(taken).toEqual(new Set(['k0rdent', 'k0rdent-platform', 'k0rdent-2']));
  });

  it('falls back to "item" for names without letters or digits', () => {
    expect(allocateSlug('🙂', 'x', new Set())).toBe('item');
  });
});
