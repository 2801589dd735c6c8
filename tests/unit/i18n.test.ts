import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { rewriteEditionLinks } from '../../src/lib/i18n/edition-links.ts';
import { sourceHash } from '../../src/lib/i18n/source-hash.ts';
import { interfaceStringProblems, staleTranslations } from '../../src/lib/i18n/translation-status.ts';
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

describe('translations in the content check', () => {
  const english = { path: 'content/projects/helm.mdx', text: '---\nname: Helm\n---\n## What it is\n\nCharts.\n' };
  const category = {
    path: 'content/categories/runtime.mdx',
    text: '---\nname: Runtime\nlandscape_id: runtime\norder: 1\nreviewed: "2026-11-29"\nsources:\n  - {title: a, url: "https://a.example/"}\n  - {title: b, url: "https://b.example/"}\nsubcategories:\n  - name: Container Runtime\n    slug: container-runtime\n    landscape_id: container-runtime\n---\n',
  };
  const translation = (path: string, text: string) => ({ path, text });

  it('lists translations whose English text changed since, or that record no source', () => {
    const current = sourceHash('projects', english.text);
    const files = {
      categories: [],
      guides: [],
      projects: [english],
      translations: [
        translation('content/i18n/zh/projects/helm.mdx', `---\nsource: "${current}"\n---\n## 它是什么\n`),
        translation('content/i18n/ru/projects/helm.mdx', '---\nsource: "000000000000"\n---\n## Что это\n'),
      ],
    };
    expect(staleTranslations(files)).toEqual([{ path: 'content/i18n/ru/projects/helm.mdx', reason: 'changed' }]);
    // A fact the importer updates does not make a translation stale; a changed body does.
    expect(sourceHash('projects', english.text.replace('name: Helm', 'name: Helm\nmaturity: graduated'))).toBe(current);
    expect(sourceHash('projects', english.text.replace('Charts.', 'Charts and releases.'))).not.toBe(current);
  });

  it('fails a translation of nothing, of an unknown subcategory, or with a broken link', () => {
    const problems = checkContent({
      categories: [category],
      projects: [],
      guides: [],
      translations: [
        translation('content/i18n/zh/projects/nothing.mdx', '---\nsource: "000000000000"\n---\n正文\n'),
        translation('content/i18n/ru/categories/runtime.mdx', '---\nname: Среда\nsubcategories:\n  - slug: container-runtimes\n    name: Рантайм\n---\nСм. [x](project:nope).\n'),
      ],
    }).map((p) => `${p.path}: ${p.message}`);
    expect(problems).toEqual([
      'content/i18n/zh/projects/nothing.mdx: translates content/projects/nothing.mdx, which does not exist',
      'content/i18n/ru/categories/runtime.mdx: field "subcategories.0.slug": unknown subcategory "container-runtimes" in content/categories/runtime.mdx',
      'content/i18n/ru/categories/runtime.mdx: link to unknown project "nope"',
    ]);
  });

  it('has every interface string in every language', () => {
    expect(interfaceStringProblems()).toEqual([]);
  });
});
