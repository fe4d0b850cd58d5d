import { z } from 'astro/zod';
import { idPattern, lineText, longText, paragraphText, provenance, summaryText } from './fields.ts';
import { quoteValue } from '../lib/quote.ts';

/**
 * On a question about quantity: the whole standard glasses an answer stands for, e.g. { min: 3, max: 4 };
 * the last answer may leave out max ("10 eller fler"). The calculator next to the question chooses
 * the answer whose range holds the reader's count.
 */
const glassRange = z.strictObject({ min: z.int().min(0), max: z.int().min(0).optional() });

const option = z.strictObject({ label: lineText, points: z.int().min(0), glasses: glassRange.optional() });

/**
 * An instrument's answer scales by name: the points of every option, in the order they are shown
 * (AUDIT: fem-steg [0, 1, 2, 3, 4] for questions 1–8, tre-steg [0, 2, 4] for 9–10). Each question
 * names its scale, so a question that loses an option or has its points reordered no longer
 * matches what the instrument defines, and the scoring cannot change without anyone seeing it.
 */
const answerScales = z.record(
  z.string().regex(idPattern, { error: 'ska vara ett kort namn med små bokstäver a–z, siffror och bindestreck, t.ex. fem-steg.' }),
  z.array(z.int().min(0)).min(2),
);

const item = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: paragraphText,
  /** Help shown next to the question, e.g. what one standard drink is. */
  help: paragraphText.optional(),
  /** The name of the question's scale in answerScales. */
  scale: z.string({
    error: (issue) =>
      `${issue.input === undefined ? 'saknas' : `${quoteValue(issue.input)} är inget namn`}. Ange frågans svarsskala: ett av namnen under answerScales, t.ex. scale: fem-steg.`,
  }),
  options: z.array(option).min(2),
  /**
   * A question that names a number of standard glasses without asking for one ("Hur ofta dricker du
   * 6 standardglas eller fler …"): the calculator next to it says whether a count reaches it.
   */
  glassesAtLeast: z.int().min(1).optional(),
});

/** When the answers to `items` add up to at most `totalAtMost`, the items in `skip` are not asked and score 0. */
const skipRule = z.strictObject({
  items: z.array(z.string()).min(1),
  totalAtMost: z.int().min(0),
  skip: z.array(z.string()).min(1),
});

const range = z.strictObject({ min: z.int().min(0), max: z.int().min(0) });

/** Sex-specific cut-offs where the instrument has them; otherwise one range for everyone. */
const bandRanges = z.union([
  z.strictObject({ alla: range }),
  z.strictObject({ kvinna: range, man: range }),
]);

const nextStep = z
  .strictObject({
    text: lineText,
    /** A path on this site, e.g. /hitta-hjalp/. */
    path: z
      .string()
      .startsWith('/', {
        error: (issue) =>
          `${quoteValue(issue.input)} är ingen sökväg på webbplatsen. Skriv en sökväg som börjar med ett snedstreck, t.ex. /hitta-hjalp/; till en mottagning eller en stödlinje leder fälten service och helpline.`,
      })
      .optional(),
    service: z.string().optional(),
    helpline: z.string().optional(),
  })
  .refine((step) => [step.path, step.service, step.helpline].filter(Boolean).length === 1, {
    message: 'ska leda till exakt ett ställe. Ange ett av fälten path, service eller helpline.',
  });

const band = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: lineText,
  ranges: bandRanges,
  /** What the result means, in plain Swedish. */
  result: paragraphText,
  nextSteps: z.array(nextStep).default([]),
});

