// A fact marked `verified: false` is shown with its notice wherever it appears, and a verified one
// without: a municipality's web address on /hitta-hjalp/<kommun>/, a self-test's own page (before
// and with the result), the helplines among a result's next steps, the services among its local
// entry points, and the healthcare line on the search page. Checked on the real build and on a
// copy in which each of these is found both ways (tests/helpers/unverified-site.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate.ts';
import { distDir } from '../helpers/dist.ts';
import { textOf } from '../helpers/html.ts';
import { buildUnverifiedSite, unverifiedContent } from '../helpers/unverified-site.ts';

type Fact = { verified: boolean; verificationNote?: string; web?: string; phone?: unknown; name?: string };
type Step = { helpline?: string };
type Instrument = Fact & { bands: { id: string; nextSteps: Step[] }[] };

const defaultNote = 'Kontrollera uppgifterna innan du förlitar dig på dem, eller ring 1177.';
/** What the notice's one line asks the reader to check, by the kind of fact (src/i18n/ui.ts). */
const checks = { web: 'kontrollera adressen', other: 'kontrollera uppgifterna' } as const;
/**
 * The notice a reader must see beside an unverified fact, as text: its one line, then (in the
 * closed disclosure) what is not confirmed; none beside a verified one.
 */
const expectedNotices = (fact: Fact, check: keyof typeof checks) =>
  fact.verified ? [] : [`Ej bekräftat – ${checks[check]} | ${fact.verificationNote ?? defaultNote}`];
const noticesIn = (html: string) =>
  [...html.matchAll(/<details class="unverified-notice"[^>]*>([\s\S]*?)<\/details>/g)].map((m) => {
    const summary = /<summary>([\s\S]*?)<\/summary>/.exec(m[1]!)?.[1] ?? '';
    const note = /<p class="unverified-notice__note">([\s\S]*?)<\/p>/.exec(m[1]!)?.[1] ?? '';
    return `${textOf(summary)} | ${textOf(note)}`;
  });
const between = (html: string, start: string, end: string) => {
  const from = html.indexOf(start);
  if (from < 0) throw new Error(`not found: ${start}`);
  return html.slice(from, html.indexOf(end, from + start.length) + end.length);
};

interface Coverage {
  [kind: string]: { verified: number; unverified: number };
}

