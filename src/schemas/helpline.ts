import { z } from 'astro/zod';
import { alsoKnownAsField, agesField, audienceField, lineText, morePhonesField, openingHoursField, paragraphText, phoneField, provenance, summaryText, topicsField, webField } from './fields.ts';

/** A national line: phone, chat or both. */
export const helplineSchema = z.strictObject({
  name: lineText,
  alsoKnownAs: alsoKnownAsField.optional(),
  organisation: lineText.optional(),
  /** Who it is for and what they help with, in one or two plain sentences. */
  summary: summaryText,
  phone: phoneField.optional(),
  /** What to say or ask for when calling, e.g. "Be att få tala med Giftinformation". */
  phoneNote: paragraphText.optional(),
  morePhones: morePhonesField.optional(),
  web: webField.optional(),
  chat: webField.optional(),
  openingHours: openingHoursField.optional(),
  hoursNote: paragraphText.optional(),
  topics: topicsField,
  audience: audienceField,
  ages: agesField.optional(),
  anonymous: z.boolean().optional(),
  free: z.boolean().optional(),
  /** Shown on the acute help page. */
  acute: z.boolean().default(false),
  /**
   * Only for an emergency (a poisoning line): shown on the acute help page and never as an answer
   * to a worry about one's habits, whatever its topics.
   */
  acuteOnly: z.boolean().default(false),
  /**
   * Numbers where the line answers in another language (1177 in Arabic …), each with its own
   * source: such numbers are often regional, so each one is checked on its own.
   */
  languageLines: z
    .array(
      z.strictObject({
        /** The language's code (BCP 47), as an edition's `lang` writes it: ar, fa, so, fi. */
        language: z.string().regex(/^[a-z]{2,3}$/, { message: 'ska vara en språkkod med två eller tre små bokstäver, t.ex. ar, fa, so eller fi.' }),
        phone: phoneField,
        openingHours: openingHoursField,
        ...provenance,
      }),
    )
    .optional(),
  ...provenance,
  /** For the next editor, never shown on the site nor in its open data (content/README.md). */
  editorialNote: paragraphText.optional(),
});

export type Helpline = z.output<typeof helplineSchema>;