export const instrumentSchema = z
  .strictObject({
    name: lineText,
    title: lineText,
    summary: summaryText,
    /** The period the questions ask about, e.g. "det senaste året". */
    timeframe: lineText,
    minutes: z.int().min(1),
    /** The instrument this one is the short version of; offered when the short test is positive. */
    fullTest: z.string().optional(),
    /** Which site topic the test is about, for the navigator's matching in the result. */
    concern: z.enum(['alkohol', 'narkotika', 'spel']),
    answerScales,
    items: z.array(item).min(1),
    skipRules: z.array(skipRule).default([]),
    bands: z.array(band).min(1),
    licence: longText,
    // verificationNote: what exactly is not verified, in words the reader sees on the test's page.
    ...provenance,
  })
  .superRefine((instrument, ctx) => {
    // Points below 0 are reported on their own; the band check would only repeat the same error.
    if (instrument.items.some((i) => i.options.some((o) => o.points < 0))) return;
    const sameId = (list: { id: string }[], field: 'items' | 'bands', noun: string) =>
      list.forEach((entry, index) => {
        if (list.findIndex((other) => other.id === entry.id) < index) {
          ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: `"${entry.id}" används redan av en annan ${noun} i testet. Ge varje ${noun} ett eget id.` });
        }
      });
    sameId(instrument.items, 'items', 'fråga');
    sameId(instrument.bands, 'bands', 'nivå');
    instrument.items.forEach((question, q) =>
      question.options.forEach((option, o) => {
        if (question.options.findIndex((other) => other.label === option.label) < o) {
          ctx.addIssue({ code: 'custom', path: ['items', q, 'options', o, 'label'], message: `"${option.label}" står redan som svar på frågan. Ge varje svar en egen text.` });
        }
      }),
    );
    instrument.bands.forEach((band, b) => {
      const targets = band.nextSteps.map((step) => step.path ?? step.service ?? step.helpline);
      targets.forEach((target, s) => {
        if (targets.indexOf(target) < s) {
          ctx.addIssue({ code: 'custom', path: ['bands', b, 'nextSteps', s], message: `leder till samma ställe som steg ${targets.indexOf(target) + 1} (${target}). Ta bort det ena steget.` });
        }
      });
    });
    instrument.items.forEach((question, q) => glassRangesFollowEachOther(question, q, ctx));
    if (!optionsFollowScales(instrument.items, instrument.answerScales, ctx)) return;
    const ids = new Set(instrument.items.map((i) => i.id));
    instrument.skipRules.forEach((rule, r) => {
      for (const key of ['items', 'skip'] as const) {
        rule[key].forEach((id, i) => {
          if (!ids.has(id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['skipRules', r, key, i],
              message: `"${id}" är ingen fråga i testet. Använd ett av frågornas id: ${[...ids].join(', ')}.`,
            });
          }
        });
      }
    });
    const min = instrument.items.reduce((sum, i) => sum + Math.min(...i.options.map((o) => o.points)), 0);
    const max = instrument.items.reduce((sum, i) => sum + Math.max(...i.options.map((o) => o.points)), 0);
    const sexes = 'alla' in (instrument.bands[0]?.ranges ?? {}) ? ['alla'] : ['kvinna', 'man'];
    for (const sex of sexes) {
      const ranges = instrument.bands
        .map((b, index) => ({ index, range: (b.ranges as Record<string, { min: number; max: number }>)[sex] }))
        .filter((r): r is { index: number; range: { min: number; max: number } } => r.range !== undefined)
        .sort((a, b) => a.range.min - b.range.min);
      let expected = min;
      for (const { index, range: r } of ranges) {
        if (r.min !== expected || r.max < r.min) {
          ctx.addIssue({
            code: 'custom',
            path: ['bands', index, 'ranges', sex],
            message: `${r.min}–${r.max} hänger inte ihop med föregående gräns: nästa gräns ska börja på ${expected}. Gränserna ska täcka ${min}–${max} utan glapp eller överlapp.`,
          });
          return;
        }
        expected = r.max + 1;
      }
      if (expected !== max + 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands'],
          message: `gränserna${sex === 'alla' ? '' : sex === 'kvinna' ? ' för kvinnor' : ' för män'} slutar på ${expected - 1}, men testet kan ge ${max} poäng. Låt den sista gränsen gå till ${max}.`,
        });
      }
    }
  });

/**
 * Where a question's answers stand for numbers of standard glasses, every answer does, in order,
 * each range beginning where the one before ended: the calculator can then point to exactly one.
 */
function glassRangesFollowEachOther(question: z.output<typeof item>, index: number, ctx: z.RefinementCtx) {
  const ranges = question.options.map((o) => o.glasses);
  if (ranges.every((r) => r === undefined)) return;
  const path = (o: number) => ['items', index, 'options', o, 'glasses'];
  const missing = ranges.findIndex((r) => r === undefined);
  if (missing >= 0) {
    ctx.addIssue({ code: 'custom', path: ['items', index, 'options', missing], message: 'saknar glasses, men andra svar på frågan har det. Ange för varje svar hur många standardglas det gäller, t.ex. glasses: { min: 3, max: 4 }, eller ta bort glasses från alla svar.' });
    return;
  }
  ranges.forEach((range, o) => {
    const previous = ranges[o - 1];
    const last = o === ranges.length - 1;
    if (range!.max !== undefined && range!.max < range!.min) {
      ctx.addIssue({ code: 'custom', path: path(o), message: `${range!.min}–${range!.max} går baklänges. Skriv det minsta antalet i min och det största i max, t.ex. { min: ${range!.max}, max: ${range!.min} }.` });
    } else if (range!.max === undefined && !last) {
      ctx.addIssue({ code: 'custom', path: [...path(o), 'max'], message: `saknas. Bara det sista svaret får gälla ett antal "eller fler"; ange det största antalet standardglas för det här svaret, t.ex. max: ${range!.min + 1}.` });
    } else if (previous?.max !== undefined && range!.min !== previous.max + 1) {
      ctx.addIssue({ code: 'custom', path: [...path(o), 'min'], message: `${range!.min} hänger inte ihop med svaret före, som slutar på ${previous.max}. Låt det här svaret börja på ${previous.max + 1}.` });
    }
  });
}

/** True when every question's options give exactly its scale's points, in the scale's order. */
function optionsFollowScales(items: z.output<typeof item>[], scales: Record<string, number[]>, ctx: z.RefinementCtx): boolean {
  const names = Object.keys(scales);
  let valid = true;
  items.forEach((question, index) => {
    const scale = scales[question.scale];
    if (!scale) {
      ctx.addIssue({
        code: 'custom',
        path: ['items', index, 'scale'],
        message: names.length > 0
          ? `"${question.scale}" är ingen svarsskala i testet. Använd en av skalorna under answerScales: ${names.join(', ')}.`
          : `"${question.scale}" är ingen svarsskala i testet. Lägg till skalan under answerScales, t.ex. answerScales: { ${question.scale}: [0, 1, 2, 3, 4] }.`,
      });
      valid = false;
      return;
    }
    const points = question.options.map((o) => o.points);
    if (points.join() !== scale.join()) {
      ctx.addIssue({
        code: 'custom',
        path: ['items', index, 'options'],
        message: `svarsalternativen ger ${points.join(', ')} poäng, men svarsskalan ${question.scale} är ${scale.join(', ')}. Ge frågan ett svarsalternativ för varje poäng i skalan, i samma ordning.`,
      });
      valid = false;
    }
  });
  return valid;
}

export type Instrument = z.output<typeof instrumentSchema>;
