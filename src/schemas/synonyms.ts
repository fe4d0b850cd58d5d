import { z } from 'astro/zod';
import { paragraphText } from './fields.ts';
import { quoteValue } from '../lib/quote.ts';

const quote = (value: unknown) => quoteValue(String(value));

/** A word or phrase as people type it: small letters, digits, spaces and hyphens. */
const searchWord = z
  .string()
  .trim()
  .regex(/^[a-zåäöéü0-9]+(?:[ -][a-zåäöéü0-9]+)*$/, {
    error: (issue) => `${quote(issue.input)} går inte att söka på. Skriv ordet med små bokstäver, utan skiljetecken, t.ex. knark.`,
  });

/**
 * Words people use for what our pages call something else. The words are added to the search
 * index of every page whose text contains one of the `means` words, so the static index finds
 * "knark" on pages about narkotika.
 */
export const synonymsSchema = z.strictObject({
  synonyms: z
    .array(
      z.strictObject({
        /** What people type: everyday words, slang, common misspellings. */
        words: z.array(searchWord).min(1),
        /**
         * Words our pages use. A page gets `words` when its text contains one of these; a word
         * also matches inside a longer word, so "spelberoende" matches "spelberoendet".
         */
        means: z.array(searchWord).min(1),
        /** Why the mapping is there, for the next editor. */
        note: paragraphText.optional(),
      }),
    )
    .min(1),
});

export type Synonyms = z.output<typeof synonymsSchema>;
export type Synonym = Synonyms['synonyms'][number];
