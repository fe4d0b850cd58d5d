// The editor's configuration (Decap CMS, /admin/config.yml), derived from the zod schemas that the
// content check uses: one field in the editor for every field in a schema, required where the
// schema requires it, choices where it has choices, and a pattern wherever a wrong value can be
// told by its form, with the content check's own sentence. The check in CI stays the authority:
// what only it can see (references, opening hours, duplicates) is reported on the pull request.
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import {
  emailField,
  openingHoursField,
  phoneField,
  reviewedField,
  sourceField,
  textKindOf,
  textLimit,
  verifiedField,
  webField,
} from '../../schemas/fields.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { knowledgeSchema } from '../../schemas/knowledge.ts';
import type { EditorSettings, Site } from '../../schemas/site.ts';
import { quoteValue } from '../../lib/quote.ts';
import { collections } from '../../lib/content/collections.ts';
import { confirmFirstCollections, fieldOrderOf } from '../../lib/content/format.ts';

interface Words {
  collections: Record<string, { label: string; singular: string }>;
  fields: Record<string, { label: string; hint?: string }>;
  notConfigured: { title: string; text: string; after: string; guide: string };
  page: { title: string; noScript: string; guide: string };
  confirm: { button: string; done: string; checkbox: string };
}

export const editorWords = parse(readFileSync(new URL('./words.yaml', import.meta.url), 'utf8')) as Words;

/** A field as Decap CMS reads it (https://decapcms.org/docs/widgets/). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  options?: string[];
  multiple?: boolean;
  default?: unknown;
  value_type?: 'int';
  min?: number;
  max?: number;
  fields?: EditorField[];
  field?: EditorField;
  collapsed?: boolean;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  collection?: string;
  search_fields?: string[];
  value_field?: string;
  display_fields?: string[];
  /** The confirm control's words and the labels of the fields it fills in (confirm-widget.js). */
  button?: string;
  done?: string;
  checkbox?: string;
  reviewedLabel?: string;
  sourceLabel?: string;
}

/** Fields that name an entry of another collection by its file name. */
const references: Record<string, string> = { organiserService: 'services', helpline: 'helplines', translationOf: 'knowledge' };

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>; entries?: Record<string, string>; options?: z.ZodType[]; checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[]; defaultValue?: unknown };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under `.optional()` and `.default()`, and whether the editor may leave the field out. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; defaultValue?: unknown } {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') {
      optional = true;
      if (def.type === 'default') defaultValue = def.defaultValue;
      inner = def.innerType!;
    } else return { inner, optional, defaultValue };
  }
}

/**
 * The content check's sentence for a value of the wrong form, without the value it quotes (the
 * editor cannot put the value into its message): "Värdet är ingen webbadress. Skriv hela …".
 */
