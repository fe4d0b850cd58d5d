// The readers of built pages behind tests/site/facts.test.ts, on small pages written here: they
// must find a retired number however it is spaced, the item a tel: link stands in, and editors' words.
import { describe, expect, it } from 'vitest';
import { editorWordsOn, enclosingItem, numbersWithoutCaveat, retiredNumbersOn, type NumberCaveat } from '../helpers/fact-checks.ts';

const page = (body: string) => ({ file: 'x.html', url: '/x/', html: `<html><body>${body}</body></html>` });
const retired = [{ number: '070-174 06 10', digits: '0701740610' }, { number: '174 06 10', digits: '1740610' }];

describe('retired numbers on a page', () => {
  it('found with any spacing, non-breaking characters or as a tel: link', () => {
    expect(retiredNumbersOn(page('<p>Ring 070-174 06 10.</p>'), retired)).toEqual(['070-174 06 10']);
    expect(retiredNumbersOn(page('<p>Ring 070\u2011174\u00a006\u00a010.</p>'), retired)).toEqual(['070-174 06 10']);
    expect(retiredNumbersOn(page('<p>Ring 174 06 10 på natten.</p>'), retired)).toEqual(['174 06 10']);
    expect(retiredNumbersOn(page('<a href="tel:+46701740610">ring</a>'), retired)).toEqual(['070-174 06 10']);
  });

  it('not found in other numbers that share digits', () => {
    expect(retiredNumbersOn(page('<p>Ring 070-174 06 00 eller 1177. År 2026-12-02.</p>'), retired)).toEqual([]);
  });
});

describe('a number and its caveat', () => {
  const needing = new Map<string, NumberCaveat>([['+4620844448', { tel: '+4620844448', display: '020 84 44 48', notes: ['Gammalt nummer.'], files: ['helplines/a'] }]]);
  const link = '<a href="tel:+4620844448">020 84 44 48</a>';

  it('the item a link stands in is the innermost li or p', () => {
    const html = `<ul><li>Ett <p>Ring ${link}</p></li></ul>`;
    expect(enclosingItem(html, html.indexOf('<a'))).toBe(`<p>Ring ${link}</p>`);
  });

  it('passes with the caveat and the note in the same item, fails naming the number otherwise', () => {
    expect(numbersWithoutCaveat(page(`<li>Ring ${link}<span data-phone-caveat> (ej bekräftat)</span> – Gammalt nummer.</li>`), needing)).toEqual([]);
    expect(numbersWithoutCaveat(page(`<li>Ring ${link}</li><li><span data-phone-caveat></span> Gammalt nummer.</li>`), needing)).toEqual([
      '020 84 44 48: utan "ej bekräftat" bredvid (helplines/a)',
    ]);
    expect(numbersWithoutCaveat(page(`<li>Ring ${link}<span data-phone-caveat> (ej bekräftat)</span></li>`), needing)).toEqual([
      '020 84 44 48: utan filens anmärkning "Gammalt nummer." (helplines/a)',
    ]);
  });
});

describe("editors' words", () => {
  const fields = new Set(['name', 'phoneNote', 'verified', 'source']);
  it('a file, "this file", a camelCase field or a field written as YAML', () => {
    expect(editorWordsOn(page('<p>Byt ut frågetexterna i den här filen.</p>'), fields)).toEqual(['den här filen']);
    expect(editorWordsOn(page('<p>Se content/services/a.yaml.</p>'), fields)).toEqual(['content/services/a.yaml']);
    expect(editorWordsOn(page('<p>Skriv i phoneNote.</p><p>verified: false</p>'), fields)).toEqual(['phoneNote', 'verified: false']);
  });

  it('ordinary words that are also field names pass', () => {
    expect(editorWordsOn(page('<p>Source: the name of the line. It is verified.</p><script>const x = "a.yaml"</script>'), fields)).toEqual([]);
  });
});
