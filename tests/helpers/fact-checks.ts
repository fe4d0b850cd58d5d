// Facts as the built pages show them, checked against content/: numbers that must never appear,
// caveats that must stand next to a number, and editors' words that must stay out of public pages.
// Every list comes from the region's content, so another region's build is checked by its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parsePhone } from '../../src/lib/phone.ts';
import type { BuiltPage } from './dist.ts';
import { textOf } from './html.ts';

type Yaml = Record<string, unknown>;
const yamlFiles = (dir: string): { id: string; data: Yaml }[] => {
  try {
    return readdirSync(dir)
      .filter((f) => /^[^_].*\.ya?ml$/.test(f))
      .map((f) => ({ id: f.replace(/\.ya?ml$/, ''), data: parse(readFileSync(join(dir, f), 'utf8')) as Yaml }));
  } catch {
    return [];
  }
};

/** Digits only, with a Swedish +46 written as the leading 0 a reader sees. */
export const digitsOf = (number: string) => number.replace(/^\+46/, '0').replace(/\D/g, '');

/** The retired numbers of content/site.yaml, as digits, with the number as written. */
export function retiredNumbers(contentDir: string): { digits: string; number: string }[] {
  const site = parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8')) as { retiredNumbers?: { number: string }[] };
  return (site.retiredNumbers ?? []).map(({ number }) => ({ number, digits: digitsOf(number) }));
}

/** Everything a reader or a phone can pick up: the visible text (scripts and styles left out) and attribute values. */
function readable(html: string): string[] {
  const withoutCode = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const attributes = [...withoutCode.matchAll(/\s[a-z-]+="([^"]*)"/g)].map((m) => m[1]!);
  return [textOf(withoutCode.replace(/</g, ' <')), ...attributes];
}

/** Runs of digits as a number is written: spaces, dashes and non-breaking ones between digits. */
const numberRuns = (text: string) =>
  [...text.matchAll(/\+?\d(?:[\d\s\u00a0\u2011\u2013-]*\d)?/g)].map((m) => m[0]).flatMap((run) => [run, ...run.split(/\s{2,}/)]);

export function retiredNumbersOn(page: BuiltPage, retired: { digits: string; number: string }[]): string[] {
  const found = new Set<string>();
  for (const text of readable(page.html)) {
    const runs = [...numberRuns(text), ...[...text.matchAll(/tel:([+\d]+)/g)].map((m) => m[1]!)];
    for (const run of runs) {
      const digits = digitsOf(run.trim());
      for (const r of retired) if (digits === r.digits) found.add(r.number);
    }
  }
  return [...found];
}

export interface NumberCaveat {
  /** The tel: target as the site writes it. */
  tel: string;
  display: string;
  /** The notes of the unverified files that give the number; one of them must stand next to it. */
  notes: string[];
  files: string[];
}

/**
 * Numbers in content that no verified file confirms: each must carry the caveat (and the file's own
 * note on it, when it has one) on every page that links to it.
 */
