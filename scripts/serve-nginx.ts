// Serves dist/ with the production nginx configuration on a loopback port, in the foreground.
// Used by the end-to-end tests: `node scripts/serve-nginx.ts [port]`.
import { startNginx } from './lib/nginx.ts';

const port = Number(process.argv[2] ?? 4322);

function start() {
  try {
    return startNginx(port);
  } catch (error) {
    // dist/ not built: one line saying so, not a stack trace.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
const server = start();
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill('SIGQUIT'));
console.log(`nginx serverar dist/ på http://127.0.0.1:${port}/`);
