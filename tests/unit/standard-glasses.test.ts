// The arithmetic of standard glasses (src/features/standard-glasses/glasses.ts) and the answer a
// count points to, over the real content: content/standardglas/ and AUDIT's question 2.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerForGlasses, drinkRows, formatGlasses, gramsOfAlcohol, standardGlasses, toTenths } from '../../src/features/standard-glasses/glasses.ts';
import { isAboutQuantity } from '../../src/features/standard-glasses/questions.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import type { Instrument } from '../../src/schemas/instrument.ts';
import type { StandardGlass } from '../../src/schemas/standard-glass.ts';

const report = validateContent(join(import.meta.dirname, '../../content'));
const content = report.entries.find((e) => e.collection === 'standardGlass')!.data as unknown as StandardGlass;
const instrument = (id: string) => report.entries.find((e) => e.collection === 'instruments' && e.id === id)!.data as unknown as Instrument;

describe('grams of alcohol = cl × 10 × vol% × 0.789 / 100', () => {
  it('33 cl at 5 % is 13.0 g, 4 cl at 40 % is 12.6 g, 75 cl at 13 % is 76.9 g', () => {
    expect(gramsOfAlcohol(33, 5, 0.789)).toBeCloseTo(13.0185, 10);
    expect(gramsOfAlcohol(4, 40, 0.789)).toBeCloseTo(12.624, 10);
    expect(gramsOfAlcohol(75, 13, 0.789)).toBeCloseTo(76.9275, 10);
    expect(gramsOfAlcohol(0, 40, 0.789)).toBe(0);
  });
});

describe('standard glasses = grams / 12, rounded to one decimal', () => {
  it('rounds halves up, as the figure reads', () => {
    expect(toTenths(1.05)).toBe(1.1);
    expect(toTenths(1.04)).toBe(1);
    expect(toTenths(2.449)).toBe(2.4);
    expect(toTenths(2.45)).toBe(2.5);
  });

  it('a can of strong beer is 1.1, a bottle of wine 6.4, 12 g exactly 1', () => {
    expect(standardGlasses(gramsOfAlcohol(33, 5, 0.789), 12)).toBe(1.1);
    expect(standardGlasses(gramsOfAlcohol(75, 13, 0.789), 12)).toBe(6.4);
    expect(standardGlasses(12, 12)).toBe(1);
  });

  it('is written the Swedish way', () => {
    expect(formatGlasses(2.5)).toBe('2,5');
    expect(formatGlasses(3)).toBe('3');
    expect(formatGlasses(2.5, 'en')).toBe('2.5');
  });
});

describe('the content\'s drinks', () => {
  it('a standard glass is 12 g, counted with 0.789 g per ml', () => {
    expect(content.grams).toBe(12);
    expect(content.ethanolDensity).toBe(0.789);
  });

  it('lists starköl, folköl, vin, starkvin, sprit and cider, each with a source', () => {
    expect(content.drinks.map((d) => d.name)).toEqual(['Starköl', 'Folköl', 'Vin', 'Starkvin', 'Sprit', 'Cider']);
    for (const drink of content.drinks) expect(drink.source.length).toBeGreaterThan(0);
  });

  it('gives every drink in every size its standard glasses', () => {
    const rows = drinkRows(content).map((r) => [r.drink, r.cl, r.glasses]);
    expect(rows).toEqual([
      ['Starköl', 33, 1.1], ['Starköl', 50, 1.6], ['Folköl', 50, 1.2],
      ['Vin', 12, 1], ['Vin', 15, 1.3], ['Vin', 75, 6.4],
      ['Starkvin', 8, 1.1], ['Sprit', 4, 1.1], ['Cider', 33, 1.1],
    ]);
  });
});

describe('the answer a count points to', () => {
  const question = instrument('audit').items.find((i) => i.id === 'q2')!;
  const ranges = question.options.map((o) => o.glasses!);

  it('comes from the question\'s own ranges in content', () => {
    expect(ranges).toEqual([{ min: 1, max: 2 }, { min: 3, max: 4 }, { min: 5, max: 6 }, { min: 7, max: 9 }, { min: 10 }]);
  });

  it('rounds to whole glasses, halves up', () => {
    const label = (glasses: number) => {
      const index = answerForGlasses(ranges, glasses);
      return index === undefined ? undefined : question.options[index]!.label;
    };
    expect(label(0)).toBeUndefined();
    expect(label(0.3)).toBe('1–2 standardglas');
    expect(label(2.4)).toBe('1–2 standardglas');
    expect(label(2.5)).toBe('3–4 standardglas');
    expect(label(6.4)).toBe('5–6 standardglas');
    expect(label(9.4)).toBe('7–9 standardglas');
    expect(label(9.5)).toBe('10 standardglas eller fler');
    expect(label(42)).toBe('10 standardglas eller fler');
  });

  it('is offered only where the content says a question is about quantity', () => {
    const quantity = (id: string) => instrument(id).items.filter(isAboutQuantity).map((i) => i.id);
    expect(quantity('audit')).toEqual(['q2', 'q3']);
    expect(quantity('audit-c')).toEqual(['q2', 'q3']);
    expect(quantity('dudit')).toEqual([]);
    expect(instrument('audit').items.find((i) => i.id === 'q3')!.glassesAtLeast).toBe(6);
  });
});
