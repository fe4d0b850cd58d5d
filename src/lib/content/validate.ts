// Reads every content file, validates it against its schema and checks that references
// between files resolve. Runs before Astro builds, so an editor sees every error at once,
// in Swedish, naming the file, the field and the fix.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { idPattern } from '../../schemas/fields.ts';
import { glossarySchema, type Glossary } from '../../schemas/glossary.ts';
import { siteSchema, type Site } from '../../schemas/site.ts';
import { readEditions, referenceEdition, type Edition } from '../../i18n/editions.ts';
import { collections, idFromPath, type CollectionName } from './collections.ts';
import { untranslatablePages } from './translation-rules.ts';
import { describeIssue, describeYamlError, formatError, swedishErrorMap } from '../../schemas/messages.ts';
import { checkContentFiles, contentFiles, readContentText } from './checks/files.ts';
import { unsupportedYamlTag } from './checks/yaml-tags.ts';
import { yamlComment } from './checks/yaml-comments.ts';
import { buildDate } from '../build-date.ts';
import { describeRegion } from '../region.ts';
import { duplicateErrors } from './checks/duplicates.ts';
import { outdatedReviews } from './checks/reviewed.ts';
import { checkPagesAndLinks, type MdxFile } from './checks/mdx.ts';
import type { RouteTable } from './routes.ts';

export interface ContentEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
}

export interface ContentReport {
  /** Every error, in Swedish, grouped by file (a file's errors follow each other). */
  errors: string[];
  /** Facts due for review, in the same form; printed, never failing the check or the build. */
  warnings: string[];
  entries: ContentEntry[];
  /** How many content files were read. */
  files: number;
  site?: Site;
  glossary?: Glossary;
  /** Every page the build will produce, as links in content are checked against. */
  routes?: RouteTable;
}

function frontmatter(text: string): string | undefined {
  return /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text)?.[1];
}

function readData(path: string, format: 'yaml' | 'mdx', display: string, errors: string[], collection?: string): unknown {
  const text = readContentText(path, display, errors);
  if (text === undefined) return undefined;
  const yamlText = format === 'mdx' ? frontmatter(text) : text;
  if (yamlText === undefined) {
    errors.push(formatError(display, undefined, 'sidan saknar inledande fält mellan två rader med ---. Börja filen med ---, title: …, och avsluta fälten med ---.'));
    return undefined;
  }
  const firstLine = format === 'mdx' ? 2 : 1;
  const doc = parseDocument(yamlText);
  if (doc.errors.length > 0) {
    errors.push(formatError(display, undefined, describeYamlError(doc.errors[0], yamlText, firstLine)));
    return undefined;
  }
  const tag = unsupportedYamlTag(doc, yamlText, firstLine);
  if (tag) {
    errors.push(formatError(display, undefined, tag));
    return undefined;
  }
  // Not fatal to the data: the fields are still checked, so every error shows at once.
  const comment = format === 'yaml' && collection ? yamlComment(yamlText, collection) : undefined;
  if (comment) errors.push(formatError(display, undefined, comment));
  return doc.toJS() ?? {};
}

export interface ValidateOptions {
  /** Paths in messages are shown relative to this folder (the project root). */
  displayRoot?: string;
  /** The editions' strings (src/i18n/); without the folder only Swedish exists. */
  i18nDir?: string;
  /** The build day, YYYY-MM-DD, that review dates are measured against; BUILD_DATE or today without it. */
  today?: string;
}

