// The fields of YAML files and MDX front matter: every bad edit an editor can make to a text, a
// phone number, opening hours, an address, an instrument's answers or a list gets one Swedish line
// naming the file, the field and the fix; an old review date gets a warning that never fails.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateContent } from '../../src/lib/content/validate.ts';
import { withContent, type ContentFolder } from '../helpers/content-fixture.ts';

const project = join(import.meta.dirname, '../..');
const service = 'services/beroendemottagningen.yaml';
const programme = 'programmes/anhoriggrupp.yaml';
const mini = 'instruments/mini.yaml';
const file = (path: string) => `content/${path}`;

// The review dates in the fixture are 2026-01-01; every test runs on one fixed build day.
beforeEach(() => vi.stubEnv('BUILD_DATE', '2026-06-01'));
afterEach(() => vi.unstubAllEnvs());

describe('texts', () => {
  it('an empty or blank text', () => {
    expect(withContent((c) => c.replace(service, 'name: Beroendemottagningen', 'name: ""'))).toEqual([
      `${file(service)}: fältet "name": är tomt. Fyll i en text.`,
    ]);
    expect(withContent((c) => c.replace(service, 'organisation: Region Test', 'organisation: "   "'))).toEqual([
      `${file(service)}: fältet "organisation": har bara mellanslag. Fyll i en text.`,
    ]);
  });

  it('an empty verificationNote', () => {
    expect(withContent((c) => c.replace(service, 'verified: false', 'verified: false\nverificationNote: ""'))).toEqual([
      `${file(service)}: fältet "verificationNote": är tomt. Skriv vad som inte är bekräftat, eller ta bort fältet om allt är bekräftat.`,
    ]);
  });

  it('a name on more than one line', () => {
    expect(withContent((c) => c.replace(service, 'name: Beroendemottagningen', 'name: |\n  Beroende\n  mottagningen'))).toEqual([
      `${file(service)}: fältet "name": har flera rader, men en rad som ett namn eller en rubrik ska stå på en rad. Skriv texten på en rad.`,
    ]);
  });

  it('too long, by kind of field, without quoting the text', () => {
    const errors = withContent((c) => {
      c.replace(service, 'name: Beroendemottagningen', `name: ${'B'.repeat(100_000)}`);
      c.replace(service, /summary: .*/, `summary: ${'Ord '.repeat(575)}`);
      c.replace(programme, 'summary: En grupp för anhöriga.', `summary: En grupp.\nhowToJoin: ${'x'.repeat(601)}\nabout: ${'y'.repeat(2001)}`);
      c.replace('pages/start.mdx', 'description: Startsidan.', `description: ${'z'.repeat(401)}`);
    });
    expect(errors).toEqual([
      `${file(service)}: fältet "name": är 100 000 tecken; en rad som ett namn eller en rubrik får vara högst 120. Korta texten.`,
      `${file(service)}: fältet "summary": är 2 299 tecken; en sammanfattning får vara högst 400. Korta texten.`,
      `${file(programme)}: fältet "about": är 2 001 tecken; en längre text får vara högst 2 000. Korta texten.`,
      `${file(programme)}: fältet "howToJoin": är 601 tecken; ett stycke får vara högst 600. Korta texten.`,
      `${file('pages/start.mdx')}: fältet "description": är 401 tecken; en sammanfattning får vara högst 400. Korta texten.`,
    ]);
  });

  it('texts in front matter, the glossary, the site and instruments are checked too', () => {
    const errors = withContent((c) => {
      c.replace('kunskap/sip.mdx', 'title: Samordnad individuell plan', 'title: " "');
      c.replace('ordlista.yaml', /explanation: .*/, 'explanation: ""');
      c.replace('site.yaml', 'tagline: En rad', 'tagline: ""');
      c.replace(mini, 'label: Låg', 'label: ""');
    });
    expect(errors).toEqual([
      `${file(mini)}: fältet "bands.0.label": är tomt. Fyll i en text.`,
      `${file('kunskap/sip.mdx')}: fältet "title": har bara mellanslag. Fyll i en text.`,
      `${file('site.yaml')}: fältet "tagline": är tomt. Fyll i en text.`,
      `${file('ordlista.yaml')}: fältet "terms.0.explanation": är tomt. Fyll i en text.`,
    ]);
  });
});

