// A copy of the project, changed only where a test says, and built with the same code: another
// region's content, another language, facts marked otherwise. The copies the build tests and the
// browser tests share (rtl-site.ts, unverified-site.ts, second-region.ts) are made here, one way.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
/** What a build reads; deploy/ because astro.config.mjs takes its CSP from deploy/headers.ts. */
const projectFiles = ['.gitignore', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'deploy'];

/**
 * Copies the project to tests/.tmp/<name> with `content` (a folder) as its content/, lets `change`
 * edit the copy, builds it as `npm run build` does, and returns its dist/.
 */
export function buildProjectCopy(name: string, { content = join(root, 'content'), change }: { content?: string; change?: (project: string) => void } = {}): string {
  const project = join(root, 'tests/.tmp', name);
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  for (const item of projectFiles) cpSync(join(root, item), join(project, item), { recursive: true });
  cpSync(content, join(project, 'content'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  change?.(project);
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    env: { ...process.env, TZ: 'Europe/Stockholm', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
  });
  return join(project, 'dist');
}
