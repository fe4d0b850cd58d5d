// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { contentCheck } from './src/integrations/content-check.ts';
import { loadGlossary } from './src/lib/content/glossary.ts';
import { satteriGlossaryLinks } from './src/integrations/glossary-links.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { precompress } from './src/integrations/precompress.ts';
import { editorAdmin } from './src/integrations/editor-admin.ts';
import { astroCsp } from './deploy/headers.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Separate files, never inline: the server's CSP header then allows scripts and styles
    // from 'self' only, the same on every response.
    inlineStylesheets: 'never',
  },
  compressHTML: true,
  // Shiki highlights code with inline styles, which the CSP forbids; the site shows no code.
  // The first appearance of a glossary word on a page links to its explanation (content/ordlista.yaml).
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [satteriGlossaryLinks(loadGlossary())] }) },
  // Order matters: Pagefind indexes the HTML before it is compressed; /admin/ is written after the
  // index (it is no page of the site) and compressed with the rest.
  integrations: [contentCheck(), mdx(), pagefindIndex(), editorAdmin(), precompress()],
  // The production headers' policy (deploy/headers.ts), also as a <meta> tag with the hashes of
  // Astro's bundled scripts and styles: in force where a host sends no header.
  security: { csp: astroCsp() },
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's MDX pages carry a "use astro:head-inject" directive that Rolldown warns about
        // on every build (an upstream matter); silenced so that real warnings stand out.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