export function validateContent(contentRoot: string, options: ValidateOptions = {}): ContentReport {
  const errors: string[] = [];
  const entries: ContentEntry[] = [];
  // Files whose fields are wrong: their references are still checked, so that every error in a
  // file shows at once rather than one after the other is fixed.
  const invalid: ContentEntry[] = [];
  let files = 0;
  const mdxFiles: MdxFile[] = [];
  // Every id found, valid or not, so that one broken file does not also break every reference to it.
  const knownIds = new Map<CollectionName, Set<string>>();
  const displayRoot = options.displayRoot ?? join(contentRoot, '..');
  const show = (path: string) => relative(displayRoot, path).replace(/\\/g, '/');
  errors.push(...checkContentFiles(contentRoot, show));

  for (const [name, definition] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
    const folder = join(contentRoot, definition.folder);
    const seen = new Map<string, string>();
    for (const path of contentFiles(folder, definition.format)) {
      const display = show(path);
      const id = idFromPath(relative(folder, path));
      if (!id.split('/').every((segment) => idPattern.test(segment))) {
        errors.push(formatError(display, 'id', `filnamnet "${id}" kan inte bli en webbadress. Byt namn på filen så att namnet bara har små bokstäver a–z, siffror och bindestreck, t.ex. beroendemottagningen.yaml.`));
        continue;
      }
      const earlier = seen.get(id);
      if (earlier) {
        errors.push(formatError(display, 'id', `"${id}" används redan av ${earlier}. Byt namn på en av filerna så att varje id är unikt.`));
        continue;
      }
      seen.set(id, display);
      knownIds.set(name, (knownIds.get(name) ?? new Set()).add(id));
      files += 1;
      if (definition.format === 'mdx') mdxFiles.push({ path, file: display, collection: name, id });
      const raw = readData(path, definition.format, display, errors, name);
      if (raw === undefined) continue;
      const data = parseWith(definition.schema, raw, display, errors);
      if (data === undefined) {
        if (isRecord(raw)) invalid.push({ collection: name, id, file: display, data: raw });
        continue;
      }
      entries.push({ collection: name, id, file: display, data: data as Record<string, unknown> });
    }
  }

  const site = readSite(join(contentRoot, 'site.yaml'), show, errors);
  const glossary = readGlossary(join(contentRoot, 'ordlista.yaml'), show, errors);
  files += Number(existsSync(join(contentRoot, 'site.yaml'))) + Number(existsSync(join(contentRoot, 'ordlista.yaml')));
  errors.push(...checkReferences(entries, invalid, knownIds, site, show(join(contentRoot, 'site.yaml'))));
  errors.push(...duplicateErrors(entries, site, show(join(contentRoot, 'site.yaml'))));
  errors.push(...checkStandardGlass([...entries, ...invalid], knownIds, show(join(contentRoot, collections.standardGlass.folder, 'standardglas.yaml'))));
  const editions = readEditions(options.i18nDir ?? join(contentRoot, '..', 'src', 'i18n'));
  errors.push(...editions.errors.map((e) => formatError(e.file, e.field, e.text)));
  errors.push(...checkTranslations([...entries, ...invalid], knownIds, editions.editions));
  const pages = checkPagesAndLinks({ mdxFiles, entries, invalid, knownIds, site, editions: editions.editions, publicDir: join(contentRoot, '..', 'public') });
  errors.push(...pages.errors);
  const warnings = outdatedReviews(entries, options.today ?? buildDate());
  return { errors: byFile(errors), warnings, entries, files, routes: pages.routes, ...(site ? { site } : {}), ...(glossary ? { glossary } : {}) };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The errors with each file's together, files in the order they were first named. */
function byFile(errors: string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const error of errors) {
    const file = error.slice(0, error.indexOf(': '));
    groups.set(file, [...(groups.get(file) ?? []), error]);
  }
  return [...groups.values()].flat();
}

/** The glossary is optional: without content/ordlista.yaml no word is linked. */
function readGlossary(path: string, show: (p: string) => string, errors: string[]): Glossary | undefined {
  if (!existsSync(path)) return undefined;
  const display = show(path);
  const raw = readData(path, 'yaml', display, errors, 'glossary');
  if (raw === undefined) return undefined;
  const glossary = parseWith(glossarySchema, raw, display, errors);
  if (glossary === undefined) return undefined;
  const seen = new Set<string>();
  glossary.terms.forEach((term, i) => {
    if (seen.has(term.id)) errors.push(formatError(display, `terms.${i}.id`, `"${term.id}" används redan av ett annat ord. Ge varje ord ett eget id.`));
    seen.add(term.id);
  });
  return glossary;
}

function readSite(path: string, show: (p: string) => string, errors: string[]): Site | undefined {
  const display = show(path);
  if (!existsSync(path)) {
    errors.push(formatError(display, undefined, 'filen saknas. Skapa den med regionens namn, kommunerna och webbplatsens ägare (se content/README.md).'));
    return undefined;
  }
  const raw = readData(path, 'yaml', display, errors);
  if (raw === undefined) return undefined;
  return parseWith(siteSchema, raw, display, errors);
}

/** The data as the schema reads it, or undefined with every problem added to errors in Swedish. */
function parseWith<Schema extends z.ZodType>(schema: Schema, raw: unknown, display: string, errors: string[]): z.output<Schema> | undefined {
  const result = schema.safeParse(raw, { error: swedishErrorMap });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    for (const { field, text } of describeIssue(issue)) errors.push(formatError(display, field || undefined, text));
  }
  return undefined;
}

/**
 * References between files. `entries` passed their schema; `invalid` did not, and their data is as
 * written, so every value is checked for its type before it is looked up.
 */
