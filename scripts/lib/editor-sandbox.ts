// The editor against a local git repository, offline: a throw-away repository seeded from a copy
// of content/, decap-server (a devDependency, started here) in its git mode writing branches into
// it, and /admin/ written by the build's own code with the backend's address, served with the
// production policy for /admin/ in which the backend stands where the git host's API stands.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { parse } from 'yaml';
import { adminPolicy, headersFor } from '../../deploy/headers.ts';
import { writeAdmin } from '../../src/features/editor/admin.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const root = join(import.meta.dirname, '../..');

export interface EditorSandbox {
  siteOrigin: string;
  backendOrigin: string;
  repo: string;
  git: (...args: string[]) => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.webp': 'image/webp', '.yml': 'text/yaml; charset=utf-8', '.wasm': 'application/wasm' };

/** The site's /admin/ with the headers deploy/headers.ts gives it; the API origin is the backend's. */
function serveAdmin(siteDir: string, backendOrigin: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = normalize(join(siteDir, path.endsWith('/') ? `${path}index.html` : path));
    const headers = { ...headersFor(path), 'Content-Security-Policy': adminPolicy([backendOrigin]) };
    if (!file.startsWith(siteDir) || !path.startsWith('/admin/') || !existsSync(file)) {
      response.writeHead(404, headers).end();
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function waitFor(url: string, backend: ChildProcess): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    if (backend.exitCode !== null) throw new Error(`decap-server stoppade (kod ${backend.exitCode}).`);
    try {
      await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`decap-server svarade inte på ${url}.`);
}

export async function startEditorSandbox(name: string): Promise<EditorSandbox> {
  const dir = join(root, 'tests/.tmp/editor', name);
  rmSync(dir, { recursive: true, force: true });
  const repo = join(dir, 'repo');
  const siteDir = join(dir, 'site');
  mkdirSync(repo, { recursive: true });
  cpSync(join(root, 'content'), join(repo, 'content'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Redigeraren');
  git('config', 'user.email', 'redigeraren@example.invalid');
  git('add', '-A');
  git('commit', '-q', '-m', 'Innehållet som det är');

  const backendPort = await freePort();
  const backendOrigin = `http://127.0.0.1:${backendPort}`;
  const backend = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repo, PORT: String(backendPort), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  await waitFor(`${backendOrigin}/api/v1`, backend);

  const site = siteSchema.parse(parse(readFileSync(join(repo, 'content/site.yaml'), 'utf8')));
  writeAdmin(siteDir, { ...site, editor: { host: 'gitlab', repo: 'test/en-vag-in', branch: 'main', appId: 'test' } }, join(repo, 'content'), { localBackend: backendOrigin });
  const server = await serveAdmin(siteDir, backendOrigin);
  const { port } = server.address() as { port: number };

  return {
    siteOrigin: `http://127.0.0.1:${port}`,
    backendOrigin,
    repo,
    git,
    stop: async () => {
      backend.kill();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
