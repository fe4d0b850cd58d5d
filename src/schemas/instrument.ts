import { z } from 'astro/zod';
import { sourceField, reviewedField, verifiedField } from './fields.ts';

const option = z.strictObject({ label: z.string().min(1), points: z.int().min(0) });

const item = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: z.string().min(1),
  /** Help shown next to the question, e.g. what one standard drink is. */
  help: z.string().optional(),
  options: z.array(option).min(2),
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
    text: z.string().min(1),
    /** A path on this site, e.g. /hitta-hjalp/. */
    path: z.string().startsWith('/').optional(),
    service: z.string().optional(),
    helpline: z.string().optional(),
  })
  .refine((step) => [step.path, step.service, step.helpline].filter(Boolean).length === 1, {
    message: 'ska leda till exakt ett ställe. Ange ett av fälten path, service eller helpline.',
  });

const band = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  ranges: bandRanges,
  /** What the result means, in plain Swedish. */
  result: z.string().min(1),
  nextSteps: z.array(nextStep).default([]),
});

export const instrumentSchema = z
  .strictObject({
    name: z.string().min(1),
    title: z.string().min(1),
    summary: z.string().min(1),
    /** The period the questions ask about, e.g. "det senaste året". */
    timeframe: z.string().min(1),
    minutes: z.int().min(1),
    /** The instrument this one is the short version of; offered when the short test is positive. */
    fullTest: z.string().optional(),
    /** Which site topic the test is about, for the navigator's matching in the result. */
    concern: z.enum(['alkohol', 'narkotika', 'spel']),
    items: z.array(item).min(1),
    skipRules: z.array(skipRule).default([]),
    bands: z.array(band).min(1),
    licence: z.string().min(1),
    source: sourceField,
    reviewed: reviewedField,
    verified: verifiedField,
    /** What exactly is not verified, in words the reader sees on the test's page. */
    verificationNote: z.string().optional(),
  })
  .superRefine((instrument, ctx) => {
    // Points below 0 are reported on their own; the band check would only repeat the same error.
    if (instrument.items.some((i) => i.options.some((o) => o.points < 0))) return;
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

export type Instrument = z.output<typeof instrumentSchema>;
