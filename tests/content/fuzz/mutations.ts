// The mutations: every kind of bad edit issue 14 lists, edits that must change nothing, and
// for every field of every fixture file: delete it, empty it, give it the wrong type, and
// duplicate a list's first item.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { duplicateMustFail, fieldAndParents, fieldOrAround, fixture, pathsOf, realContent, splitFile, type Mutation, type Path, type Workspace } from './harness.ts';

const service = 'services/beroendemottagningen.yaml';
const helpline = 'helplines/larmnummer-112.yaml';
const instrument = 'instruments/mini.yaml';
const programme = 'programmes/anhoriggrupp.yaml';
const municipality = 'municipalities/karlskrona.yaml';
const page = 'pages/start.mdx';
const knowledge = 'kunskap/sip.mdx';
const site = 'site.yaml';
const glossary = 'ordlista.yaml';
const synonyms = 'synonyms/narkotika.yaml';

const long = 'Vi hjälper dig med alkohol, narkotika och spel. '.repeat(2200); // about 100 kB

const utf16le = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le');
const bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);

type Hand = Omit<Mutation, 'files'> & { files?: string[]; file?: string };

/** A mutation of one file, named after it. */
const on = (file: string, m: Omit<Hand, 'file' | 'files'>): Hand => ({ ...m, file });

