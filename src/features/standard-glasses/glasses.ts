// The arithmetic of standard glasses, shared by the server-rendered table and the calculator in
// the browser. Figures (grams per glass, the density of alcohol) come from content/standardglas/.

/** Grams of alcohol in `cl` centilitres of a drink with `percent` alcohol by volume. */
export function gramsOfAlcohol(cl: number, percent: number, density: number): number {
  return (cl * 10 * percent * density) / 100;
}

/** Rounded to one decimal, as the page shows it: 1.04 → 1, 1.05 → 1.1. */
export function toTenths(value: number): number {
  // Through an integer of tenths, so 1.05 (stored as 1.04999…) rounds as it reads.
  return Math.round(Number((value * 10).toPrecision(12))) / 10;
}

/** Standard glasses in `grams` of alcohol, to one decimal. */
export function standardGlasses(grams: number, gramsPerGlass: number): number {
  return toTenths(grams / gramsPerGlass);
}

/** An answer's range of whole glasses, as the question's options give them; no max: and more. */
export interface GlassRange {
  min: number;
  max?: number;
}

/**
 * The answer a number of standard glasses points to: the option whose range holds the number
 * to the nearest whole glass (halves up). Less than the first range's lower bound, but more than
 * nothing, is closest to the first answer; nothing at all points to no answer.
 */
export function answerForGlasses(ranges: readonly GlassRange[], glasses: number): number | undefined {
  if (!(glasses > 0) || ranges.length === 0) return undefined;
  const whole = Math.round(glasses);
  const found = ranges.findIndex((range) => whole >= range.min && (range.max === undefined || whole <= range.max));
  if (found >= 0) return found;
  return whole < ranges[0]!.min ? 0 : undefined;
}

/** Formats a number of glasses the Swedish way: 2,5 and 1. */
export function formatGlasses(value: number, locale = 'sv-SE'): string {
  return toTenths(value).toLocaleString(locale, { maximumFractionDigits: 1 });
}

/** One drink in one size, as the table and the calculator list them. */
export interface DrinkRow {
  drinkId: string;
  drink: string;
  size: string;
  cl: number;
  strength: number;
  grams: number;
  glasses: number;
}

/** Every drink in every size, in the content's order, with its grams and standard glasses. */
export function drinkRows(content: {
  grams: number;
  ethanolDensity: number;
  drinks: readonly { id: string; name: string; strength: number; sizes: readonly { name: string; cl: number }[] }[];
}): DrinkRow[] {
  return content.drinks.flatMap((drink) =>
    drink.sizes.map((size) => {
      const grams = gramsOfAlcohol(size.cl, drink.strength, content.ethanolDensity);
      return { drinkId: drink.id, drink: drink.name, size: size.name, cl: size.cl, strength: drink.strength, grams, glasses: standardGlasses(grams, content.grams) };
    }),
  );
}
