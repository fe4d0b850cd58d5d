// The site's editions: Swedish (the reference, src/i18n/ui.ts) and every src/i18n/<code>.yaml.
// A region adds a language with such a file and content files whose `lang` is its code: no code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describeIssue, describeYamlError, swedishErrorMap } from '../schemas/messages.ts';
import { editionSchema } from '../schemas/edition.ts';
import { sv, type UiKey } from './ui.ts';

export interface Edition {
  /** The file's name, e.g. en or sv-lattlast; what content files write in `lang`. */
  code: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  name: string;
  /** '' for Swedish, else the first folder of the edition's addresses. */
  path: string;
  strings: Record<UiKey, string>;
}

export const referenceEdition: Edition = { code: 'sv', lang: 'sv', dir: 'ltr', name: 'Svenska', path: '', strings: sv };

const keys = Object.keys(sv) as UiKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

export interface EditionsReport {
  editions: Edition[];
  /** Swedish messages naming the file, the field and the fix. */
  errors: { file: string; field?: string; text: string }[];
}

export function readEditions(i18nDir = join(process.cwd(), 'src/i18n')): EditionsReport {
  const editions: Edition[] = [referenceEdition];
  const errors: EditionsReport['errors'] = [];
  const files = existsSync(i18nDir) ? readdirSync(i18nDir).filter((f) => /^[^_].*\.ya?ml$/.test(f)).sort() : [];
  for (const file of files) {
    const code = file.replace(/\.ya?ml$/, '');
    const display = `src/i18n/${file}`;
    let raw: unknown;
    const text = readFileSync(join(i18nDir, file), 'utf8');
    try {
      raw = parse(text) ?? {};
    } catch (error) {
      errors.push({ file: display, text: describeYamlError(error, text) });
      continue;
    }
    const result = editionSchema.safeParse(raw, { error: swedishErrorMap });
    if (!result.success) {
      for (const issue of result.error.issues) for (const { field, text } of describeIssue(issue)) errors.push({ file: display, field: field || undefined, text });
      continue;
    }
    const data = result.data;
    const before = errors.length;
    if (editions.some((e) => e.path === data.path)) errors.push({ file: display, field: 'path', text: `"${data.path}" används redan av en annan språkversion. Välj en egen mapp, t.ex. språkkoden.` });
    const unknown = Object.keys(data.strings).filter((key) => !(key in sv));
    for (const key of unknown) errors.push({ file: display, field: `strings.${key}`, text: 'det finns ingen sådan text på webbplatsen. Kontrollera stavningen mot src/i18n/ui.ts eller ta bort raden.' });
    // A reading version of Swedish may leave words as they are; another language must have them all.
    const missing = data.lang === referenceEdition.lang ? [] : keys.filter((key) => !(key in data.strings));
    if (missing.length > 0) {
      errors.push({
        file: display,
        field: 'strings',
        text: `${missing.length} texter saknas: ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ' …' : ''}. Kopiera dem från src/i18n/en.yaml och översätt dem.`,
      });
    }
    for (const [key, text] of Object.entries(data.strings)) {
      if (key in sv && placeholders(text) !== placeholders(sv[key as UiKey])) {
        errors.push({ file: display, field: `strings.${key}`, text: `texten ska ha samma platshållare som den svenska (${placeholders(sv[key as UiKey]) || 'inga'}), t.ex. {n}.` });
      }
    }
    if (errors.length > before) continue;
    editions.push({ code, lang: data.lang, dir: data.dir, name: data.name, path: data.path, strings: { ...sv, ...data.strings } as Record<UiKey, string> });
  }
  return { editions, errors };
}

let cached: Edition[] | undefined;

/** Every edition, Swedish first. Errors are reported by the content check before the build. */
export function getEditions(): Edition[] {
  cached ??= readEditions().editions;
  return cached;
}

export function editionByCode(code: string): Edition {
  const edition = getEditions().find((e) => e.code === code);
  if (!edition) throw new Error(`Okänd språkversion "${code}": lägg till src/i18n/${code}.yaml.`);
  return edition;
}

/** The edition an address belongs to: its first folder, or Swedish. */
export function editionForPath(pathname: string): Edition {
  const first = pathname.split('/')[1] ?? '';
  return getEditions().find((e) => e.path !== '' && e.path === first) ?? referenceEdition;
}

/** `/akut/` in an edition: `/en/akut/`. */
export function localPath(edition: Edition, swedishPath: string): string {
  return edition.path === '' ? swedishPath : `/${edition.path}${swedishPath}`;
}

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

export function translator(edition: Edition): Translate {
  return (key, values = {}) => edition.strings[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** "2026-11-22" → "22 november 2026", or in another language ("November 22, 2026"). */
export function formatDate(iso: string, lang: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  // The Gregorian calendar and Western digits in every language: Persian would otherwise get the
  // Solar Hijri calendar, and the dates must match the review dates editors write in content/.
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' }).format(Date.UTC(year!, month! - 1, day));
}

/** The words of one edition: the only way code gets the site's words (src/i18n/ui.ts and the yaml files). */
export interface Words {
  edition: Edition;
  t: Translate;
  /** A string with its {placeholders} left in, for a script that fills them in the browser. */
  template: (key: UiKey) => string;
  /** A date in the edition's language. */
  date: (iso: string) => string;
}

export function editionWords(edition: Edition): Words {
  return { edition, t: translator(edition), template: (key) => edition.strings[key], date: (iso) => formatDate(iso, edition.lang) };
}

/** For components, layouts and routes: the edition of the page being rendered, and its words. */
export function pageWords(url: URL): Words {
  return editionWords(editionForPath(url.pathname));
}
