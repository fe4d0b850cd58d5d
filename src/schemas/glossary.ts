import { z } from 'astro/zod';
import { idPattern, lineText, paragraphText } from './fields.ts';

/** A word as it stands in the text; spaces alone would never be found, and one letter would be found everywhere. */
const glossaryForm = z.string().superRefine((form, ctx) => {
  if (form.trim() === '') ctx.addIssue({ code: 'custom', message: `${form === '' ? 'är tomt' : 'har bara mellanslag'}. Skriv ordet som det står i texten, t.ex. SIP.` });
  else if ([...form.trim()].length < 2) ctx.addIssue({ code: 'custom', message: `"${form}" är för kort: ett ord som länkas har minst två tecken. Skriv hela ordet, t.ex. SIP.` });
});

/** content/ordlista.yaml: the words the site explains where they first appear on a page. */
export const glossarySchema = z.strictObject({
  terms: z
    .array(
      z.strictObject({
        /** The anchor on /ordlista/, e.g. "sip" → /ordlista/#sip. */
        id: z.string().regex(idPattern, { error: 'ska vara små bokstäver a–z, siffror och bindestreck, t.ex. sip.' }),
        /** The term as it heads its explanation, e.g. "SIP (samordnad individuell plan)". */
        term: lineText,
        /** The forms that are linked in running text, exactly as written there, e.g. [SIP]. */
        forms: z.array(glossaryForm).min(1),
        /** One or two plain sentences. */
        explanation: paragraphText,
      }),
    )
    .min(1)
    // A word that two terms claim would link to whichever came first; the editor should choose.
    .superRefine((terms, ctx) => {
      const owner = new Map<string, number>();
      terms.forEach((term, t) =>
        term.forms.forEach((form, f) => {
          const earlier = owner.get(form);
          // Two terms with one id are one mistake, reported as such by the content check.
          if (earlier !== undefined && earlier !== t && terms[earlier]!.id !== term.id) {
            ctx.addIssue({
              code: 'custom',
              path: [t, 'forms', f],
              message: `"${form}" står redan bland orden för "${terms[earlier]!.term}". Ett ord kan bara länka till en förklaring: ta bort det ena.`,
            });
          }
          if (earlier === undefined) owner.set(form, t);
        }),
      );
    }),
});

export type Glossary = z.output<typeof glossarySchema>;
