// The files the editor at /admin/ writes are kept in its own YAML style (npm run format:content),
// so that an edit there changes the edited field's lines only (tests/e2e/editor.spec.ts proves it
// with the editor). Formatting never changes what a file says.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editorFiles } from '../../scripts/format-content.ts';
import { formatYaml } from '../../src/lib/content/format.ts';

const files = editorFiles().map(({ path, order }) => ({ path, order, text: readFileSync(path, 'utf8') }));

describe('content in the editor\'s style', () => {
  it('every file the editor writes is in its style: run npm run format:content if not', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter(({ text, order }) => formatYaml(text, order) !== text).map(({ path }) => relative(process.cwd(), path))).toEqual([]);
  });

  it('formatting keeps the data and the comments, and a second run changes nothing', () => {
    const text = '# Om filen\nname: "Mottagningen"\ntopics: [alkohol, spel]\nphone: "112"\nreviewed: 2026-11-01\nsummary: "Öppet: vardagar"\n';
    const formatted = formatYaml(text, ['name', 'summary', 'phone', 'topics', 'reviewed']);
    expect(formatted).toBe('# Om filen\nname: Mottagningen\nsummary: "Öppet: vardagar"\nphone: "112"\ntopics:\n  - alkohol\n  - spel\nreviewed: 2026-11-01\n');
    expect(isDeepStrictEqual(parse(formatted), parse(text))).toBe(true);
    expect(formatYaml(formatted, ['name'])).toBe(formatted);
  });
});
