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

export function fieldOrderOf(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def.shape;
  return shape ? Object.keys(shape) : [];
}
