import type { AstroIntegration } from 'astro';

/**
 * Warns at the end of a build whose public URL is `localhost` (the default when SITE_URL is
 * unset): canonical links, feeds, the sitemap and structured data would all point to the
 * builder's own machine. Not an error, since `npm start` rightly builds for localhost; the test
 * sites build for 127.0.0.1 and stay quiet. The last lines of the build, so they are seen.
 */
export function siteUrlWarning(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'paper-notes:site-url',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ logger }) => {
        if (!site || new URL(site).hostname !== 'localhost') return;
        logger.warn(
          [
            `NOT READY TO PUBLISH: this build's public URL is ${site}.`,
            '  Canonical links, the RSS feeds, the sitemap and structured data point to this machine.',
            '  Fine for a local preview (npm start). To publish, build with the real address, e.g.',
            '    SITE_URL=https://notes.example.org npm run build',
            '  and BASE_PATH=/notes/ as well when the site lives under a sub-path (see README, Deploying).',
          ].join('\n'),
        );
      },
    },
  };
}
