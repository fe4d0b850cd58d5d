import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate.ts';
import { withContent, type ContentFolder } from '../helpers/content-fixture.ts';

const service = 'services/beroendemottagningen.yaml';
const page = 'pages/start.mdx';
const folders = 'helplines, instruments, kunskap, municipalities, pages, programmes, services, standardglas, synonyms';
const notUtf8 = (file: string, line: number) =>
  `content/${file}: filen är inte sparad som UTF-8 (å, ä och ö blir fel, första gången på rad ${line}). Öppna den i din redigerare och spara den som UTF-8.`;
const utf16 = (file: string) => `content/${file}: filen är sparad som UTF-16, inte UTF-8. Öppna den i din redigerare och spara den som UTF-8.`;
const symlink = (file: string) =>
  `content/${file}: är en symbolisk länk (en genväg till en annan plats), och webbplatsen läser bara det som ligger i content/. Ta bort länken och kopiera in filen eller mappen hit i stället.`;

const writeBytes = (c: ContentFolder, file: string, bytes: Uint8Array) => writeFileSync(join(c.path, file), bytes);
const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => utf16le(text).swap16();

/** The whole report for a changed copy of the fixture, for comparing the data read. */
function reportFor(change: (content: string) => void) {
  const root = mkdtempSync(join(tmpdir(), 'en-vag-in-files-'));
  try {
    cpSync(join(import.meta.dirname, '../fixtures/content-valid'), join(root, 'content'), { recursive: true });
    change(join(root, 'content'));
    return validateContent(join(root, 'content'), { displayRoot: root });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('content check: a file that is not UTF-8 gets one sentence on how to save it, never its bytes', () => {
  it('Windows-1252 or Latin-1 (å, ä and ö as single bytes)', () => {
    expect(withContent((c) => writeBytes(c, service, Buffer.from(c.read(service), 'latin1')))).toEqual([notUtf8(service, 5)]);
  });

  it('Windows-1252 in a page', () => {
    expect(withContent((c) => writeBytes(c, page, Buffer.from(c.read(page), 'latin1')))).toEqual([notUtf8(page, 5)]);
  });

  it('a byte that is not UTF-8 pasted into a UTF-8 file', () => {
    const errors = withContent((c) => writeBytes(c, service, Buffer.concat([Buffer.from(c.read(service)), Buffer.from([0x6f, 0x6b, 0xe4, 0x0a])])));
    expect(errors).toEqual([
      `content/${service}: rad 16: här står tecken som inte är UTF-8 (ofta å, ä eller ö inklistrade från ett annat program). Skriv om dem och spara filen som UTF-8.`,
    ]);
  });

  it('UTF-16 with a byte order mark, little and big endian, and without one', () => {
    expect(withContent((c) => writeBytes(c, service, utf16le(`\uFEFF${c.read(service)}`)))).toEqual([utf16(service)]);
    expect(withContent((c) => writeBytes(c, service, utf16be(`\uFEFF${c.read(service)}`)))).toEqual([utf16(service)]);
    expect(withContent((c) => writeBytes(c, 'site.yaml', utf16le(c.read('site.yaml'))))).toEqual([utf16('site.yaml')]);
  });

  it('a NUL byte', () => {
    const errors = withContent((c) => c.replace(service, 'kind: beroendemottagning', 'kind: beroende\0mottagning'));
    expect(errors).toEqual([
      `content/${service}: rad 4: filen innehåller ett osynligt nolltecken (NUL). Ta bort tecknet (många redigerare visar det som NUL) och spara filen.`,
    ]);
  });

  it('the replacement character left where a letter was lost', () => {
    const errors = withContent((c) => c.replace(page, /^title: .*$/m, 'title: Vi hj\uFFFDlper dig'));
    expect(errors).toEqual([
      `content/${page}: rad 2: här står tecknet �, som blir kvar där en bokstav har gått förlorad (ofta å, ä eller ö). Skriv om ordet med rätt bokstav och spara filen som UTF-8.`,
    ]);
  });

  it('a UTF-8 byte order mark is accepted and the data read is the same', () => {
    const plain = reportFor(() => {});
    const withBom = reportFor((content) => {
      for (const file of [service, page, 'site.yaml', 'ordlista.yaml']) {
        const path = join(content, file);
        writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path)]));
      }
    });
    expect(withBom.errors).toEqual([]);
    expect(withBom.entries).toEqual(plain.entries);
    expect(withBom.site).toEqual(plain.site);
    expect(withBom.glossary).toEqual(plain.glossary);
  });
});

