import { z } from 'astro/zod';
import { agesField, audienceField, morePhonesField, openingHoursField, phoneField, provenance, topicsField, webField } from './fields.ts';

/** A national line: phone, chat or both. */
export const helplineSchema = z.strictObject({
  name: z.string().min(1),
  organisation: z.string().optional(),
  /** Who it is for and what they help with, in one or two plain sentences. */
  summary: z.string().min(1),
  phone: phoneField.optional(),
  /** What to say or ask for when calling, e.g. "Be att få tala med Giftinformation". */
  phoneNote: z.string().optional(),
  morePhones: morePhonesField.optional(),
  web: webField.optional(),
  chat: webField.optional(),
  openingHours: openingHoursField.optional(),
  hoursNote: z.string().optional(),
  topics: topicsField,
  audience: audienceField,
  ages: agesField.optional(),
  anonymous: z.boolean().optional(),
  free: z.boolean().optional(),
  /** Shown on the acute help page. */
  acute: z.boolean().default(false),
  ...provenance,
});

export type Helpline = z.output<typeof helplineSchema>;
