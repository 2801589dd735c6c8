import type { AstroIntegration } from 'astro';
import { rewriteContentLinks } from '../lib/content/content-links.ts';

/**
 * Rewrites our link schemes ([Envoy](project:envoy), category:, guide:) to site URLs in MDX
 * sources before they are compiled. Works with any Markdown processor, because it runs on the
 * source text. Whether each target exists is checked earlier, by content-check.
 */
export default function contentLinks(): AstroIntegration {
  return {
    name: 'landscape-docs:content-links',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'landscape-docs:content-links',
                enforce: 'pre',
                transform(code: string, id: string) {
                  if (!/\.mdx?$/.test(id.split('?')[0] ?? '')) return undefined;
                  const out = rewriteContentLinks(code);
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
