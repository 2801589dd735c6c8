import { describe, expect, it } from 'vitest';
import { landscapeItemId, normalizeName } from '../../src/lib/landscape/landscape-id.ts';

describe('normalizeName (as cncf/landscape2 computes it)', () => {
  it.each([
    ['Test Project', 'test-project'],
    ['Test  Project  ', 'test-project'],
    ['Test___Project', 'test-project'],
    ['Test-Project-', 'test-project'],
    ['Test/Project', 'test-project'],
    ['Test@Project', 'test-project'],
    ['a 🙂 b 🙂 ', 'a-b'],
    ['中文项目', '中文项目'],
    ['Проект', 'проект'],
    ['Test_中文_Project', 'test-中文-project'],
    ['C++', 'c++'],
    ['Orchestration & Management', 'orchestration-management'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('builds item ids from category, subcategory and name', () => {
    expect(landscapeItemId('Orchestration & Management', 'Scheduling & Orchestration', 'Kubernetes')).toBe(
      'orchestration-management--scheduling-orchestration--kubernetes',
    );
    expect(landscapeItemId('Provisioning', 'Security & Compliance', 'Open Policy Agent (OPA)')).toBe(
      'provisioning--security-compliance--open-policy-agent-opa',
    );
  });
});
