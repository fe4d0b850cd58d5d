// Writes /admin/ after the pages are built and indexed, before they are compressed: the editor
// is no page of the site, so Pagefind, the search catalogue and the page checks never see it.
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { siteSchema } from '../schemas/site.ts';
import { writeAdmin } from '../features/editor/admin.ts';

export function editorAdmin(): AstroIntegration {
  let root = '';
  return {
    name: 'en-vag-in:editor-admin',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const content = join(root, 'content');
        const site = siteSchema.parse(parse(readFileSync(join(content, 'site.yaml'), 'utf8')));
        writeAdmin(fileURLToPath(dir), site, content);
        logger.info(site.editor ? `Redigeraren skrevs till /admin/ (${site.editor.host}: ${site.editor.repo}).` : 'Ingen editor i content/site.yaml: /admin/ säger vad som ska fyllas i.');
      },
    },
  };
}
