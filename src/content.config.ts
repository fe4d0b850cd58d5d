import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as definitions, idFromPath } from './lib/content/collections.ts';

const collection = ({ folder, pattern, schema }: (typeof definitions)[keyof typeof definitions]) =>
  defineCollection({
    loader: glob({ base: `./content/${folder}`, pattern, generateId: ({ entry }) => idFromPath(entry) }),
    schema,
  });

export const collections = {
  municipalities: collection(definitions.municipalities),
  services: collection(definitions.services),
  programmes: collection(definitions.programmes),
  helplines: collection(definitions.helplines),
  instruments: collection(definitions.instruments),
  pages: collection(definitions.pages),
};
