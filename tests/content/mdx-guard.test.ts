// The build's MDX guard: the Vite plugin that refuses an MDX file from content/ before it is
// compiled, so that no edit can run code on the build machine, also in `astro dev`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxGuard } from '../../src/integrations/mdx-guard.ts';

const root = '/projekt';
const page = `${root}/content/kunskap/sip.mdx`;
const valid = readFileSync(join(import.meta.dirname, '../fixtures/content-valid/kunskap/sip.mdx'), 'utf8');

function compile(code: string, id = page): unknown {
  const { transform } = mdxGuard(root) as unknown as { transform: { filter: { id: RegExp }; handler: (code: string, id: string) => unknown } };
  if (!transform.filter.id.test(id)) return 'not an MDX module';
  return transform.handler(code, id);
}

describe('the MDX guard in the build', () => {
  it('lets a valid page through unchanged', () => {
    expect(compile(valid)).toBeNull();
  });

  it('refuses an import of a file and an expression reading the environment, in Swedish', () => {
    const malicious = valid.replace('En text.\n', "import x from '/etc/os-release'\n\nEn text: {process.env.HOME} {x}\n");
    expect(() => compile(malicious)).toThrow(
      [
        'Innehållet har 3 fel:',
        '  - content/kunskap/sip.mdx: rad 13: "import x from \'/etc/os-release\'" hämtar kod eller filer till sidan och är inte tillåtet i innehållet. Ta bort raden: webbplatsens komponenter (AcuteNumbers, Doors, InterpreterRequest, KnowledgeLinks, LanguageLines, MunicipalityContacts, RelativesSupport, SelfTests) finns på sidan utan import.',
        '  - content/kunskap/sip.mdx: rad 15: "{process.env.HOME}" är kod och är inte tillåtet i innehållet. Menar du klammerparenteserna som text, skriv \\{ och \\}; annars ta bort dem.',
        '  - content/kunskap/sip.mdx: rad 15: "{x}" är kod och är inte tillåtet i innehållet. Menar du klammerparenteserna som text, skriv \\{ och \\}; annars ta bort dem.',
      ].join('\n'),
    );
  });

  it('refuses an expression in a block\'s attribute and a raw script', () => {
    const malicious = valid.replace('<KnowledgeLinks />', '<KnowledgeLinks x={process.env.HOME} />\n\n<script>alert(1)</script>');
    expect(() => compile(malicious)).toThrow(/rad 19: x=\{process\.env\.HOME\} på <KnowledgeLinks> är kod[\s\S]*rad 21: <script> kan köra kod/);
  });

  it('reads the front matter as the compiler does: a layout would be imported, also from TOML', () => {
    const withLayout = valid.replace('owner: Exempel\n', 'owner: Exempel\nlayout: /tmp/kod.js\n');
    expect(() => compile(withLayout)).toThrow(
      'content/kunskap/sip.mdx: fältet "layout": är inget känt fält. Ta bort det, eller rätta stavningen om du menade ett annat fält (fälten beskrivs i content/README.md).',
    );
    const toml = '+++\ntitle = "x"\nlayout = "/tmp/kod.js"\n+++\n\nText.\n';
    expect(() => compile(toml)).toThrow('content/kunskap/sip.mdx: fältet "layout": är inget känt fält.');
  });

  it('front matter the compiler cannot read is one error, not every field missing', () => {
    expect(() => compile(valid.replace('topics: [alkohol]', 'topics: [alkohol'))).toThrow(
      'Innehållet har 1 fel:\n  - content/kunskap/sip.mdx: fälten mellan raderna med --- överst går inte att läsa. Kör npm run check:content, som visar raden och hur den rättas.',
    );
  });

  it('refuses what the parser cannot read, with the line', () => {
    expect(() => compile(valid.replace('En text.', 'Barn <5 år.'))).toThrow('content/kunskap/sip.mdx: rad 13: tecknet < kan inte stå så här i texten.');
  });

  it('refuses a block on a Swedish page, which is compiled without blocks', () => {
    const start = '---\ntitle: Start\ndescription: Startsidan.\nreviewed: 2026-01-01\nowner: Testägare\n---\n\n<Doors />\n';
    expect(() => compile(start, `${root}/content/pages/start.mdx`)).toThrow('content/pages/start.mdx: rad 8: <Doors /> kan inte användas på den här sidan');
  });

  it('checks the module the compiler compiles, not the files of the site itself', () => {
    expect(compile('{process.env.HOME}', `${root}/src/pages/om.mdx`)).toBeNull();
    expect(compile('{process.env.HOME}', `${page}?astroPropagatedAssets`)).toBe('not an MDX module');
  });

  it('must come before the MDX compiler', () => {
    const guard = mdxGuard(root) as unknown as { configResolved: (config: { plugins: { name: string }[] }) => void };
    expect(() => guard.configResolved({ plugins: [{ name: 'en-vag-in:mdx-guard' }, { name: '@mdx-js/rolldown' }] })).not.toThrow();
    expect(() => guard.configResolved({ plugins: [{ name: '@mdx-js/rolldown' }, { name: 'en-vag-in:mdx-guard' }] })).toThrow('MDX-vakten måste ligga före @astrojs/mdx');
  });
});
