// The fuzz test's machinery: one copy of the fixture, reset before each mutation, and the rules
// every message and every accepted mutation must follow.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { contentFiles } from '../../../src/lib/content/checks/files.ts';
import { collections } from '../../../src/lib/content/collections.ts';
import { validateContent, type ContentReport } from '../../../src/lib/content/validate.ts';

/** The YAML reader of Astro's loaders for .yaml files (astro/dist/core/config/settings.js). */
const jsYaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

export const fixture = join(import.meta.dirname, '../../fixtures/content-valid');
export const realContent = join(import.meta.dirname, '../../../content');

export type Path = (string | number)[];
/** Who makes a mutation end as it should: this branch, the one before issue 14, or another helper of issue 14. */
export type Owner = 'files' | 'before' | 'fields' | 'mdx' | 'links';

export interface Mutation {
  /** The class in the summary: texts, phones, hours, dates, links, duplicates, urls, instruments, encoding, files, symlinks, mdx, harmless, generated:<operation>. */
  kind: string;
  name: string;
  owner: Owner;
  /** The files the mutation changes or adds, relative to content/: every error must name one of them. */
  files: string[];
  apply(w: Workspace): void;
  /**
   * reject: the check must refuse it. accept: harmless, the data read must be the original, or the
   * original as `change` alters it on purpose. either: a rejection must be well-formed, and an
   * acceptance may change the data only under `changed` (deleting an optional field).
   */
  expect: 'reject' | 'accept' | 'either';
  /** A rejection must have a message containing one of these (a field, one of its parents, or an MDX line). */
  mentions?: string[];
  /** The value is there (wrong or empty): a message calling the field or a parent of it missing is wrong. */
  present?: Path;
  change?: (data: Data) => void;
  changed?: { file: string; path: Path };
  /** Files the mutation adds whose data is not compared. */
  added?: string[];
  /** An accepted mutation must produce a warning containing this. */
  warns?: string;
}

/** The data the check read, by file (content/…), as JSON: what the build would publish. */
export type Data = Record<string, unknown>;

export class Workspace {
  readonly root = mkdtempSync(join(tmpdir(), 'en-vag-in-fuzz-'));
  readonly content = join(this.root, 'content');

