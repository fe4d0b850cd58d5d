// A second region built from content alone (tests/fixtures/second-region/): the project copied,
// content/ replaced, built with the same code. Its pages pass the checks every page of the real
// region passes, its route table matches what was built, and no page names the real region.
// Builds the site (about 15 s), so it lives in a file of its own. The browser pass over the same
// build is tests/e2e/second-region.spec.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { describeBuiltPages } from '../helpers/page-checks.ts';
import { buildSecondRegion, firstRegionWords, secondRegionContent, secondRegionSite } from '../helpers/second-region.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { editorWordsOn, fieldNames, numbersNeedingCaveats, numbersWithoutCaveat, retiredNumbers, retiredNumbersOn } from '../helpers/fact-checks.ts';

// Built while the file is collected: the per-page checks below need the pages to name their tests.
const dist = buildSecondRegion();
const pages = builtPages(dist);


describe('a second region, built from content alone', () => {
  it('is built from its own content: its name, its municipalities, its services', () => {
    const start = pages.find((p) => p.url === '/')!.html;
    expect(start).toContain(secondRegionSite.region.county.replace(/ län$/, ''));
    const built = pages.map((p) => p.url);
    for (const id of secondRegionSite.municipalities) expect(built).toContain(`/hitta-hjalp/${id}/`);
    expect(built).toContain('/mottagningar/sjobacka-beroendeklinik/');
  });

  it('answers "elsewhere" with its own county, in the address and in the words', () => {
    const page = (url: string) => pages.find((p) => p.url === url)?.html ?? '';
    expect(page('/hitta-hjalp/for-mig/alkohol/')).toContain('<a class="choice" href="/hitta-hjalp/for-mig/alkohol/utanfor-sjobacka/">Utanför Sjöbacka län</a>');
    expect(page('/hitta-hjalp/for-mig/alkohol/utanfor-sjobacka/')).toContain('<title>Hjälp för dig vid alkohol utanför Sjöbacka län – En väg in</title>');
    expect(page('/for-anhoriga/guide/partner/vuxen/utanfor-sjobacka/traffa-andra/')).toContain('<title>Stöd för anhöriga utanför Sjöbacka län – En väg in</title>');
  });

  it('has the route table the content check computes, no page more or less', () => {
    const { routes, errors } = validateContent(secondRegionContent, { displayRoot: join(secondRegionContent, '..') });
    expect(errors).toEqual([]);
    const table = [...routes!.allPages()].sort();
    const built = pages.map((p) => p.url);
    expect(table.filter((path) => !built.includes(path))).toEqual([]);
    expect(built.filter((path) => !table.includes(path))).toEqual([]);
  });

  it('names no place, number or address of the real region anywhere in what it built', () => {
    const words = new RegExp(firstRegionWords.flatMap((w) => [w, w.normalize('NFD').replace(/\p{M}/gu, '')]).join('|'), 'iu');
    const found: string[] = [];
    for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
      // The text files a reader or a search engine can get; .br and .gz are copies of them.
      if (!entry.isFile() || !/\.(html|json|js|css|txt|xml|svg|webmanifest)$/.test(entry.name)) continue;
      const file = join(entry.parentPath, entry.name);
      const text = readFileSync(file, 'utf8');
      const match = words.exec(text);
      if (match) found.push(`${relative(dist, file)}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`);
    }
    expect(found).toEqual([]);
  });

  it('passes the fact checks with its own lists: its retired numbers, its caveats, no words for editors', () => {
    const retired = retiredNumbers(secondRegionContent);
    const needing = numbersNeedingCaveats(secondRegionContent);
    const fields = fieldNames(secondRegionContent);
    expect(needing.size).toBeGreaterThan(0);
    const found = pages.flatMap((page) =>
      [
        ...retiredNumbersOn(page, retired),
        ...numbersWithoutCaveat(page, needing),
        ...(page.url.startsWith('/innehallsrapport/') ? [] : editorWordsOn(page, fields)),
      ].map((problem) => `${page.url}: ${problem}`),
    );
    expect(found).toEqual([]);
  });
});

describeBuiltPages(pages, dist, secondRegionSite.quickExitUrl);
