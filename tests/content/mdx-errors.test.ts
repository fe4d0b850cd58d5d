// MDX bodies and internal links: each kind of bad edit gets its exact Swedish message, with the
// file and the line (or the field), as content-errors.test.ts does for the YAML files.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withContent } from '../helpers/content-fixture.ts';
import { validateContent } from '../../src/lib/content/validate.ts';

const sip = 'kunskap/sip.mdx';
const mini = 'instruments/mini.yaml';
/** The fixture's knowledge page with `text` as its own paragraph on line 15. */
const inSip = (text: string) => withContent((c) => c.replace(sip, 'En text.\n', `En text.\n\n${text}\n`));
const at15 = (text: string) => `content/kunskap/sip.mdx: rad 15: ${text}`;

describe('MDX: syntax errors say how to write the character as text', () => {
  it.each([
    ['an unclosed block', '<KnowledgeLinks>', '<KnowledgeLinks> stängs aldrig. Skriv komponenten som <KnowledgeLinks /> (med snedstreck före >).'],
    ['an unclosed tag in text', 'Ring <kontakt> i dag.', '"<kontakt>" stängs aldrig. Menar du tecknen < och > i texten, skriv \\<kontakt> i stället; en komponent skrivs <Namn />.'],
    ['a bare {', 'Pris { 100 kr', 'klammerparentesen { stängs aldrig. En klammerparentes i texten skrivs \\{ (och \\}); eller skriv om meningen utan den.'],
    ['a bare <', 'Barn <5 år.', 'tecknet < kan inte stå så här i texten. Skriv \\< om du menar tecknet (t.ex. \\<5 år), eller skriv ut orden "mindre än". En komponent skrivs <Namn />.'],
    ['a closing tag never opened', 'Text </KnowledgeLinks> mer.', '"</KnowledgeLinks>" stänger en tagg som aldrig öppnades. Ta bort den, eller skriv \\</KnowledgeLinks> om du menar texten.'],
    ['an HTML comment', '<!-- anteckning -->', 'en HTML-kommentar (<!-- … -->) går inte att använda här. Ta bort kommentaren.'],
    ['an address in < >', 'Se <https://www.1177.se/> i dag.', '"<https://www.1177.se/>" blir ingen länk här. Skriv länken som [text](adress), t.ex. [1177](https://www.1177.se/).'],
    ['an empty tag', '<>text</>', 'en tom tagg <> … </> används inte i innehållet. Ta bort <> och </>.'],
  ])('%s', (_, text, message) => {
    expect(inSip(text)).toEqual([at15(message)]);
  });

  it('tags closed in the wrong order, with the line of the one left open', () => {
    expect(inSip('<KnowledgeLinks>\n\n</Doors>')).toEqual([
      'content/kunskap/sip.mdx: rad 17: "</Doors>" stänger inte "<KnowledgeLinks>" från rad 15. Stäng taggarna i omvänd ordning, eller skriv komponenten som <KnowledgeLinks />.',
    ]);
  });
});

describe('MDX: only the site\'s own blocks', () => {
  it('a misspelt block names the nearest and all of them', () => {
    expect(inSip('<AkutNummer />')).toEqual([
      at15('<AkutNummer> är ingen av webbplatsens komponenter. Menade du <AcuteNumbers />? De som finns är: AcuteNumbers, Doors, InterpreterRequest, KnowledgeLinks, LanguageLines, MunicipalityContacts, RelativesSupport, SelfTests.'),
    ]);
  });

  it('an unknown block names all of them', () => {
    expect(inSip('<Karta />')).toEqual([
      at15('<Karta> är ingen av webbplatsens komponenter. Använd en av: AcuteNumbers, Doors, InterpreterRequest, KnowledgeLinks, LanguageLines, MunicipalityContacts, RelativesSupport, SelfTests, eller ta bort den.'),
    ]);
  });

  it('a block on a Swedish page, which is rendered without them', () => {
    expect(withContent((c) => c.replace('pages/start.mdx', 'Text.\n', 'Text.\n\n<Doors />\n'))).toEqual([
      'content/pages/start.mdx: rad 10: <Doors /> kan inte användas på den här sidan: webbplatsens komponenter visas bara på kunskapssidor och på sidor i andra språkversioner. Ta bort den.',
    ]);
  });

  it('an attribute the block does not take', () => {
    expect(inSip('<KnowledgeLinks antal="3" />')).toEqual([at15('<KnowledgeLinks> tar inga attribut. Ta bort antal och skriv bara <KnowledgeLinks />.')]);
  });
});