  reset(): void {
    for (const name of ['content', 'utanfor', 'utanfor.yaml']) rmSync(join(this.root, name), { recursive: true, force: true });
    cpSync(fixture, this.content, { recursive: true });
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  path(file: string): string {
    return join(this.content, file);
  }

  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  write(file: string, text: string | Uint8Array): void {
    mkdirSync(dirname(this.path(file)), { recursive: true });
    writeFileSync(this.path(file), text);
  }

  /** A text replacement that must change something, so that a changed fixture fails loudly rather than fuzzing nothing. */
  replace(file: string, from: string | RegExp, to: string): void {
    const before = this.read(file);
    const after = before.replace(from, to);
    if (after === before) throw new Error(`fuzz: ${file} has no ${String(from)}`);
    this.write(file, after);
  }

  /** Edit a YAML file, or the front matter of an MDX file, as a YAML document (comments and layout kept). */
  yaml(file: string, edit: (doc: Document) => void): void {
    const { before, yaml, after } = splitFile(this.read(file), file);
    const doc = parseDocument(yaml);
    const unchanged = doc.toString({ lineWidth: 0 });
    edit(doc);
    const changed = doc.toString({ lineWidth: 0 });
    if (changed === unchanged) throw new Error(`fuzz: the edit of ${file} changed nothing`);
    this.write(file, `${before}${changed}${after}`);
  }

  set(file: string, path: Path, value: unknown): void {
    this.yaml(file, (doc) => {
      if (!doc.hasIn(path.slice(0, -1)) && path.length > 1) throw new Error(`fuzz: ${file} has no ${path.slice(0, -1).join('.')}`);
      doc.setIn(path, doc.createNode(value));
    });
  }

  /** Append text to an MDX file's body. */
  body(file: string, text: string): void {
    this.write(file, `${this.read(file).replace(/\n*$/, '\n')}\n${text}\n`);
  }

  remove(file: string): void {
    rmSync(this.path(file), { recursive: true, force: true });
  }

  link(target: string, file: string): void {
    mkdirSync(dirname(this.path(file)), { recursive: true });
    symlinkSync(target, this.path(file));
  }

  /** A file outside content/, for links to point at. */
  outside(name: string, text: string): string {
    const path = join(this.root, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  }

  validate(): ContentReport {
    return validateContent(this.content, { displayRoot: this.root });
  }
}

/** A YAML file whole, or an MDX file as the text around its front matter. */
export function splitFile(text: string, file: string): { before: string; yaml: string; after: string } {
  if (!file.endsWith('.mdx')) return { before: '', yaml: text, after: '' };
  const match = /^(---\r?\n)([\s\S]*?\r?\n)(---[\s\S]*)$/.exec(text);
  if (!match) throw new Error(`fuzz: ${file} has no front matter`);
  return { before: match[1]!, yaml: match[2]!, after: match[3]! };
}

/** The data of a report by file, as plain JSON (dates as text), for comparing. */
export function dataOf(report: ContentReport): Data {
  const data: Data = {};
  for (const entry of report.entries) data[entry.file] = entry.data;
  if (report.site) data['content/site.yaml'] = report.site;
  if (report.glossary) data['content/ordlista.yaml'] = report.glossary;
  return JSON.parse(JSON.stringify(data)) as Data;
}

/**
 * What the build would read from the collections' files, as Astro's loaders read them: js-yaml
 * for YAML files, Astro's own front matter reader for MDX, the same schemas. A file the build
 * would refuse gives a sentence instead. (site.yaml and ordlista.yaml are read in the build with
 * the same reader as in the check.)
 */
export function buildDataOf(w: Workspace): Data | string {
  const data: Data = {};
  for (const definition of Object.values(collections)) {
    for (const path of contentFiles(join(w.content, definition.folder), definition.format)) {
      const file = relative(w.root, path).replace(/\\/g, '/');
      const text = readFileSync(path, 'utf8');
      let raw: unknown;
      try {
        raw = definition.format === 'yaml' ? jsYaml.load(text) : parseFrontmatter(text).frontmatter;
      } catch (error) {
        return `the build cannot read ${file}: ${String(error).slice(0, 200)}`;
      }
      const result = definition.schema.safeParse(raw);
      if (!result.success) return `the build refuses ${file}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ').slice(0, 200)}`;
      data[file] = result.data;
    }
  }
  return JSON.parse(JSON.stringify(data)) as Data;
}

/** Paths at which two JSON values differ. */
export function differences(a: unknown, b: unknown, path: Path = []): Path[] {
  if (Object.is(a, b)) return [];
  const bothLists = Array.isArray(a) && Array.isArray(b);
  const bothRecords = isRecord(a) && isRecord(b);
  if (!bothLists && !bothRecords) return [path];
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  return [...keys].flatMap((key) => differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [...path, bothLists ? Number(key) : key]));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const englishWords = /\b(the|is|are|must|should|expected|received|invalid|required|cannot|unexpected|missing|string|number|array|object|boolean|null|error|failed|not allowed)\b/i;
const swedishWords = /[åäöÅÄÖ]|\b(och|inte|ska|en|ett|till|som|eller)\b/;

/**
 * What is wrong with one line of the check's output, for an editor, if anything: it must be one
 * Swedish line naming one of `files`, of the form formatError gives, without traces of code.
 */
export function messageProblems(message: string, files: string[]): string[] {
  const problems: string[] = [];
  // A file is named by its path, or by its id where another file's reference to it is what broke
  // (site.yaml's acute strip naming a helpline that lost its phone number).
  const named = files.some((file) => message.startsWith(`content/${file}: `) || message.includes(`"${idOf(file)}"`));
  if (!named) problems.push(`names none of ${files.join(', ')}`);
  if (/[\r\n]/.test(message)) problems.push('is more than one line');
  if (message.length > 400) problems.push(`is ${message.length} characters long`);
  if (/undefined|NaN|\[object Object\]/.test(message)) problems.push('says undefined, NaN or [object Object]');
  if (/\bat \S+ \(|\bat \S+:\d+:\d+|node:internal|file:\/\//.test(message)) problems.push('has a stack trace or a path of the code');
  if (/\b\w*(Error|Exception)\b/.test(message)) problems.push('has an English error name');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(message)) problems.push('has a control character');
  if (message.replace('tecknet �,', '').includes('\uFFFD')) problems.push('prints undecodable bytes');
  const rest = message.slice(message.indexOf(': ') + 2);
  const quotes = rest.match(/"[^"]*"/g) ?? [];
  if (quotes.some((q) => q.length > 100)) problems.push('quotes more than ~60 characters of a value');
  // Quoted values, HTML tag names (<object>), paths and addresses are not prose.
  const prose = rest.replace(/"[^"]*"/g, '""').replace(/<\/?[A-Za-z][^<>]*>/g, '').replace(/\S*[/.:]\S*/g, '');
  if (englishWords.test(prose)) problems.push(`has English (${englishWords.exec(prose)![0]})`);
  if (!swedishWords.test(prose)) problems.push('has no Swedish');
  if (!/^(fältet "[^"]+": |rad \d+: )?\S/.test(rest)) problems.push('is not of the form "fältet …: " or "rad …: "');
  if (!/[.!?]$/.test(message)) problems.push('does not end with a full stop');
  return problems;
}

const idOf = (file: string) => file.replace(/^[^/]+\//, '').replace(/\.(ya?ml|mdx)$/i, '');

/** The lists whose first item, duplicated, must be refused: ids, scoring and the site's municipalities (issue 14). */
export function duplicateMustFail(file: string, path: Path): boolean {
  const key = path.join('.');
  if (['items', 'bands', 'terms'].includes(key) || /^items\.\d+\.options$/.test(key)) return true;
  return file === 'site.yaml' && key === 'municipalities';
}

/** `fältet "<field>"` for the field and each of its parents: a message may name the field or the group it is in. */
export function fieldAndParents(path: Path): string[] {
  return path.map((_, i) => `fältet "${path.slice(0, path.length - i).join('.')}"`);
}

/** The field, a parent of it, or a field inside it (a group set to a wrong value is named by its wrong part). */
export function fieldOrAround(path: Path): string[] {
  return [`fältet "${path.join('.')}.`, ...fieldAndParents(path)];
}

/** Every path in a YAML value, parents before their children. */
export function pathsOf(node: unknown, path: Path = []): { path: Path; value: unknown }[] {
  const children: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : isRecord(node) ? Object.entries(node) : [];
  return children.flatMap(([key, value]) => [{ path: [...path, key], value }, ...pathsOf(value, [...path, key])]);
}
