// `npm run headers`: writes the nginx snippets in deploy/ and public/_headers from
// deploy/headers.ts, the one source of the production headers.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { headersFile, nginxSnippets } from '../deploy/headers.ts';

const root = resolve(import.meta.dirname, '..');
for (const [name, text] of Object.entries(nginxSnippets())) writeFileSync(join(root, 'deploy', name), text);
writeFileSync(join(root, 'public/_headers'), headersFile());
console.log(`Skrev ${Object.keys(nginxSnippets()).map((name) => `deploy/${name}`).join(', ')} och public/_headers.`);
