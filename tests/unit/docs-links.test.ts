// The documentation people read in the repository must not send them outside it: every link in
// README.md, content/README.md and docs/ is a public web page or a file of this repository that
// exists. A path written as code that climbs out of the repository (`../shared/…`) counts too.
// Code blocks are examples (Markdown an editor writes, with the site's own addresses) and are skipped.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const documents = [
  'README.md',
  'content/README.md',
  ...readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name.replace(/\\/g, '/')}`),
].sort();

/** The text outside fenced code blocks, with each line's number. */
function proseLines(markdown: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  let fence: string | undefined;
  markdown.split('\n').forEach((text, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? undefined : marker;
      return;
    }
    if (!fence) lines.push({ line: index + 1, text });
  });
  return lines;
}

/** Link targets and code-span paths on a line of prose. */
function targets(text: string): { target: string; kind: 'link' | 'code' }[] {
  const found: { target: string; kind: 'link' | 'code' }[] = [];
  const codeSpans = /(`+)([^`]+?)\1/g;
  for (const [, , code] of text.matchAll(codeSpans)) {
    if (/^\.\.?\//.test(code!.trim())) found.push({ target: code!.trim(), kind: 'code' });
  }
  const prose = text.replace(codeSpans, '');
  for (const [, target] of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push({ target: target!, kind: 'link' });
  for (const [, target] of prose.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)) found.push({ target: target!, kind: 'link' });
  for (const [, target] of prose.matchAll(/<((?:https?|file|ftp):[^>\s]+)>/g)) found.push({ target: target!, kind: 'link' });
  for (const [, target] of prose.matchAll(/\bhref="([^"]+)"/g)) found.push({ target: target!, kind: 'link' });
  return found;
}

/** Why a target sends the reader somewhere they cannot follow, or undefined when it is fine. */
function problem(target: string, kind: 'link' | 'code', document: string, repository: string): string | undefined {
  if (/^(https?:|mailto:)/i.test(target)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return 'is neither a web page nor a file of the repository';
  if (target.startsWith('#')) return undefined;
  const path = decodeURIComponent(target.replace(/[?#].*$/, ''));
  const resolved = path.startsWith('/') ? join(repository, path) : resolve(repository, dirname(document), path);
  const inside = relative(repository, resolved);
  if (inside.startsWith('..') || resolve(repository, inside) !== resolved) return 'leaves the repository';
  if (kind === 'link' && !existsSync(resolved)) return 'points to a file that does not exist';
  return undefined;
}

describe('links in the documentation', () => {
  it.each(documents)('%s links only to web pages and files in the repository', (document) => {
    const problems: string[] = [];
    for (const { line, text } of proseLines(readFileSync(join(root, document), 'utf8'))) {
      for (const { target, kind } of targets(text)) {
        const why = problem(target, kind, document, root);
        if (why) problems.push(`${document}:${line}: ${target} ${why}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('finds what it must refuse', () => {
    const repository = '/repo';
    expect(problem('../shared/DESIGN.md', 'code', 'README.md', repository)).toBe('leaves the repository');
    expect(problem('../../x.md', 'link', 'docs/design.md', repository)).toBe('leaves the repository');
    expect(problem('file:///etc/hosts', 'link', 'README.md', repository)).toBe('is neither a web page nor a file of the repository');
    expect(problem('docs/missing.md', 'link', 'README.md', root)).toBe('points to a file that does not exist');
    expect(problem('docs/design.md#layout', 'link', 'README.md', root)).toBeUndefined();
    expect(problem('../README.md', 'link', 'docs/design.md', root)).toBeUndefined();
    expect(problem('https://docs.openreferral.org/', 'link', 'README.md', root)).toBeUndefined();
    expect(targets('see [the design](docs/design.md "Design"), `../up.md`, <https://example.org/> and [x]: ../y.md')).toEqual([
      { target: '../up.md', kind: 'code' },
      { target: 'docs/design.md', kind: 'link' },
      { target: 'https://example.org/', kind: 'link' },
    ]);
    expect(proseLines('a\n```md\n[x](../../out.md)\n```\nb').map((l) => l.text)).toEqual(['a', 'b']);
  });
});
