// Serving a built site with nginx and the production configuration (deploy/site.conf inside
// deploy/nginx.conf) on a loopback port: the one way the browser tests (scripts/serve-nginx.ts, as
// Playwright's web server) and the benchmarks start it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const deploy = join(root, 'deploy');
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** dist/, or a copy built as on another day (EN_VAG_IN_DIST, scripts/test-other-days.sh). */
export const defaultDist = () => (process.env.EN_VAG_IN_DIST ? resolve(process.env.EN_VAG_IN_DIST) : join(root, 'dist'));

/** nginx's configuration, pid, temporary files and error log for one port. */
export const runtimeDir = (port: number) => join(root, `tests/.tmp/nginx-${port}`);

/** Writes the configuration for `dist` on `port` and returns the path of its nginx.conf. */
export function writeNginxConfig(port: number, dist: string): string {
  const runtime = runtimeDir(port);
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
  return join(runtime, 'nginx.conf');
}

/** Starts nginx in the foreground (deploy/nginx.conf says `daemon off`) serving `dist` on `port`. */
export function startNginx(port: number, dist = defaultDist(), stdio: 'inherit' | 'ignore' = 'inherit'): ChildProcess {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} saknas: kör npm run build först.`);
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path)) ?? 'nginx';
  const config = writeNginxConfig(port, dist);
  return spawn(nginx, ['-p', runtimeDir(port), '-c', config], { stdio });
}

/** A port the kernel has just handed out, so two benches (or the tests on 4322) never collide. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

export interface RunningSite {
  origin: string;
  port: number;
  /** Stops nginx and waits until it has exited; `keepFiles` leaves its error log for a failed run. */
  stop(options?: { keepFiles?: boolean }): Promise<void>;
}

/**
 * Serves `dist` on a free loopback port (or `port`) and resolves once nginx answers, rather than
 * after a fixed pause that is too short on a busy machine.
 */
export async function serveSite({ port, dist }: { port?: number; dist?: string } = {}): Promise<RunningSite> {
  const chosen = port ?? (await freePort());
  const origin = `http://127.0.0.1:${chosen}`;
  const server = startNginx(chosen, dist, 'ignore');
  let exited = false;
  server.on('exit', () => (exited = true));
  const stop = async ({ keepFiles = false } = {}) => {
    const stopped = exited ? Promise.resolve() : new Promise((done) => server.once('exit', done));
    // SIGQUIT: nginx's graceful shutdown.
    server.kill('SIGQUIT');
    await stopped;
    if (!keepFiles) rmSync(runtimeDir(chosen), { recursive: true, force: true });
  };
  for (let tries = 0; tries < 100; tries += 1) {
    if (exited) throw new Error(`nginx avslutades innan den svarade (se ${runtimeDir(chosen)}/error.log).`);
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, port: chosen, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  await stop({ keepFiles: true });
  throw new Error(`nginx svarade inte på ${origin}/.`);
}
