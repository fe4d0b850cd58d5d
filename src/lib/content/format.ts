// The style the editor at /admin/ writes YAML in (Decap CMS: the `yaml` package's defaults, lines
// folded at 80, block lists, quotes only where needed, top-level fields in the schema's order).
// Content files are kept in that style (`npm run format:content`, checked in npm test), so that a
// field changed in the editor changes that field's lines and nothing else.
import type { z } from 'astro/zod';
import { isMap, parseDocument, visit, type Pair } from 'yaml';

export const editorYamlOptions = { lineWidth: 80, minContentWidth: 20 } as const;

/** The text in the editor's style; comments stay. `fieldOrder` is the schema's order of top-level fields. */
export function formatYaml(text: string, fieldOrder: readonly string[] = []): string {
  const doc = parseDocument(text);
  visit(doc, {
    Scalar(_, node) {
      node.type = undefined;
    },
    Map(_, node) {
      node.flow = false;
    },
    Seq(_, node) {
      node.flow = false;
    },
  });
  if (isMap(doc.contents) && fieldOrder.length > 0) {
    // As Decap sorts: by the fields' order; a key it does not know keeps its place among equals.
    const rank = (pair: Pair) => fieldOrder.indexOf(String((pair.key as { value?: unknown })?.value ?? pair.key));
    doc.contents.items.sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      return ra === -1 || rb === -1 ? 0 : ra - rb;
    });
  }
  return doc.toString(editorYamlOptions);
}

/**
 * Fields staff confirm after a call (issue 18): at the top of a service, a programme or a
 * helpline, in the editor and in the file alike. Decap writes keys in its fields' order, so the
 * files' order and the editor's are one order, or a save would move lines.
 */
export const confirmFields = ['verified', 'reviewed', 'source', 'verificationNote'] as const;
export const confirmFirstCollections: readonly string[] = ['services', 'programmes', 'helplines'];

/**
 * The order of a file's top-level fields: the schema's, with the confirm fields first in the
 * collections staff confirm. Used by the editor's configuration and by npm run format:content.
 */
export function fieldOrderOf(schema: z.ZodType, collection?: string): string[] {
  const shape = (schema as unknown as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def.shape;
  const names = shape ? Object.keys(shape) : [];
  if (!collection || !confirmFirstCollections.includes(collection)) return names;
  const first = confirmFields.filter((name) => names.includes(name));
  return [...first, ...names.filter((name) => !(first as string[]).includes(name))];
}
