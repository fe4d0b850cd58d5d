import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { score, scoreRange, skippedItems, type Sex } from '../../src/features/selftest/score.ts';
import type { Instrument } from '../../src/schemas/instrument.ts';
import { realContent } from '../helpers/navigator-data.ts';

const instruments = new Map(realContent().filter((e) => e.collection === 'instruments').map((e) => [e.id, e.data as Instrument]));
const get = (id: string) => {
  const instrument = instruments.get(id);
  if (!instrument) throw new Error(`content/instruments/${id}.yaml saknas`);
  return instrument;
};

/** Answers that give each item the wanted points. */
function answersFor(instrument: Instrument, points: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(points).map(([id, p]) => {
      const index = instrument.items.find((i) => i.id === id)!.options.findIndex((o) => o.points === p);
      if (index < 0) throw new Error(`${id} har inget svar som ger ${p} poäng`);
      return [id, index];
    }),
  );
}

/** Answers adding up to `total`, filling items in order with the largest points that fit, every item answered. */
function answersWithTotal(instrument: Instrument, total: number, first: Record<string, number> = {}): Record<string, number> {
  let left = total - Object.values(first).reduce((a, b) => a + b, 0);
  const points: Record<string, number> = { ...first };
  for (const item of instrument.items) {
    if (item.id in points) continue;
    const best = Math.max(...item.options.map((o) => o.points).filter((p) => p <= left));
    points[item.id] = best;
    left -= best;
  }
  if (left !== 0) throw new Error(`kan inte nå ${total}`);
  return answersFor(instrument, points);
}

const band = (id: string, total: number, sex: Sex, first?: Record<string, number>) => {
  const instrument = get(id);
  const result = score(instrument, answersWithTotal(instrument, total, first), sex);
  expect(result.total).toBe(total);
  return result.bandIndex;
};

describe('AUDIT', () => {
  // q1 and q2 answered above 0, so that no skip rule applies.
  const open = { q1: 1, q2: 1 };
  it.each([
    ['kvinna', 5, 0], ['kvinna', 6, 1], ['kvinna', 13, 1], ['kvinna', 14, 2], ['kvinna', 17, 2], ['kvinna', 18, 3],
    ['man', 7, 0], ['man', 8, 1], ['man', 15, 1], ['man', 16, 2], ['man', 19, 2], ['man', 20, 3],
  ] as const)('%s with %i points is in zone %i (0 = I)', (sex, total, zone) => {
    expect(band('audit', total, sex, open)).toBe(zone);
  });

  it('without a sex given, the stricter (women\'s) cut-off decides and says so', () => {
    const instrument = get('audit');
    const result = score(instrument, answersWithTotal(instrument, 6, open), 'vill-inte-ange');
    expect(result.bandIndex).toBe(1);
    expect(result.stricter).toBe(true);
    expect(score(instrument, answersWithTotal(instrument, 3, open), 'vill-inte-ange').stricter).toBe(false);
  });

  it('never drinking skips items 2–8, which then score 0 even if answered before', () => {
    const instrument = get('audit');
    const answers = answersFor(instrument, { q1: 0, q2: 4, q3: 4, q4: 4, q5: 4, q6: 4, q7: 4, q8: 4, q9: 2, q10: 4 });
    expect([...skippedItems(instrument, answers)]).toEqual(['q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8']);
    expect(score(instrument, answers, 'man').total).toBe(6);
  });

  it('items 2 and 3 adding up to 0 skip items 4–8', () => {
    const instrument = get('audit');
    const answers = answersFor(instrument, { q1: 1, q2: 0, q3: 0, q4: 4, q5: 4, q6: 4, q7: 4, q8: 4, q9: 0, q10: 2 });
    expect([...skippedItems(instrument, answers)]).toEqual(['q4', 'q5', 'q6', 'q7', 'q8']);
    expect(score(instrument, answers, 'kvinna').total).toBe(3);
  });
});

describe('AUDIT-C', () => {
  it.each([['kvinna', 4, 0], ['kvinna', 5, 1], ['man', 5, 0], ['man', 6, 1]] as const)('%s with %i points is band %i', (sex, total, index) => {
    expect(band('audit-c', total, sex, { q1: 1 })).toBe(index);
  });
  it('never drinking skips the quantity questions', () => {
    const instrument = get('audit-c');
    expect(score(instrument, answersFor(instrument, { q1: 0, q2: 4, q3: 4 }), 'man').total).toBe(0);
  });
});

describe('DUDIT', () => {
  const open = { q1: 1 };
  it.each([
    ['kvinna', 1, 0], ['kvinna', 2, 1], ['man', 5, 0], ['man', 6, 1], ['kvinna', 24, 1], ['kvinna', 25, 2], ['man', 24, 1], ['man', 25, 2],
  ] as const)('%s with %i points is band %i', (sex, total, index) => {
    expect(band('dudit', total, sex, open)).toBe(index);
  });
});

describe('PGSI', () => {
  it.each([[0, 0], [1, 1], [2, 1], [3, 2], [7, 2], [8, 3], [27, 3]] as const)('%i points is band %i', (total, index) => {
    expect(band('pgsi', total, 'vill-inte-ange')).toBe(index);
  });
});

describe('NODS-CLiP', () => {
  it('no yes is negative, any yes is positive', () => {
    const instrument = get('nods-clip');
    const ids = instrument.items.map((i) => i.id);
    expect(score(instrument, answersFor(instrument, Object.fromEntries(ids.map((id) => [id, 0])))).bandIndex).toBe(0);
    for (const yes of ids) {
      const answers = answersFor(instrument, Object.fromEntries(ids.map((id) => [id, id === yes ? 1 : 0])));
      expect(score(instrument, answers).bandIndex).toBe(1);
    }
  });
});

describe('every instrument, every possible answer set (fast-check)', () => {
  for (const [id, instrument] of instruments) {
    it(`${id}: the score is in range and exactly one band holds it, for every sex`, () => {
      const { min, max } = scoreRange(instrument);
      const answerSet = fc.record(
        Object.fromEntries(instrument.items.map((item) => [item.id, fc.option(fc.integer({ min: 0, max: item.options.length - 1 }), { nil: undefined })])),
      );
      fc.assert(
        fc.property(answerSet, fc.constantFrom<Sex>('kvinna', 'man', 'vill-inte-ange'), (raw, sex) => {
          const answers = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as Record<string, number>;
          const result = score(instrument, answers, sex);
          expect(result.total).toBeGreaterThanOrEqual(min);
          expect(result.total).toBeLessThanOrEqual(max);
          const keys = 'alla' in instrument.bands[0]!.ranges ? ['alla'] : sex === 'vill-inte-ange' ? ['kvinna', 'man'] : [sex];
          for (const key of keys) {
            const holding = instrument.bands.filter((b) => {
              const r = (b.ranges as Record<string, { min: number; max: number }>)[key]!;
              return result.total >= r.min && result.total <= r.max;
            });
            expect(holding).toHaveLength(1);
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