function handWritten(): Hand[] {
  const reject = (kind: string, owner: Mutation['owner'], file: string, name: string, apply: (w: Workspace) => void, mentions?: string | string[]): Hand =>
    on(file, { kind, owner, name, apply, expect: 'reject', ...(mentions ? { mentions: [mentions].flat() } : {}) });
  const setReject = (kind: string, owner: Mutation['owner'], file: string, path: Path, value: unknown) =>
    reject(kind, owner, file, `${path.join('.')}: ${JSON.stringify(value).slice(0, 40)}`, (w) => w.set(file, path, value), fieldOrAround(path));

  const mutations: Hand[] = [
    // Texts: not empty or whitespace, not a whole book, of the right type.
    setReject('texts', 'fields', service, ['name'], '   '),
    setReject('texts', 'fields', service, ['summary'], ' \t '),
    setReject('texts', 'fields', service, ['summary'], long),
    setReject('texts', 'fields', service, ['name'], long.slice(0, 2000)),
    setReject('texts', 'fields', service, ['verificationNote'], ''),
    setReject('texts', 'fields', helpline, ['name'], 'x'.repeat(300)),
    setReject('texts', 'fields', page, ['title'], ''),
    setReject('texts', 'fields', page, ['title'], '   '),
    setReject('texts', 'fields', knowledge, ['description'], long),
    setReject('texts', 'fields', instrument, ['items', 0, 'text'], '  '),
    setReject('texts', 'fields', glossary, ['terms', 0, 'explanation'], ''),
    setReject('texts', 'fields', site, ['name'], ' '),
    setReject('texts', 'before', helpline, ['name'], 42),
    setReject('texts', 'before', service, ['summary'], ['En', 'lista']),
    setReject('texts', 'before', page, ['description'], { text: 'fel' }),

    // Phone numbers: a Swedish number has its area code, and its spaces where they belong.
    setReject('phones', 'fields', service, ['contact', 'phone'], '73 58 14'),
    setReject('phones', 'fields', service, ['contact', 'phone'], '04 55-73 10 00'),
    setReject('phones', 'fields', service, ['contact', 'phone'], '0455-7 3100 0'),
    setReject('phones', 'fields', helpline, ['phone'], 112),
    setReject('phones', 'fields', service, ['contact', 'phone'], 45573100),

    // Opening hours: a rule has its days.
    setReject('hours', 'fields', service, ['openingHours'], '8:00-16:00'),
    setReject('hours', 'fields', service, ['openingHours'], '08:00-16:30; PH off'),

    // Dates: old is a warning, never an error; future and malformed are errors.
    on(service, { kind: 'dates', owner: 'fields', name: 'reviewed two years ago: a warning', expect: 'accept', apply: (w) => w.set(service, ['reviewed'], '2020-01-01'), changed: { file: service, path: ['reviewed'] }, warns: 'content/services/beroendemottagningen.yaml' }),
    on(page, { kind: 'dates', owner: 'fields', name: 'page reviewed two years ago: a warning', expect: 'accept', apply: (w) => w.set(page, ['reviewed'], '2020-01-01'), changed: { file: page, path: ['reviewed'] }, warns: 'content/pages/start.mdx' }),
    setReject('dates', 'before', service, ['reviewed'], '2999-01-01'),
    setReject('dates', 'before', service, ['reviewed'], '2026-13-01'),
    setReject('dates', 'before', helpline, ['reviewed'], '01/02/2026'),
    setReject('dates', 'before', municipality, ['reviewed'], 'igår'),
    setReject('dates', 'fields', programme, ['reviewed'], 20260101),
    setReject('dates', 'before', knowledge, ['reviewed'], '2026-02-30'),

    // Links: to a page that is built, and never to another host where a page of the site is meant.
    reject('links', 'links', page, 'MDX link to a missing page', (w) => w.body(page, 'Läs [mer](/finns-inte/).'), 'rad '),
    reject('links', 'links', page, 'MDX link to //other.host/', (w) => w.body(page, 'Läs [mer](//annan.example/sida/).'), 'rad '),
    reject('links', 'links', knowledge, 'MDX link to a missing knowledge page', (w) => w.body(knowledge, 'Se [SIP](/kunskap/finns-inte/).'), 'rad '),
    setReject('links', 'links', instrument, ['bands', 1, 'nextSteps', 0], { text: 'Läs', path: '/finns-inte/' }),
    setReject('links', 'links', instrument, ['bands', 1, 'nextSteps', 0], { text: 'Läs', path: '//annan.example/' }),
    on(page, { kind: 'links', owner: 'links', name: 'MDX link to a page that is built', expect: 'accept', apply: (w) => w.body(page, 'Läs om [samordnad individuell plan](/kunskap/sip/).') }),

    // Duplicates: ids within a file, municipalities in site.yaml, the same service twice.
    setReject('duplicates', 'fields', instrument, ['bands', 1, 'id'], 'lag'),
    setReject('duplicates', 'fields', instrument, ['items', 1, 'id'], 'f1'),
    reject('duplicates', 'fields', site, 'a municipality twice in site.yaml', (w) => w.set(site, ['municipalities'], ['karlskrona', 'ronneby', 'karlskrona']), 'fältet "municipalities'),
    { kind: 'duplicates', owner: 'fields', name: 'a service copied under a new name', files: [service, 'services/beroendemottagningen-kopia.yaml'], expect: 'reject', apply: (w) => w.write('services/beroendemottagningen-kopia.yaml', w.read(service)) },
    reject('duplicates', 'before', glossary, 'two glossary words with one id', (w) => w.yaml(glossary, (doc) => doc.addIn(['terms'], doc.createNode({ id: 'sip', term: 'SIP igen', forms: ['SIPEN'], explanation: 'Samma id.' }))), 'fältet "terms.1.id"'),

    // URLs: https only, no spaces, no localhost.
    setReject('urls', 'fields', service, ['contact', 'web'], 'http://example.org/'),
    setReject('urls', 'fields', service, ['contact', 'web'], 'javascript:alert(1)'),
    setReject('urls', 'fields', service, ['contact', 'web'], 'https://localhost/'),
    setReject('urls', 'fields', service, ['contact', 'web'], 'https://exa mple.org/'),
    setReject('urls', 'fields', service, ['contact', 'chat'], 'http://chat.example.org/'),
    setReject('urls', 'fields', helpline, ['web'], 'https://127.0.0.1/'),
    setReject('urls', 'fields', service, ['source', 0], 'https://example.org/a b'),
    setReject('urls', 'fields', municipality, ['source', 0], 'javascript:alert(1)'),
    setReject('urls', 'fields', site, ['quickExitUrl'], 'http://www.smhi.se/'),
    setReject('urls', 'fields', site, ['owner', 'web'], 'https://localhost:4321/'),
    setReject('urls', 'fields', knowledge, ['sources', 0], 'http://example.org/sip'),

    // Instruments: the points in the defined order, every option there, bands that join up.
    reject('instruments', 'fields', instrument, 'options of a question in reverse order', (w) => w.yaml(instrument, (doc) => doc.setIn(['items', 1, 'options'], doc.createNode([...(doc.getIn(['items', 1, 'options']) as { toJSON(): unknown[] }).toJSON()].reverse()))), 'fältet "items.1.options'),
    reject('instruments', 'before', instrument, 'bands with a gap', (w) => w.set(instrument, ['bands', 1, 'ranges', 'man', 'min'], 3), 'fältet "bands'),
    ...auditMutations(),

    // Encoding.
    reject('encoding', 'files', service, 'Windows-1252', (w) => w.write(service, Buffer.from(w.read(service), 'latin1'))),
    reject('encoding', 'files', page, 'Windows-1252 page', (w) => w.write(page, Buffer.from(w.read(page), 'latin1'))),
    reject('encoding', 'files', synonyms, 'a byte that is not UTF-8', (w) => w.write(synonyms, Buffer.concat([Buffer.from(w.read(synonyms)), Buffer.from([0x20, 0x20, 0x23, 0xff, 0x0a])]))),
    reject('encoding', 'files', service, 'a cut UTF-8 letter', (w) => w.write(service, Buffer.from(w.read(service)).subarray(0, Buffer.from(w.read(service)).indexOf(0xc3) + 1))),
    reject('encoding', 'files', site, 'UTF-16 with BOM', (w) => w.write(site, utf16le(w.read(site)))),
    reject('encoding', 'files', helpline, 'UTF-16 big endian', (w) => w.write(helpline, utf16le(w.read(helpline)).swap16())),
    reject('encoding', 'files', glossary, 'UTF-16 without BOM', (w) => w.write(glossary, Buffer.from(w.read(glossary), 'utf16le'))),
    reject('encoding', 'files', helpline, 'a NUL byte', (w) => w.replace(helpline, 'Linje 112', 'Linje\u0000112'), 'rad 1'),
    reject('encoding', 'files', knowledge, 'a NUL byte in MDX', (w) => w.body(knowledge, 'Text\u0000.')),
    reject('encoding', 'files', page, 'a lost letter (U+FFFD)', (w) => w.replace(page, 'Startsidan', 'Startsid\uFFFDn')),
    { kind: 'encoding', owner: 'files', name: 'a UTF-8 BOM on every file', files: [], expect: 'accept', apply: (w) => everyFile((file) => w.write(file, bom(w.read(file)))) },
    { kind: 'encoding', owner: 'before', name: 'CRLF line endings on every file', files: [], expect: 'accept', apply: (w) => everyFile((file) => w.write(file, w.read(file).replace(/\n/g, '\r\n'))) },

    // YAML that js-yaml, in the build, would read otherwise than the check.
    reject('yaml', 'files', service, 'a custom tag', (w) => w.replace(service, 'name: Beroendemottagningen', 'name: !include /etc/passwd'), 'rad 1'),
    reject('yaml', 'files', page, '!!binary in front matter', (w) => w.replace(page, 'owner: Testägare', 'owner: !!binary aGVq'), 'rad 5'),
    reject('yaml', 'files', synonyms, '!!set', (w) => w.replace(synonyms, 'means: [narkotika]', 'means: !!set { narkotika }'), 'rad 3'),
    on(service, { kind: 'yaml', owner: 'files', name: 'an anchor and a plain tag', expect: 'accept', apply: (w) => w.replace(service, 'name: Beroendemottagningen', 'name: &namn !!str Beroendemottagningen') }),
    reject('yaml', 'before', service, 'a merge key', (w) => w.replace(service, 'contact:\n', 'kontakt: &k\n  phone: 0455-73 10 00\ncontact:\n  <<: *k\n')),
    reject('yaml', 'before', helpline, 'two documents in one file', (w) => w.write(helpline, `${w.read(helpline)}---\nname: Linje 2\n`)),
    reject('yaml', 'before', programme, 'a tab as indentation', (w) => w.replace(programme, 'forWhom: [partner, foralder]', 'forWhom:\n\t- partner')),

    // Files a collection does not read.
    reject('files', 'files', 'services/ny.YAML', '.YAML', (w) => w.write('services/ny.YAML', w.read(service))),
    reject('files', 'files', 'pages/om.md', '.md in pages', (w) => w.write('pages/om.md', w.read(page))),
    reject('files', 'files', 'kunskap/en/sip.MDX', '.MDX in kunskap/en', (w) => w.write('kunskap/en/sip.MDX', w.read(knowledge))),
    reject('files', 'files', 'helplines/notes.txt', '.txt', (w) => w.write('helplines/notes.txt', 'Ring 112.')),
    reject('files', 'files', 'municipalities/olofstrom.json', '.json', (w) => w.write('municipalities/olofstrom.json', '{"name":"olofstrom"}')),
    reject('files', 'files', 'site.yml', 'a stray file at the top', (w) => w.write('site.yml', w.read(site))),
    reject('files', 'files', 'service/ny.yaml', 'a folder that is no collection', (w) => w.write('service/ny.yaml', w.read(service))),
    { kind: 'files', owner: 'files', name: 'drafts, hidden files and the README', files: [], expect: 'accept', apply: (w) => {
      w.write('services/_utkast.yaml', 'name: [');
      w.write('_anteckningar.txt', 'att göra');
      w.write('.DS_Store', '\0\0\0\u0001Bud1');
      w.write('pages/.gitkeep', '');
      w.write('README.md', '# Innehållet');
    } },

    // Symbolic links.
    reject('symlinks', 'files', 'services/hemlig.yaml', 'a file linking outside content/', (w) => w.link(w.outside('utanfor.yaml', w.read(service).replace('Beroendemottagningen', 'Hemlig')), 'services/hemlig.yaml')),
    reject('symlinks', 'files', 'pages/os.mdx', 'a page linking to /etc/os-release', (w) => w.link('/etc/os-release', 'pages/os.mdx')),
    reject('symlinks', 'files', 'helplines/fler', 'a folder linking outside content/', (w) => {
      w.outside('utanfor/linje.yaml', w.read(helpline));
      w.link(join(w.root, 'utanfor'), 'helplines/fler');
    }),
    reject('symlinks', 'files', site, 'site.yaml as a link', (w) => {
      const target = w.outside('utanfor.yaml', w.read(site));
      w.remove(site);
      w.link(target, site);
    }),
    reject('symlinks', 'files', 'kunskap/borta.mdx', 'a broken link', (w) => w.link(join(w.root, 'finns-inte.mdx'), 'kunskap/borta.mdx')),

    // MDX bodies: code, raw HTML and structure.
    ...mdxBodies(),

    // Edges: the same attacks written another way, and slips that look almost right.
    ...edges(),

    // Edits that change nothing the site shows.
    on(service, { kind: 'harmless', owner: 'before', name: 'keys in another order', expect: 'accept', apply: (w) => w.yaml(service, (doc) => { const map = doc.contents as { items: unknown[] }; map.items.reverse(); }) }),
    // A comment is lost when the editor at /admin/ saves the file: refused in the files it writes, harmless elsewhere.
    reject('comments', 'files', service, 'comments in a file the editor writes', (w) => w.write(service, `# Granskad av Anna\n${w.read(service).replace('kind: beroendemottagning', 'kind: beroendemottagning # enligt regionen')}`), 'Kommentarer försvinner'),
    on(instrument, { kind: 'harmless', owner: 'before', name: 'comments in a file the editor does not write', expect: 'accept', apply: (w) => w.write(instrument, `# Granskad av Anna\n${w.read(instrument)}`) }),
    on(instrument, { kind: 'harmless', owner: 'before', name: 'flow lists written as block lists', expect: 'accept', apply: (w) => w.yaml(instrument, (doc) => { doc.contents && setBlockStyle(doc.contents); }) }),
    on(helpline, { kind: 'harmless', owner: 'before', name: 'every text quoted', expect: 'accept', apply: (w) => w.replace(helpline, 'name: Linje 112', 'name: "Linje 112"') }),
    on(programme, { kind: 'harmless', owner: 'before', name: 'blank lines and no final newline', expect: 'accept', apply: (w) => w.write(programme, `\n\n${w.read(programme).replace(/\n/g, '\n\n').trimEnd()}`) }),
    on(knowledge, { kind: 'harmless', owner: 'mdx', name: 'a heading, a list and a block on a knowledge page', expect: 'accept', apply: (w) => w.body(knowledge, '## Ring\n\n- en\n- två\n\n<AcuteNumbers />') }),
    on(page, { kind: 'harmless', owner: 'mdx', name: 'a heading, a list, a link and emphasis on a page', expect: 'accept', apply: (w) => w.body(page, '## Ring\n\n- en\n- **två**\n\nLäs [om SIP](/kunskap/sip/) eller ring *1177*.') }),
  ];
  return mutations;
}

