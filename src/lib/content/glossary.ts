// The glossary for the Markdown pipeline, read when Astro loads its config. An invalid file is
// reported by the content check, which runs next and stops the build: so nothing here may throw
// (a YAML error would stop the config from loading, in English, before the check could name it),
// and a link in place of the file is not followed.
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { glossarySchema, type Glossary } from '../../schemas/glossary.ts';
import { readContentText } from './checks/files.ts';

export function loadGlossary(contentRoot = join(process.cwd(), 'content')): Glossary | undefined {
  const path = join(contentRoot, 'ordlista.yaml');
  if (!lstatSync(path, { throwIfNoEntry: false })) return undefined;
  const text = readContentText(path, path, []);
  if (text === undefined) return undefined;
  try {
    const result = glossarySchema.safeParse(parse(text));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
