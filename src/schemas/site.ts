import { z } from 'astro/zod';
import { quoteValue } from '../lib/quote.ts';
import { examplePhone } from '../lib/phone.ts';
import { emailField, lineText, paragraphText, webField } from './fields.ts';

/** Degrees within Sweden's extent, in decimal degrees as a map service gives them. */
function coordinate(axis: 'lat' | 'lon', min: number, max: number) {
  const fix = `Skriv ${axis === 'lat' ? 'latitud' : 'longitud'} i grader med decimalpunkt, ett tal mellan ${min} och ${max} (en punkt i Sverige), t.ex. från en karttjänst.`;
  return z
    .number({ error: (issue) => (issue.input === undefined ? `saknas. ${fix}` : `${quoteValue(issue.input)} är inget tal. ${fix}`) })
    .min(min, { error: (issue) => `${quoteValue(issue.input)} ligger utanför Sverige. ${fix}` })
    .max(max, { error: (issue) => `${quoteValue(issue.input)} ligger utanför Sverige. ${fix}` });
}

/**
 * Where the editor at /admin/ opens its pull requests (src/features/editor/). GitLab signs in with
 * PKCE and needs only the id of an OAuth application; GitHub needs an OAuth client (`authUrl`).
 */
export const editorSchema = z.strictObject({
  host: z.enum(['gitlab', 'github']),
  /** owner/name on the git host, e.g. regionen/en-vag-in. */
  repo: z.string().regex(/^[\w.-]+(?:\/[\w.-]+)+$/, { error: (issue) => `${quoteValue(issue.input)} är inget förråd. Skriv ägare och namn med snedstreck, t.ex. regionen/en-vag-in.` }),
  /** The branch the site is built from; pull requests go to it. */
  branch: z.string().min(1).default('main'),
  /** A GitLab of one's own, e.g. https://gitlab.region.se (without it gitlab.com or github.com). */
  hostUrl: webField.optional(),
  /** GitLab: the application id of the OAuth application (PKCE, no secret). */
  appId: z.string().min(1).optional(),
  /** GitHub: the OAuth client that hands out tokens (GitHub cannot sign in from a page alone). */
  authUrl: webField.optional(),
});

export type EditorSettings = z.output<typeof editorSchema>;

/** content/site.yaml: the region this copy of the site serves. */
export const siteSchema = z.strictObject({
  /** The site's name as shown in the header. */
  name: lineText,
  /** One line under the name. */
  tagline: lineText,
  region: z.strictObject({
    /** Who runs the region's care, "Region …". */
    name: lineText,
    /** The county as written in running text, "… län"; it also names the answer "Utanför …". */
    county: lineText,
    /** A point in the region, for opening hours that follow sunrise or sunset. */
    location: z.strictObject({ lat: coordinate('lat', 55, 69.1), lon: coordinate('lon', 10.9, 24.2) }).optional(),
  }),
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
  /**
   * Numbers that are out of date or wrong and must never appear on a page (a site check reads the
   * built pages for them). Each region keeps its own list.
   */
  retiredNumbers: z
    .array(
      z.strictObject({
        number: lineText.refine((number) => number.replace(/\D/g, '').length >= 5, {
          error: (issue) => `${quoteValue(issue.input)} är inget telefonnummer. Skriv numret som det stod någonstans, t.ex. number: "${examplePhone}" eller, utan riktnummer, number: "${examplePhone.replace(/^\d+-/, '')}".`,
        }),
        /** Why it must not be shown, and what replaced it. */
        note: paragraphText,
      }),
    )
    .default([]),
  /** The content editor at /admin/; without it /admin/ says what to fill in. */
  editor: editorSchema.optional(),
});

export type Site = z.output<typeof siteSchema>;
