import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withContent } from '../helpers/content-fixture.ts';

const service = 'services/beroendemottagningen.yaml';

describe('content check: a valid tree', () => {
  it('reports no error', () => {
    expect(withContent(() => {})).toEqual([]);
  });
});

describe('content check: every kind of error names the file, the field and the fix, in Swedish', () => {
  it('bad phone number', () => {
    const errors = withContent((c) => c.replace(service, 'phone: 0455-73 10 00', 'phone: 0455-73 1'));
    expect(errors).toEqual([
      'content/services/beroendemottagningen.yaml: fältet "contact.phone": "0455-73 1" är inget giltigt svenskt telefonnummer. Skriv t.ex. 070-174 06 05.',
    ]);
  });

  it('bad opening hours', () => {
    const errors = withContent((c) => c.replace(service, 'Mo-Fr 08:00-16:30; PH off', 'Mo-Fr 8-16:30 x'));
    expect(errors).toEqual([
      'content/services/beroendemottagningen.yaml: fältet "openingHours": "Mo-Fr 8-16:30 x" är inga giltiga öppettider i OpenStreetMap-format (felet sitter vid "Mo-Fr 8-16:"). Skriv t.ex. Mo-Fr 08:00-16:30; PH off.',
    ]);
  });

  it('missing source', () => {
    const errors = withContent((c) => c.replace(service, /source:\n  - https:\/\/example.org\/beroende\n/, ''));
    expect(errors).toEqual([
      'content/services/beroendemottagningen.yaml: fältet "source": saknas. Ange var uppgifterna kommer ifrån: en webbadress (https://…) eller ett dokuments namn och datum, en eller flera.',
    ]);
  });

  it('review date in the future', () => {
    const errors = withContent((c) => c.replace(service, 'reviewed: 2026-01-01', 'reviewed: 2999-01-01'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^content\/services\/beroendemottagningen\.yaml: fältet "reviewed": 2999-01-01 ligger i framtiden\. Ange det datum då uppgifterna faktiskt granskades \(senast i dag, \d{4}-\d{2}-\d{2}\)\.$/,
    );
  });

  it('unknown municipality', () => {
    const errors = withContent((c) => c.replace(service, 'municipalities: [karlskrona, ronneby]', 'municipalities: [karlskrona, ronnebi]'));
    expect(errors).toEqual([
      'content/services/beroendemottagningen.yaml: fältet "municipalities.1": "ronnebi" är ingen kommun på webbplatsen. Använd en av: karlskrona, ronneby (eller ordet alla).',
    ]);
  });

  it('duplicate id', () => {
    const errors = withContent((c) => c.write('services/beroendemottagningen.yml', c.read(service)));
    expect(errors).toEqual([
      'content/services/beroendemottagningen.yml: fältet "id": "beroendemottagningen" används redan av content/services/beroendemottagningen.yaml. Byt namn på en av filerna så att varje id är unikt.',
    ]);
  });

  it('unknown field', () => {
    const errors = withContent((c) => c.replace(service, 'kind: beroendemottagning', 'kind: beroendemottagning\ntelefon: 0455-73 10 00'));
    expect(errors).toEqual([
      'content/services/beroendemottagningen.yaml: fältet "telefon": är inget känt fält. Ta bort det, eller rätta stavningen om du menade ett annat fält (fälten beskrivs i content/README.md).',
    ]);
  });

  it('a required field left out', () => {
    const errors = withContent((c) => c.replace(service, /summary: .*\n/, ''));
    expect(errors).toEqual(['content/services/beroendemottagningen.yaml: fältet "summary": saknas. Fyll i en text.']);
  });

  it('a list or a choice left out names the words it can hold', () => {
    const errors = withContent((c) => {
      c.replace(service, /kind: .*\n/, '');
      c.replace('programmes/anhoriggrupp.yaml', /helpsWith: .*\n/, '');
    });
    expect(errors).toEqual([
      'content/services/beroendemottagningen.yaml: fältet "kind": saknas. Använd ett av: vardcentral, socialtjanst-vuxen, socialtjanst-barn-unga, socialjour, beroendemottagning, beroendeavdelning, psykiatri, psykiatrisk-akut, akutmottagning, narakut, bup, sprututbyte, laro, tillnyktring, ungdomsmottagning, maria, personligt-ombud, anhorigstod.',
      'content/programmes/anhoriggrupp.yaml: fältet "helpsWith": saknas. Skriv en lista med ett eller flera av: prata-nu, traffa-andra, lara-mer, hjalpa-personen, t.ex. [prata-nu].',
    ]);
  });

  it('a value outside the list', () => {
    const errors = withContent((c) => c.replace(service, 'kind: beroendemottagning', 'kind: beroendeklinik'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/services\/beroendemottagningen\.yaml: fältet "kind": "beroendeklinik" är inget tillåtet värde\. Använd ett av: vardcentral, .*beroendemottagning.*\.$/);
  });

  it('a file name that cannot be an address', () => {
    const errors = withContent((c) => c.write('services/Beroende Mottagning.yaml', c.read(service)));
    expect(errors).toEqual([
      'content/services/Beroende Mottagning.yaml: fältet "id": filnamnet "Beroende Mottagning" kan inte bli en webbadress. Byt namn på filen så att namnet bara har små bokstäver a–z, siffror och bindestreck, t.ex. beroendemottagningen.yaml.',
    ]);
  });

  it('YAML that cannot be read', () => {
    const errors = withContent((c) => c.replace(service, 'principal: region', 'principal: [region'));
    expect(errors).toEqual([
      'content/services/beroendemottagningen.yaml: filen går inte att läsa som YAML på rad 4 (kind: beroendemottagning). En lista som börjar med [ ska sluta med ] på samma rad: kontrollera raden ovanför.',
    ]);
  });

  it('YAML mistakes editors make get their own fix: a colon in a text, a field written twice, a tab', () => {
    const errors = withContent((c) => {
      c.replace(service, 'summary: För dig', 'summary: Öppet: för dig');
      c.replace('programmes/anhoriggrupp.yaml', 'summary: En grupp för anhöriga.', 'summary: En grupp för anhöriga.\nsummary: Igen.');
    });
    expect(errors).toEqual([
      'content/services/beroendemottagningen.yaml: filen går inte att läsa som YAML på rad 5 (summary: Öppet: för dig som vill ha hjälp med alkohol eller droger.). En text som innehåller kolon (:) ska stå inom citattecken, t.ex. summary: "Öppet: vardagar".',
      'content/programmes/anhoriggrupp.yaml: filen går inte att läsa som YAML på rad 9 (summary: Igen.). Samma fält står två gånger: ta bort det ena.',
    ]);
    const tab = withContent((c) => c.replace(service, '  phone: 0455', '\tphone: 0455'));
    expect(tab).toEqual([
      'content/services/beroendemottagningen.yaml: filen går inte att läsa som YAML på rad 10 (phone: 0455-73 10 00). Raden är indragen med tabb: dra in med mellanslag i stället.',
    ]);
  });

  it('YAML errors in an MDX page count the lines of the whole file', () => {
    const errors = withContent((c) => c.replace('pages/start.mdx', 'owner: Testägare', 'owner: Testägare\ntitle: Igen'));
    expect(errors).toEqual(['content/pages/start.mdx: filen går inte att läsa som YAML på rad 6 (title: Igen). Samma fält står två gånger: ta bort det ena.']);
  });

  it('opening hours the library would guess at are named with the fix in Swedish', () => {
    const errors = withContent((c) => c.replace(service, 'Mo-Fr 08:00-16:30; PH off', 'Mån-Fre 08:00-12:00 13:00-16:30'));
    expect(errors).toEqual([
      'content/services/beroendemottagningen.yaml: fältet "openingHours": "Mån-Fre 08:00-12:00 13:00-16:30" är inga giltiga öppettider i OpenStreetMap-format (skriv veckodagarna med engelska förkortningar: Mo i stället för mån, Fr i stället för fre; skriv kommatecken mellan tiderna samma dag, t.ex. 08:00-12:00,13:00-16:30). Skriv t.ex. Mo-Fr 08:00-16:30; PH off.',
    ]);
  });

  it('a programme whose organiser service does not exist', () => {
    const errors = withContent((c) => c.replace('programmes/anhoriggrupp.yaml', 'organiserService: beroendemottagningen', 'organiserService: beroendemottagning'));
    expect(errors).toEqual([
      'content/programmes/anhoriggrupp.yaml: fältet "organiserService": "beroendemottagning" är ingen mottagning. Använd filnamnet (utan .yaml) på en fil i content/services/, eller ta bort fältet.',
    ]);
  });

  it('a programme that names a line that does not exist', () => {
    const errors = withContent((c) => c.replace('programmes/anhoriggrupp.yaml', 'organiser: Region Test', 'helpline: bris\norganiser: Region Test'));
    expect(errors).toEqual([
      'content/programmes/anhoriggrupp.yaml: fältet "helpline": "bris" är ingen stödlinje. Använd filnamnet (utan .yaml) på en fil i content/helplines/, eller ta bort fältet.',
    ]);
  });

  it('an acute-strip line without a file', () => {
    const errors = withContent((c) => c.replace('site.yaml', 'suicide: sjalvmordslinjen', 'suicide: mind'));
    expect(errors).toEqual([
      'content/site.yaml: fältet "acuteStrip.suicide": "mind" är ingen stödlinje. Använd filnamnet på en fil i content/helplines/.',
    ]);
  });

  it('a site address with a path, or not an address', () => {
    expect(withContent((c) => c.replace('site.yaml', 'name: Testsajt', 'name: Testsajt\nurl: https://www.example.org/blekinge/'))).toEqual([
      'content/site.yaml: fältet "url": ska vara webbplatsens startadress utan sökväg, t.ex. https://www.envagin.se/ (webbplatsen ligger i roten).',
    ]);
    expect(withContent((c) => c.replace('site.yaml', 'name: Testsajt', 'name: Testsajt\nurl: www.example.org'))).toEqual([
      'content/site.yaml: fältet "url": "www.example.org" är ingen webbadress. Skriv hela adressen, t.ex. https://www.1177.se/.',
    ]);
    expect(withContent((c) => c.replace('site.yaml', 'name: Testsajt', 'name: Testsajt\nurl: https://www.example.org/'))).toEqual([]);
  });

  it('a municipality file missing from the site\'s list', () => {
    const errors = withContent((c) => c.write('municipalities/olofstrom.yaml', c.read('municipalities/ronneby.yaml')));
    expect(errors).toEqual([
      'content/site.yaml: fältet "municipalities": kommunen "olofstrom" finns i content/municipalities/ men inte i listan. Lägg till den där den ska stå i ordningen.',
    ]);
  });

  it('instrument bands with a gap', () => {
    const errors = withContent((c) => c.replace('instruments/mini.yaml', 'kvinna: { min: 1, max: 3 }', 'kvinna: { min: 2, max: 3 }'));
    expect(errors).toEqual([
      'content/instruments/mini.yaml: fältet "bands.1.ranges.kvinna": 2–3 hänger inte ihop med föregående gräns: nästa gräns ska börja på 1. Gränserna ska täcka 0–3 utan glapp eller överlapp.',
    ]);
  });

  it('instrument band with a limit for women only', () => {
    const errors = withContent((c) => c.replace('instruments/mini.yaml', 'ranges: { kvinna: { min: 1, max: 3 }, man: { min: 2, max: 3 } }', 'ranges: { kvinna: { min: 1, max: 3 } }'));
    expect(errors[0]).toBe(
      'content/instruments/mini.yaml: fältet "bands.1.ranges": {"kvinna":{"min":1,"max":3}} har fel form. Skriv antingen alla: { min, max } för en gräns som gäller alla, eller både kvinna: { min, max } och man: { min, max }.',
    );
  });

  it('instrument skip rule pointing at no question', () => {
    const errors = withContent((c) => c.replace('instruments/mini.yaml', 'skip: [f2]', 'skip: [f3]'));
    expect(errors).toEqual([
      'content/instruments/mini.yaml: fältet "skipRules.0.skip.0": "f3" är ingen fråga i testet. Använd ett av frågornas id: f1, f2.',
    ]);
  });

  it('reports every error at once', () => {
    const errors = withContent((c) => {
      c.replace(service, 'phone: 0455-73 10 00', 'phone: 0455-73 1');
      c.replace('programmes/anhoriggrupp.yaml', 'source: Rapport 2024\n', '');
    });
    expect(errors).toHaveLength(2);
  });

  it('a wrong field and a wrong reference in the same file are reported together, the file\'s errors next to each other', () => {
    const errors = withContent((c) => {
      c.replace(service, 'phone: 0455-73 10 00', 'phone: 0455-73 1');
      c.replace(service, 'municipalities: [karlskrona, ronneby]', 'municipalities: [karlskrona, ronnebi]');
      c.replace('programmes/anhoriggrupp.yaml', 'organiserService: beroendemottagningen', 'organiserService: beroendemottagning');
      c.replace('programmes/anhoriggrupp.yaml', 'reviewed: 2026-01-01', 'reviewed: 2026-13-01');
    });
    expect(errors).toEqual([
      'content/services/beroendemottagningen.yaml: fältet "contact.phone": "0455-73 1" är inget giltigt svenskt telefonnummer. Skriv t.ex. 070-174 06 05.',
      'content/services/beroendemottagningen.yaml: fältet "municipalities.1": "ronnebi" är ingen kommun på webbplatsen. Använd en av: karlskrona, ronneby (eller ordet alla).',
      'content/programmes/anhoriggrupp.yaml: fältet "reviewed": "2026-13-01" är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-11-01.',
      'content/programmes/anhoriggrupp.yaml: fältet "organiserService": "beroendemottagning" är ingen mottagning. Använd filnamnet (utan .yaml) på en fil i content/services/, eller ta bort fältet.',
    ]);
  });
});

describe('content check: search synonyms', () => {
  const file = 'synonyms/narkotika.yaml';

  it('a word with a capital letter or a punctuation mark is named with its fix', () => {
    const errors = withContent((c) => c.replace(file, 'words: [knark, gräs]', 'words: [Knark, "gräs!"]'));
    expect(errors).toEqual([
      'content/synonyms/narkotika.yaml: fältet "synonyms.0.words.0": "Knark" går inte att söka på. Skriv ordet med små bokstäver, utan skiljetecken, t.ex. knark.',
      'content/synonyms/narkotika.yaml: fältet "synonyms.0.words.1": "gräs!" går inte att söka på. Skriv ordet med små bokstäver, utan skiljetecken, t.ex. knark.',
    ]);
  });

  it('a mapping without the words it stands for', () => {
    const errors = withContent((c) => c.replace(file, '    means: [narkotika]\n', ''));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/synonyms\/narkotika\.yaml: fältet "synonyms\.0\.means": saknas/);
  });
});

describe('content check: knowledge pages', () => {
  const file = 'kunskap/sip.mdx';

  it('a page without sources is named with its fix', () => {
    const errors = withContent((c) => c.replace(file, 'sources:\n  - https://example.org/sip\n', ''));
    expect(errors).toEqual([
      'content/kunskap/sip.mdx: fältet "sources": saknas. Ange var uppgifterna kommer ifrån: en webbadress (https://…) eller ett dokuments namn och datum, en eller flera.',
    ]);
  });

  it('a source that is neither a web address nor a named document', () => {
    const errors = withContent((c) => c.replace(file, '  - https://example.org/sip', '  - rapporten'));
    expect(errors).toEqual([
      'content/kunskap/sip.mdx: fältet "sources.0": "rapporten" är varken en hel webbadress (https://…) eller ett dokuments namn med utgivare och år. Skriv t.ex. "SOU 2021:93 Från delar till helhet, Socialdepartementet, 2021".',
    ]);
  });

  it('an unknown theme lists the themes there are', () => {
    const errors = withContent((c) => c.replace(file, 'theme: samverkan-och-planer', 'theme: planer'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/kunskap\/sip\.mdx: fältet "theme": .*vard-och-stod.*amnen/);
  });
});

describe('content check: the glossary', () => {
  const file = 'ordlista.yaml';

  it('two words with the same id', () => {
    const errors = withContent((c) => c.write(file, `${c.read(file)}  - id: sip\n    term: SIP igen\n    forms: [SIP]\n    explanation: Samma id.\n`));
    expect(errors).toEqual(['content/ordlista.yaml: fältet "terms.1.id": "sip" används redan av ett annat ord. Ge varje ord ett eget id.']);
  });

  it('a word without forms to link', () => {
    const errors = withContent((c) => c.replace(file, '    forms: [SIP]\n', ''));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/ordlista\.yaml: fältet "terms\.0\.forms": saknas/);
  });
});

describe('content check: editions', () => {
  const english = readFileSync(join(import.meta.dirname, '../../src/i18n/en.yaml'), 'utf8');
  const translation = (front: string) => `---\ntitle: Start\ndescription: The start page.\nreviewed: 2026-11-01\nowner: Regionen\n${front}---\n\nText.\n`;

  it('a translated page is valid when its language exists and it names its Swedish page', () => {
    const errors = withContent((c) => {
      c.write('../src/i18n/en.yaml', english);
      c.write('pages/en/start.mdx', translation('lang: en\ntranslationOf: start\n'));
    });
    expect(errors).toEqual([]);
  });

  it('translationReviewed is for translations: a translation may say it, a Swedish page may not', () => {
    const errors = withContent((c) => {
      c.write('../src/i18n/en.yaml', english);
      c.write('pages/en/start.mdx', translation('lang: en\ntranslationOf: start\ntranslationReviewed: false\n'));
      c.write('pages/om-oss.mdx', translation('translationReviewed: true\n'));
    });
    expect(errors).toEqual(['content/pages/om-oss.mdx: fältet "translationReviewed": gäller bara en översättning: ange lang och translationOf, eller ta bort fältet.']);
  });

  it('a language without a strings file is named with its fix', () => {
    const errors = withContent((c) => c.write('pages/fi/start.mdx', translation('lang: fi\ntranslationOf: start\n')));
    expect(errors).toEqual([
      'content/pages/fi/start.mdx: fältet "lang": "fi" är ingen språkversion. Använd sv – eller lägg till src/i18n/fi.yaml med webbplatsens texter på det språket.',
    ]);
  });

  it('a translation that does not say which page it translates, or names one that does not exist', () => {
    const errors = withContent((c) => {
      c.write('../src/i18n/en.yaml', english);
      c.write('pages/en/start.mdx', translation('lang: en\n'));
      c.write('pages/en/akut.mdx', translation('lang: en\ntranslationOf: akut\n'));
    });
    expect(errors).toEqual([
      'content/pages/en/akut.mdx: fältet "translationOf": "akut" är ingen svensk sida i content/pages/. Ange filnamnet (utan .mdx) på sidan som den här översätter.',
      'content/pages/en/start.mdx: fältet "translationOf": saknas. Ange id för den svenska sidan som den här sidan översätter: filnamnet utan .mdx i content/pages/, t.ex. translationOf: akut.',
    ]);
  });

  it('a translation is not blamed for errors in the Swedish page it translates', () => {
    const errors = withContent((c) => {
      c.write('../src/i18n/en.yaml', english);
      c.write('pages/en/start.mdx', translation('lang: en\ntranslationOf: start\n'));
      c.replace('pages/start.mdx', 'reviewed: 2026-01-01', 'reviewed: 1 januari 2026');
    });
    expect(errors).toEqual(['content/pages/start.mdx: fältet "reviewed": "1 januari 2026" är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-11-01.']);
  });

  it('a strings file without the language\'s own name is named in Swedish', () => {
    const errors = withContent((c) => c.write('../src/i18n/en.yaml', english.replace(/^name: English\n/m, '')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^src\/i18n\/en\.yaml: fältet "name": saknas/);
  });

  it('a strings file that lacks words or changes a placeholder', () => {
    const errors = withContent((c) =>
      c.write('../src/i18n/en.yaml', english.replace(/^  skipLink: .*\n/m, '').replace('"Help in {name}"', '"Help in {place}"')),
    );
    expect(errors).toEqual([
      'src/i18n/en.yaml: fältet "strings": 1 texter saknas: skipLink. Kopiera dem från src/i18n/en.yaml och översätt dem.',
      'src/i18n/en.yaml: fältet "strings.municipality.title": texten ska ha samma platshållare som den svenska (name), t.ex. {n}.',
    ]);
  });
});

// The editor at /admin/ drops comments when it saves (docs/decisions/0010-decap-editor-at-admin.md):
// in the files it writes, a comment is an error that says where to write it instead.
describe('content check: comments in the files the editor writes', () => {
  const advice = 'Kommentarer försvinner när någon sparar i redigeraren.';
  it('a comment line or an end-of-line comment names its line and the field to use', () => {
    const errors = withContent((c) => {
      c.replace(service, 'name: Beroendemottagningen', '# Namnet enligt skylten.\nname: Beroendemottagningen');
      c.replace('synonyms/narkotika.yaml', /^synonyms:/m, 'synonyms: # slang');
      c.write('ordlista.yaml', `# Orden\n${c.read('ordlista.yaml')}`);
    });
    expect(errors.sort()).toEqual([
      `content/ordlista.yaml: rad 1: ${advice} Skriv det i content/README.md i stället.`,
      `content/services/beroendemottagningen.yaml: rad 1: ${advice} Skriv det i fältet editorialNote i stället.`,
      `content/synonyms/narkotika.yaml: rad 1: ${advice} Skriv det i fältet note i posten i stället.`,
    ]);
  });

  it('a # inside a text is no comment, and the editorial note is the place for the reason', () => {
    const errors = withContent((c) => {
      c.replace(service, 'name: Beroendemottagningen', 'name: "Beroendemottagningen #1"\neditorialNote: Namnet enligt skylten vid entrén.');
    });
    expect(errors).toEqual([]);
  });

  it('files the editor does not write keep their comments', () => {
    expect(withContent((c) => c.write('site.yaml', `# Regionen\n${c.read('site.yaml')}`))).toEqual([]);
  });
});
