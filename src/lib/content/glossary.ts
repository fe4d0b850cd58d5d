// The glossary for the Markdown pipeline, read when Astro loads its config. An invalid file is
// reported by the content check, which runs next and stops the build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { glossarySchema, type Glossary } from '../../schemas/glossary.ts';

export function loadGlossary(contentRoot = join(process.cwd(), 'content')): Glossary | undefined {
  const path = join(contentRoot, 'ordlista.yaml');
  if (!existsSync(path)) return undefined;
  const result = glossarySchema.safeParse(parse(readFileSync(path, 'utf8')));
  return result.success ? result.data : undefined;
}