export function sentenceFor(schema: z.ZodType, wrongValue: unknown): string {
  const result = schema.safeParse(wrongValue);
  if (result.success) throw new Error(`${quoteValue(wrongValue)} passerar fältets kontroll och kan inte visa dess meddelande.`);
  const message = result.error.issues[0]!.message;
  const quoted = `${quoteValue(wrongValue)} `;
  return message.startsWith(quoted) ? `Värdet ${message.slice(quoted.length)}` : capitalise(message);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Decap shows a pattern's message as "<label> matchar inte mönstret: <message>." and ends it itself. */
const withoutFinalStop = (sentence: string) => sentence.replace(/\.$/, '');

/**
 * Patterns the editor checks as one types, each with a value of the wrong form that gives the
 * content check's sentence. Every value in content/ must match (tests/unit/editor-config.test.ts).
 */
export const formPatterns = {
  // An area code (with a dash or a space), then groups of digits; or a Swedish short number.
  phone: { pattern: '^(?:0\\d{1,3}[- ]?\\d{2,8}(?: \\d{2,3}){0,3}|11\\d{1,4}|11\\d(?: \\d{2,3}){1,2}|90 ?\\d{3})$', wrong: '12', schema: phoneField },
  web: { pattern: '^https://[^\\s/?#@:]+\\.[^\\s/?#@:]+(?:[/?#]\\S*)?$', wrong: 'www.1177.se', schema: webField },
  email: { pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', wrong: 'namn', schema: emailField },
} as const;

function formPattern(kind: keyof typeof formPatterns): [string, string] {
  const { pattern, wrong, schema } = formPatterns[kind];
  return [pattern, withoutFinalStop(sentenceFor(schema, wrong))];
}

function textPattern(schema: z.ZodType): [string, string] | undefined {
  const kind = textKindOf.get(schema);
  if (!kind) return undefined;
  const { max, sentence } = textLimit(kind);
  // Decap builds the pattern with new RegExp(pattern), without flags: [\s\S] for any character.
  return [kind === 'line' ? `^[^\\r\\n]{0,${max}}$` : `^[\\s\\S]{0,${max}}$`, withoutFinalStop(capitalise(sentence))];
}

/** A regex check written in the schema (search words, glossary ids), with its own sentence. */
function regexPattern(schema: z.ZodType, wrong: string): [string, string] | undefined {
  const check = defOf(schema).checks?.find((c) => c._zod.def.format === 'regex');
  const regex = check?._zod.def.pattern;
  return regex ? [regex.source, withoutFinalStop(sentenceFor(schema, wrong))] : undefined;
}

function words(name: string): { label: string; hint?: string } {
  const found = editorWords.fields[name];
  if (!found) throw new Error(`src/features/editor/words.yaml: fältet "${name}" saknar en svensk etikett i redigeraren. Lägg till det under fields.`);
  return found;
}

const dateField = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true } as const;

/** One schema field as an editor field. */
export function editorField(name: string, schema: z.ZodType, site: Pick<Site, 'municipalities'>): EditorField {
  const { inner, optional, defaultValue } = unwrap(schema);
  const { label, hint } = words(name);
  const base: EditorField = { name, label, widget: 'string', ...(hint ? { hint } : {}), ...(optional ? { required: false } : {}) };
  if (defaultValue !== undefined && typeof defaultValue !== 'object') base.default = defaultValue;
  const def = defOf(inner);

  if (inner === reviewedField) return { ...base, ...dateField };
  if (inner === verifiedField) return { ...base, widget: 'boolean', default: false };
  // Open, not folded: each source's line is there to read, and to paste over when confirming.
  if (inner === sourceField || name === 'sources') return { ...base, widget: 'list', collapsed: false, field: { name: 'item', label, widget: 'string' } };
  if (inner === phoneField) return { ...base, pattern: formPattern('phone') };
  if (inner === webField) return { ...base, pattern: formPattern('web') };
  if (inner === emailField) return { ...base, pattern: formPattern('email') };
  if (inner === openingHoursField) return base;
  if (name === 'municipalities') return { ...base, widget: 'select', multiple: true, options: [...site.municipalities] };
  if (references[name]) {
    return { ...base, widget: 'relation', collection: references[name], value_field: '{{slug}}', search_fields: [name === 'translationOf' ? 'title' : 'name'], display_fields: [name === 'translationOf' ? 'title' : 'name'] };
  }
  const textKind = textKindOf.get(inner);
  if (textKind) {
    const pattern = textPattern(inner)!;
    return { ...base, widget: textKind === 'line' ? 'string' : 'text', pattern };
  }
  switch (def.type) {
    case 'string': {
      const pattern = regexPattern(inner, 'X!');
      return pattern ? { ...base, pattern } : base;
    }
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'int':
    case 'number': {
      const bounds = (inner as unknown as { minValue?: number | null; maxValue?: number | null });
      return { ...base, widget: 'number', value_type: 'int', ...(bounds.minValue != null ? { min: bounds.minValue } : {}), ...(bounds.maxValue != null ? { max: bounds.maxValue } : {}) };
    }
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def.entries!) };
    case 'object': {
      const fields = objectFields(inner, site);
      // Decap checks the required fields of an object that is not there (contact.address.city of
      // a service without contact) and then refuses every save: inside an optional object nothing
      // is required in the editor; the content check on the pull request still requires them.
      return { ...base, widget: 'object', collapsed: true, fields: optional ? fields.map(notRequired) : fields };
    }
    case 'array': {
      const element = unwrap(def.element!).inner;
      const elementDef = defOf(element);
      if (elementDef.type === 'enum') return { ...base, widget: 'select', multiple: true, options: Object.values(elementDef.entries!) };
      if (elementDef.type === 'object') return { ...base, widget: 'list', collapsed: true, fields: objectFields(element, site) };
      return { ...base, widget: 'list', field: listItem(label, element) };
    }
    default:
      throw new Error(`Redigeraren känner inte fältet "${name}" (${def.type}): lägg till det i src/features/editor/config.ts.`);
  }
}

function notRequired(field: EditorField): EditorField {
  return { ...field, required: false, ...(field.fields && field.widget === 'object' ? { fields: field.fields.map(notRequired) } : {}) };
}

/** A list of words or lines: each item checked as the schema checks it. */
function listItem(label: string, element: z.ZodType): EditorField {
  const item: EditorField = { name: 'item', label, widget: 'string' };
  const textPatternFound = textPattern(element);
  // A search word is trimmed first, so its regex sits inside a pipe: checked on the input side.
  const regexSource = defOf(element).type === 'pipe' ? (element as unknown as { _zod: { def: { out: z.ZodType } } })._zod.def.out : element;
  const regex = regexPattern(regexSource, 'X!');
  const pattern = textPatternFound ?? (regex ? ([regex[0], withoutFinalStop(sentenceFor(element, 'X!'))] as [string, string]) : undefined);
  return pattern ? { ...item, pattern } : item;
}

