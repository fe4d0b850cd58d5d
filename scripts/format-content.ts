// `npm run format:content`: writes the YAML files the editor at /admin/ saves in the editor's own
// style (src/lib/content/format.ts), so that an edit there changes only the edited field's lines.
// `npm run format:content -- --check` only lists the files that are not in that style.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { collections } from '../src/lib/content/collections.ts';
import { fieldOrderOf, formatYaml } from '../src/lib/content/format.ts';
import { glossarySchema } from '../src/schemas/glossary.ts';
import { editedCollections } from '../src/features/editor/config.ts';

const project = resolve(import.meta.dirname, '..');
const content = join(project, 'content');

/** The files the editor writes, with the order of their top-level fields. */
export function editorFiles(folder = content): { path: string; order: string[] }[] {
  const files = editedCollections.flatMap((name) => {
    const dir = join(folder, collections[name].folder);
    return readdirSync(dir)
      .filter((file) => /^[^_].*\.ya?ml$/.test(file))
      .sort()
      .map((file) => ({ path: join(dir, file), order: fieldOrderOf(collections[name].schema, name) }));
  });
  return [...files, { path: join(folder, 'ordlista.yaml'), order: fieldOrderOf(glossarySchema) }];
}

if (import.meta.main) {
  const check = process.argv.includes('--check');
  const unformatted: string[] = [];
  for (const { path, order } of editorFiles()) {
    const text = readFileSync(path, 'utf8');
    const formatted = formatYaml(text, order);
    if (formatted === text) continue;
    unformatted.push(relative(project, path));
    if (!check) writeFileSync(path, formatted);
  }
  if (check && unformatted.length > 0) {
    console.error(`${unformatted.length} filer är inte i redigerarens stil:\n${unformatted.join('\n')}\nKör npm run format:content.`);
    process.exit(1);
  }
  console.log(check ? 'Alla filer är i redigerarens stil.' : `Formaterade ${unformatted.length} filer.`);
}
