// LIX of MDX files, for editors: `npm run lix -- content/pages/lattlast/akut.mdx …`.
// Lättläst aims at ≤ 30, plain Swedish at ≤ 45 (the site tests measure the built pages the same way).
import { readFileSync } from 'node:fs';
import { lix, mdxText } from './lib/readability.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Ange en eller flera MDX-filer: npm run lix -- content/kunskap/alkohol.mdx');
  process.exit(2);
}
for (const file of files) console.log(`${lix(mdxText(readFileSync(file, 'utf8'))).toFixed(1).padStart(5)}  ${file}`);
