// Writes /admin/: the editor (Decap CMS, copied from its npm package, never from a CDN), its
// configuration generated from the schemas, or, without an editor block in content/site.yaml, a
// short Swedish page that says what to fill in. Nothing here is linked from, indexed with or
// loaded by a public page (tests/site/admin.test.ts).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { EditorSettings, Site } from '../../schemas/site.ts';
import { editorConfig, editorWords, type EditorConfigOptions } from './config.ts';

export const adminPath = '/admin/';
const bundle = 'decap-cms.js';

/** The editor's files in the npm package: the main script, the chunks it loads and its WebAssembly. */
export function editorBundleFiles(): { folder: string; files: string[] } {
  const folder = dirname(createRequire(import.meta.url).resolve(`decap-cms/dist/${bundle}`));
  const files = readdirSync(folder).filter((name) => name === bundle || /^\d+\.decap-cms\.js$/.test(name) || name.endsWith('.wasm'));
  return { folder, files };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escape(title)}</title>
</head>
<body>
${body}
</body>
</html>
`;
}

export function notConfiguredPage(): string {
  const { title, text, after } = editorWords.notConfigured;
  const example = stringify({ editor: { host: 'gitlab', repo: 'region-exempel/en-vag-in', branch: 'main', appId: '…' } });
  return page(title, `<main>\n<h1>${escape(title)}</h1>\n<p>${escape(text)}</p>\n<pre>${escape(example)}</pre>\n<p>${escape(after)}</p>\n</main>`);
}

export function editorPage(): string {
  const { title, noScript } = editorWords.page;
  return page(title, `<noscript><p>${escape(noScript)}</p></noscript>\n<script src="${adminPath}${bundle}"></script>`);
}

/**
 * Knowledge pages in plain markdown: a page with a block (<Doors /> …) is left out, so the
 * editor's markdown field can never drop or mangle a component.
 */
export function plainKnowledgePages(contentDir: string): string[] {
  const folder = join(contentDir, 'kunskap');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .filter((name) => !/^\s*<[A-Z]/m.test(readFileSync(join(folder, name), 'utf8')))
    .map((name) => name.replace(/\.mdx$/, ''))
    .sort();
}

export function writeAdmin(distDir: string, site: Site, contentDir: string, options: EditorConfigOptions = {}): void {
  const dir = join(distDir, adminPath);
  mkdirSync(dir, { recursive: true });
  if (!site.editor) {
    writeFileSync(join(dir, 'index.html'), notConfiguredPage());
    return;
  }
  const config = editorConfig(site as Site & { editor: EditorSettings }, { plainKnowledgePages: plainKnowledgePages(contentDir), ...options });
  writeFileSync(join(dir, 'config.yml'), stringify(config));
  writeFileSync(join(dir, 'index.html'), editorPage());
  const { folder, files } = editorBundleFiles();
  for (const name of files) copyFileSync(join(folder, name), join(dir, name));
}