describe('content check: every file in content/ is read, or named with what its folder takes', () => {
  it('a YAML folder reads .yaml and .yml only', () => {
    const errors = withContent((c) => {
      c.write('services/ny-mottagning.YAML', c.read(service));
      c.write('services/anteckningar.txt', 'ring tillbaka');
      c.write('helplines/linje.json', '{}');
    });
    expect(errors).toEqual([
      `content/helplines/linje.json: filen läses inte av webbplatsen: i content/helplines/ läses bara filer som slutar på .yaml eller .yml. Byt namn på filen så att den slutar på .yaml, eller ta bort den.`,
      `content/services/anteckningar.txt: filen läses inte av webbplatsen: i content/services/ läses bara filer som slutar på .yaml eller .yml. Byt namn på filen så att den slutar på .yaml, eller ta bort den.`,
      `content/services/ny-mottagning.YAML: filen läses inte av webbplatsen: i content/services/ läses bara filer som slutar på .yaml eller .yml. Byt namn på filen så att den slutar på .yaml, eller ta bort den.`,
    ]);
  });

  it('pages and kunskap read .mdx only, in subfolders too', () => {
    const errors = withContent((c) => {
      c.write('pages/om.md', c.read(page));
      c.write('kunskap/en/sip.MDX', c.read('kunskap/sip.mdx'));
    });
    expect(errors).toEqual([
      'content/kunskap/en/sip.MDX: filen läses inte av webbplatsen: i content/kunskap/ läses bara filer som slutar på .mdx. Byt namn på filen så att den slutar på .mdx, eller ta bort den.',
      'content/pages/om.md: filen läses inte av webbplatsen: i content/pages/ läses bara filer som slutar på .mdx. Byt namn på filen så att den slutar på .mdx, eller ta bort den.',
    ]);
  });

  it('a stray file at the top, and a folder that is no collection', () => {
    const errors = withContent((c) => {
      c.write('site.yml', c.read('site.yaml'));
      c.write('service/ny.yaml', c.read(service));
    });
    expect(errors).toEqual([
      `content/service/ny.yaml: filen läses inte av webbplatsen: mappen content/service/ är ingen av innehållets mappar (${folders}). Flytta filen till rätt mapp, eller ta bort den.`,
      `content/site.yml: filen läses inte av webbplatsen: överst i content/ läses bara site.yaml och ordlista.yaml. Flytta filen till mappen där den hör hemma (${folders}), eller ta bort den.`,
    ]);
  });

  it('the README, drafts starting with _, hidden files and hidden folders are not content and pass', () => {
    const errors = withContent((c) => {
      c.write('README.md', '# Innehållet');
      c.write('_anteckningar.txt', 'att göra');
      c.write('services/_utkast.yaml', 'name: [');
      c.write('pages/_utkast.md', '# Utkast');
      c.write('.DS_Store', '\0\0\0\x01Bud1');
      c.write('services/.gitkeep', '');
      c.write('.git/config', '[core]');
      c.write('pages/.cache/start.mdx', 'inget');
    });
    expect(errors).toEqual([]);
  });

  it('a hidden file with a collection extension is read, as Astro reads it, and its name refused', () => {
    const errors = withContent((c) => c.write('services/.kopia.yaml', c.read(service)));
    expect(errors).toEqual([
      'content/services/.kopia.yaml: fältet "id": filnamnet ".kopia" kan inte bli en webbadress. Byt namn på filen så att namnet bara har små bokstäver a–z, siffror och bindestreck, t.ex. beroendemottagningen.yaml.',
    ]);
  });

  it('something that is neither a file nor a folder', () => {
    const errors = withContent((c) => execFileSync('mkfifo', [join(c.path, 'services/ror.yaml')]));
    expect(errors).toEqual(['content/services/ror.yaml: är varken en fil eller en mapp. Ta bort den.']);
  });
});

