// The content report names, from the content alone and the build date, what an editor should
// look at next, and never turns time passing into an error.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentReport, editorLink, reportMarkdown, type ContentReportModel } from '../../src/features/content-report/report.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { ContentFolder } from '../helpers/content-fixture.ts';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

function reportOf(today: string, change: (content: ContentFolder) => void = () => {}): ContentReportModel {
  const root = mkdtempSync(join(tmpdir(), 'en-vag-in-report-'));
  try {
    cpSync(join(import.meta.dirname, '../fixtures/content-valid'), join(root, 'content'), { recursive: true });
    change(new ContentFolder(join(root, 'content')));
    const checked = validateContent(join(root, 'content'), { displayRoot: root });
    expect(checked.errors).toEqual([]);
    return contentReport(checked.entries, checked.site!, today);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const files = (report: ContentReportModel, id: string) => report.sections.find((s) => s.id === id)!.items.map((item) => item.file);

describe('the content report', () => {
  it('lists nothing as out of date within twelve months of the review, everything after', () => {
    expect(files(reportOf('2027-01-01'), 'ej-granskade')).toEqual([]);
    const later = files(reportOf('2027-01-02'), 'ej-granskade');
    // Every fact file and text with a review date, the synonyms (no date) excepted.
    expect(later).toHaveLength(10);
    expect(later).toContain('content/services/beroendemottagningen.yaml');
    expect(later).toContain('content/kunskap/sip.mdx');
  });

  it('lists the facts marked verified: false with what is not confirmed', () => {
    const report = reportOf('2026-06-01', (content) => content.replace('services/beroendemottagningen.yaml', 'verified: false', 'verified: false\nverificationNote: Telefonnumret är inte bekräftat.'));
    const unverified = report.sections.find((s) => s.id === 'ej-bekraftade')!.items;
    expect(unverified.map((item) => item.file)).toEqual(['content/programmes/anhoriggrupp.yaml', 'content/services/beroendemottagningen.yaml']);
    expect(unverified[1]!.detail).toBe('Telefonnumret är inte bekräftat.');
  });

  it('lists sources that are only a name, and services without opening hours', () => {
    const report = reportOf('2026-06-01', (content) => content.replace('services/beroendemottagningen.yaml', 'openingHours: Mo-Fr 08:00-16:30; PH off', 'hoursNote: Ring för tid.'));
    expect(report.sections.find((s) => s.id === 'kalla-utan-adress')!.items.map((i) => i.detail)).toContain('Rapport 2024');
    expect(report.sections.find((s) => s.id === 'utan-oppettider')!.items).toEqual([
      { file: 'content/services/beroendemottagningen.yaml', name: 'Beroendemottagningen (mottagning)', detail: 'bara i ord: "Ring för tid."' },
    ]);
    expect(files(reportOf('2026-06-01'), 'utan-oppettider')).toEqual([]);
  });

  it('lists municipalities with no relatives\' offer of their own (a national one does not count)', () => {
    expect(files(reportOf('2026-06-01'), 'utan-anhorigstod')).toEqual(['content/municipalities/karlskrona.yaml', 'content/municipalities/ronneby.yaml']);
    const local = reportOf('2026-06-01', (content) => content.replace('programmes/anhoriggrupp.yaml', 'municipalities: alla', 'municipalities: [ronneby]'));
    expect(files(local, 'utan-anhorigstod')).toEqual(['content/municipalities/karlskrona.yaml']);
  });

  it('lists the helplines not reviewed in the build\'s year', () => {
    expect(files(reportOf('2026-12-31'), 'stodlinjer-ej-i-ar')).toEqual([]);
    expect(files(reportOf('2027-01-01'), 'stodlinjer-ej-i-ar')).toHaveLength(3);
  });

  it('prints a table of counts and every item as Markdown', () => {
    const markdown = reportMarkdown(reportOf('2027-01-01'));
    expect(markdown).toContain('# Innehållsrapport 2027-01-01');
    expect(markdown).toContain('| Stödlinjer som inte granskats 2027 | 3 |');
    expect(markdown).toContain('| Saknar källa | 0 |');
    expect(markdown).toContain('- Anhöriggrupp (anhörigstöd): Rapport 2024 – `content/programmes/anhoriggrupp.yaml`');
  });

  // Staff's Markdown, never the public page: /innehallsrapport/ is built with the site and no
  // public page links to /admin/ (tests/site/admin.test.ts).
  it('links each file the editor has to its entry there, when the site has an editor', () => {
    const report = reportOf('2027-01-01');
    expect(reportMarkdown(report, {})).not.toContain('/admin/');
    const editor = { host: 'gitlab' as const, repo: 'region/en-vag-in', branch: 'main', appId: 'x' };
    const markdown = reportMarkdown(report, { editor, url: 'https://www.example.se/' });
    expect(markdown).toContain('- Anhöriggrupp (anhörigstöd): Rapport 2024 – `content/programmes/anhoriggrupp.yaml` – [Öppna i redigeraren](https://www.example.se/admin/#/collections/programmes/entries/anhoriggrupp)');
    expect(editorLink('content/kunskap/laro.mdx', { editor })).toBeUndefined();
    expect(editorLink('content/helplines/bris.yaml', { editor })).toBe('/admin/#/collections/helplines/entries/bris');
  });
});