describe('MDX: no raw HTML that runs or loads anything (no HTML elements at all)', () => {
  it.each([
    ['<script>', '<script>alert(1)</script>', '<script> kan köra kod eller hämta innehåll och är inte tillåtet i innehållet. Ta bort det; skriv texten med markdown.'],
    ['<iframe>', '<iframe src="https://evil.example/"></iframe>', '<iframe> kan köra kod eller hämta innehåll och är inte tillåtet i innehållet. Ta bort det; skriv texten med markdown.'],
    ['<object>', '<object data="https://evil.example/x.swf" />', '<object> kan köra kod eller hämta innehåll och är inte tillåtet i innehållet. Ta bort det; skriv texten med markdown.'],
    ['a harmless element', '<div>Text</div>', 'HTML-taggen <div> används inte i innehållet. Ta bort taggen och skriv texten med markdown.'],
    ['an element markdown writes', '<strong>Viktigt</strong>', 'HTML-taggen <strong> används inte i innehållet. Skriv fet stil som **text**.'],
  ])('%s', (_, text, message) => {
    expect(inSip(text)).toEqual([at15(message)]);
  });

  it('<style>, and the expression inside it', () => {
    expect(inSip('<style>{`body { display: none }`}</style>')).toEqual([
      at15('<style> kan köra kod eller hämta innehåll och är inte tillåtet i innehållet. Ta bort det; skriv texten med markdown.'),
      at15('"{`body { display: none }`}" är kod och är inte tillåtet i innehållet. Menar du klammerparenteserna som text, skriv \\{ och \\}; annars ta bort dem.'),
    ]);
  });

  it('<img> with an event handler', () => {
    expect(inSip('<img src="https://evil.example/x.png" onerror="alert(1)" />')).toEqual([
      at15('<img> hämtar bild eller ljud från en adress och är inte tillåtet i innehållet. Skriv en bild som ![Beskrivning](/bild.svg), med filen i public/.'),
      at15('attributet onerror på <img> kör kod när något händer på sidan och är inte tillåtet. Ta bort det.'),
    ]);
  });

  it('<a> with a javascript: address', () => {
    expect(inSip('Se <a href="javascript:alert(1)">här</a>.')).toEqual([
      at15('HTML-taggen <a> används inte i innehållet. Skriv en länk som [text](/akut/).'),
      at15('attributet href="javascript:alert(1)" på <a> kör kod och är inte tillåtet. Ta bort det.'),
    ]);
  });
});

describe('MDX: no import, export or {…} expression at all', () => {
  it('an import, and the expression that shows what it read', () => {
    expect(inSip("import x from '/etc/os-release'\n\n{x}")).toEqual([
      at15('"import x from \'/etc/os-release\'" hämtar kod eller filer till sidan och är inte tillåtet i innehållet. Ta bort raden: webbplatsens komponenter (AcuteNumbers, Doors, InterpreterRequest, KnowledgeLinks, LanguageLines, MunicipalityContacts, RelativesSupport, SelfTests) finns på sidan utan import.'),
      'content/kunskap/sip.mdx: rad 17: "{x}" är kod och är inte tillåtet i innehållet. Menar du klammerparenteserna som text, skriv \\{ och \\}; annars ta bort dem.',
    ]);
  });

  it('an export', () => {
    expect(inSip('export const layout = 1')).toEqual([
      at15('"export const layout = 1" är kod och är inte tillåtet i innehållet. Ta bort raden; sidans uppgifter skrivs i fälten mellan raderna med --- överst i filen.'),
    ]);
  });

  it('an expression reading the build environment', () => {
    expect(inSip('Hem: {process.env.HOME}')).toEqual([
      at15('"{process.env.HOME}" är kod och är inte tillåtet i innehållet. Menar du klammerparenteserna som text, skriv \\{ och \\}; annars ta bort dem.'),
    ]);
  });

  it('an MDX comment, which is an expression too', () => {
    expect(inSip('{/* anteckning */}')).toEqual([at15('en kommentar {/* … */} är kod i MDX och är inte tillåten i innehållet. Ta bort kommentaren.')]);
  });

  it('a long expression is quoted as an excerpt', () => {
    const [error] = inSip(`{${'a'.repeat(200)}}`);
    expect(error).toBe(at15(`"{${'a'.repeat(58)}…" är kod och är inte tillåtet i innehållet. Menar du klammerparenteserna som text, skriv \\{ och \\}; annars ta bort dem.`));
  });

  it('an expression as a block\'s attribute', () => {
    expect(inSip('<KnowledgeLinks x={process.env.HOME} />')).toEqual([
      at15('x={process.env.HOME} på <KnowledgeLinks> är kod och är inte tillåtet i innehållet. Skriv värdet som text inom citattecken, t.ex. x="…", eller ta bort det.'),
    ]);
  });

  it('a spread of attributes', () => {
    expect(inSip('<KnowledgeLinks {...props} />')).toEqual([at15('{...props} på <KnowledgeLinks> är kod och är inte tillåtet i innehållet. Ta bort det.')]);
  });
});

