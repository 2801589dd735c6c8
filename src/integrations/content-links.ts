import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { rewriteContentLinks } from '../lib/content/content-links.ts';
import { englishMarkHtml, rewriteEditionLinks, type EditionIndex } from '../lib/i18n/edition-links.ts';
import type { Edition } from '../lib/i18n/locales.ts';
import { ui } from '../lib/i18n/ui.ts';

/** Translated project pages and guides of an edition, from the file names in content/i18n/<lang>/. */
function editionIndex(root: string, lang: Edition): EditionIndex {
  const slugs = (kind: string) => {
    const dir = join(root, 'content', 'i18n', lang, kind);
    return new Set(existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)) : []);
  };
  return { projects: slugs('projects'), guides: slugs('guides') };
}

/**
 * Rewrites our link schemes ([Envoy](project:envoy), category:, guide:) to site URLs in MDX
 * sources before they are compiled. Works with any Markdown processor, because it runs on the
 * source text. Whether each target exists is checked earlier, by content-check.
 */
export default function contentLinks(): AstroIntegration {
  return {
    name: 'landscape-docs:content-links',
    hooks: {
      'astro:config:setup': ({ updateConfig, config }) => {
        const root = new URL(config.root).pathname;
        const editions = new Map<Edition, EditionIndex>();
        const indexOf = (lang: Edition) => {
          let index = editions.get(lang);
          if (!index) editions.set(lang, (index = editionIndex(root, lang)));
          return index;
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'landscape-docs:content-links',
                enforce: 'pre',
                transform(code: string, id: string) {
                  if (!/\.mdx?$/.test(id.split('?')[0] ?? '')) return undefined;
                  // A translation links within its edition where the target is translated, else to English, marked.
                  const edition = /\/content\/i18n\/(zh|ru)\//.exec(id)?.[1] as Edition | undefined;
                  const out = edition ? rewriteEditionLinks(code, edition, indexOf(edition), englishMarkHtml(ui(edition)('lang.english'))) : rewriteContentLinks(code);
                  return out === code ? undefined : { code: out, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