function checkReferences(entries: ContentEntry[], invalid: ContentEntry[], knownIds: Map<CollectionName, Set<string>>, site: Site | undefined, siteFile: string): string[] {
  const errors: string[] = [];
  const ids = (collection: CollectionName) => knownIds.get(collection) ?? new Set<string>();
  const municipalities = ids('municipalities');
  const services = ids('services');
  const helplines = ids('helplines');
  const municipalityList = [...municipalities].sort().join(', ');

  for (const entry of [...entries, ...invalid]) {
    const { data, file } = entry;
    if ((entry.collection === 'services' || entry.collection === 'programmes') && Array.isArray(data.municipalities)) {
      (data.municipalities as unknown[]).forEach((id, i) => {
        if (typeof id === 'string' && !municipalities.has(id)) {
          errors.push(formatError(file, `municipalities.${i}`, `"${id}" är ingen kommun på webbplatsen. Använd en av: ${municipalityList} (eller ordet alla).`));
        }
      });
    }
    if (entry.collection === 'programmes' && typeof data.organiserService === 'string' && !services.has(data.organiserService)) {
      errors.push(formatError(file, 'organiserService', `"${data.organiserService}" är ingen mottagning. Använd filnamnet (utan .yaml) på en fil i content/services/, eller ta bort fältet.`));
    }
    if (entry.collection === 'programmes' && typeof data.helpline === 'string' && !helplines.has(data.helpline)) {
      errors.push(formatError(file, 'helpline', `"${data.helpline}" är ingen stödlinje. Använd filnamnet (utan .yaml) på en fil i content/helplines/, eller ta bort fältet.`));
    }
    if (entry.collection === 'instruments') {
      if (typeof data.fullTest === 'string' && !ids('instruments').has(data.fullTest)) {
        errors.push(formatError(file, 'fullTest', `"${data.fullTest}" är inget test. Använd filnamnet (utan .yaml) på en fil i content/instruments/.`));
      }
      const bands = (Array.isArray(data.bands) ? data.bands : []) as { nextSteps?: unknown }[];
      bands.forEach((band, b) =>
        (Array.isArray(band?.nextSteps) ? (band.nextSteps as { service?: unknown; helpline?: unknown }[]) : []).forEach((step, s) => {
          if (typeof step?.service === 'string' && !services.has(step.service)) {
            errors.push(formatError(file, `bands.${b}.nextSteps.${s}.service`, `"${step.service}" är ingen mottagning. Använd filnamnet på en fil i content/services/.`));
          }
          if (typeof step?.helpline === 'string' && !helplines.has(step.helpline)) {
            errors.push(formatError(file, `bands.${b}.nextSteps.${s}.helpline`, `"${step.helpline}" är ingen stödlinje. Använd filnamnet på en fil i content/helplines/.`));
          }
        }),
      );
    }
  }

  if (site) {
    site.municipalities.forEach((id, i) => {
      if (!municipalities.has(id)) {
        errors.push(formatError(siteFile, `municipalities.${i}`, `"${id}" har ingen fil i content/municipalities/. Skapa ${id}.yaml där eller ta bort kommunen ur listan.`));
      }
    });
    const outside = describeRegion(site, () => undefined).outside;
    if (municipalities.has(outside.id)) {
      errors.push(formatError(siteFile, 'municipalities', `kommunen "${outside.id}" har samma adress som svaret "${outside.label}" i vägvisarna. Byt filnamn på kommunen.`));
    }
    for (const id of municipalities) {
      if (!site.municipalities.includes(id)) {
        errors.push(formatError(siteFile, 'municipalities', `kommunen "${id}" finns i content/municipalities/ men inte i listan. Lägg till den där den ska stå i ordningen.`));
      }
    }
    for (const [role, id] of Object.entries(site.acuteStrip)) {
      const helpline = entries.find((e) => e.collection === 'helplines' && e.id === id);
      if (!helpline && helplines.has(id)) continue; // its own file's error is reported already
      if (!helpline) {
        errors.push(formatError(siteFile, `acuteStrip.${role}`, `"${id}" är ingen stödlinje. Använd filnamnet på en fil i content/helplines/.`));
      } else if (!helpline.data.phone) {
        errors.push(formatError(siteFile, `acuteStrip.${role}`, `stödlinjen "${id}" har inget telefonnummer, så den kan inte stå i akutraden. Välj en linje med fältet phone.`));
      }
    }
  }
  return errors;
}

