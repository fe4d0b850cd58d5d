// The floors of src/ and the imports that run upward between them. A file may import from its own
// floor and the floors below it; an import from a higher floor ties the lower one to it and makes
// the layout lie about what depends on what. Read by scripts/import-graph.ts (the report) and
// tests/unit/import-direction.test.ts (the enforcement). The order is explained in docs/design.md.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Lowest first. Each floor lists the folders (or single files) under src/ that belong to it. */
export const floors: readonly { name: string; paths: readonly string[]; why: string }[] = [
  { name: 'lib', paths: ['lib', 'styles', 'astro-components.d.ts'], why: 'framework-free primitives (phone numbers, dates, links), usable by anything' },
  { name: 'schemas', paths: ['schemas'], why: 'the shape of each content file, in zod; needs only primitives' },
  { name: 'i18n', paths: ['i18n'], why: "the site's own words and its editions, checked with the schemas; the content check needs the editions, so they sit below it" },
  { name: 'collections', paths: ['lib/content', 'content.config.ts'], why: 'reading, validating and cross-checking content against the schemas and editions, with Swedish messages' },
  { name: 'components', paths: ['components'], why: 'shared UI that renders facts in the words of the page' },
  { name: 'features', paths: ['features'], why: 'one folder per job, built from components, collections and words' },
  { name: 'layouts', paths: ['layouts'], why: 'the page shell that places the features' },
  { name: 'pages', paths: ['pages'], why: 'routes only: load content and hand it to layouts and features' },
  { name: 'integrations', paths: ['integrations'], why: 'build steps around the whole site (content check, Pagefind, compression)' },
];

export interface Import {
  /** The importing file, relative to the project root, with forward slashes. */
  from: string;
  /** The imported file (resolved, relative to the project root), or the specifier when it leaves src/. */
  to: string;
  fromFloor: string;
  toFloor: string;
  typeOnly: boolean;
}

const sourceExtensions = /\.(ts|astro|mjs)$/;

/** The floor a file under src/ belongs to: the floor with the longest matching path. */
export function floorOf(srcRelativePath: string): string | undefined {
  let best: { name: string; length: number } | undefined;
  for (const floor of floors) {
    for (const path of floor.paths) {
      if (srcRelativePath === path || srcRelativePath.startsWith(`${path}/`)) {
        if (!best || path.length > best.length) best = { name: floor.name, length: path.length };
      }
    }
  }
  return best?.name;
}

export const floorIndex = (name: string) => floors.findIndex((floor) => floor.name === name);

/** The code of an .astro file that can import: its frontmatter and its <script> elements. */
function astroCode(text: string): string {
  const parts: string[] = [];
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (frontmatter) parts.push(frontmatter[1]!);
  for (const script of text.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)) parts.push(script[1]!);
  return parts.join('\n');
}

/** Every module specifier a file names: static imports, export … from, and import() with a string. */
export function specifiers(code: string, fileName: string): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const namedOnly = clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = clause?.phaseModifier === ts.SyntaxKind.TypeKeyword || (!!namedOnly && namedOnly.length > 0 && namedOnly.every((e) => e.isTypeOnly));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push({ specifier: argument.text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(srcDir: string): string[] {
  return readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && sourceExtensions.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const slashes = (path: string) => path.replace(/\\/g, '/');

/** Every import between files of src/ (packages and node: modules are left out). */
export function importsIn(root: string): Import[] {
  const srcDir = resolve(root, 'src');
  const imports: Import[] = [];
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const code = file.endsWith('.astro') ? astroCode(text) : text;
    const fromFloor = floorOf(slashes(relative(srcDir, file)));
    if (!fromFloor) continue;
    for (const { specifier, typeOnly } of specifiers(code, file)) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier.replace(/\?.*$/, ''));
      const inSrc = slashes(relative(srcDir, target));
      const toFloor = inSrc.startsWith('../') ? 'outside src' : floorOf(inSrc) ?? 'unknown';
      imports.push({ from: slashes(relative(root, file)), to: slashes(relative(root, target)), fromFloor, toFloor, typeOnly });
    }
  }
  return imports;
}

/** Imports into a higher floor, and imports that leave src/ or reach a folder no floor names. */
export function upwardImports(imports: Import[]): Import[] {
  return imports.filter((i) => {
    const to = floorIndex(i.toFloor);
    return to === -1 || to > floorIndex(i.fromFloor);
  });
}

/** One line per import, as the allowlist in tests/unit/import-direction.test.ts writes it. */
export const importKey = (i: Pick<Import, 'from' | 'to'>) => `${i.from} -> ${i.to}`;
