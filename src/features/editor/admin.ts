// Writes /admin/: the editor (Decap CMS, copied from its npm package, never from a CDN), its
// configuration generated from the schemas, or, without an editor block in content/site.yaml, a
// short Swedish page that says what to fill in. Nothing here is linked from, indexed with or
// loaded by a public page (tests/site/admin.test.ts).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { EditorSettings, Site } from '../../schemas/site.ts';
import { editorConfig, editorWords, type EditorConfigOptions } from './config.ts';

export const adminPath = '/admin/';
export const guidePath = `${adminPath}guide/`;
const bundle = 'decap-cms.js';
/** Ours, next to Decap's files: the confirm control and the few styles Decap's own lack. */
const confirmWidget = 'confirm-widget.js';
const adminStyles = 'admin.css';
const here = dirname(fileURLToPath(import.meta.url));

/** The editor's files in the npm package: the main script, the chunks it loads and its WebAssembly. */
export function editorBundleFiles(): { folder: string; files: string[] } {
  const folder = dirname(createRequire(import.meta.url).resolve(`decap-cms/dist/${bundle}`));
  const files = readdirSync(folder).filter((name) => name === bundle || /^\d+\.decap-cms\.js$/.test(name) || name.endsWith('.wasm'));
  return { folder, files };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escape(title)}</title>${head}
</head>
<body>
${body}
</body>
</html>
`;
}

export function notConfiguredPage(): string {
  const { title, text, after, guide } = editorWords.notConfigured;
  const example = stringify({ editor: { host: 'gitlab', repo: 'region-exempel/en-vag-in', branch: 'main', appId: '…' } });
  return page(title, `<main>\n<h1>${escape(title)}</h1>\n<p>${escape(text)}</p>\n<pre>${escape(example)}</pre>\n<p>${escape(after)}</p>\n<p><a href="${guidePath}">${escape(guide)}</a></p>\n</main>`);
}

export function editorPage(): string {
  const { title, noScript, guide } = editorWords.page;
  // The confirm control registers itself with the CMS global the bundle defines, before Decap
  // starts (it starts on DOMContentLoaded, after every script in the page has run).
  return page(
    title,
    `<noscript><p>${escape(noScript)}</p></noscript>\n<a class="admin-guide-link" href="${guidePath}">${escape(guide)}</a>\n<script src="${adminPath}${bundle}"></script>\n<script src="${adminPath}${confirmWidget}"></script>`,
    `\n<link rel="stylesheet" href="${adminPath}${adminStyles}">`,
  );
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
  writeGuide(join(distDir, guidePath));
  if (!site.editor) {
    writeFileSync(join(dir, 'index.html'), notConfiguredPage());
    return;
  }
  const config = editorConfig(site as Site & { editor: EditorSettings }, { plainKnowledgePages: plainKnowledgePages(contentDir), ...options });
  writeFileSync(join(dir, 'config.yml'), stringify(config));
  writeFileSync(join(dir, 'index.html'), editorPage());
  const { folder, files } = editorBundleFiles();
  for (const name of files) copyFileSync(join(folder, name), join(dir, name));
  for (const name of [confirmWidget, adminStyles]) copyFileSync(join(here, name), join(dir, name));
}

/** The staff guide (src/features/editor/guide/): static HTML and its screenshots, as they are. */
export function writeGuide(dir: string): void {
  const source = join(here, 'guide');
  if (!existsSync(source)) return;
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(source)) if (/\.(html|css|png|webp)$/.test(name)) copyFileSync(join(source, name), join(dir, name));
}
