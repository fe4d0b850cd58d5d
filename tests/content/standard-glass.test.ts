// The standard glass (content/standardglas/) and the questions about quantity: every mistake an
// editor can make is named with its file, field and fix, in Swedish.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withContent } from '../helpers/content-fixture.ts';

const file = 'standardglas/standardglas.yaml';
const mini = 'instruments/mini.yaml';
const shown = (name: string) => `content/${name}`;

describe('content check: the standard glass', () => {
  it('a strength that is not a number, or zero, names the field and an example', () => {
    expect(withContent((c) => c.replace(file, 'strength: 3.5', 'strength: "3,5"'))).toEqual([
      `${shown(file)}: fältet "drinks.1.strength": "3,5" är inget tal. Skriv den typiska alkoholhalten i volymprocent, t.ex. strength: 5.`,
    ]);
    expect(withContent((c) => c.replace(file, 'cl: 8 }', 'cl: 0 }'))).toEqual([
      `${shown(file)}: fältet "drinks.3.sizes.0.cl": 0 är för litet. Skriv mängden i centiliter, större än 0, t.ex. cl: 33.`,
    ]);
  });

  it('a drink without a source is stopped', () => {
    const errors = withContent((c) => c.replace(file, /    source:\n      - "Kunskapskokboken[^\n]*\n      - https:\/\/drinkwise.se\/omfattning\/\n/, ''));
    expect(errors).toEqual([
      `${shown(file)}: fältet "drinks.5.source": saknas. Ange var uppgifterna kommer ifrån: en webbadress (https://…) eller ett dokuments namn och datum, en eller flera.`,
    ]);
  });

  it('two drinks with one id, or one size twice, are named', () => {
    expect(withContent((c) => c.replace(file, 'id: cider', 'id: vin'))).toEqual([
      `${shown(file)}: fältet "drinks.5.id": "vin" används redan av en annan dryck. Ge varje dryck ett eget id.`,
    ]);
    expect(withContent((c) => c.replace(file, '{ name: stor burk, cl: 50 }\n    source', '{ name: stor burk, cl: 50 }\n      - { name: burk, cl: 50 }\n    source'))).toEqual([
      `${shown(file)}: fältet "drinks.0.sizes.2.cl": 50 cl står redan bland mängderna för Starköl. Ta bort den ena.`,
    ]);
  });

  it('is required, and only one file is read', () => {
    expect(withContent((c) => rmSync(join(c.path, file)))).toEqual([
      `${shown(file)}: filen saknas. Skapa den med vad ett standardglas innehåller (grams), alkoholens densitet (ethanolDensity) och vanliga drycker (drinks), med källor (se content/README.md).`,
    ]);
    expect(withContent((c) => c.write('standardglas/till-exempel.yaml', c.read(file)))).toEqual([
      `${shown('standardglas/till-exempel.yaml')}: bara en fil i content/standardglas/ läses, och ${shown(file)} finns redan. Flytta dryckerna dit och ta bort den här filen.`,
    ]);
  });

  it('no test may take the page\'s address', () => {
    expect(withContent((c) => c.write('instruments/standardglas.yaml', c.read(mini)))).toEqual([
      `${shown('instruments/standardglas.yaml')}: fältet "id": filnamnet "standardglas" är redan adressen till sidan om standardglas (/testa-dina-vanor/standardglas/). Byt namn på filen.`,
    ]);
  });
});

describe('content check: a question about quantity', () => {
  const withRanges = (first: string, second: string) => (c: { replace: (f: string, a: string, b: string) => void }) =>
    c.replace(mini, 'options: [{ label: Nej, points: 0 }, { label: Ja, points: 1 }]', `options: [{ label: Nej, points: 0${first} }, { label: Ja, points: 1${second} }]`);

  it('ranges that follow each other pass', () => {
    expect(withContent(withRanges(', glasses: { min: 1, max: 2 }', ', glasses: { min: 3 }'))).toEqual([]);
  });

  it('an answer without a range, where the others have one, is named', () => {
    expect(withContent(withRanges(', glasses: { min: 1, max: 2 }', ''))).toEqual([
      `${shown(mini)}: fältet "items.0.options.1": saknar glasses, men andra svar på frågan har det. Ange för varje svar hur många standardglas det gäller, t.ex. glasses: { min: 3, max: 4 }, eller ta bort glasses från alla svar.`,
    ]);
  });

  it('a gap, a range backwards, and an open range before the last are named with the fix', () => {
    expect(withContent(withRanges(', glasses: { min: 1, max: 2 }', ', glasses: { min: 4 }'))).toEqual([
      `${shown(mini)}: fältet "items.0.options.1.glasses.min": 4 hänger inte ihop med svaret före, som slutar på 2. Låt det här svaret börja på 3.`,
    ]);
    expect(withContent(withRanges(', glasses: { min: 2, max: 1 }', ', glasses: { min: 2 }'))).toEqual([
      `${shown(mini)}: fältet "items.0.options.0.glasses": 2–1 går baklänges. Skriv det minsta antalet i min och det största i max, t.ex. { min: 1, max: 2 }.`,
    ]);
    expect(withContent(withRanges(', glasses: { min: 1 }', ', glasses: { min: 3 }'))).toEqual([
      `${shown(mini)}: fältet "items.0.options.0.glasses.max": saknas. Bara det sista svaret får gälla ett antal "eller fler"; ange det största antalet standardglas för det här svaret, t.ex. max: 2.`,
    ]);
  });
});
