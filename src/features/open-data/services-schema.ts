// /data/services.schema.json: a JSON Schema (draft 2020-12) for /data/services.json, generated
// from the zod schema the content check uses, so the two describe the same fields.
import { z } from 'astro/zod';
import { idPattern } from '../../schemas/fields.ts';
import { serviceSchema } from '../../schemas/service.ts';
import { licence } from './services-export.ts';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema> };

// zod cannot describe what a transform outputs, so these fields come out as {} and are written by hand
// from what fields.ts returns.
const phone: JsonSchema = {
  type: 'object',
  description: 'Ett telefonnummer: display som redaktören skrev det, tel som E.164 (+46…) eller ett kort nummer som 112 eller 1177.',
  properties: {
    display: { type: 'string', minLength: 1 },
    tel: { type: 'string', pattern: '^(?:\\+46[1-9][0-9]{5,12}|[1-9][0-9]{2,5})$' },
  },
  required: ['display', 'tel'],
  additionalProperties: false,
};

const isoDate: JsonSchema = { type: 'string', format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' };

const source: JsonSchema = {
  type: 'array',
  description: 'Var uppgifterna kommer ifrån: webbadresser eller dokuments namn och datum.',
  minItems: 1,
  items: { type: 'string', pattern: '^\\S(?:[\\s\\S]*\\S)?$' },
};

// z.url({ protocol: /^https?$/ }) keeps the address as written but accepts only http and https.
const webPattern = '^[hH][tT][tT][pP][sS]?:';

function property(schema: JsonSchema, ...path: string[]): JsonSchema {
  let current = schema;
  for (const key of path) {
    const next = key === 'items' ? (current.items as JsonSchema | undefined) : current.properties?.[key];
    if (!next) throw new Error(`services.schema.json: ${path.join('.')} finns inte i zod-schemat längre`);
    current = next;
  }
  return current;
}

function replace(schema: JsonSchema, path: string[], value: JsonSchema): void {
  const parent = property(schema, ...path.slice(0, -1));
  const key = path.at(-1)!;
  property(parent, key);
  parent.properties![key] = value;
}

/** Every {} left in the tree: a field whose output the schema would not describe. */
function emptySchemas(node: unknown, path = '#'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => emptySchemas(item, `${path}/${i}`));
  if (typeof node !== 'object' || node === null) return [];
  const here = Object.keys(node).length === 0 ? [path] : [];
  return [...here, ...Object.entries(node).flatMap(([key, value]) => emptySchemas(value, `${path}/${key}`))];
}

/** The schema for one service as the content check outputs it, plus its id. */
export function serviceJsonSchema(municipalityIds: string[]): JsonSchema {
  const { $schema: _, ...generated } = z.toJSONSchema(serviceSchema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
  const service = structuredClone(generated);
  // Left out of /data/services.json: a note for the next editor (services-export.ts).
  delete (service.properties as Record<string, unknown>)['editorialNote'];

  replace(service, ['source'], source);
  replace(service, ['reviewed'], { ...isoDate, description: 'När uppgifterna senast granskades.' });
  replace(service, ['contact', 'phone'], phone);
  replace(service, ['contact', 'morePhones', 'items', 'phone'], phone);
  for (const key of ['web', 'chat']) property(service, 'contact', key).pattern = webPattern;
  Object.assign(property(service, 'openingHours'), {
    minLength: 1,
    description: 'Öppettider i OpenStreetMaps opening_hours-format, t.ex. "Mo-Fr 08:00-16:30; PH off".',
  });
  Object.assign(property(service, 'ages'), { description: 'Åldrar i hela år; min är aldrig större än max.' });
  const municipalities = property(service, 'municipalities');
  (municipalities.anyOf as JsonSchema[])[1]!.items = { type: 'string', enum: municipalityIds };

  service.properties = { id: { type: 'string', pattern: idPattern.source, description: 'Filnamnet i content/services/, utan .yaml.' }, ...service.properties };
  service.required = ['id', ...(service.required as string[])];

  const empty = emptySchemas(service);
  if (empty.length > 0) throw new Error(`services.schema.json beskriver inte ${empty.join(', ')}; lägg till dem i services-schema.ts.`);
  return service;
}

export function buildServicesSchema(municipalityIds: string[]): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'En väg in: tjänster',
    description: 'Schema för /data/services.json: alla tjänster på webbplatsen, med källa, granskningsdatum och om uppgifterna är kontrollerade.',
    type: 'object',
    properties: {
      generatedAt: { ...isoDate, description: 'Dagen filen byggdes.' },
      licence: {
        type: 'object',
        properties: { name: { const: licence.name }, url: { const: licence.url } },
        required: ['name', 'url'],
        additionalProperties: false,
      },
      region: {
        type: 'object',
        properties: { name: { type: 'string', minLength: 1 }, county: { type: 'string', minLength: 1 } },
        required: ['name', 'county'],
        additionalProperties: false,
      },
      municipalities: {
        type: 'object',
        description: 'Kommunens id → namn.',
        properties: Object.fromEntries(municipalityIds.map((id) => [id, { type: 'string', minLength: 1 }])),
        required: municipalityIds,
        additionalProperties: false,
      },
      services: { type: 'array', items: serviceJsonSchema(municipalityIds) },
    },
    required: ['generatedAt', 'licence', 'region', 'municipalities', 'services'],
    additionalProperties: false,
  };
}
