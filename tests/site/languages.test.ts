// Issue 19, point 3: "Hjälp på ditt språk". Arabic, Persian, Somali and Finnish each have a start
// page, an acute page and a page on how to get help here: the acute numbers and 1177's number in
// the language (from content/), the right to an interpreter with the sentence to say in Swedish,
// and the Swedish navigator and self-tests marked as Swedish. Every edition's other checks (axe,
// html-validate, weight, language switch) run over all editions in the shared tests.
import { describe, expect, it } from 'vitest';
import { editionByCode, translator } from '../../src/i18n/editions.ts';
import { builtPages } from '../helpers/dist.ts';
import { elements, textOf } from '../helpers/html.ts';
import { realContent } from '../helpers/navigator-data.ts';

const byUrl = new Map(builtPages().map((p) => [p.url, p.html]));
const content = realContent();
const helplines = content.filter((e) => e.collection === 'helplines');
type Phone = { tel: string; display: string };
const acuteTels = helplines.filter((h) => h.data['acute'] === true && h.data['phone']).map((h) => (h.data['phone'] as Phone).tel);
const languageLines = helplines.flatMap((h) => ((h.data['languageLines'] ?? []) as { language: string; phone: Phone; verified: boolean }[]));
const htmlTag = (html: string) => /<html\b[^>]*>/.exec(html)![0];
const links = (html: string) => [...html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].map((m) => ({ attrs: m[1]!, text: textOf(m[2]!), href: /href="([^"]+)"/.exec(m[1]!)?.[1] }));

const languages = [
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
  { code: 'so', name: 'Soomaali', dir: 'ltr' },
  { code: 'fi', name: 'Suomi', dir: 'ltr' },
] as const;

describe.each(languages)('the $name edition ($code)', ({ code, name, dir }) => {
  const edition = editionByCode(code);
  const t = translator(edition);
  const help = `/${code}/kunskap/hjalp-pa-ditt-sprak/`;
  const pages = [`/${code}/`, `/${code}/akut/`, help];

  it('is named in its own script and writing direction', () => {
    expect(edition.name).toBe(name);
    expect(edition.dir).toBe(dir);
  });

  it.each(pages)('builds %s in its language and direction, saying that no native speaker has reviewed it', (url) => {
    const html = byUrl.get(url);
    expect(html, `${url} is built`).toBeDefined();
    expect(htmlTag(html!)).toMatch(new RegExp(`^<html lang="${code}" dir="${dir}"[ >]`));
    const notice = elements(html!, 'p').filter((p) => p.includes('data-translation-notice'));
    expect(notice.map(textOf)).toEqual([t('translation.notReviewed')]);
  });

  it('the start and acute pages link to the help page', () => {
    for (const url of [`/${code}/`, `/${code}/akut/`]) expect(links(byUrl.get(url)!).some((l) => l.href === help), url).toBe(true);
  });

  it('the acute and help pages show every acute number in content/', () => {
    for (const url of [`/${code}/akut/`, help]) for (const tel of acuteTels) expect(byUrl.get(url), `${url}: tel:${tel}`).toContain(`href="tel:${tel}"`);
  });

  it("the help page shows 1177's number in the language, with the regional caveat in the language", () => {
    const html = byUrl.get(help)!;
    const lines = languageLines.filter((line) => line.language === code);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(html).toContain(`href="tel:${line.phone.tel}"`);
      // Unverified until someone has confirmed it for the region: the caveat says so in the language.
      if (!line.verified) expect(textOf(html)).toContain(t('languageLine.unverifiedNote', { county: 'Blekinge län' }));
    }
  });

  it('the help page gives the sentence that asks for an interpreter in Swedish, marked Swedish, and in the language', () => {
    const html = byUrl.get(help)!;
    const block = elements(html, 'li').find((li) => li.includes('data-interpreter-request'))!;
    expect(block).toBeDefined();
    const swedishName = new Intl.DisplayNames('sv', { type: 'language' }).of(code)!;
    expect(block).toContain(`<strong lang="sv" dir="ltr">Jag behöver tolk på ${swedishName}.</strong>`);
    expect(textOf(block)).toContain(t('interpreter.request', { language: new Intl.DisplayNames(code, { type: 'language' }).of(code)! }));
  });

  it('the help page links the Swedish navigator and self-tests, saying they are in Swedish', () => {
    // In the text (the menu marks its Swedish sections with hreflang; tests/site/editions.test.ts).
    const all = links(elements(byUrl.get(help)!, 'article')[0]!);
    for (const href of ['/hitta-hjalp/', '/testa-dina-vanor/']) {
      const link = all.find((l) => l.href === href);
      expect(link, href).toBeDefined();
      expect(link!.text).toContain(t('block.inSwedish'));
    }
  });

  it("the start page's doors to Swedish pages say so, to the reader and with hreflang", () => {
    const doors = links(byUrl.get(`/${code}/`)!).filter((l) => l.attrs.includes('class="door"'));
    expect(doors.length).toBe(3);
    for (const door of doors) {
      expect(door.attrs).toContain('hreflang="sv"');
      expect(door.text).toContain(`(${t('block.inSwedish')})`);
    }
  });

  it('the Swedish start page and help page link to it by its own name', () => {
    for (const url of ['/', '/kunskap/hjalp-pa-ditt-sprak/']) {
      const target = url === '/' ? `/${code}/` : help;
      expect(byUrl.get(url), url).toContain(`<a href="${target}" lang="${code}" hreflang="${code}" dir="${dir}">${name}</a>`);
    }
  });

  it('the Swedish start page names it in its main content, not only in the closed menu of a phone', () => {
    const main = elements(byUrl.get('/')!, 'main')[0]!;
    expect(main).toContain(`<a href="/${code}/" lang="${code}" hreflang="${code}" dir="${dir}">${name}</a>`);
  });
});

describe('the Swedish help page', () => {
  const html = byUrl.get('/kunskap/hjalp-pa-ditt-sprak/')!;

  it('lists every language line with its source and every sentence asking for an interpreter', () => {
    for (const line of languageLines) expect(html).toContain(`href="tel:${line.phone.tel}"`);
    expect(html).toContain('government.se');
    for (const { code, dir } of languages) {
      const swedishName = new Intl.DisplayNames('sv', { type: 'language' }).of(code)!;
      expect(html).toContain(`<strong>Jag behöver tolk på ${swedishName}.</strong>`);
      expect(html).toContain(`<span lang="${code}" dir="${dir}">`);
    }
  });

  it('has no not-reviewed line: it is the original', () => {
    expect(html).not.toContain('data-translation-notice');
    expect(byUrl.get('/en/')).not.toContain('data-translation-notice');
  });
});
