// A region adds a right-to-left language with content and strings only: the project copied, its
// own Arabic edition taken out (the site ships one since issue 19), the fixture's files
// (tests/fixtures/rtl-language/: src/i18n/ar.yaml and content/pages/ar/*.mdx) added, nothing else
// changed, and built. Shared by the build test and the browser test (axe).
import { appendFileSync, cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildProjectCopy } from './project-copy.ts';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/rtl-language');
export const rtlProject = join(root, 'tests/.tmp/rtl-site');
export const rtlDist = join(rtlProject, 'dist');
/** The copy's public address (a domain reserved for examples). */
export const rtlSiteUrl = 'https://example.org/';

export function buildRtlSite(): string {
  return buildProjectCopy('rtl-site', {
    change: (project) => {
      for (const shipped of ['src/i18n/ar.yaml', 'content/pages/ar', 'content/kunskap/ar']) rmSync(join(project, shipped), { recursive: true, force: true });
      cpSync(fixture, project, { recursive: true });
      // A region with its address: language alternates and canonical links are written as full addresses.
      appendFileSync(join(project, 'content/site.yaml'), `\nurl: ${rtlSiteUrl}\n`);
    },
  });
}

/** The built fixture, built now if an earlier test in this run has not. */
export function rtlSite(): string {
  return existsSync(join(rtlDist, 'ar', 'index.html')) ? rtlDist : buildRtlSite();
}
