// The build's own guard on MDX from content/: a Vite plugin that runs before @astrojs/mdx compiles
// a file and refuses it, in Swedish, when the content check would. The check also runs when the
// build starts, but `astro dev` compiles a page again after every edit without running it, and an
// `import` or a `{…}` expression compiled once has run on the build machine. So every compile is
// checked: the front matter as the compiler reads it (an unknown field such as `layout` would make
// it import a file) against the collection's schema, and the body by the same rules as the check.
// Links are left to the check, which knows every page; nothing in a link runs at build time.
import type { Plugin } from 'vite';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { join, relative } from 'node:path';
import { referenceEdition } from '../i18n/editions.ts';
import { checkMdxSource } from '../lib/content/checks/mdx.ts';
import { collections } from '../lib/content/collections.ts';
import { describeIssue, formatError, swedishErrorMap } from '../schemas/messages.ts';

/** @astrojs/mdx's Vite plugin, which compiles .mdx files; the guard must come first. */
const mdxCompiler = '@mdx-js/rolldown';

/** Every problem in one MDX file under content/, as the content check words it. */
export function checkMdxForBuild(code: string, path: string, root: string): string[] {
  const file = relative(root, path).replace(/\\/g, '/');
  const folder = relative(join(root, 'content'), path).split(/[/\\]/)[0];
  const collection = Object.values(collections).find((c) => c.format === 'mdx' && c.folder === folder);
  const errors: string[] = [];
  let frontmatter: Record<string, unknown> | undefined;
  try {
    frontmatter = parseFrontmatter(code).frontmatter;
  } catch {
    errors.push(formatError(file, undefined, 'fälten mellan raderna med --- överst går inte att läsa. Kör npm run check:content, som visar raden och hur den rättas.'));
  }
  if (collection && frontmatter) {
    const result = collection.schema.safeParse(frontmatter, { error: swedishErrorMap });
    if (!result.success) {
      for (const issue of result.error.issues) for (const { field, text } of describeIssue(issue)) errors.push(formatError(file, field || undefined, text));
    }
  }
  const blocksAllowed = folder === collections.knowledge.folder || (frontmatter?.lang ?? referenceEdition.code) !== referenceEdition.code;
  return [...errors, ...checkMdxSource(code, file, { blocksAllowed })];
}

export function mdxGuard(root: string): Plugin {
  const content = `${join(root, 'content').replace(/\\/g, '/')}/`;
  return {
    name: 'en-vag-in:mdx-guard',
    enforce: 'pre',
    configResolved(config) {
      const names = config.plugins.map((p) => p.name);
      if (names.includes(mdxCompiler) && names.indexOf(mdxCompiler) < names.indexOf('en-vag-in:mdx-guard')) {
        throw new Error('MDX-vakten måste ligga före @astrojs/mdx: lägg contentCheck() före mdx() bland integrationerna i astro.config.mjs.');
      }
    },
    transform: {
      // The same modules the compiler's own filter takes; Astro's wrappers (?astroPropagatedAssets)
      // import the plain .mdx module, which comes here.
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        if (!id.startsWith(content)) return null;
        const errors = checkMdxForBuild(code, id, root);
        if (errors.length > 0) {
          const count = errors.length === 1 ? '1 fel' : `${errors.length} fel`;
          throw new Error(`Innehållet har ${count}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
        }
        return null;
      },
    },
  };
}
