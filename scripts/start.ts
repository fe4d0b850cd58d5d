// `npm start`: builds the site if it has not been built, then serves dist/ on
// http://localhost:4321 with the same headers as production (deploy/headers.ts, which nginx's
// snippets are written from) and the precompressed files. The tests use nginx itself.
import { execSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor } from '../deploy/headers.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const port = Number(process.env.PORT ?? 4321);

if (!existsSync(join(dist, 'index.html'))) {
  console.log('dist/ saknas – bygger webbplatsen först ...');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

function resolveFile(pathname: string): { file?: string; redirect?: string } {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(dist, path);
  if (!file.startsWith(dist)) return {};
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
    return existsSync(join(file, 'index.html')) ? { file: join(file, 'index.html') } : {};
  }
  return existsSync(file) ? { file } : {};
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  for (const [name, value] of Object.entries(headersFor(url.pathname))) response.setHeader(name, value);
  const { file, redirect } = resolveFile(url.pathname);
  if (redirect) {
    response.writeHead(301, { Location: redirect }).end();
    return;
  }
  const target = file ?? join(dist, '404.html');
  const accepts = String(request.headers['accept-encoding'] ?? '');
  const encoding = accepts.includes('br') && existsSync(`${target}.br`) ? 'br' : accepts.includes('gzip') && existsSync(`${target}.gz`) ? 'gzip' : undefined;
  response.writeHead(file ? 200 : 404, {
    'Content-Type': types[extname(target)] ?? 'application/octet-stream',
    Vary: 'Accept-Encoding',
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
  });
  createReadStream(encoding ? `${target}.${encoding === 'br' ? 'br' : 'gz'}` : target).pipe(response);
}).listen(port, () => console.log(`En väg in: http://localhost:${port}/`));