/** The real AUDIT, its next steps dropped (they name the real services), in the fixture. */
function auditMutations(): Hand[] {
  const file = 'instruments/audit.yaml';
  let text: string;
  try {
    text = readFileSync(join(realContent, file), 'utf8');
  } catch {
    return [];
  }
  const audit = (change?: (doc: ReturnType<typeof parseDocument>) => void) => (w: Workspace) => {
    const doc = parseDocument(text);
    (doc.toJS() as { bands: unknown[] }).bands.forEach((_, i) => doc.deleteIn(['bands', i, 'nextSteps']));
    doc.deleteIn(['fullTest']);
    change?.(doc);
    w.write(file, doc.toString({ lineWidth: 0 }));
  };
  const middle = (doc: ReturnType<typeof parseDocument>, item: number) => {
    const options = (doc.toJS() as { items: { options: unknown[] }[] }).items[item]!.options;
    doc.deleteIn(['items', item, 'options', Math.floor(options.length / 2)]);
  };
  return [
    { kind: 'instruments', owner: 'fields', name: 'AUDIT as it is', file, expect: 'accept', apply: audit(), added: [file] },
    { kind: 'instruments', owner: 'fields', name: 'AUDIT question 2 without its middle option', file, expect: 'reject', apply: audit((doc) => middle(doc, 1)), mentions: ['fältet "items.1.options'] },
    { kind: 'instruments', owner: 'fields', name: 'AUDIT question 10 without its middle option', file, expect: 'reject', apply: audit((doc) => middle(doc, 9)), mentions: ['fältet "items.9.options'] },
    { kind: 'instruments', owner: 'fields', name: 'AUDIT question 1 with points swapped', file, expect: 'reject', mentions: ['fältet "items.0.options'], apply: audit((doc) => {
      const a = doc.getIn(['items', 0, 'options', 1, 'points']);
      doc.setIn(['items', 0, 'options', 1, 'points'], doc.getIn(['items', 0, 'options', 2, 'points']));
      doc.setIn(['items', 0, 'options', 2, 'points'], a);
    }) },
  ];
}

