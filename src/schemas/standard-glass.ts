import { z } from 'astro/zod';
import { idPattern, lineText, provenance, sourceField } from './fields.ts';
import { quoteValue } from '../lib/quote.ts';

/** A positive number with a Swedish message that names what it is and gives an example. */
const positiveNumber = (what: string, example: string, max: number) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `saknas. Skriv ${what}, t.ex. ${example}.` : `${quoteValue(issue.input)} är inget tal. Skriv ${what}, t.ex. ${example}.`) })
    .gt(0, { error: (issue) => `${quoteValue(issue.input)} är för litet. Skriv ${what}, större än 0, t.ex. ${example}.` })
    .max(max, { error: (issue) => `${quoteValue(issue.input)} är för stort: det största tillåtna är ${max}. Skriv ${what}, t.ex. ${example}.` });

const size = z.strictObject({
  /** How a reader knows it: "burk eller flaska", "glas", "flaska". */
  name: lineText,
  cl: positiveNumber('mängden i centiliter', 'cl: 33', 500),
});

const drink = z.strictObject({
  id: z.string().regex(idPattern, { error: 'ska vara ett kort namn med små bokstäver a–z, siffror och bindestreck, t.ex. starkol.' }),
  name: lineText,
  /** Typical alcohol content in percent by volume. */
  strength: positiveNumber('den typiska alkoholhalten i volymprocent', 'strength: 5', 100),
  sizes: z.array(size).min(1),
  /** Where the sizes and the strength come from. */
  source: sourceField,
});

/**
 * content/standardglas/: what one standard glass holds in the country (in Sweden 12 g of alcohol),
 * and common drinks with their usual sizes and typical strengths, each with its sources. The
 * calculator next to a self-test's question about quantity and the page /testa-dina-vanor/standardglas/
 * count with these figures.
 */
export const standardGlassSchema = z
  .strictObject({
    /** Grams of alcohol in one standard glass. */
    grams: positiveNumber('hur många gram alkohol ett standardglas innehåller', 'grams: 12', 100),
    /** Grams per millilitre of pure alcohol, to turn percent by volume into grams. */
    ethanolDensity: positiveNumber('hur många gram en milliliter ren alkohol väger', 'ethanolDensity: 0.789', 2),
    drinks: z.array(drink).min(1),
    ...provenance,
  })
  .superRefine((data, ctx) => {
    data.drinks.forEach((drink, d) => {
      if (data.drinks.findIndex((other) => other.id === drink.id) < d) {
        ctx.addIssue({ code: 'custom', path: ['drinks', d, 'id'], message: `"${drink.id}" används redan av en annan dryck. Ge varje dryck ett eget id.` });
      }
      drink.sizes.forEach((size, s) => {
        if (drink.sizes.findIndex((other) => other.cl === size.cl) < s) {
          ctx.addIssue({ code: 'custom', path: ['drinks', d, 'sizes', s, 'cl'], message: `${size.cl} cl står redan bland mängderna för ${drink.name}. Ta bort den ena.` });
        }
      });
    });
  });

export type StandardGlass = z.output<typeof standardGlassSchema>;
