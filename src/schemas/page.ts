import { z } from 'astro/zod';
import { audienceField, reviewedField, topicsField } from './fields.ts';

/** Front matter of an MDX page in content/pages/. */
export const pageSchema = z.strictObject({
  title: z.string().min(1),
  /** One or two sentences for search results and the page's description. */
  description: z.string().min(1),
  audience: audienceField.default([]),
  topics: topicsField.default([]),
  reviewed: reviewedField,
  /** Who is responsible for the text, e.g. "Region Blekinge, beroendevården". */
  owner: z.string().min(1),
  lang: z.enum(['sv', 'sv-lattlast', 'en']).default('sv'),
});

export type PageData = z.output<typeof pageSchema>;
