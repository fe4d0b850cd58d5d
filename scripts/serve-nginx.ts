// Serves dist/ with the production nginx configuration on a loopback port, in the foreground.
// Used by the end-to-end tests: `node scripts/serve-nginx.ts [port]`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.argv[2] ?? 4322);
// EN_VAG_IN_DIST serves a copy built as on another day (scripts/test-other-days.sh) instead of dist/.
const dist = process.env.EN_VAG_IN_DIST ? resolve(process.env.EN_VAG_IN_DIST) : join(root, 'dist');
const runtime = join(root, `tests/.tmp/nginx-${port}`);
const deploy = join(root, 'deploy');
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path)) ?? 'nginx';
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist} saknas: kör npm run build först.`);
  process.exit(1);
}
mkdirSync(runtime, { recursive: true });

const fill = (text: string) =>
  text
    .replaceAll('{{LISTEN}}', `127.0.0.1:${port}`)
    .replaceAll('{{ROOT}}', dist)
    .replaceAll('{{DEPLOY}}', deploy)
    .replaceAll('{{RUNTIME}}', runtime)
    .replaceAll('{{LOAD_MODULES}}', `load_module ${brotliModule};`)
    // As root, nginx's workers would run as "nobody", who cannot read a checkout in a private
    // directory (mktemp -d makes them 0700); they run as the user who started the tests instead.
    .replaceAll('{{USER}}', process.getuid?.() === 0 ? 'user root;' : '');

writeFileSync(join(runtime, 'site.conf'), fill(readFileSync(join(deploy, 'site.conf'), 'utf8')));
writeFileSync(join(runtime, 'nginx.conf'), fill(readFileSync(join(deploy, 'nginx.conf'), 'utf8')));

const server = spawn(nginx, ['-p', runtime, '-c', join(runtime, 'nginx.conf')], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill('SIGQUIT'));
console.log(`nginx serverar dist/ på http://127.0.0.1:${port}/`);
