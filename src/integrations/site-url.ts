import type { AstroIntegration } from 'astro';

/**
 * Warns when a production build has no SITE_URL: canonical links, the sitemap, the data API and
 * the link snippets would all name http://localhost:4321, which is right for `npm start` on one's
 * own machine and wrong anywhere else.
 */
export default function siteUrlWarning(): AstroIntegration {
  return {
    name: 'landscape-docs:site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'build' && !process.env['SITE_URL']) {
          logger.warn(
            'SITE_URL is not set: canonical links, the sitemap, the data API and the link snippets will name http://localhost:4321. ' +
              'Set it to the public address when building for a deployment, e.g. SITE_URL=https://docs.example.org npm run build.',
          );
        }
      },
    },
  };
}