describe('phone numbers', () => {
  it('a number without its area code', () => {
    expect(withContent((c) => c.replace(service, 'phone: 0455-73 10 00', 'phone: "73 58 14"'))).toEqual([
      `${file(service)}: fältet "contact.phone": "73 58 14" saknar riktnummer. Skriv riktnumret först, med nollan, t.ex. 0XX-73 58 14.`,
    ]);
  });

  it('a number grouped across its area code is printed back in the standard grouping', () => {
    expect(withContent((c) => c.replace(service, 'phone: 0455-73 10 00', 'phone: "045 573 58 14"'))).toEqual([
      `${file(service)}: fältet "contact.phone": "045 573 58 14" har mellanslag eller bindestreck på fel ställe: riktnumret är 0455. Skriv numret som 0455-73 58 14.`,
    ]);
  });

  it('a digit on its own', () => {
    expect(withContent((c) => c.replace(service, 'phone: 0455-73 10 00', 'phone: "0455-73 1 000"'))).toEqual([
      `${file(service)}: fältet "contact.phone": "0455-73 1 000" har mellanslag på fel ställe. Skriv numret som 0455-73 10 00.`,
    ]);
  });

  it('short numbers and the usual ways of writing a number stay valid', () => {
    const errors = withContent((c) => {
      c.replace(service, 'phone: 0455-73 10 00', 'phone: "116 111"');
      c.replace('helplines/larmnummer-112.yaml', 'phone: "112"', 'phone: "112"\nmorePhones:\n  - { label: Mobil, phone: "0708-12 34 56" }\n  - { label: Stockholm, phone: "08-52449910" }\n  - { label: Service, phone: "0771-22 00 00" }');
    });
    expect(errors).toEqual([]);
  });

  it('a number YAML read as a number', () => {
    expect(withContent((c) => c.replace('helplines/vardguiden-1177.yaml', 'phone: "1177"', 'phone: 1177'))).toEqual([
      `${file('helplines/vardguiden-1177.yaml')}: fältet "phone": 1177 lästes som ett tal, inte som ett telefonnummer. Sätt numret inom citattecken, t.ex. phone: "070-174 06 05".`,
    ]);
  });
});

describe('opening hours', () => {
  it('times without days', () => {
    expect(withContent((c) => c.replace(service, 'Mo-Fr 08:00-16:30; PH off', '8:00-16:00'))).toEqual([
      `${file(service)}: fältet "openingHours": "8:00-16:00" har inga dagar, så tiderna gäller alla dagar, också helgdagar. Skriv dagarna först, t.ex. Mo-Fr 08:00-16:00; PH off (eller Mo-Su 08:00-16:00 om det är öppet varje dag).`,
    ]);
    expect(withContent((c) => c.replace(service, 'Mo-Fr 08:00-16:30; PH off', '"08:00-16:00"'))).toHaveLength(1);
  });

  it('24/7 and every day written out stay valid', () => {
    expect(withContent((c) => c.replace(service, 'Mo-Fr 08:00-16:30; PH off', '"Mo-Su 21:00-06:00"'))).toEqual([]);
  });
});

