// A second region built from content alone: the project copied, content/ replaced by the invented
// region in tests/fixtures/second-region/content/, nothing else changed, and built with the same
// code. Shared by the build test (tests/builds/second-region.test.ts), which builds it, and the
// browser test (tests/e2e/second-region.spec.ts), served by nginx (tests/playwright.config.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildProjectCopy } from './project-copy.ts';

const root = join(import.meta.dirname, '../..');
export const secondRegionContent = join(root, 'tests/fixtures/second-region/content');
export const secondRegionProject = join(root, 'tests/.tmp/second-region');
export const secondRegionDist = join(secondRegionProject, 'dist');
/** nginx serves it for the browser tests on the port after the real region's (E2E_PORT). */
export const secondRegionPort = Number(process.env.E2E_PORT ?? 4322) + 1;

/** The fixture's site.yaml, as the tests need it. */
export const secondRegionSite = parse(readFileSync(join(secondRegionContent, 'site.yaml'), 'utf8')) as {
  region: { name: string; county: string };
  municipalities: string[];
  quickExitUrl: string;
};

/** Words of the real region that must not appear on the second region's pages. */
export const firstRegionWords = ['Blekinge', 'Karlskrona', 'Ronneby', 'Karlshamn', 'Olofström', 'Sölvesborg', '0455'];

export function buildSecondRegion(): string {
  return buildProjectCopy('second-region', { content: secondRegionContent });
}

/** The built second region, built now if no earlier test in this run has. */
export function secondRegion(): string {
  return existsSync(join(secondRegionDist, 'index.html')) ? secondRegionDist : buildSecondRegion();
}

// `node tests/helpers/second-region.ts`: build it unless built (the browser tests' web server).
if (import.meta.main) secondRegion();
