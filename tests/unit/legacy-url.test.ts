import { describe, expect, it } from 'vitest';
import { landscape1Id } from '../../src/lib/landscape/landscape-id.ts';
import { parseLegacyUrl, resolveLegacyTarget, searchWords, type LegacyTables } from '../../src/lib/site/legacy-url.ts';

describe('landscape1Id (landscapeapp saneName)', () => {
  it.each([
    ['Kubernetes', 'kubernetes'],
    ['Open Policy Agent (OPA)', 'open-policy-agent-opa'],
    ['CoreDNS', 'core-dns'],
    ['OpenTelemetry', 'open-telemetry'],
    ['gRPC', 'g-rpc'],
    ['k3s', 'k3s'],
    ['OPAGatekeeper', 'opa-gatekeeper'],
    ['Tékton  Pipelines!', 'tekton-pipelines'],
    ['containerd', 'containerd'],
  ])('%s → %s', (name, id) => expect(landscape1Id(name)).toBe(id));
});

describe('parseLegacyUrl', () => {
  it.each([
    // landscape2
    ['https://landscape.cncf.io/?item=provisioning--container-registry--harbor', { kind: 'item', generation: 2, id: 'provisioning--container-registry--harbor' }],
    ['/?group=projects-and-products&view-mode=card&item=runtime--container-runtime--containerd', { kind: 'item', generation: 2, id: 'runtime--container-runtime--containerd' }],
    ['https://landscape.cncf.io/#observability-and-analysis--observability', { kind: 'category', generation: 2, id: 'observability-and-analysis--observability' }],
    ['https://landscape.cncf.io/guide#orchestration-management--service-mesh', { kind: 'category', generation: 2, id: 'orchestration-management--service-mesh' }],
    ['https://landscape.cncf.io/embed/embed.html?key=runtime--cloud-native-storage&headers=true', { kind: 'category', generation: 2, id: 'runtime--cloud-native-storage' }],
    ['https://landscape.cncf.io/guide', { kind: 'page', path: '/guides/' }],
    ['https://landscape.cncf.io/stats', { kind: 'page', path: '/stats/' }],
    ['https://landscape.cncf.io/?group=members', { kind: 'members' }],
    // landscape1
    ['https://landscape.cncf.io/selected=prometheus', { kind: 'item', generation: 1, id: 'prometheus' }],
    ['https://landscape.cncf.io/?selected=open-policy-agent-opa', { kind: 'item', generation: 1, id: 'open-policy-agent-opa' }],
    ['https://landscape.cncf.io/card-mode?selected=envoy&category=service-proxy', { kind: 'item', generation: 1, id: 'envoy' }],
    ['https://landscape.cncf.io/format=card-mode&selected=linkerd', { kind: 'item', generation: 1, id: 'linkerd' }],
    ['https://landscape.cncf.io/landscape=observability-and-analysis&selected=fluentd', { kind: 'item', generation: 1, id: 'fluentd' }],
    ['https://landscape.cncf.io/grouping=landscape&landscape=observability-and-analysis&license=open-source&selected=jaeger', { kind: 'item', generation: 1, id: 'jaeger' }],
    ['https://landscape.cncf.io/items/kubernetes', { kind: 'item', generation: 1, id: 'kubernetes' }],
    ['https://landscape.cncf.io/category=cloud-native-storage&format=card-mode', { kind: 'category', generation: 1, id: 'cloud-native-storage' }],
    ['https://landscape.cncf.io/card-mode?category=service-mesh&grouping=category', { kind: 'category', generation: 1, id: 'service-mesh' }],
    ['https://landscape.cncf.io/landscape=serverless', { kind: 'category', generation: 1, id: 'serverless' }],
    ['https://landscape.cncf.io/project=graduated', { kind: 'maturity', level: 'graduated' }],
    ['https://landscape.cncf.io/card-mode?project=incubating&grouping=no', { kind: 'maturity', level: 'incubating' }],
    ['https://landscape.cncf.io/format=members', { kind: 'members' }],
    ['https://landscape.cncf.io/members', { kind: 'members' }],
    ['https://landscape.cncf.io/grouping=organization', { kind: 'home' }],
    ['https://l.cncf.io/?selected=helm', { kind: 'item', generation: 1, id: 'helm' }],
    ['not a url at all %%', { kind: 'home' }],
  ])('%s', (url, target) => expect(parseLegacyUrl(url)).toEqual(target));
});

describe('resolveLegacyTarget', () => {
  const tables: LegacyTables = {
    items2: { 'provisioning--container-registry--harbor': '/projects/harbor/', 'orchestration-management--service-mesh--gone': '/removed/g/#gone' },
    items1: { prometheus: '/projects/prometheus/', harbor: '/projects/harbor/' },
    categories: { 'runtime--cloud-native-storage': '/categories/runtime/cloud-native-storage/', 'cloud-native-storage': '/categories/runtime/cloud-native-storage/' },
  };
  it('finds items of either generation, falling back to the other table', () => {
    expect(resolveLegacyTarget({ kind: 'item', generation: 2, id: 'Provisioning--Container-Registry--Harbor' }, tables)).toBe('/projects/harbor/');
    expect(resolveLegacyTarget({ kind: 'item', generation: 1, id: 'prometheus' }, tables)).toBe('/projects/prometheus/');
    expect(resolveLegacyTarget({ kind: 'item', generation: 2, id: 'orchestration-management--service-mesh--gone' }, tables)).toBe('/removed/g/#gone');
    expect(resolveLegacyTarget({ kind: 'item', generation: 1, id: 'harbor' }, tables)).toBe('/projects/harbor/');
  });
  it('maps categories, maturity filters, members and pages', () => {
    expect(resolveLegacyTarget({ kind: 'category', generation: 1, id: 'cloud-native-storage' }, tables)).toBe('/categories/runtime/cloud-native-storage/');
    expect(resolveLegacyTarget({ kind: 'maturity', level: 'graduated' }, tables)).toBe('/maturity/graduated/');
    expect(resolveLegacyTarget({ kind: 'members' }, tables)).toBe('/categories/cncf-members/');
    expect(resolveLegacyTarget({ kind: 'page', path: '/stats/' }, tables)).toBe('/stats/');
    expect(resolveLegacyTarget({ kind: 'home' }, tables)).toBeUndefined();
  });
  it('never reaches inherited properties, and offers search words for unknown ids', () => {
    for (const id of ['constructor', '__proto__', 'toString']) expect(resolveLegacyTarget({ kind: 'item', generation: 1, id }, tables)).toBeUndefined();
    expect(searchWords({ kind: 'item', generation: 2, id: 'app-definition--database--some-old-db' })).toBe('some old db');
  });
});
