// The editor's configuration is derived from the schemas (src/features/editor/config.ts): every
// schema field has an editor field and no editor field lacks a schema field; the configuration is
// one Decap CMS accepts; its patterns let every value in content/ through and stop a wrong one with
// the content check's own sentence; and site.yaml's editor block is checked like any content.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { editorConfig, formPatterns, sentenceFor, type EditorField } from '../../src/features/editor/config.ts';
import { notConfiguredPage, plainKnowledgePages } from '../../src/features/editor/admin.ts';
import { collections } from '../../src/lib/content/collections.ts';
import { fieldOrderOf } from '../../src/lib/content/format.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { phoneField, webField } from '../../src/schemas/fields.ts';
import { knowledgeSchema } from '../../src/schemas/knowledge.ts';
import { serviceKindValues } from '../../src/schemas/service.ts';
import { swedishErrorMap } from '../../src/schemas/messages.ts';

const root = join(import.meta.dirname, '../..');
const site = siteSchema.parse(parse(readFileSync(join(root, 'content/site.yaml'), 'utf8')));
const editor = { host: 'gitlab' as const, repo: 'region-exempel/en-vag-in', branch: 'main', appId: 'abc' };
const config = editorConfig({ ...site, editor }, { plainKnowledgePages: plainKnowledgePages(join(root, 'content')) });

type Shape = Record<string, z.ZodType>;
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Shape } } })._zod.def;

/** Every field path of a schema: nested objects and lists of objects included. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  let inner = schema;
  while (['optional', 'default'].includes(defOf(inner).type)) inner = defOf(inner).innerType!;
  const def = defOf(inner);
  if (def.type === 'array') {
    const element = defOf(def.element!);
    return element.type === 'object' ? schemaPaths(def.element!, prefix) : [];
  }
  if (def.type !== 'object') return [];
  return Object.entries(def.shape!).flatMap(([name, field]) => [`${prefix}${name}`, ...schemaPaths(field, `${prefix}${name}.`)]);
}

function editorPaths(fields: readonly EditorField[], prefix = ''): string[] {
  return fields.flatMap((field) => [`${prefix}${field.name}`, ...(field.fields ? editorPaths(field.fields, `${prefix}${field.name}.`) : [])]);
}

function findField(fields: readonly EditorField[], name: string): EditorField {
  const found = fields.find((field) => field.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

const byName = (name: string) => config.collections.find((c) => c.name === name)! as { fields?: EditorField[]; files?: { fields: EditorField[] }[] };

describe('the editor configuration', () => {
  it.each(['services', 'programmes', 'helplines', 'municipalities', 'synonyms'] as const)('%s: one editor field for every schema field, and no other', (name) => {
    expect(editorPaths(byName(name).fields!).sort()).toEqual(schemaPaths(collections[name].schema).sort());
  });

  it('the glossary and the knowledge pages: the same', () => {
    expect(editorPaths(byName('glossary').files![0]!.fields).sort()).toEqual(schemaPaths(glossarySchema).sort());
    const knowledge = byName('knowledge').files![0]!.fields;
    expect(editorPaths(knowledge).filter((p) => p !== 'body').sort()).toEqual(schemaPaths(knowledgeSchema).sort());
  });

  it('fails when a schema field has no editor field, or the reverse', () => {
    const fields = byName('services').fields!;
    expect(editorPaths(fields.slice(1)).sort()).not.toEqual(schemaPaths(collections.services.schema).sort());
    expect(editorPaths([...fields, { name: 'extra', label: 'x', widget: 'string' }]).sort()).not.toEqual(schemaPaths(collections.services.schema).sort());
  });

  // Decap ships its configuration's JSON Schema only inside its browser bundle (it checks the
  // configuration with Ajv when it starts); tests/e2e/editor.spec.ts loads this configuration there.
  it('has the editorial workflow, the Swedish interface and a pull-request backend', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.locale).toBe('sv');
    expect(config.backend).toMatchObject({ name: 'gitlab', repo: editor.repo, branch: 'main', auth_type: 'pkce', app_id: 'abc' });
    expect(config).not.toHaveProperty('local_backend');
  });

  it('requires what the schema requires and offers the schema\'s choices', () => {
    const services = byName('services').fields!;
    expect(findField(services, 'name').required).toBeUndefined();
    expect(findField(services, 'about').required).toBe(false);
    expect(findField(services, 'kind').options).toEqual([...serviceKindValues]);
    expect(findField(services, 'verified').widget).toBe('confirm');
    expect(findField(byName('municipalities').fields!, 'verified').widget).toBe('boolean');
    expect(findField(services, 'reviewed')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(findField(byName('programmes').fields!, 'organiserService')).toMatchObject({ widget: 'relation', collection: 'services' });
    expect(findField(services, 'municipalities').options).toEqual(site.municipalities);
  });

  // Decap writes keys in its fields' order; npm run format:content writes the same order, so a
  // save moves no line (tests/e2e/editor.spec.ts).
  it.each(['services', 'programmes', 'helplines'] as const)('%s: the confirm fields first, in the files\' order', (name) => {
    const fields = byName(name).fields!.map((field) => field.name);
    expect(fields.slice(0, 4)).toEqual(['verified', 'reviewed', 'source', 'verificationNote']);
    expect(fields).toEqual(fieldOrderOf(collections[name].schema, name));
  });

  it('leaves out knowledge pages with blocks, so a component can never be lost in the markdown field', () => {
    const pages = plainKnowledgePages(join(root, 'content'));
    for (const id of pages) expect(readFileSync(join(root, 'content/kunskap', `${id}.mdx`), 'utf8')).not.toMatch(/^\s*<[A-Z]/m);
    const withBlocks = readdirSync(join(root, 'content/kunskap')).filter((n) => n.endsWith('.mdx') && /^\s*<[A-Z]/m.test(readFileSync(join(root, 'content/kunskap', n), 'utf8')));
    for (const name of withBlocks) expect(pages).not.toContain(name.replace(/\.mdx$/, ''));
  });
});

/** Every value of a field name in content/, wherever it stands. */
function valuesOf(key: string): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) (k === key && typeof v === 'string' ? found.push(v) : walk(v));
  };
  for (const folder of ['services', 'programmes', 'helplines', 'municipalities']) {
    for (const name of readdirSync(join(root, 'content', folder))) walk(parse(readFileSync(join(root, 'content', folder, name), 'utf8')));
  }
  return found;
}

