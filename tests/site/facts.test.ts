// Facts on the built pages: no retired number, no number without the caveat its file requires,
// no words meant for editors. The lists come from content/, so they follow the region.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { editorWordsOn, fieldNames, numbersNeedingCaveats, numbersWithoutCaveat, retiredNumbers, retiredNumbersOn } from '../helpers/fact-checks.ts';

const contentDir = join(import.meta.dirname, '../../content');
const pages = builtPages();
// The content report is for staff: it is noindex, unlinked and names files and fields on purpose.
const publicPages = pages.filter((p) => !p.url.startsWith('/innehallsrapport/'));

describe('facts on the pages', () => {
  it('content lists retired numbers and numbers that need a caveat (else the checks below check nothing)', () => {
    expect(retiredNumbers(contentDir).length).toBeGreaterThan(0);
    expect(numbersNeedingCaveats(contentDir).size).toBeGreaterThan(0);
  });

  it('no page shows a retired number (content/site.yaml: retiredNumbers)', () => {
    const retired = retiredNumbers(contentDir);
    const found = pages.flatMap((page) => retiredNumbersOn(page, retired).map((n) => `${page.url}: ${n}`));
    expect(found).toEqual([]);
  });

  it('every tel: link to a number no verified file confirms carries the caveat and the file\'s note on it', () => {
    const needing = numbersNeedingCaveats(contentDir);
    const found = pages.flatMap((page) => numbersWithoutCaveat(page, needing).map((problem) => `${page.url}: ${problem}`));
    expect(found).toEqual([]);
  });

  it('no public page speaks to editors: no content file, "this file" or field name in its text', () => {
    const fields = fieldNames(contentDir);
    const found = publicPages.flatMap((page) => editorWordsOn(page, fields).map((word) => `${page.url}: ${word}`));
    expect(found).toEqual([]);
  });
});
