// Which files in content/ the site reads, and whether their bytes are text it can read.
// Astro's loaders read a collection's files by extension and follow symbolic links; a file they
// skip is an edit that silently does nothing, and a link is a way for anything on the build
// machine to be published. So every file in content/ is either read, or named here as an error.
import { isUtf8 } from 'node:buffer';
import { type Dirent, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collections } from '../collections.ts';
import { formatError } from '../../../schemas/messages.ts';

/** Files at the top of content/ besides the collections' folders. */
const topLevelFiles = new Set(['README.md', 'site.yaml', 'ordlista.yaml']);

const extensions = { yaml: /\.ya?ml$/, mdx: /\.mdx$/ } as const;
const extensionNames = { yaml: '.yaml eller .yml', mdx: '.mdx' } as const;

/**
 * Astro's glob loader (tinyglobby) does not go into folders whose names start with a dot, so
 * nothing in them can reach the site; a file starting with a dot is read if its extension fits
 * (the check then refuses its name as an id), and otherwise (.DS_Store, .gitkeep) by nothing.
 * Files starting with _ are drafts, skipped by the collections' patterns (content/README.md says
 * so), and so are not read either. A symbolic link is refused whatever its name.
 */
const isHiddenFolder = (entry: Dirent) => entry.isDirectory() && entry.name.startsWith('.');
const isDraft = (name: string) => name.startsWith('_');
const isHiddenFile = (name: string) => name.startsWith('.');

/** A collection's files, as the loaders find them: regular files with its extension, no drafts. */
export function contentFiles(folder: string, format: 'yaml' | 'mdx'): string[] {
  const files: string[] = [];
  walk(folder, (path, entry) => {
    if (entry.isFile() && extensions[format].test(entry.name) && !isDraft(entry.name)) files.push(path);
  });
  return files.sort();
}

/** Every entry under `folder` outside hidden folders, without following links; missing folder: none. */
function walk(folder: string, visit: (path: string, entry: Dirent) => void): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (isHiddenFolder(entry)) continue;
    const path = join(folder, entry.name);
    visit(path, entry);
    if (entry.isDirectory()) walk(path, visit);
  }
}

/**
 * Symbolic links, files no collection reads, and anything that is neither a file nor a folder,
 * anywhere in content/.
 */
export function checkContentFiles(contentRoot: string, show: (path: string) => string): string[] {
  const errors: string[] = [];
  const byFolder = new Map<string, (typeof collections)[keyof typeof collections]>(Object.values(collections).map((c) => [c.folder, c]));
  const folderList = [...byFolder.keys()].sort().join(', ');
  walk(contentRoot, (path, entry) => {
    const display = show(path);
    if (entry.isSymbolicLink()) {
      errors.push(formatError(display, undefined, 'är en symbolisk länk (en genväg till en annan plats), och webbplatsen läser bara det som ligger i content/. Ta bort länken och kopiera in filen eller mappen hit i stället.'));
      return;
    }
    if (entry.isDirectory()) return;
    if (!entry.isFile()) {
      errors.push(formatError(display, undefined, 'är varken en fil eller en mapp. Ta bort den.'));
      return;
    }
    if (isDraft(entry.name)) return;
    const [top, ...rest] = relative(contentRoot, path).split(/[\\/]/);
    const collection = rest.length > 0 ? byFolder.get(top!) : undefined;
    if (collection && extensions[collection.format].test(entry.name)) return;
    if (rest.length === 0 && topLevelFiles.has(entry.name)) return;
    if (isHiddenFile(entry.name)) return;
    if (rest.length === 0) {
      errors.push(formatError(display, undefined, `filen läses inte av webbplatsen: överst i content/ läses bara site.yaml och ordlista.yaml. Flytta filen till mappen där den hör hemma (${folderList}), eller ta bort den.`));
    } else if (!collection) {
      errors.push(formatError(display, undefined, `filen läses inte av webbplatsen: mappen content/${top}/ är ingen av innehållets mappar (${folderList}). Flytta filen till rätt mapp, eller ta bort den.`));
    } else {
      const wanted = collection.format === 'mdx' ? '.mdx' : '.yaml';
      errors.push(formatError(display, undefined, `filen läses inte av webbplatsen: i content/${collection.folder}/ läses bara filer som slutar på ${extensionNames[collection.format]}. Byt namn på filen så att den slutar på ${wanted}, eller ta bort den.`));
    }
  });
  return errors;
}

