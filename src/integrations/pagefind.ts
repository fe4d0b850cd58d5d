// Indexes the built site with Pagefind's Node API and fails the build on any error
// (the community integration only logs them).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'en-vag-in:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind: ${step} misslyckades:\n${errors.join('\n')}`);
        };
        const { index, errors } = await pagefind.createIndex({ forceLanguage: undefined });
        if (!index || errors.length > 0) fail('createIndex', errors);
        const added = await index!.addDirectory({ path: site });
        if (added.errors.length > 0) fail('addDirectory', added.errors);
        const written = await index!.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) fail('writeFiles', written.errors);
        await pagefind.close();
        logger.info(`Pagefind indexerade ${added.page_count} sidor.`);
      },
    },
  };
}