describe('MDX: links and images', () => {
  it.each([
    ['a javascript: link', '[Klicka](javascript:alert(1))', 'länken "javascript:alert(1)" kör kod och är inte tillåten. Länka till en sida på webbplatsen, t.ex. /akut/, eller till en hel adress som börjar med https://.'],
    ['a data: link', '[Klicka](data:text/html,hej)', 'länken "data:text/html,hej" kör kod och är inte tillåten. Länka till en sida på webbplatsen, t.ex. /akut/, eller till en hel adress som börjar med https://.'],
    ['a protocol-relative link', '[Annan](//another.host/)', 'länken "//another.host/" saknar https: och leder till en annan webbplats. Skriv hela adressen, t.ex. https://www.1177.se/, eller en sökväg på webbplatsen, t.ex. /akut/.'],
    ['an http: link', '[1177](http://www.1177.se/)', 'länken "http://www.1177.se/" är inte krypterad. Skriv https:// i stället för http://.'],
    ['a relative link', '[Kostnader](kostnader/)', 'länken "kostnader/" saknar snedstreck först och leder då olika på olika sidor. Skriv hela sökvägen på webbplatsen, t.ex. /kunskap/kostnader/.'],
    ['a misspelt page', '[SIP](/kunskap/sipp/)', 'länken "/kunskap/sipp/" leder till en sida som inte finns. Menade du /kunskap/sip/?'],
    ['a page without its last slash', '[Akut](/akut)', 'länken "/akut" leder till en sida som inte finns. Menade du /akut/?'],
    ['a page that does not exist', '[Borta](/finns-inte-alls/)', 'länken "/finns-inte-alls/" leder till en sida som inte finns. Skriv sökvägen till en sida som finns, som den står i webbläsarens adressfält efter webbplatsens namn, t.ex. /kunskap/.'],
    ['an image from another host', '![Bild](https://evil.example/x.png)', 'bilden "https://evil.example/x.png" hämtas från en annan webbplats, och webbplatsen hämtar inget från andra. Lägg bilden i public/ och skriv sökvägen, t.ex. ![Beskrivning](/bild.svg).'],
    ['an image by a relative path, which the build would import', '![Bild](../../src/hemlig.png)', 'bilden "../../src/hemlig.png" går inte att använda: en bild ska ligga i public/ och skrivas med en sökväg som börjar med snedstreck. Lägg bilden i public/ och skriv sökvägen, t.ex. ![Beskrivning](/bild.svg).'],
    ['an image not in public/', '![Bild](/bild.png)', 'bilden "/bild.png" finns inte i public/. Lägg filen där, eller rätta sökvägen.'],
  ])('%s', (_, text, message) => {
    expect(inSip(text)).toEqual([at15(message)]);
  });

  it('a link written as a reference, and an image from another host by reference', () => {
    expect(inSip('[Akut][a] och ![Bild][b]\n\n[a]: javascript:alert(1)\n[b]: https://evil.example/x.png')).toEqual([
      at15('bilden "https://evil.example/x.png" hämtas från en annan webbplats, och webbplatsen hämtar inget från andra. Lägg bilden i public/ och skriv sökvägen, t.ex. ![Beskrivning](/bild.svg).'),
      'content/kunskap/sip.mdx: rad 17: länken "javascript:alert(1)" kör kod och är inte tillåten. Länka till en sida på webbplatsen, t.ex. /akut/, eller till en hel adress som börjar med https://.',
    ]);
  });

  it('accepts pages the build makes, fragments, other sites over https, mailto: and tel:', () => {
    const links = ['/', '/akut/', '/kunskap/sip/', '/mottagningar/beroendemottagningen/', '/for-anhoriga/stod/anhoriggrupp/', '/hitta-hjalp/ronneby/',
      '/hitta-hjalp/for-mig/alkohol/ronneby/', '/for-anhoriga/guide/partner/vuxen/', '/testa-dina-vanor/mini/', '/data/services.json', '/akut/#sjalvmord', '#lasmer',
      'https://www.1177.se/', 'mailto:info@example.org', 'tel:112'];
    expect(inSip(links.map((link) => `[länk](${link})`).join(' '))).toEqual([]);
  });
});

