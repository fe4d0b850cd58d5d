import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { collections as definitions, idFromPath } from './lib/content/collections.ts';

function collection<Schema extends z.ZodType>({ folder, pattern, schema }: { folder: string; pattern: string; schema: Schema }) {
  return defineCollection({
    loader: glob({ base: `./content/${folder}`, pattern, generateId: ({ entry }) => idFromPath(entry) }),
    schema,
  });
}

export const collections = {
  municipalities: collection(definitions.municipalities),
  services: collection(definitions.services),
  programmes: collection(definitions.programmes),
  helplines: collection(definitions.helplines),
  instruments: collection(definitions.instruments),
  pages: collection(definitions.pages),
  knowledge: collection(definitions.knowledge),
  synonyms: collection(definitions.synonyms),
  standardGlass: collection(definitions.standardGlass),
};
