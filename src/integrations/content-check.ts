// Fails the build, before Astro reads any content, when a content file is wrong,
// listing every error in Swedish at once; and adds the guard that checks every MDX compile.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../lib/content/validate.ts';
import { mdxGuard } from './mdx-guard.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'en-vag-in:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        // Also on every compile of an MDX file, which `astro dev` repeats after each edit.
        updateConfig({ vite: { plugins: [mdxGuard(root)] } });
        const report = validateContent(`${root}content`, { displayRoot: root });
        if (report.errors.length > 0) {
          const count = report.errors.length === 1 ? '1 fel' : `${report.errors.length} fel`;
          const error = new Error(
            `Innehållet har ${count}:\n${report.errors.map((e) => `  - ${e}`).join('\n')}\nRätta felen och kör npm run check:content igen.`,
          );
          // The editor needs the list, not where in our code it was raised.
          error.stack = '';
          throw error;
        }
        logger.info(`Innehållet är giltigt (${report.entries.length} filer).`);
        // Old review dates are the editors' to-do list, not a reason to stop publishing.
        for (const warning of report.warnings) logger.warn(warning);
      },
    },
  };
}