export function numbersNeedingCaveats(contentDir: string): Map<string, NumberCaveat> {
  const confirmed = new Set<string>();
  const unconfirmed = new Map<string, NumberCaveat>();
  const visit = (file: string, data: Yaml, phone: unknown, note: unknown) => {
    if (typeof phone !== 'string') return;
    const parsed = parsePhone(phone);
    if (!parsed) return;
    if (data.verified === true) {
      confirmed.add(parsed.tel);
      return;
    }
    const entry = unconfirmed.get(parsed.tel) ?? { tel: parsed.tel, display: parsed.display, notes: [], files: [] };
    if (typeof note === 'string') entry.notes.push(note);
    entry.files.push(file);
    unconfirmed.set(parsed.tel, entry);
  };
  // Any object with a phone, anywhere in a file (phone, morePhones, contact, a switchboard …),
  // with the phoneNote beside it as its note.
  const walk = (file: string, data: Yaml, value: unknown) => {
    if (Array.isArray(value)) value.forEach((item) => walk(file, data, item));
    else if (value && typeof value === 'object' && !(value instanceof Date)) {
      const object = value as Yaml;
      if ('phone' in object) visit(file, data, object.phone, object.phoneNote);
      for (const [key, inner] of Object.entries(object)) if (key !== 'phone') walk(file, data, inner);
    }
  };
  for (const folder of ['helplines', 'services', 'programmes', 'municipalities']) {
    for (const { id, data } of yamlFiles(join(contentDir, folder))) walk(`${folder}/${id}`, data, data);
  }
  for (const tel of confirmed) unconfirmed.delete(tel);
  return unconfirmed;
}

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The innermost <li> or <p> around the position, as HTML (the whole page when there is none). */
export function enclosingItem(html: string, position: number): string {
  const stack: { name: string; start: number }[] = [];
  const tag = /<(\/?)([a-z][a-z0-9-]*)\b[^>]*?(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(html)) && m.index < position) {
    const name = m[2]!;
    if (m[1]) {
      const at = stack.map((s) => s.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
    } else if (!voidElements.has(name) && !m[3]) stack.push({ name, start: m.index });
  }
  const open = [...stack].reverse().find((s) => s.name === 'li' || s.name === 'p');
  if (!open) return html;
  // Find the matching close tag, counting nested ones of the same name.
  const same = new RegExp(`<(/?)${open.name}\\b[^>]*>`, 'g');
  same.lastIndex = open.start;
  let depth = 0;
  while ((m = same.exec(html))) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(open.start, m.index + m[0].length);
  }
  return html.slice(open.start);
}

/** Each tel: link to a number that needs a caveat, where the caveat (or the file's note) is missing next to it. */
export function numbersWithoutCaveat(page: BuiltPage, needing: Map<string, NumberCaveat>): string[] {
  const problems: string[] = [];
  for (const m of page.html.matchAll(/<a\b[^>]*\shref="tel:([^"]+)"/g)) {
    const need = needing.get(m[1]!);
    if (!need) continue;
    const item = enclosingItem(page.html, m.index);
    const text = textOf(item);
    if (!/\sdata-phone-caveat\b/.test(item)) problems.push(`${need.display}: utan "ej bekräftat" bredvid (${need.files.join(', ')})`);
    else if (need.notes.length > 0 && !need.notes.some((note) => text.includes(note.replace(/\s+/g, ' ').trim()))) {
      problems.push(`${need.display}: utan filens anmärkning "${need.notes[0]}" (${need.files.join(', ')})`);
    }
  }
  return problems;
}

/** Every key the content's YAML files use (the schema's field names as editors write them). */
export function fieldNames(contentDir: string): Set<string> {
  const keys = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, inner] of Object.entries(value)) {
        keys.add(key);
        walk(inner);
      }
    }
  };
  for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
    if (entry.isDirectory()) yamlFiles(join(contentDir, entry.name)).forEach((f) => walk(f.data));
    else if (/\.ya?ml$/.test(entry.name)) walk(parse(readFileSync(join(contentDir, entry.name), 'utf8')));
  }
  return keys;
}

/**
 * Words meant for editors in a page's visible text: a content file's path or name, "this file", a
 * field name written as in the files (a camelCase key anywhere, any key followed by a YAML value).
 */
export function editorWordsOn(page: BuiltPage, fields: Set<string>): string[] {
  const visible = textOf(page.html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/</g, ' <'));
  const found = new Set<string>();
  const patterns = [
    /[\w./-]*\.(?:ya?ml|mdx)\b/gi,
    /(?<![\w.-])(?:content|src)\/(?:[\w./-]*[\w/])?/g,
    /\b(?:den här filen|i filen|this file)\b/gi,
  ];
  for (const pattern of patterns) for (const m of visible.matchAll(pattern)) found.add(m[0]);
  for (const key of fields) {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (/[a-z][A-Z]/.test(key) && new RegExp(`\\b${escaped}\\b`).test(visible)) found.add(key);
    const asYaml = new RegExp(`\\b${escaped}: (?:true|false|"|\\[|\\d{4}-\\d{2}-\\d{2})`);
    const hit = asYaml.exec(visible);
    if (hit) found.add(hit[0]);
  }
  return [...found];
}
