import { describe, expect, it } from 'vitest';
import { rewriteEditionLinks } from '../../src/lib/i18n/edition-links.ts';
import { englishPath, langOf, localizedPath } from '../../src/lib/i18n/locales.ts';
import { countsText, DICTIONARIES, format, formatDateIn, placeholders } from '../../src/lib/i18n/ui.ts';

describe('interface strings', () => {
  it('every language has every English key, none empty, with the same placeholders', () => {
    const keys = Object.keys(DICTIONARIES.en).sort();
    for (const lang of ['zh', 'ru'] as const) {
      const strings = DICTIONARIES[lang];
      expect(Object.keys(strings).sort(), lang).toEqual(keys);
      for (const key of keys as Array<keyof typeof strings>) {
        expect(strings[key].trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(strings[key]), `${lang} ${key}`).toEqual(placeholders(DICTIONARIES.en[key]));
      }
    }
  });

  it('fills placeholders and formats numbers and dates for the language', () => {
    expect(format('{count} items', { count: 2413 }, 'en')).toBe('2,413 items');
    expect(format('{missing} stays', {})).toBe('{missing} stays');
    expect(countsText('en', { itemCount: 12, projectCount: 0 })).toBe('12 items');
    expect(countsText('en', { itemCount: 12, projectCount: 3 })).toBe('12 items, 3 CNCF projects');
    expect(formatDateIn('2018-03-06', 'en')).toBe('6 March 2018');
    expect(formatDateIn('2018-03-06', 'zh')).toBe('2018年3月6日');
    expect(formatDateIn('2018-03-06', 'ru')).toMatch(/^6 марта 2018/);
  });
});

describe('edition paths', () => {
  it('tells the language from the path and maps paths between languages', () => {
    expect(langOf('/zh/categories/runtime/')).toBe('zh');
    expect(langOf('/ru/')).toBe('ru');
    expect(langOf('/zhx/')).toBe('en');
    expect(englishPath('/ru/projects/helm/')).toBe('/projects/helm/');
    expect(englishPath('/zh')).toBe('/');
    expect(localizedPath('/projects/helm/', 'zh')).toBe('/zh/projects/helm/');
    expect(localizedPath('/ru/projects/helm/', 'en')).toBe('/projects/helm/');
  });

  it('keeps links in the edition where the target is translated and marks English ones', () => {
    const index = { projects: new Set(['helm']), guides: new Set<string>() };
    const text = 'See [Helm](project:helm), [Envoy](project:envoy#how), [Mesh](category:orchestration-management/service-mesh) and [g](guide:x).';
    expect(rewriteEditionLinks(text, 'zh', index, '<m/>')).toBe(
      'See [Helm](/zh/projects/helm/), [Envoy](/projects/envoy/#how)<m/>, [Mesh](/zh/categories/orchestration-management/service-mesh/) and [g](/guides/x/)<m/>.',
    );
  });
});
