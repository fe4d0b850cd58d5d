import { z } from 'astro/zod';
import { audienceField, lineText, reviewedField, summaryText, topicsField } from './fields.ts';

/** Front matter of an MDX page in content/pages/. */
export const pageSchema = z.strictObject({
  title: lineText,
  /** One or two sentences for search results and the page's description. */
  description: summaryText,
  audience: audienceField.default([]),
  topics: topicsField.default([]),
  reviewed: reviewedField,
  /** Who is responsible for the text, e.g. the region's name and the unit: "Region …, beroendevården". */
  owner: lineText,
  /** The edition the text is written for: sv, or the name of a file in src/i18n/ (en, sv-lattlast …). */
  lang: z.string().default('sv'),
  /** In another edition: the id of the Swedish page this one translates; its address follows from it. */
  translationOf: z.string().optional(),
  /**
   * In another language: whether a person with the language as their mother tongue has reviewed
   * the translation. While false the page says so in its own language, and the content report lists it.
   */
  translationReviewed: z.boolean().optional(),
});

export type PageData = z.output<typeof pageSchema>;