describe('content check: a symbolic link is refused anywhere in content/, and nothing it points to is read', () => {
  const outside = (c: ContentFolder, text: string) => {
    const path = join(c.path, '..', 'utanfor.yaml');
    writeFileSync(path, text);
    return path;
  };

  it('a content file linking outside content/', () => {
    const errors = withContent((c) => symlinkSync(outside(c, c.read(service).replace('Beroendemottagningen', 'Hemlig')), join(c.path, 'services/hemlig.yaml')));
    expect(errors).toEqual([symlink('services/hemlig.yaml')]);
  });

  it('a link to a file that is not YAML (the build would publish it or fail in English)', () => {
    const errors = withContent((c) => symlinkSync('/etc/hostname', join(c.path, 'pages/vard.mdx')));
    expect(errors).toEqual([symlink('pages/vard.mdx')]);
  });

  it('site.yaml as a link: only the link is named, its target is not read', () => {
    const errors = withContent((c) => {
      const target = outside(c, c.read('site.yaml'));
      rmSync(join(c.path, 'site.yaml'));
      symlinkSync(target, join(c.path, 'site.yaml'));
    });
    expect(errors).toEqual([symlink('site.yaml')]);
  });

  it('a folder linking outside content/, a collection folder as a link, a broken link and a draft link', () => {
    const errors = withContent((c) => {
      const elsewhere = join(c.path, '..', 'annan-mapp');
      mkdirSync(elsewhere);
      writeFileSync(join(elsewhere, 'hemlig.yaml'), c.read(service));
      symlinkSync(elsewhere, join(c.path, 'services/fler'));
      cpSync(join(c.path, 'synonyms'), join(elsewhere, 'synonyms'), { recursive: true });
      rmSync(join(c.path, 'synonyms'), { recursive: true });
      symlinkSync(join(elsewhere, 'synonyms'), join(c.path, 'synonyms'));
      symlinkSync(join(c.path, 'finns-inte.yaml'), join(c.path, 'helplines/borta.yaml'));
      symlinkSync('/etc/hostname', join(c.path, 'services/_utkast.yaml'));
    });
    expect(errors).toEqual([symlink('helplines/borta.yaml'), symlink('services/_utkast.yaml'), symlink('services/fler'), symlink('synonyms')]);
  });
});

describe('the build refuses what the check refuses', () => {
  it('the content check hook stops the build on a link, before Astro reads any content', async () => {
    const { contentCheck } = await import('../../src/integrations/content-check.ts');
    const root = mkdtempSync(join(tmpdir(), 'en-vag-in-build-'));
    try {
      cpSync(join(import.meta.dirname, '../fixtures/content-valid'), join(root, 'content'), { recursive: true });
      symlinkSync('/etc/os-release', join(root, 'content/pages/os.mdx'));
      const setup = contentCheck().hooks['astro:config:setup'] as unknown as (options: object) => void;
      expect(() => setup({ config: { root: pathToFileURL(`${root}/`) }, logger: { info: () => {}, warn: () => {} }, updateConfig: () => {} })).toThrow(
        `Innehållet har 1 fel:\n  - ${symlink('pages/os.mdx')}`,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the glossary, read when Astro loads its config, leaves every error to the check', () => {
  it('a YAML error, a file that is not UTF-8 or a link gives no glossary instead of an English error', async () => {
    const { loadGlossary } = await import('../../src/lib/content/glossary.ts');
    const glossaryOf = (change: (content: string) => void) => {
      const root = mkdtempSync(join(tmpdir(), 'en-vag-in-glossary-'));
      try {
        cpSync(join(import.meta.dirname, '../fixtures/content-valid'), join(root, 'content'), { recursive: true });
        change(join(root, 'content'));
        return loadGlossary(join(root, 'content'));
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    };
    const file = (content: string) => join(content, 'ordlista.yaml');
    expect(glossaryOf(() => {})?.terms.length).toBeGreaterThan(0);
    expect(glossaryOf((content) => writeFileSync(file(content), 'terms: [\nterms: ['))).toBeUndefined();
    expect(glossaryOf((content) => writeFileSync(file(content), utf16le(readFileSync(file(content), 'utf8'))))).toBeUndefined();
    expect(
      glossaryOf((content) => {
        writeFileSync(join(content, '..', 'ord.yaml'), readFileSync(file(content)));
        rmSync(file(content));
        symlinkSync(join(content, '..', 'ord.yaml'), file(content));
      }),
    ).toBeUndefined();
  });
});

describe('content check: YAML the build would read otherwise', () => {
  it('a YAML tag other than the plain types, which js-yaml in the build refuses in English or reads as other data', () => {
    expect(withContent((c) => c.replace(service, 'name: Beroendemottagningen', 'name: !include /etc/passwd'))).toEqual([
      `content/${service}: rad 1: "!include" är en YAML-tagg, och sådana används inte i innehållet. Ta bort taggen så att raden bara har fältet och dess värde.`,
    ]);
    expect(withContent((c) => c.replace(page, 'owner: Testägare', 'owner: !!binary aGVq'))).toEqual([
      `content/${page}: rad 5: "!!binary" är en YAML-tagg, och sådana används inte i innehållet. Ta bort taggen så att raden bara har fältet och dess värde.`,
    ]);
  });

  it('a plain type written as a tag, read alike by both, passes', () => {
    expect(withContent((c) => c.replace('helplines/larmnummer-112.yaml', 'phone: "112"', 'phone: !!str 112'))).toEqual([]);
  });
});