function mdxBodies(): Hand[] {
  const body = (file: string, name: string, text: string, owner: Mutation['owner'] = 'mdx'): Hand =>
    on(file, { kind: 'mdx', owner, name, expect: 'reject', apply: (w) => w.body(file, text), mentions: ['rad '] });
  return [
    body(page, 'an unclosed tag', '<div>\n\nText.'),
    body(page, 'an unknown component', '<AkutNummer />'),
    body(page, 'a misspelt component', '<Acutenumbers />'),
    body(page, 'raw <script>', '<script>alert(1)</script>'),
    body(page, 'raw <style>', '<style>{`body { color: red }`}</style>'),
    body(page, 'raw <iframe>', '<iframe src="https://example.org/"></iframe>'),
    body(page, '<object>', '<object data="https://example.org/a.swf"></object>'),
    body(page, '<img onerror>', '<img src="/favicon.svg" onerror="alert(1)" />'),
    body(page, 'an onclick attribute', '<a href="/" onclick="alert(1)">Hem</a>'),
    body(page, 'a javascript: link', '[Klicka](javascript:alert(1))'),
    body(page, 'a javascript: href', '<a href="javascript:alert(1)">Klicka</a>'),
    body(page, 'an image from another host', '![Bild](https://annan.example/bild.png)'),
    body(page, 'an import', "import fs from 'node:fs'", 'mdx'),
    body(page, 'an import of a file on the machine', "import os from '/etc/os-release?raw'\n\n{os}"),
    body(page, 'an export', 'export const title = "Annat"'),
    body(page, 'an expression reading the environment', '{process.env.HOME}'),
    body(page, 'an expression', 'Svaret är {1 + 1}.'),
    body(page, 'an expression in an attribute', '<AcuteNumbers rubrik={process.version} />'),
    body(page, 'a second h1', '# En rubrik till'),
    body(page, 'a skipped heading level', '#### För djup'),
    body(page, 'a bare {', 'Pris { 100 kr.'),
    body(page, 'a bare <', 'Om a < b och 3 <4.'),
    body(page, 'an HTML comment', '<!-- anteckning -->'),
    body(knowledge, 'raw <script> in kunskap', '<script src="https://annan.example/x.js"></script>'),
    body(knowledge, 'an expression in kunskap', '{globalThis.process.env.CI}'),
    body(knowledge, 'an unclosed component in kunskap', '<Doors>'),
  ];
}

