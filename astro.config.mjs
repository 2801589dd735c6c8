// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import contentLinks from './src/integrations/content-links.ts';
import editionNotFound from './src/integrations/edition-not-found.ts';
import headersFile from './src/integrations/headers-file.ts';
import linkCheck from './src/integrations/link-check.ts';
import logos from './src/integrations/logos.ts';
import pagefind from './src/integrations/pagefind.ts';
import siteUrlWarning from './src/integrations/site-url.ts';

export default defineConfig({
  // Absolute URLs (canonical links, sitemap) use SITE_URL; set it to the public address when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // Code samples are short; plain text in our own colours keeps contrast in both themes and keeps
  // inline styles and extra bytes out of the pages.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  // No prefetch, no view transitions: pages are plain HTML that work with JavaScript off.
  // linkCheck runs before pagefind so a broken link fails the build before indexing; headersFile
  // runs last, as it names every top-level entry of dist/, /pagefind/ included.
  integrations: [siteUrlWarning(), contentCheck(), contentLinks(), logos(), mdx({ syntaxHighlight: false }), editionNotFound(), linkCheck(), pagefind(), headersFile()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Never inline scripts into the HTML: the Content Security Policy (public/_headers) allows
      // scripts from 'self' only, without 'unsafe-inline'.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro 7 emits this once per MDX file; it is harmless and tracked upstream as
        // withastro/astro#18087. Silenced so real warnings stay visible among 2,400 pages.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
