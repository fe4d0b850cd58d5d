import { z } from 'astro/zod';
import {
  agesField,
  alsoKnownAsField,
  audienceField,
  contactField,
  municipalitiesField,
  lineText,
  longText,
  openingHoursField,
  paragraphText,
  provenance,
  summaryText,
  topicsField,
} from './fields.ts';

export const principalValues = ['region', 'kommun', 'civilsamhalle', 'stat', 'privat'] as const;

export const serviceKindValues = [
  'vardcentral',
  'socialtjanst-vuxen',
  'socialtjanst-barn-unga',
  'socialjour',
  'beroendemottagning',
  'beroendeavdelning',
  'psykiatri',
  'psykiatrisk-akut',
  'akutmottagning',
  'narakut',
  'bup',
  'sprututbyte',
  'laro',
  'tillnyktring',
  'ungdomsmottagning',
  'maria',
  'personligt-ombud',
  'anhorigstod',
] as const;

/** One service or entry point: somewhere a resident can turn. */
export const serviceSchema = z.strictObject({
  name: lineText,
  alsoKnownAs: alsoKnownAsField.optional(),
  /** Who runs it, e.g. the region ("Region …") or a municipality ("… kommun"). */
  organisation: lineText,
  principal: z.enum(principalValues),
  kind: z.enum(serviceKindValues),
  /** One plain sentence: who it is for and what it offers. */
  summary: summaryText,
  /** What happens when you get in touch, in plain Swedish. */
  about: longText.optional(),
  municipalities: municipalitiesField,
  topics: topicsField,
  audience: audienceField,
  ages: agesField.optional(),
  referral: z.enum(['nej', 'ja', 'ibland']).optional(),
  referralNote: paragraphText.optional(),
  cost: paragraphText.optional(),
  dropIn: z.boolean().optional(),
  contact: contactField.optional(),
  openingHours: openingHoursField.optional(),
  /** Opening hours that cannot be put in the OpenStreetMap syntax, in words. */
  hoursNote: paragraphText.optional(),
  languages: z.array(lineText).optional(),
  accessibility: paragraphText.optional(),
  /** A sentence a caller can say, e.g. "Jag vill prata med någon om mitt drickande." */
  whatToSay: paragraphText.optional(),
  /**
   * Whom to ask for when the reader goes through the municipality's switchboard or 1177, e.g.
   * "mottagningsgruppen för vuxna med missbruk". Without it the card names the kind of service.
   */
  askFor: lineText.optional(),
  ...provenance,
  /** For the next editor, never shown on the site nor in its open data (content/README.md). */
  editorialNote: paragraphText.optional(),
});

export type Service = z.output<typeof serviceSchema>;
