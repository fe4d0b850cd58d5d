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
  /** The edition the text is written for: sv, or the name of a file in src/i18n/ (en, sv-lattlast …). */
  lang: z.string().default('sv'),
  /** In another edition: the id of the Swedish page this one translates; its address follows from it. */
  translationOf: z.string().optional(),
});

export type PageData = z.output<typeof pageSchema>;