describe('MDX: headings under the title', () => {
  it('a second h1', () => {
    expect(inSip('# Rubrik')).toEqual([at15('rubriken "# Rubrik" är en huvudrubrik (#), men sidans titel (fältet title) är redan sidans huvudrubrik. Skriv ## i stället för #.')]);
  });

  it('a skipped level as the first heading', () => {
    expect(inSip('### Detaljer')).toEqual([at15('rubriken "### Detaljer" hoppar över en rubriknivå: den första rubriken i texten är ## (titeln är #). Skriv ## i stället för ###.')]);
  });

  it('a skipped level after ##', () => {
    expect(withContent((c) => c.replace(sip, '## Läs mer\n', '## Läs mer\n\n#### Detaljer\n'))).toEqual([
      'content/kunskap/sip.mdx: rad 17: rubriken "#### Detaljer" hoppar över en rubriknivå: efter ## kommer ###. Skriv ### i stället för ####.',
    ]);
  });
});

describe('content fields that hold a path on this site', () => {
  it('a next step to a page that does not exist', () => {
    expect(withContent((c) => c.replace(mini, 'path: /hitta-hjalp/for-mig/alkohol/', 'path: /hitta-hjalp/for-mig/alkohl/'))).toEqual([
      'content/instruments/mini.yaml: fältet "bands.1.nextSteps.2.path": "/hitta-hjalp/for-mig/alkohl/" är ingen sida på webbplatsen. Menade du /hitta-hjalp/for-mig/alkohol/?',
    ]);
  });

  it('a next step to another host', () => {
    expect(withContent((c) => c.replace(mini, 'path: /hitta-hjalp/for-mig/alkohol/', 'path: //another.host/'))).toEqual([
      'content/instruments/mini.yaml: fältet "bands.1.nextSteps.2.path": "//another.host/" leder till en annan webbplats. Här ska stå en sökväg på webbplatsen som börjar med ett snedstreck, t.ex. /hitta-hjalp/.',
    ]);
  });

  it('a next step with a full address', () => {
    expect(withContent((c) => c.replace(mini, 'path: /hitta-hjalp/for-mig/alkohol/', 'path: https://other.example/'))).toEqual([
      'content/instruments/mini.yaml: fältet "bands.1.nextSteps.2.path": "https://other.example/" är ingen sökväg på webbplatsen. Skriv en sökväg som börjar med ett snedstreck, t.ex. /hitta-hjalp/; till en mottagning eller en stödlinje leder fälten service och helpline.',
    ]);
  });
});

describe('every problem in a file at once, in line order', () => {
  it('reports each line', () => {
    expect(inSip('# Rubrik\n\n<AkutNummer />\n\n[Akut](/akut)')).toEqual([
      at15('rubriken "# Rubrik" är en huvudrubrik (#), men sidans titel (fältet title) är redan sidans huvudrubrik. Skriv ## i stället för #.'),
      'content/kunskap/sip.mdx: rad 17: <AkutNummer> är ingen av webbplatsens komponenter. Menade du <AcuteNumbers />? De som finns är: AcuteNumbers, Doors, InterpreterRequest, KnowledgeLinks, LanguageLines, MunicipalityContacts, RelativesSupport, SelfTests.',
      'content/kunskap/sip.mdx: rad 19: länken "/akut" leder till en sida som inte finns. Menade du /akut/?',
    ]);
  });
});

describe('the real content', () => {
  it('passes, and its links lead to pages in the route table', () => {
    const root = join(import.meta.dirname, '../..');
    const report = validateContent(join(root, 'content'), { displayRoot: root });
    expect(report.errors).toEqual([]);
    expect(report.routes?.pages.size).toBeGreaterThan(100);
  });
});
