import { z } from 'astro/zod';
import { audienceField, lineText, reviewedField, sourceField, summaryText, topicsField } from './fields.ts';
import { quoteValue } from '../lib/quote.ts';

/** The themes /kunskap/ groups its pages by, in the order readers see them. */
export const knowledgeThemeValues = ['vard-och-stod', 'samverkan-och-planer', 'behandling-och-skadereducering', 'rattigheter', 'amnen'] as const;

/** The navigator's answers to "Vad gäller det?" (src/lib/content/guides/navigator-questions.ts), by slug. */
export const navigatorConcernValues = ['alkohol', 'narkotika', 'lakemedel', 'spel', 'flera', 'vet-inte'] as const;

/** A knowledge page in content/kunskap/: plain Swedish about the system and its rights, sourced. */
export const knowledgeSchema = z.strictObject({
  title: lineText,
  /** One or two sentences for search results and the page's description. */
  description: summaryText,
  theme: z.enum(knowledgeThemeValues),
  audience: audienceField.min(1),
  topics: topicsField,
  /** Where the facts come from: URLs or named documents, one or more. Listed on the page. */
  sources: sourceField.superRefine((sources, ctx) => {
    sources.forEach((source, i) => {
      if (/^https?:\/\//.test(source) ? URL.canParse(source) : source.split(/\s+/).length >= 3) return;
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: `${quoteValue(source)} är varken en hel webbadress (https://…) eller ett dokuments namn med utgivare och år. Skriv t.ex. "SOU 2021:93 Från delar till helhet, Socialdepartementet, 2021".`,
      });
    });
  }),
  reviewed: reviewedField,
  /** The navigator's results that link this page under "Läs mer", by the answer to "Vad gäller det?". */
  navigatorConcerns: z.array(z.enum(navigatorConcernValues)).optional(),
  /** Who is responsible for the text. */
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

export type KnowledgePage = z.output<typeof knowledgeSchema>;
