// A region adds a right-to-left language with content and strings only: the project copied, the
// fixture's files (tests/fixtures/rtl-language/: src/i18n/ar.yaml and content/pages/ar/*.mdx)
// added, nothing else changed, and built. Shared by the build test and the browser test (axe).
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/rtl-language');
export const rtlProject = join(root, 'tests/.tmp/rtl-site');
export const rtlDist = join(rtlProject, 'dist');
/** The copy's public address (a domain reserved for examples). */
export const rtlSiteUrl = 'https://example.org/';

export function buildRtlSite(): string {
  rmSync(rtlProject, { recursive: true, force: true });
  mkdirSync(rtlProject, { recursive: true });
  // Tailwind's class scanner honours .gitignore only inside a git repository; without one it reads
  // the linked node_modules too (a three times larger stylesheet, a slower build). An empty .git
  // folder is enough.
  mkdirSync(join(rtlProject, '.git'));
  for (const item of ['.gitignore', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'deploy']) {
    cpSync(join(root, item), join(rtlProject, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(rtlProject, 'node_modules'), 'dir');
  cpSync(fixture, rtlProject, { recursive: true });
  // A region with its address: language alternates and canonical links are written as full addresses.
  appendFileSync(join(rtlProject, 'content/site.yaml'), `\nurl: ${rtlSiteUrl}\n`);
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: rtlProject,
    env: { ...process.env, TZ: 'Europe/Stockholm', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
  });
  return rtlDist;
}

/** The built fixture, built now if an earlier test in this run has not. */
export function rtlSite(): string {
  return existsSync(join(rtlDist, 'ar', 'index.html')) ? rtlDist : buildRtlSite();
}
