import { z } from 'astro/zod';
import { lineText, provenance, webField } from './fields.ts';

/** One municipality. The services that cover it are read from the services' own `municipalities`. */
export const municipalitySchema = z.strictObject({
  name: lineText,
  /** The municipality's own website, for readers who want to look further. */
  web: webField.optional(),
  ...provenance,
});

export type Municipality = z.output<typeof municipalitySchema>;
