// The content collections: which folder, which files, which schema. Used by both Astro's
// content layer (src/content.config.ts) and our own check, so the two can never disagree.
import type { z } from 'astro/zod';
import { helplineSchema } from '../../schemas/helpline.ts';
import { instrumentSchema } from '../../schemas/instrument.ts';
import { knowledgeSchema } from '../../schemas/knowledge.ts';
import { municipalitySchema } from '../../schemas/municipality.ts';
import { pageSchema } from '../../schemas/page.ts';
import { programmeSchema } from '../../schemas/programme.ts';
import { serviceSchema } from '../../schemas/service.ts';
import { standardGlassSchema } from '../../schemas/standard-glass.ts';
import { synonymsSchema } from '../../schemas/synonyms.ts';

export interface CollectionDefinition {
  folder: string;
  pattern: string;
  format: 'yaml' | 'mdx';
  schema: z.ZodType;
}

const yamlFiles = '**/[^_]*.{yaml,yml}';

export const collections = {
  municipalities: { folder: 'municipalities', pattern: yamlFiles, format: 'yaml', schema: municipalitySchema },
  services: { folder: 'services', pattern: yamlFiles, format: 'yaml', schema: serviceSchema },
  programmes: { folder: 'programmes', pattern: yamlFiles, format: 'yaml', schema: programmeSchema },
  helplines: { folder: 'helplines', pattern: yamlFiles, format: 'yaml', schema: helplineSchema },
  instruments: { folder: 'instruments', pattern: yamlFiles, format: 'yaml', schema: instrumentSchema },
  pages: { folder: 'pages', pattern: '**/[^_]*.mdx', format: 'mdx', schema: pageSchema },
  knowledge: { folder: 'kunskap', pattern: '**/[^_]*.mdx', format: 'mdx', schema: knowledgeSchema },
  /** Search words people use (see src/features/search/synonyms.ts); not pages of their own. */
  synonyms: { folder: 'synonyms', pattern: yamlFiles, format: 'yaml', schema: synonymsSchema },
  /** One file: what a standard glass is and common drinks in standard glasses, for the self-tests' calculator. */
  standardGlass: { folder: 'standardglas', pattern: yamlFiles, format: 'yaml', schema: standardGlassSchema },
} satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof collections;

/** An entry's id is its path inside the collection's folder, without the extension. */
export function idFromPath(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').replace(/\.(ya?ml|mdx)$/, '');
}