/** Every place, compared with the content it was built from; returns what differs and what was seen. */
function checkNotices(dist: string, contentDir: string) {
  const report = validateContent(contentDir);
  if (report.errors.length > 0) throw new Error(report.errors.join('\n'));
  const of = <T>(collection: string) => new Map(report.entries.filter((e) => e.collection === collection).map((e) => [e.id, e.data as T]));
  const municipalities = of<Fact>('municipalities');
  const instruments = of<Instrument>('instruments');
  const helplines = of<Fact>('helplines');
  const services = of<Fact>('services');
  const page = (url: string) => readFileSync(join(dist, url, 'index.html'), 'utf8');
  const wrong: string[] = [];
  const coverage: Coverage = {};
  const compare = (kind: string, where: string, fact: Fact, html: string, check: keyof typeof checks = 'other') => {
    (coverage[kind] ??= { verified: 0, unverified: 0 })[fact.verified ? 'verified' : 'unverified'] += 1;
    const found = noticesIn(html);
    const expected = expectedNotices(fact, check);
    if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push(`${where}: ${JSON.stringify(found)} i stället för ${JSON.stringify(expected)}`);
  };

  for (const [id, municipality] of municipalities) {
    if (!municipality.web) continue;
    const html = page(`hitta-hjalp/${id}`);
    // The paragraph with the link, and whatever notice follows it before the first group of services.
    compare('kommunens webbplats', `/hitta-hjalp/${id}/`, municipality, between(html, '<p>Kommunens webbplats:', '<section'), 'web');
  }

  for (const [id, instrument] of instruments) {
    const url = `/testa-dina-vanor/${id}/`;
    const html = page(`testa-dina-vanor/${id}`);
    compare('självtestet, före testet', url, instrument, between(html, 'data-intro>', '</div>'));
    const result = between(html, '<section class="self-test__result"', '</section>');
    const bands = [...result.matchAll(/<div data-band="([^"]+)"[^>]*>[\s\S]*?<\/div>/g)];
    const places = [...result.matchAll(/<div data-place="([^"]+)"[^>]*>[\s\S]*?<\/div>/g)];
    let rest = result;
    for (const [div] of [...bands, ...places]) rest = rest.replace(div, '');
    compare('självtestet, med resultatet', `${url} (resultatet)`, instrument, rest);
    for (const [div, bandId] of bands) {
      const steps = instrument.bands.find((b) => b.id === bandId)!.nextSteps;
      const items = div.match(/<li\b[\s\S]*?<\/li>/g) ?? [];
      expect(items.length, `${url} ${bandId}`).toBe(steps.length);
      steps.forEach((step, i) => {
        if (step.helpline) compare('stödlinje i resultatet', `${url} ${bandId}, steg ${i + 1} (${step.helpline})`, helplines.get(step.helpline)!, items[i]!);
        else expect(noticesIn(items[i]!), `${url} ${bandId}, steg ${i + 1}`).toEqual([]);
      });
    }
    for (const [div, place] of places) {
      for (const item of div.match(/<li\b[\s\S]*?<\/li>/g) ?? []) {
        const serviceId = /href="\/mottagningar\/([^/]+)\/"/.exec(item)![1]!;
        compare('mottagning i resultatet', `${url} ${place}: ${serviceId}`, services.get(serviceId)!, item);
      }
    }
  }

  // The search page's view of no results names the three acute lines in the acute strip's order, each with its caveat.
  const numbered = (between(page('sok'), 'data-search-empty', '</ul>').match(/<li\b[\s\S]*?<\/li>/g) ?? []).filter((li) => li.includes('href="tel:'));
  for (const [i, role] of (['emergency', 'healthcare', 'suicide'] as const).entries()) {
    const line = helplines.get(report.site!.acuteStrip[role])!;
    const item = numbered[i];
    (coverage['akuta nummer på söksidan'] ??= { verified: 0, unverified: 0 })[line.verified ? 'verified' : 'unverified'] += 1;
    if (!item) wrong.push(`/sok/: ${role} saknas när sökningen inte hittar något`);
    else if (item.includes('(numret ej bekräftat)') === line.verified) wrong.push(`/sok/: ${role}-numret ${line.verified ? 'är bekräftat men märkt' : 'saknar "(numret ej bekräftat)"'}`);
  }

  return { wrong, coverage };
}

describe('the notice beside an unverified fact', () => {
  it('follows `verified` everywhere on the real build', () => {
    expect(checkNotices(distDir, join(import.meta.dirname, '../../content')).wrong).toEqual([]);
  });

  describe('on a copy where each kind of fact is found both verified and unverified', () => {
    let result: ReturnType<typeof checkNotices>;
    beforeAll(() => {
      result = checkNotices(buildUnverifiedSite(), unverifiedContent);
    }, 240_000);

    it('each place shows the notice for an unverified fact, with its note, and none for a verified one', () => {
      expect(result.wrong).toEqual([]);
    });

    it('the copy holds each kind both ways, so both outcomes were checked', () => {
      const seen = Object.fromEntries(Object.entries(result.coverage).map(([kind, n]) => [kind, { verified: n.verified > 0, unverified: n.unverified > 0 }]));
      const both = { verified: true, unverified: true };
      expect(seen).toEqual({
        'kommunens webbplats': both,
        'självtestet, före testet': both,
        'självtestet, med resultatet': both,
        'stödlinje i resultatet': both,
        'mottagning i resultatet': both,
        // The three acute lines on the search page: 112 verified, the copy marks 1177 unverified.
        'akuta nummer på söksidan': both,
      });
    });
  });
});
