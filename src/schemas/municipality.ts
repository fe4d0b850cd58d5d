import { z } from 'astro/zod';
import { lineText, paragraphText, phoneField, provenance, webField } from './fields.ts';

/**
 * The municipality's general number (its switchboard, or a citizens' office that connects
 * callers): the route a card offers when a municipal service has no verified number of its own.
 * A fact of its own, with its own source, because it is checked apart from the website.
 */
export const switchboardSchema = z.strictObject({
  phone: phoneField,
  /** What the number is called in running text, e.g. "kommunens växel" or "medborgarkontoret". */
  name: lineText.default('kommunens växel'),
  ...provenance,
});

/** One municipality. The services that cover it are read from the services' own `municipalities`. */
export const municipalitySchema = z.strictObject({
  name: lineText,
  /** The municipality's own website, for readers who want to look further. */
  web: webField.optional(),
  switchboard: switchboardSchema.optional(),
  ...provenance,
  /** For the next editor, never shown on the site nor in its open data (content/README.md). */
  editorialNote: paragraphText.optional(),
});

export type Municipality = z.output<typeof municipalitySchema>;
export type Switchboard = z.output<typeof switchboardSchema>;