function edges(): Hand[] {
  const body = (file: string, name: string, text: string, expect: Mutation['expect'] = 'reject'): Hand =>
    on(file, { kind: 'edges', owner: 'mdx', name, expect, apply: (w) => w.body(file, text), ...(expect === 'reject' ? { mentions: ['rad '] } : {}) });
  const field = (file: string, path: Path, value: unknown, expect: Mutation['expect'] = 'reject'): Hand =>
    on(file, { kind: 'edges', owner: 'fields', name: `${path.join('.')}: ${JSON.stringify(value)}`, expect, apply: (w) => w.set(file, path, value), ...(expect === 'reject' ? { mentions: fieldOrAround(path) } : { changed: { file, path } }) });
  return [
    body(page, 'a javascript: link as a reference definition', 'Läs [mer][hit].\n\n[hit]: javascript:alert(1)'),
    body(page, 'an image from another host as a reference', 'Se ![bild][b].\n\n[b]: https://annan.example/b.png'),
    body(page, 'JaVaScRiPt: in mixed case', '[Klicka](JaVaScRiPt:alert(1))'),
    body(page, 'a data: link', '[Klicka](data:text/html,<script>alert(1)</script>)'),
    body(page, 'a vbscript: link', '[Klicka](vbscript:msgbox(1))'),
    body(page, 'a link starting /\\ (another host to a browser)', '[Klicka](/\\annan.example/)'),
    body(page, 'an autolink to javascript:', '<javascript:alert(1)>'),
    body(page, 'a link to another host written as https:', '[Klicka](https:annan.example/)'),
    body(page, 'a setext h1', 'Rubrik\n======'),
    body(page, 'a raw <h1>', '<h1>Rubrik</h1>'),
    body(page, 'a link to a page without its trailing slash', 'Läs [om SIP](/kunskap/sip).', 'either'),
    body(page, 'a link to a page with an anchor', 'Läs [om SIP](/kunskap/sip/#mer).', 'either'),
    body(page, 'a link to ../', 'Läs [mer](../../etc/passwd).'),
    body(knowledge, 'a block with an attribute', '<KnowledgeLinks rubrik="Mer" />'),
    body(knowledge, 'a block with children', '<KnowledgeLinks>Text</KnowledgeLinks>'),
    body(knowledge, 'a block in lower case', '<knowledgeLinks />'),
    body(knowledge, 'a block inside a sentence', 'Se också <KnowledgeLinks /> här.', 'either'),
    body(knowledge, 'a block spread over lines', '<KnowledgeLinks\n/>', 'either'),
    body(knowledge, 'a block with an expression as attribute', '<KnowledgeLinks {...props} />'),
    body(knowledge, 'an ESM import after text', 'Text.\n\nimport x from "./y.js"'),
    body(knowledge, 'an expression in a link', '[Hem]({process.env.HOME})'),
    body(knowledge, 'a footnote', 'Text[^1].\n\n[^1]: En fotnot.', 'either'),
    body(knowledge, 'a table', '| a | b |\n| - | - |\n| 1 | 2 |', 'either'),
    field(service, ['contact', 'phone'], '0455–73 10 00', 'either'),
    field(service, ['contact', 'phone'], '+46 455 73 10 00', 'either'),
    field(service, ['contact', 'phone'], ' 0455-73 10 00 ', 'either'),
    field(service, ['contact', 'phone'], '0455-73 10 00 ank. 12', 'either'),
    field(service, ['contact', 'phone'], '112; 1177'),
    field(service, ['contact', 'web'], 'https://user:hemligt@example.org/'),
    field(service, ['contact', 'web'], 'https://example.org/\u200b'),
    field(service, ['contact', 'web'], 'HTTPS://EXAMPLE.ORG/', 'either'),
    field(service, ['contact', 'web'], 'https://[::1]/'),
    field(service, ['contact', 'web'], 'https://192.168.1.10/'),
    field(service, ['contact', 'web'], 'https://intranet/'),
    field(service, ['contact', 'email'], 'mailto:info@example.org', 'either'),
    field(service, ['openingHours'], 'mo-fr 08:00-16:30', 'either'),
    field(service, ['openingHours'], 'Mo-Fr 08:00-26:00', 'either'), // OSM's extended hours: open until 02:00
    field(service, ['openingHours'], 'Mån-Fre 08:00-16:30'),
    field(service, ['openingHours'], 'Mo-Fr 08:00-16:30; PH off; ', 'either'),
    field(service, ['name'], 'Beroende\nmottagningen'),
    field(service, ['name'], '<script>alert(1)</script>', 'either'),
    field(service, ['name'], '\u200b'),
    field(service, ['summary'], '\u00a0\u00a0'),
    field(helpline, ['phone'], '1177'.repeat(5)),
    field(instrument, ['minutes'], 1.5),
    field(instrument, ['minutes'], -1),
    field(instrument, ['items', 0, 'options', 1, 'points'], 1.5),
    field(instrument, ['items', 0, 'options', 1, 'points'], 1e9),
    field(instrument, ['bands', 0, 'ranges', 'man', 'max'], 0.5),
    field(site, ['municipalities'], 'alla'),
    field(programme, ['municipalities'], 'Alla'),
    field(service, ['reviewed'], '2026-01-01T10:00:00', 'either'),
    field(service, ['reviewed'], '20260101'),
    field(service, ['reviewed'], '2026-1-1'),
  ];
}

