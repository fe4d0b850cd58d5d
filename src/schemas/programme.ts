import { z } from 'astro/zod';
import { alsoKnownAsField, agesField, contactField, lineText, longText, municipalitiesField, paragraphText, provenance, summaryText, topicsField } from './fields.ts';

export const programmeForValues = ['partner', 'foralder', 'barn', 'syskon', 'van', 'alla-anhoriga'] as const;
export const programmeFormatValues = ['grupp', 'individuellt', 'online', 'telefon', 'chatt', 'lager'] as const;
/** What a relative may want, as the guide asks it. */
export const programmeHelpValues = ['prata-nu', 'traffa-andra', 'lara-mer', 'hjalpa-personen'] as const;

/** A support programme for relatives. */
export const programmeSchema = z.strictObject({
  name: lineText,
  alsoKnownAs: alsoKnownAsField.optional(),
  /** The service that runs it, by id (a file name in content/services/), when there is one. */
  organiserService: z.string().optional(),
  /** The national line this offer is, by id (a file name in content/helplines/), when it is one. */
  helpline: z.string().optional(),
  /** Who runs it, in words, when it is not one of the services. */
  organiser: lineText,
  forWhom: z.array(z.enum(programmeForValues)).min(1),
  ageGroup: z.array(z.enum(['vuxen', 'ung'])).min(1),
  ages: agesField.optional(),
  format: z.array(z.enum(programmeFormatValues)).min(1),
  /** What it helps with: talk to someone now, meet others, learn, help the person seek care. */
  helpsWith: z.array(z.enum(programmeHelpValues)).min(1),
  /** True when you can take part without giving your name. */
  anonymous: z.boolean().optional(),
  /** The method it builds on, e.g. CRAFT, anhörigskola, Trappan. */
  method: lineText.optional(),
  summary: summaryText,
  about: longText.optional(),
  topics: topicsField,
  cost: paragraphText.optional(),
  howToJoin: paragraphText.optional(),
  municipalities: municipalitiesField,
  contact: contactField.optional(),
  ...provenance,
  /** For the next editor, never shown on the site nor in its open data (content/README.md). */
  editorialNote: paragraphText.optional(),
});

export type Programme = z.output<typeof programmeSchema>;
