import { z } from 'astro/zod';
import { emailField, lineText, webField } from './fields.ts';

/** content/site.yaml: the region this copy of the site serves. */
export const siteSchema = z.strictObject({
  /** The site's name as shown in the header. */
  name: lineText,
  /** One line under the name. */
  tagline: lineText,
  region: z.strictObject({ name: lineText, county: lineText }),
  /** Municipality ids (file names in content/municipalities/) in the order readers see them. */
  municipalities: z.array(z.string()).min(1),
  owner: z.strictObject({
    name: lineText,
    email: emailField.optional(),
    web: webField.optional(),
  }),
  /**
   * The site's public address, e.g. https://www.envagin.se/ (served from the root). Search engines
   * accept language alternates and canonical links only as full addresses: without it, none are written.
   */
  url: webField
    // Zod runs this also when the address itself failed: that error is reported already.
    .refine((url) => !URL.canParse(url) || (new URL(url).pathname === '/' && !new URL(url).search && !new URL(url).hash), {
      error: 'ska vara webbplatsens startadress utan sökväg, t.ex. https://www.envagin.se/ (webbplatsen ligger i roten).',
    })
    .optional(),
  /** The neutral page "Lämna sidan snabbt" goes to. */
  quickExitUrl: webField,
  /** Helpline ids for the acute strip on every page. */
  acuteStrip: z.strictObject({
    emergency: z.string(),
    healthcare: z.string(),
    suicide: z.string(),
  }),
});

export type Site = z.output<typeof siteSchema>;