/** Every file of the fixture, relative to content/. */
export function fixtureFiles(): string[] {
  return (readdirSync(fixture, { recursive: true, withFileTypes: true }) as { parentPath: string; name: string; isFile(): boolean }[])
    .filter((d) => d.isFile())
    .map((d) => relative(fixture, join(d.parentPath, d.name)).replace(/\\/g, '/'))
    .sort();
}

function everyFile(each: (file: string) => void): void {
  for (const file of fixtureFiles()) each(file);
}

function setBlockStyle(node: unknown): void {
  const n = node as { flow?: boolean; items?: unknown[]; value?: unknown };
  if (Array.isArray(n.items)) n.flow = false;
  for (const item of n.items ?? []) {
    const pair = item as { key?: unknown; value?: unknown };
    if (pair && typeof pair === 'object' && 'value' in pair) setBlockStyle(pair.value ?? {});
    else setBlockStyle(item ?? {});
  }
}

/**
 * For every field of every fixture file: delete it, empty it, give it the wrong type, and
 * duplicate a list's first item.
 */
function generated(): Mutation[] {
  const mutations: Mutation[] = [];
  for (const file of fixtureFiles()) {
    const { yaml } = splitFile(readFileSync(join(fixture, file), 'utf8'), file);
    const data = parse(yaml) as unknown;
    for (const { path, value } of pathsOf(data)) {
      const where = `${file} ${path.join('.')}`;
      const field = { mentions: fieldAndParents(path) };
      const wrong = { mentions: fieldAndParents(path), present: path };
      const set = (v: unknown) => (w: Workspace) => w.set(file, path, v);
      const add = (operation: string, m: Omit<Mutation, 'kind' | 'files' | 'name'>) => mutations.push({ kind: `generated: ${operation}`, name: `${where}: ${operation}`, files: [file], ...m });
      const parent = path.slice(0, -1);
      add('delete', { owner: 'fields', expect: 'either', apply: (w) => w.yaml(file, (doc) => doc.deleteIn(path)), changed: { file, path: typeof path.at(-1) === 'number' ? parent : path } });
      if (typeof value === 'string') {
        add('empty', { owner: 'fields', expect: 'reject', apply: set(''), ...field });
        add('whitespace', { owner: 'fields', expect: 'reject', apply: set('  \t '), ...field });
        add('wrong type', { owner: 'fields', expect: 'reject', apply: set(4711), ...wrong });
      } else if (typeof value === 'number') {
        add('wrong type', { owner: 'fields', expect: 'reject', apply: set('tolv'), ...wrong });
      } else if (typeof value === 'boolean') {
        add('wrong type', { owner: 'fields', expect: 'reject', apply: set('ja'), ...wrong });
      } else if (Array.isArray(value)) {
        add('empty', { owner: 'fields', expect: 'either', apply: set([]), changed: { file, path } });
        add('wrong type', { owner: 'fields', expect: 'reject', apply: set(4711), ...wrong });
        if (value.length > 0) {
          const duplicate = (w: Workspace) => w.yaml(file, (doc) => doc.addIn(path, doc.createNode(value[0])));
          if (duplicateMustFail(file, path)) add('duplicate item', { owner: 'fields', expect: 'reject', apply: duplicate, mentions: fieldOrAround(path) });
          else add('duplicate item', { owner: 'fields', expect: 'either', apply: duplicate, changed: { file, path } });
        }
      } else if (value && typeof value === 'object') {
        add('empty', { owner: 'fields', expect: 'either', apply: set({}), changed: { file, path } });
        add('wrong type', { owner: 'fields', expect: 'reject', apply: set('fel'), ...wrong });
      }
    }
  }
  return mutations;
}

export function allMutations(): Mutation[] {
  const hand = handWritten().map(({ file, files, ...m }) => ({ ...m, files: files ?? (file ? [file] : []) }));
  return [...hand, ...generated()];
}
