/** The Chinese and Russian editions in the built site: language tags, alternates, and no English chrome. */
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, placeholders } from '../../src/lib/i18n/ui.ts';
import { allPages } from './built-site.ts';

const pages = allPages();
const langOf = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];
const alternatesOf = (html: string) =>
  [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1] ?? '', new URL(m[2] ?? '').pathname] as const).filter(([l]) => l !== 'x-default');
const edition = (path: string) => (path.startsWith('/zh/') ? 'zh' : path.startsWith('/ru/') ? 'ru' : 'en');
const tag = { en: 'en', zh: 'zh-CN', ru: 'ru' } as const;

describe('editions', () => {
  it('has Chinese and Russian home, category, subcategory, guide, project and search pages', () => {
    for (const lang of ['zh', 'ru']) {
      for (const path of ['/', '/categories/', '/categories/orchestration-management/', '/categories/orchestration-management/service-mesh/', '/guides/', '/guides/cncf-maturity-levels/', '/projects/kubernetes/', '/search/']) {
        expect(pages.has(`/${lang}${path}`), `/${lang}${path}`).toBe(true);
      }
    }
    // Each edition has its page for missing addresses where hosts look for it.
    for (const lang of ['zh', 'ru']) expect(pages.get(`/${lang}/404.html`), `/${lang}/404.html`).toContain('<meta name="robots" content="noindex"');
    // An untranslated page is not duplicated.
    expect(pages.has('/zh/projects/zot/')).toBe(false);
    expect(pages.has('/ru/grid/')).toBe(false);
  });

  it('every page has the lang of its edition, and hreflang alternates that are reciprocal and complete', () => {
    let checked = 0;
    for (const [path, html] of pages) {
      if (path.startsWith('/404')) continue;
      expect(langOf(html), path).toBe(tag[edition(path)]);
      const alternates = alternatesOf(html);
      if (alternates.length === 0) continue;
      checked++;
      expect(alternates.map(([, p]) => p), path).toContain(path);
      for (const [hreflang, other] of alternates) {
        const target = pages.get(other);
        expect(target, `${path} → ${other}`).toBeDefined();
        expect(langOf(target ?? ''), other).toBe(hreflang);
        expect(alternatesOf(target ?? ''), `${other} lists the same alternates as ${path}`).toEqual(alternates);
      }
    }
    expect(checked).toBeGreaterThan(2 * 250);
  });

  it('no interface string of an edition page is left in English', () => {
    // Strings with placeholders are checked by the unit test of the dictionaries; a string the edition
    // keeps in English on purpose (a product name) is the same in both dictionaries and is skipped.
    const english = (lang: 'zh' | 'ru') => {
      const kept = new Set(Object.values(DICTIONARIES[lang]));
      return Object.values(DICTIONARIES.en).filter((value) => placeholders(value).length === 0 && value.length >= 6 && !kept.has(value));
    };
    const strings = { zh: english('zh'), ru: english('ru') };
    for (const [path, html] of pages) {
      const lang = edition(path);
      if (lang === 'en') continue;
      // Content that is English on purpose: text marked lang="en", code, and names set in bold in translated text (a plugin called "Search").
      const text = html
        .replace(/<(p|span|a)\b[^>]*\blang="en"[^>]*>[\s\S]*?<\/\1>/g, '')
        .replace(/<(pre|code|script|style|strong)\b[\s\S]*?<\/\1>/g, '')
        .replace(/<div hidden data-pagefind-ignore>[\s\S]*?<\/div>/g, '')
        .replace(/<[^>]+>/g, '\n');
      const lines = new Set(text.split('\n').map((l) => l.trim()));
      const left = strings[lang].filter((s) => lines.has(s));
      expect(left, path).toEqual([]);
    }
  });
});
