import { z } from 'astro/zod';
import { idPattern } from './fields.ts';

/**
 * A language or reading version of the site: a file src/i18n/<code>.yaml. The code (the file's
 * name) is what content files write in `lang`; Swedish, the reference, lives in src/i18n/ui.ts.
 */
export const editionSchema = z.strictObject({
  /** The HTML language (BCP 47), e.g. en, ar, so; lättläst is Swedish: sv. */
  lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
    message: 'ska vara en språkkod enligt BCP 47, t.ex. en, ar, so eller fa.',
  }),
  dir: z.enum(['ltr', 'rtl']).default('ltr'),
  /** The edition's name in its own language, as the language switch shows it: English, العربية, Lättläst. */
  name: z.string().min(1),
  /** The first folder of the edition's addresses: en → /en/akut/. */
  path: z.string().regex(idPattern, { message: 'ska vara ett kort namn med små bokstäver a–z, siffror och bindestreck, t.ex. en.' }),
  /** The site's own words in this language, by the keys in src/i18n/ui.ts. */
  strings: z.record(z.string(), z.string().min(1)).default({}),
});

export type EditionFile = z.output<typeof editionSchema>;