export function objectFields(schema: z.ZodType, site: Pick<Site, 'municipalities'>, collection?: string): EditorField[] {
  // In the files' order (the schema's, confirm fields first where staff confirm facts): Decap
  // writes the keys in the order of the fields, so any other order would move lines in every
  // file it saves.
  const shape = defOf(schema).shape!;
  return fieldOrderOf(schema, collection).map((name) => editorField(name, shape[name]!, site));
}

/** The collections staff edit in the browser. Self-tests and pages with blocks stay in git. */
export const editedCollections = ['services', 'programmes', 'helplines', 'municipalities', 'synonyms'] as const;

function backend(editor: EditorSettings) {
  const hostUrl = editor.hostUrl?.replace(/\/$/, '');
  return {
    name: editor.host,
    repo: editor.repo,
    branch: editor.branch,
    // Each save is a branch and a pull request, never a commit on the main branch.
    ...(editor.host === 'gitlab'
      ? { auth_type: 'pkce', app_id: editor.appId, ...(hostUrl ? { api_root: `${hostUrl}/api/v4`, base_url: hostUrl, auth_endpoint: 'oauth/authorize' } : {}) }
      : { ...(editor.authUrl ? { base_url: editor.authUrl } : {}), ...(hostUrl ? { api_root: `${hostUrl}/api/v3` } : {}) }),
  };
}

/**
 * "Bekräftad" as the confirm control (src/features/editor/confirm-widget.js): one button sets it,
 * sets "Granskad" to today and puts the cursor in "Källa". Its value is still verified: true/false.
 */
function withConfirmControl(field: EditorField): EditorField {
  if (field.name !== 'verified') return field;
  const { widget: _boolean, ...rest } = field;
  return { ...rest, widget: 'confirm', ...editorWords.confirm, reviewedLabel: words('reviewed').label, sourceLabel: words('source').label };
}

export interface EditorConfigOptions {
  /** decap-server's address, for the offline test: the editor then writes to a local git repository. */
  localBackend?: string;
  /** Knowledge pages in plain markdown (no blocks), by id; pages with blocks are left out. */
  plainKnowledgePages?: string[];
}

export function editorConfig(site: Site & { editor: EditorSettings }, options: EditorConfigOptions = {}) {
  const folderCollection = (name: (typeof editedCollections)[number]) => {
    const { folder, schema } = collections[name];
    const { label, singular } = editorWords.collections[name]!;
    const hasName = 'name' in (defOf(schema).shape ?? {});
    return {
      name,
      label,
      label_singular: singular,
      folder: `content/${folder}`,
      extension: 'yaml',
      format: 'yaml',
      create: hasName,
      delete: false,
      ...(hasName ? { identifier_field: 'name', slug: '{{fields.name}}', summary: '{{name}}' } : { identifier_field: 'synonyms', summary: '{{slug}}' }),
      fields: confirmFirstCollections.includes(name) ? objectFields(schema, site, name).map(withConfirmControl) : objectFields(schema, site, name),
    };
  };
  const glossary = {
    name: 'glossary',
    label: editorWords.collections.glossary!.label,
    label_singular: editorWords.collections.glossary!.singular,
    delete: false,
    files: [{ name: 'ordlista', label: editorWords.collections.glossary!.label, file: 'content/ordlista.yaml', format: 'yaml', fields: objectFields(glossarySchema, site) }],
  };
  const knowledgeFields = [...objectFields(knowledgeSchema, site), { name: 'body', ...words('body'), widget: 'markdown' }];
  const knowledge = options.plainKnowledgePages?.length
    ? [{
        name: 'knowledge',
        label: editorWords.collections.knowledge!.label,
        label_singular: editorWords.collections.knowledge!.singular,
        delete: false,
        files: options.plainKnowledgePages.map((id) => ({ name: id.replace(/\W/g, '-'), label: id, file: `content/kunskap/${id}.mdx`, format: 'frontmatter', fields: knowledgeFields })),
      }]
    : [];
  return {
    backend: backend(site.editor),
    ...(options.localBackend ? { local_backend: { url: `${options.localBackend}/api/v1`, allowed_hosts: [new URL(options.localBackend).hostname] } } : {}),
    publish_mode: 'editorial_workflow',
    locale: 'sv',
    // Decap requires a media folder; no field uploads files.
    media_folder: 'public/bilder',
    public_folder: '/bilder',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    ...(site.url ? { site_url: site.url, display_url: site.url } : {}),
    collections: [...editedCollections.map(folderCollection), glossary, ...knowledge],
  };
}

export type EditorConfig = ReturnType<typeof editorConfig>;