describe('the editor\'s patterns', () => {
  it.each([
    // No chat address or e-mail address stands in content/ yet.
    ['phone', 'phone'],
    ['web', 'web'],
  ] as const)('%s lets every %s in content/ through', (kind, key) => {
    const values = valuesOf(key);
    expect(values.length).toBeGreaterThan(0);
    const pattern = new RegExp(formPatterns[kind].pattern);
    expect(values.filter((value) => !pattern.test(value))).toEqual([]);
  });

  it.each(Object.entries(formPatterns))('%s stops its wrong example with the content check\'s sentence', (_, { pattern, wrong, schema }) => {
    expect(new RegExp(pattern).test(wrong)).toBe(false);
    const checkMessage = schema.safeParse(wrong, { error: swedishErrorMap }).error!.issues[0]!.message;
    expect(checkMessage.endsWith(sentenceFor(schema, wrong).replace(/^Värdet /, ''))).toBe(true);
  });

  it('the sentences are the content check\'s own', () => {
    expect(sentenceFor(phoneField, '12')).toBe('Värdet är inget giltigt svenskt telefonnummer. Skriv t.ex. 070-174 06 05.');
    expect(sentenceFor(webField, 'www.1177.se')).toBe('Värdet är ingen webbadress. Skriv hela adressen, t.ex. https://www.1177.se/.');
    const summary = findField(byName('services').fields!, 'summary');
    expect(summary.pattern).toEqual(['^[\\s\\S]{0,400}$', 'En sammanfattning får vara högst 400. Korta texten']);
    const words = findField(byName('synonyms').fields!, 'synonyms').fields!.find((f) => f.name === 'words')!;
    expect(words.field?.pattern?.[1]).toBe('Värdet går inte att söka på. Skriv ordet med små bokstäver, utan skiljetecken, t.ex. knark');
    expect(new RegExp(words.field!.pattern![0]).test('knark')).toBe(true);
  });
});

describe('the editor block in content/site.yaml', () => {
  const base = parse(readFileSync(join(root, 'content/site.yaml'), 'utf8')) as Record<string, unknown>;

  it('is optional; without it /admin/ says in Swedish what to fill in', () => {
    expect(siteSchema.safeParse(base).success).toBe(true);
    const page = notConfiguredPage();
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).toContain('content/site.yaml');
    expect(page).toContain('editor:');
    expect(page).not.toContain('<script');
  });

  it('is checked with a Swedish message', () => {
    const result = siteSchema.safeParse({ ...base, editor: { host: 'gitlab', repo: 'bara-ett-namn' } }, { error: swedishErrorMap });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe('"bara-ett-namn" är inget förråd. Skriv ägare och namn med snedstreck, t.ex. regionen/en-vag-in.');
    expect(siteSchema.safeParse({ ...base, editor: { host: 'bitbucket', repo: 'a/b' } }).success).toBe(false);
    expect(siteSchema.parse({ ...base, editor: { host: 'github', repo: 'a/b' } }).editor?.branch).toBe('main');
  });
});
