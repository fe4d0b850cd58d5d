// Fails the build, before Astro reads any content, when a content file is wrong,
// listing every error in Swedish at once.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../lib/content/validate.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'en-vag-in:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const report = validateContent(`${root}content`, { displayRoot: root });
        if (report.errors.length > 0) {
          const count = report.errors.length === 1 ? '1 fel' : `${report.errors.length} fel`;
          throw new Error(`Innehållet har ${count}:\n${report.errors.map((e) => `  - ${e}`).join('\n')}`);
        }
        logger.info(`Innehållet är giltigt (${report.entries.length} filer).`);
        // Old review dates are the editors' to-do list, not a reason to stop publishing.
        for (const warning of report.warnings) logger.warn(warning);
      },
    },
  };
}