const howToSave = 'Öppna den i din redigerare och spara den som UTF-8.';

/**
 * A content file's text, or undefined with the reason in Swedish added to errors. The bytes of a
 * file that is not UTF-8 are never shown: they would be gibberish, and could be anything.
 * A UTF-8 byte order mark is dropped, as Astro's loaders (js-yaml, the front matter reader) do.
 * A path that is not a regular file (a link) is skipped without a message: checkContentFiles
 * names it, and following it could read anything on the machine.
 */
export function readContentText(path: string, display: string, errors: string[]): string | undefined {
  if (!lstatSync(path, { throwIfNoEntry: false })?.isFile()) return undefined;
  const bytes = readFileSync(path);
  const problem = encodingProblem(bytes);
  if (problem) {
    errors.push(formatError(display, undefined, problem));
    return undefined;
  }
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

const lineAt = (bytes: Uint8Array, index: number) => {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line += 1;
  return line;
};

/** Why these bytes are not UTF-8 text the site can show, as the sentence an editor reads. */
export function encodingProblem(bytes: Uint8Array): string | undefined {
  if (looksLikeUtf16(bytes)) return `filen är sparad som UTF-16, inte UTF-8. ${howToSave}`;
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return `rad ${lineAt(bytes, nul)}: filen innehåller ett osynligt nolltecken (NUL). Ta bort tecknet (många redigerare visar det som NUL) och spara filen.`;
  }
  if (!isUtf8(bytes)) {
    const { firstInvalid, hasMultibyte } = scanUtf8(bytes);
    const line = lineAt(bytes, firstInvalid);
    // A file with no valid UTF-8 letter beyond ASCII was saved whole in another encoding
    // (Windows-1252 or Latin-1 on Swedish Windows); otherwise text from elsewhere was pasted in.
    if (!hasMultibyte) return `filen är inte sparad som UTF-8 (å, ä och ö blir fel, första gången på rad ${line}). ${howToSave}`;
    return `rad ${line}: här står tecken som inte är UTF-8 (ofta å, ä eller ö inklistrade från ett annat program). Skriv om dem och spara filen som UTF-8.`;
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const replacement = text.indexOf('\uFFFD');
  if (replacement !== -1) {
    return `rad ${text.slice(0, replacement).split('\n').length}: här står tecknet �, som blir kvar där en bokstav har gått förlorad (ofta å, ä eller ö). Skriv om ordet med rätt bokstav och spara filen som UTF-8.`;
  }
  return undefined;
}

/**
 * UTF-16 with a byte order mark, or without one: text in UTF-16 has a zero byte in every other
 * place for each ASCII letter, which a UTF-8 file with one stray NUL does not.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  if (bytes.length < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) (i % 2 === 0 ? evenZeros++ : oddZeros++);
  const half = bytes.length / 2;
  return Math.max(evenZeros, oddZeros) >= half * 0.4;
}

/** The first byte that does not start a well-formed UTF-8 sequence, and whether any valid one goes beyond ASCII. */
function scanUtf8(bytes: Uint8Array): { firstInvalid: number; hasMultibyte: boolean } {
  let firstInvalid = -1;
  let hasMultibyte = false;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      if (firstInvalid === -1) firstInvalid = i;
      i += 1;
    } else {
      if (length > 1) hasMultibyte = true;
      i += length;
    }
  }
  return { firstInvalid: Math.max(firstInvalid, 0), hasMultibyte };
}

/** The length of the well-formed UTF-8 sequence at i (RFC 3629, table 3-7 of Unicode), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  const continuation = (b: number | undefined, low = 0x80, high = 0xbf) => b !== undefined && b >= low && b <= high;
  if (b0 < 0x80) return 1;
  if (b0 >= 0xc2 && b0 <= 0xdf) return continuation(bytes[i + 1]) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const [low, high] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return continuation(bytes[i + 1], low, high) && continuation(bytes[i + 2]) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const [low, high] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return continuation(bytes[i + 1], low, high) && continuation(bytes[i + 2]) && continuation(bytes[i + 3]) ? 4 : 0;
  }
  return 0;
}