/**
 * The standard glass is one file, always there: the page /testa-dina-vanor/standardglas/ and the
 * self-tests' calculator count with it. No test may take that page's address.
 */
function checkStandardGlass(all: ContentEntry[], knownIds: Map<CollectionName, Set<string>>, expectedFile: string): string[] {
  const errors: string[] = [];
  const folder = collections.standardGlass.folder;
  const files = [...new Set(all.filter((e) => e.collection === 'standardGlass').map((e) => e.file))].sort();
  if ((knownIds.get('standardGlass')?.size ?? 0) === 0) {
    errors.push(formatError(expectedFile, undefined, `filen saknas. Skapa den med vad ett standardglas innehåller (grams), alkoholens densitet (ethanolDensity) och vanliga drycker (drinks), med källor (se content/README.md).`));
  }
  for (const file of files.slice(1)) {
    errors.push(formatError(file, undefined, `bara en fil i content/${folder}/ läses, och ${files[0]} finns redan. Flytta dryckerna dit och ta bort den här filen.`));
  }
  for (const entry of all) {
    if (entry.collection === 'instruments' && entry.id === folder) {
      errors.push(formatError(entry.file, 'id', `filnamnet "${folder}" är redan adressen till sidan om standardglas (/testa-dina-vanor/${folder}/). Byt namn på filen.`));
    }
  }
  return errors;
}

/**
 * Pages in another edition: a known edition, and the Swedish page they translate. Pages whose
 * front matter has errors are checked too, from what they say; a Swedish page with errors of its
 * own still counts as there (its errors are reported), so its translations are not blamed for it.
 */
function checkTranslations(entries: ContentEntry[], knownIds: Map<CollectionName, Set<string>>, editions: Edition[]): string[] {
  const errors: string[] = [];
  const codes = editions.map((e) => e.code);
  const translated = new Map<string, string>();
  const langOf = (entry: ContentEntry) => entry.data.lang ?? referenceEdition.code;
  for (const entry of entries) {
    if (entry.collection !== 'pages' && entry.collection !== 'knowledge') continue;
    const lang = langOf(entry);
    const translationOf = entry.data.translationOf;
    if (typeof lang !== 'string' || (translationOf !== undefined && typeof translationOf !== 'string')) continue; // the schema's error says it
    if (!codes.includes(lang)) {
      errors.push(formatError(entry.file, 'lang', `"${lang}" är ingen språkversion. Använd ${codes.join(', ')} – eller lägg till src/i18n/${lang}.yaml med webbplatsens texter på det språket.`));
      continue;
    }
    if (lang === referenceEdition.code) {
      if (translationOf !== undefined) errors.push(formatError(entry.file, 'translationOf', 'bara en sida i en annan språkversion översätter en svensk sida. Ta bort fältet, eller ange lang.'));
      // A Swedish original has no translation to review: the field would say nothing on the page.
      if (entry.data.translationReviewed !== undefined) errors.push(formatError(entry.file, 'translationReviewed', 'gäller bara en översättning: ange lang och translationOf, eller ta bort fältet.'));
      continue;
    }
    const folder = collections[entry.collection].folder;
    if (translationOf === undefined) {
      errors.push(formatError(entry.file, 'translationOf', `saknas. Ange id för den svenska sidan som den här sidan översätter: filnamnet utan .mdx i content/${folder}/, t.ex. translationOf: ${entry.collection === 'knowledge' ? 'kostnader' : 'akut'}.`));
      continue;
    }
    const sameId = entries.filter((e) => e.collection === entry.collection && e.id === translationOf);
    const unreadable = sameId.length === 0 && knownIds.get(entry.collection)?.has(translationOf); // its own error is reported
    if (!unreadable && !sameId.some((e) => langOf(e) === referenceEdition.code)) {
      errors.push(formatError(entry.file, 'translationOf', `"${translationOf}" är ingen svensk sida i content/${folder}/. Ange filnamnet (utan .mdx) på sidan som den här översätter.`));
      continue;
    }
    if (entry.collection === 'pages' && untranslatablePages.has(translationOf)) {
      errors.push(formatError(entry.file, 'translationOf', `sidan "${translationOf}" går inte att översätta ännu: den är mer än text. Ta bort filen.`));
      continue;
    }
    const key = `${entry.collection}:${lang}:${translationOf}`;
    const earlier = translated.get(key);
    if (earlier) errors.push(formatError(entry.file, 'translationOf', `${earlier} översätter redan "${translationOf}" till ${lang}. Ta bort en av filerna.`));
    else translated.set(key, entry.file);
  }
  return errors;
}