describe('review dates', () => {
  function report(change: (c: ContentFolder) => void, today?: string) {
    const root = mkdtempSync(join(tmpdir(), 'en-vag-in-fields-'));
    try {
      cpSync(join(project, 'tests/fixtures/content-valid'), join(root, 'content'), { recursive: true });
      const folder = { read: (f: string) => readFileSync(join(root, 'content', f), 'utf8'), write: (f: string, t: string) => writeFileSync(join(root, 'content', f), t) };
      change({ ...folder, path: join(root, 'content'), replace: (f: string, from: string, to: string) => folder.write(f, folder.read(f).replace(from, to)) } as ContentFolder);
      return validateContent(join(root, 'content'), { displayRoot: root, ...(today ? { today } : {}) });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  it('older than twelve months is a warning, not an error, measured from the build day', () => {
    const result = report((c) => c.replace(service, 'reviewed: 2026-01-01', 'reviewed: 2025-05-31'));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      `${file(service)}: fältet "reviewed": granskades senast 2025-05-31, för mer än tolv månader sedan. Kontrollera uppgifterna mot källan och skriv dagens datum.`,
    ]);
    expect(report((c) => c.replace(service, 'reviewed: 2026-01-01', 'reviewed: 2025-06-01')).warnings).toEqual([]);
  });

  it('the build day can be passed in', () => {
    const result = report(() => {}, '2027-01-02');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toHaveLength(result.entries.filter((e) => typeof e.data.reviewed === 'string').length);
    expect(result.warnings[0]).toMatch(/: fältet "reviewed": granskades senast 2026-01-01, för mer än tolv månader sedan\./);
  });

  it('a date after the build day is in the future', () => {
    expect(withContent((c) => c.replace(service, 'reviewed: 2026-01-01', 'reviewed: 2026-06-02'))).toEqual([
      `${file(service)}: fältet "reviewed": 2026-06-02 ligger i framtiden. Ange det datum då uppgifterna faktiskt granskades (senast i dag, 2026-06-01).`,
    ]);
  });

  it('check:content prints the warnings after the OK line and exits 0', () => {
    const root = mkdtempSync(join(tmpdir(), 'en-vag-in-fields-'));
    try {
      cpSync(join(project, 'tests/fixtures/content-valid'), join(root, 'content'), { recursive: true });
      const run = spawnSync(process.execPath, [join(project, 'scripts/check-content.ts'), join(root, 'content')], {
        encoding: 'utf8',
        env: { ...process.env, BUILD_DATE: '2027-01-02' },
      });
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Innehållet är giltigt: \d+ filer/);
      expect(run.stderr).toContain('varningar (stoppar inte bygget):');
      expect(run.stderr).toContain(`${file(service)}: fältet "reviewed": granskades senast 2026-01-01, för mer än tolv månader sedan.`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('duplicates', () => {
  it('two bands or two questions with the same id', () => {
    expect(withContent((c) => c.replace(mini, '- id: hog', '- id: lag'))).toEqual([
      `${file(mini)}: fältet "bands.1.id": "lag" används redan av en annan nivå i testet. Ge varje nivå ett eget id.`,
    ]);
    expect(withContent((c) => c.replace(mini, '- id: f2', '- id: f1'))).toEqual([
      `${file(mini)}: fältet "items.1.id": "f1" används redan av en annan fråga i testet. Ge varje fråga ett eget id.`,
      `${file(mini)}: fältet "skipRules.0.skip.0": "f2" är ingen fråga i testet. Använd ett av frågornas id: f1.`,
    ]);
  });

  it('a municipality listed twice, in site.yaml or in a service', () => {
    const errors = withContent((c) => {
      c.replace('site.yaml', 'municipalities: [karlskrona, ronneby]', 'municipalities: [karlskrona, ronneby, karlskrona]');
      c.replace(service, 'municipalities: [karlskrona, ronneby]', 'municipalities: [ronneby, ronneby]');
    });
    expect(errors).toEqual([
      `${file('site.yaml')}: fältet "municipalities.2": "karlskrona" står redan i listan (plats 1). Ta bort den ena.`,
      `${file(service)}: fältet "municipalities.1": "ronneby" står redan i listan (plats 1). Ta bort den ena.`,
    ]);
  });

  it('two answers with the same text, two next steps to the same place, a glossary word claimed twice', () => {
    const errors = withContent((c) => {
      c.replace(mini, '{ label: Nej, points: 0 }, { label: Ja, points: 2 }', '{ label: Nej, points: 0 }, { label: Nej, points: 2 }');
      c.replace(mini, '{ text: Linjen, helpline: sjalvmordslinjen }', '{ text: Ring igen, service: beroendemottagningen }');
      c.write('ordlista.yaml', `${c.read('ordlista.yaml')}  - id: plan\n    term: Plan\n    forms: [plan, SIP]\n    explanation: En plan.\n`);
    });
    expect(errors).toEqual([
      `${file(mini)}: fältet "items.1.options.1.label": "Nej" står redan som svar på frågan. Ge varje svar en egen text.`,
      `${file(mini)}: fältet "bands.1.nextSteps.1": leder till samma ställe som steg 1 (beroendemottagningen). Ta bort det ena steget.`,
      `${file('ordlista.yaml')}: fältet "terms.1.forms.1": "SIP" står redan bland orden för "SIP – samordnad individuell plan". Ett ord kan bara länka till en förklaring: ta bort det ena.`,
    ]);
  });

  it('a service file copied under a new name names both files', () => {
    expect(withContent((c) => c.write('services/beroende-kopia.yaml', c.read(service)))).toEqual([
      `${file(service)}: fältet "name": "Beroendemottagningen" med telefonnumret 0455-73 10 00 finns redan i content/services/beroende-kopia.yaml, så det står två gånger på sidorna. Ta bort den ena filen, eller skriv vad som skiljer de två mottagningar åt i name.`,
    ]);
  });
});

describe('retired numbers', () => {
  it('a retired number must have digits and a note on why', () => {
    expect(withContent((c) => c.replace('site.yaml', 'quickExitUrl: https://www.smhi.se/', 'quickExitUrl: https://www.smhi.se/\nretiredNumbers:\n  - number: "0771-22 00 60"\n    note: Den gamla Hjälplinjen.'))).toEqual([]);
    expect(withContent((c) => c.replace('site.yaml', 'quickExitUrl: https://www.smhi.se/', 'quickExitUrl: https://www.smhi.se/\nretiredNumbers:\n  - number: "växeln"\n    note: Gammal.\n  - number: "0771-22 00 60"'))).toEqual([
      `${file('site.yaml')}: fältet "retiredNumbers.0.number": "växeln" är inget telefonnummer. Skriv numret som det stod någonstans, t.ex. number: "070-174 06 05" eller, utan riktnummer, number: "174 06 05".`,
      `${file('site.yaml')}: fältet "retiredNumbers.1.note": saknas. Fyll i en text.`,
    ]);
  });
});

describe('web addresses', () => {
  it('http:, javascript:, localhost and a space are refused in web, chat and source', () => {
    const errors = withContent((c) => {
      c.replace(service, 'phone: 0455-73 10 00', 'phone: 0455-73 10 00\n  web: http://example.org/beroende\n  chat: javascript:alert(1)');
      c.replace(service, '  - https://example.org/beroende', '  - https://example.org/bero ende\n  - https://localhost:4321/beroende\n  - www.example.org');
      c.replace('site.yaml', 'quickExitUrl: https://www.smhi.se/', 'quickExitUrl: https://192.168.1.10/');
    });
    expect(errors).toEqual([
      `${file(service)}: fältet "contact.web": "http://example.org/beroende" börjar med http:, som inte är krypterat. Skriv https:// i stället för http://.`,
      `${file(service)}: fältet "contact.chat": "javascript:alert(1)" är ingen webbadress som webbplatsen länkar till. Skriv en hel adress som börjar med https://, t.ex. https://www.1177.se/.`,
      `${file(service)}: fältet "source.0": "https://example.org/bero ende" har mellanslag i adressen. Ta bort mellanslagen (ett mellanslag som hör till adressen skrivs %20).`,
      `${file(service)}: fältet "source.1": "https://localhost:4321/beroende" leder till en dator eller ett lokalt nät (localhost), inte till en publik webbplats. Skriv den publika adressen, t.ex. https://www.1177.se/.`,
      `${file(service)}: fältet "source.2": "www.example.org" är ingen webbadress. Skriv hela adressen, t.ex. https://www.1177.se/.`,
      `${file('site.yaml')}: fältet "quickExitUrl": "https://192.168.1.10/" leder till en dator eller ett lokalt nät (192.168.1.10), inte till en publik webbplats. Skriv den publika adressen, t.ex. https://www.1177.se/.`,
    ]);
  });

  it('a source that is one address, or a document named with its address in brackets', () => {
    expect(withContent((c) => c.replace(programme, 'source: Rapport 2024', 'source: http://example.org/rapport'))).toEqual([
      `${file(programme)}: fältet "source": "http://example.org/rapport" börjar med http:, som inte är krypterat. Skriv https:// i stället för http://.`,
    ]);
    expect(withContent((c) => c.replace(programme, 'source: Rapport 2024', 'source: "Rapport 2024 (http://example.org/rapport)"'))).toEqual([]);
  });
});

describe('instruments: answer scales', () => {
  it('a question missing its middle option', () => {
    const errors = withContent((c) => {
      c.replace(mini, 'nej-ja-dubbelt: [0, 2]', 'tre-steg: [0, 1, 2]');
      c.replace(mini, 'scale: nej-ja-dubbelt', 'scale: tre-steg');
    });
    expect(errors).toEqual([
      `${file(mini)}: fältet "items.1.options": svarsalternativen ger 0, 2 poäng, men svarsskalan tre-steg är 0, 1, 2. Ge frågan ett svarsalternativ för varje poäng i skalan, i samma ordning.`,
    ]);
  });

  it('points out of order', () => {
    expect(withContent((c) => c.replace(mini, '[{ label: Nej, points: 0 }, { label: Ja, points: 2 }]', '[{ label: Ja, points: 2 }, { label: Nej, points: 0 }]'))).toEqual([
      `${file(mini)}: fältet "items.1.options": svarsalternativen ger 2, 0 poäng, men svarsskalan nej-ja-dubbelt är 0, 2. Ge frågan ett svarsalternativ för varje poäng i skalan, i samma ordning.`,
    ]);
  });

  it('a scale that is not in the file, or none', () => {
    expect(withContent((c) => c.replace(mini, 'scale: nej-ja\n', 'scale: ja-nej\n'))).toEqual([
      `${file(mini)}: fältet "items.0.scale": "ja-nej" är ingen svarsskala i testet. Använd en av skalorna under answerScales: nej-ja, nej-ja-dubbelt.`,
    ]);
    expect(withContent((c) => c.replace(mini, '    scale: nej-ja\n', ''))).toEqual([
      `${file(mini)}: fältet "items.0.scale": saknas. Ange frågans svarsskala: ett av namnen under answerScales, t.ex. scale: fem-steg.`,
    ]);
  });

  it('AUDIT: question 2 without its middle option fails on that question', () => {
    // Later than any review date in content/, which editors move forward: a review date after the
    // build day is an error, an old one only a warning.
    vi.stubEnv('BUILD_DATE', '2099-12-31');
    const root = mkdtempSync(join(tmpdir(), 'en-vag-in-audit-'));
    try {
      cpSync(join(project, 'content'), join(root, 'content'), { recursive: true });
      const audit = join(root, 'content/instruments/audit.yaml');
      writeFileSync(audit, readFileSync(audit, 'utf8').replace('      - { label: 5–6 standardglas, points: 2, glasses: { min: 5, max: 6 } }\n', ''));
      const { errors } = validateContent(join(root, 'content'), { displayRoot: root, i18nDir: join(project, 'src/i18n') });
      // The answers' standard glasses now skip 5–6 as well: the calculator could point to no answer.
      expect(errors).toEqual([
        'content/instruments/audit.yaml: fältet "items.1.options.2.glasses.min": 7 hänger inte ihop med svaret före, som slutar på 4. Låt det här svaret börja på 5.',
        'content/instruments/audit.yaml: fältet "items.1.options": svarsalternativen ger 0, 1, 3, 4 poäng, men svarsskalan fem-steg är 0, 1, 2, 3, 4. Ge frågan ett svarsalternativ för varje poäng i skalan, i samma ordning.',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('vague messages made clear', () => {
  it('a YAML error on a very long line shows the start of the line', () => {
    expect(withContent((c) => c.replace(service, /summary: .*/, `summary: Öppet: ${'x'.repeat(100_000)}`))).toEqual([
      `${file(service)}: filen går inte att läsa som YAML på rad 5 (summary: Öppet: ${'x'.repeat(63)}…). En text som innehåller kolon (:) ska stå inom citattecken, t.ex. summary: "Öppet: vardagar".`,
    ]);
  });

  it('a missing list of municipalities says "saknas"', () => {
    expect(withContent((c) => c.replace(service, 'municipalities: [karlskrona, ronneby]\n', ''))).toEqual([
      `${file(service)}: fältet "municipalities": saknas. Skriv ordet alla, eller en lista inom hakparenteser med filnamnen (utan .yaml) på kommunerna i content/municipalities/.`,
    ]);
  });

  it('a text where a list is expected shows the list form', () => {
    expect(withContent((c) => c.replace(service, 'topics: [alkohol, narkotika]', 'topics: alkohol'))).toEqual([
      `${file(service)}: fältet "topics": "alkohol" är en text, men här ska stå en lista. Skriv en lista inom hakparenteser, t.ex. topics: [alkohol].`,
    ]);
  });

  it('a number where a text is expected shows the text in quotation marks', () => {
    expect(withContent((c) => c.replace(service, 'name: Beroendemottagningen', 'name: 1177'))).toEqual([
      `${file(service)}: fältet "name": 1177 lästes som ett tal, men här ska stå en text. Sätt texten inom citattecken, t.ex. name: "1177".`,
    ]);
  });

  it('a long wrong value is quoted as a short excerpt', () => {
    const errors = withContent((c) => c.replace(service, 'kind: beroendemottagning', `kind: ${'beroende '.repeat(200)}`));
    expect(errors).toEqual([
      `${file(service)}: fältet "kind": "beroende beroende beroende beroende beroende beroende beroe…" är inget tillåtet värde. Använd ett av: vardcentral, socialtjanst-vuxen, socialtjanst-barn-unga, socialjour, beroendemottagning, beroendeavdelning, psykiatri, psykiatrisk-akut, akutmottagning, narakut, bup, sprututbyte, laro, tillnyktring, ungdomsmottagning, maria, personligt-ombud, anhorigstod.`,
    ]);
  });
});
