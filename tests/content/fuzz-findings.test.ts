// Gaps the fuzz test (tests/content/fuzz/) found in the merged checks, each with its exact message.
import { describe, expect, it } from 'vitest';
import { withContent } from '../helpers/content-fixture.ts';

const service = 'services/beroendemottagningen.yaml';
const glossary = 'ordlista.yaml';
const page = 'pages/start.mdx';
const knowledge = 'kunskap/sip.mdx';

describe('content check: gaps found by the fuzz test', () => {
  it('a source that is there but not a text is named where it stands, not called missing', () => {
    expect(withContent((c) => c.replace(service, '  - https://example.org/beroende', '  - 4711'))).toEqual([
      `content/${service}: fältet "source.0": 4711 är ingen källa. Skriv en webbadress (https://…) eller ett dokuments namn och datum, inom citattecken om det bara är siffror.`,
    ]);
    expect(withContent((c) => c.replace(service, '  - https://example.org/beroende', '  - https://example.org/beroende\n  - "  "'))).toEqual([
      `content/${service}: fältet "source.1": är tomt. Skriv en webbadress (https://…) eller ett dokuments namn och datum, eller ta bort raden.`,
    ]);
  });

  it('a glossary word of spaces alone, or of one letter', () => {
    expect(withContent((c) => c.replace(glossary, 'forms: [SIP]', 'forms: [SIP, "  "]'))).toEqual([
      `content/${glossary}: fältet "terms.0.forms.1": har bara mellanslag. Skriv ordet som det står i texten, t.ex. SIP.`,
    ]);
    expect(withContent((c) => c.replace(glossary, 'forms: [SIP]', 'forms: [SIP, S]'))).toEqual([
      `content/${glossary}: fältet "terms.0.forms.1": "S" är för kort: ett ord som länkas har minst två tecken. Skriv hela ordet, t.ex. SIP.`,
    ]);
  });
});

describe('content check: more gaps found by the fuzz test', () => {
  it('a text of invisible characters alone (a zero-width space)', () => {
    expect(withContent((c) => c.replace(service, 'name: Beroendemottagningen', 'name: "\\u200b"'))).toEqual([
      `content/${service}: fältet "name": har bara osynliga tecken. Fyll i en text.`,
    ]);
  });
});

describe('content check: an address with an invisible character', () => {
  it('a zero-width space at the end of a web address', () => {
    expect(withContent((c) => c.replace(service, '  phone: 0455-73 10 00', '  phone: 0455-73 10 00\n  web: "https://example.org/\\u200b"'))).toEqual([
      `content/${service}: fältet "contact.web": "https://example.org/\u200b" har ett osynligt tecken i adressen (det följer ofta med en kopierad länk). Skriv adressen på nytt för hand.`,
    ]);
  });
});

describe('MDX check: gaps found by the fuzz test', () => {
  it('a link written https: without //', () => {
    expect(withContent((c) => c.write(page, `${c.read(page)}\n[Klicka](https:annan.example/)\n`))).toEqual([
      `content/${page}: rad 10: länken "https:annan.example/" saknar // efter https:. Skriv hela adressen, t.ex. https://www.1177.se/.`,
    ]);
  });
});

describe('MDX check: a block with text inside it', () => {
  it('the text would not be shown', () => {
    expect(withContent((c) => c.write(knowledge, `${c.read(knowledge)}\n<KnowledgeLinks>Mer att läsa</KnowledgeLinks>\n`))).toEqual([
      `content/${knowledge}: rad 21: <KnowledgeLinks> tar inget innehåll, och det som står inom den visas inte. Skriv <KnowledgeLinks /> på en egen rad och texten före eller efter den.`,
    ]);
  });
});
