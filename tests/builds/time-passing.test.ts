// Time passing must show on the page, never break the build: a knowledge page carries the notice
// exactly when it was reviewed more than a year before the build day, and the site built as if two
// years after the build day marks every knowledge page as possibly out of date, and builds fine.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isOutdated } from '../../src/lib/build-date.ts';
import { addYears, buildDay } from '../../scripts/lib/build-day.ts';
import { distDir } from '../helpers/dist.ts';

const root = join(import.meta.dirname, '../..');
const later = mkdtempSync(join(tmpdir(), 'en-vag-in-later-'));
const notice = 'Texten kan vara inaktuell.';
const slugs = readdirSync(join(distDir, 'kunskap'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const inTwoYears = addYears(buildDay, 2);
const reviewedOf = (slug: string) => /^reviewed: (\S+)$/m.exec(readFileSync(join(root, 'content/kunskap', `${slug}.mdx`), 'utf8'))![1]!;

afterAll(() => rmSync(later, { recursive: true, force: true }));

describe('a knowledge page reviewed more than a year before the build', () => {
  it(`shows the notice exactly when reviewed more than a year before the build day, ${buildDay}`, () => {
    for (const slug of slugs) {
      const html = readFileSync(join(distDir, 'kunskap', slug, 'index.html'), 'utf8');
      expect(html.includes(notice), `${slug}, reviewed ${reviewedOf(slug)}`).toBe(isOutdated(reviewedOf(slug), buildDay));
    }
  });

  it(`shows the notice when the site is built as on ${inTwoYears}, and the build succeeds`, () => {
    execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', later], {
      cwd: root,
      env: { ...process.env, BUILD_DATE: inTwoYears, TZ: 'Europe/Stockholm', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
    });
    for (const slug of slugs) expect(readFileSync(join(later, 'kunskap', slug, 'index.html'), 'utf8'), slug).toContain(notice);
    // The editors' report lists them, and every helpline, as due for review.
    const report = readFileSync(join(later, 'innehallsrapport', 'index.html'), 'utf8');
    const count = (id: string) => Number(new RegExp(`<h2 id="${id}"[^>]*>[^<]*\\((\\d+)\\)</h2>`).exec(report)?.[1]);
    expect(count('ej-granskade')).toBeGreaterThan(slugs.length);
    expect(count('stodlinjer-ej-i-ar')).toBe(readdirSync(join(root, 'content/helplines')).length);
  });
});
