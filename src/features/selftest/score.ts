// The scoring engine: reads any instrument file and a set of answers. No DOM, no per-test code.
import type { Instrument } from '../../schemas/instrument.ts';

/** Sex for instruments with sex-specific cut-offs; "vill-inte-ange" uses the stricter one. */
export type Sex = 'kvinna' | 'man' | 'vill-inte-ange';

/** Item id → index of the chosen option. */
export type Answers = Readonly<Record<string, number>>;

type Band = Instrument['bands'][number];

export interface Score {
  total: number;
  min: number;
  max: number;
  band: Band;
  bandIndex: number;
  /** True when no sex was given and the stricter cut-off decided the band. */
  stricter: boolean;
}

export const hasSexSpecificBands = (instrument: Pick<Instrument, 'bands'>) => instrument.bands.some((b) => !('alla' in b.ranges));

const pointsOf = (instrument: Pick<Instrument, 'items'>, itemId: string, option: number | undefined) =>
  option === undefined ? 0 : instrument.items.find((i) => i.id === itemId)?.options[option]?.points ?? 0;

/** The items the answers so far make skippable: they are not asked and score 0. */
export function skippedItems(instrument: Pick<Instrument, 'items' | 'skipRules'>, answers: Answers): Set<string> {
  const skipped = new Set<string>();
  for (const rule of instrument.skipRules) {
    if (rule.items.some((id) => skipped.has(id) || answers[id] === undefined)) continue;
    const sum = rule.items.reduce((total, id) => total + pointsOf(instrument, id, answers[id]), 0);
    if (sum <= rule.totalAtMost) for (const id of rule.skip) skipped.add(id);
  }
  return skipped;
}

/** The items still to be asked, in order, given the answers so far. */
export function itemsToAsk(instrument: Pick<Instrument, 'items' | 'skipRules'>, answers: Answers): string[] {
  const skipped = skippedItems(instrument, answers);
  return instrument.items.map((i) => i.id).filter((id) => !skipped.has(id));
}

export function isComplete(instrument: Pick<Instrument, 'items' | 'skipRules'>, answers: Answers): boolean {
  return itemsToAsk(instrument, answers).every((id) => answers[id] !== undefined);
}

export function scoreRange(instrument: Pick<Instrument, 'items'>): { min: number; max: number } {
  return {
    min: instrument.items.reduce((sum, i) => sum + Math.min(...i.options.map((o) => o.points)), 0),
    max: instrument.items.reduce((sum, i) => sum + Math.max(...i.options.map((o) => o.points)), 0),
  };
}

function bandIndexFor(instrument: Pick<Instrument, 'bands'>, total: number, key: 'alla' | 'kvinna' | 'man'): number {
  return instrument.bands.findIndex((b) => {
    const range = (b.ranges as Record<string, { min: number; max: number } | undefined>)[key];
    return range !== undefined && total >= range.min && total <= range.max;
  });
}

export function score(instrument: Pick<Instrument, 'items' | 'skipRules' | 'bands'>, answers: Answers, sex: Sex = 'vill-inte-ange'): Score {
  const skipped = skippedItems(instrument, answers);
  const total = instrument.items.reduce((sum, item) => sum + (skipped.has(item.id) ? 0 : pointsOf(instrument, item.id, answers[item.id])), 0);
  const { min, max } = scoreRange(instrument);
  let bandIndex: number;
  let stricter = false;
  if (!hasSexSpecificBands(instrument)) {
    bandIndex = bandIndexFor(instrument, total, 'alla');
  } else if (sex === 'vill-inte-ange') {
    // The band that is reached at the lower cut-off: never tells anyone their drinking is safer than it may be.
    const women = bandIndexFor(instrument, total, 'kvinna');
    const men = bandIndexFor(instrument, total, 'man');
    bandIndex = Math.max(women, men);
    stricter = women !== men;
  } else {
    bandIndex = bandIndexFor(instrument, total, sex);
  }
  const band = instrument.bands[bandIndex];
  if (!band) throw new Error(`Inget intervall täcker ${total} poäng`);
  return { total, min, max, band, bandIndex, stricter };
}
